"""Quote or term: is a quotation someone's words, or a quoted term, title or name?

:func:`is_term` reads what stands around the quotation (:mod:`index.quotes.quoted_context`):
a marker word ("the so-called "…"", "the slogan "…""), a title's slot and capitals, an
owner who can speak, a reporting or directing verb earlier in the sentence, a predicate's
slot with a speaker for its subject. Used by :mod:`index.quotes.choice` and
:mod:`index.quotes.attribution`.
"""

from __future__ import annotations

from dataclasses import replace

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.cast_checks import catenative, denied, opens_clause
from warreader.index.quotes.marks import Span
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import OWNER_PRONOUNS
from warreader.index.quotes.quoted_context import (
    after_work_noun,
    attributive_title,
    byline_title,
    directed,
    exclaims,
    names_head,
    owned_words,
    predicate_slot,
    reported_before,
    title_cased,
    title_slot,
    titled_quote,
)
from warreader.index.quotes.quoted_sentences import clause_breaks_of
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.relative_casters import relative_caster
from warreader.index.quotes.subjects import subject_before
from warreader.index.quotes.tokens import Token


def may_speak_alone(head: str) -> bool:
    """Can a description headed by ``head`` speak with no name ("the spokesman", "the
    ministry", "the report")?"""
    return (
        head in job_lex.PERSON_NOUNS
        or head in job_lex.PERSON_PLURALS
        or head in org_lex.ORG_NOUNS
        or head in org_lex.DOCUMENT_NOUNS
    )


def is_term(
    para: Para, qi: int, span: Span, near: bool, has_event: bool, own: bool = False
) -> bool:
    """Is the quotation at ``qi`` a quoted term (scare quotes, a title, a name) rather
    than someone's words? ``own``: its speaker's labelling verb frames it (a quote)."""
    if own:
        return False
    # Only the first words and how many there are, up to nine, are asked below: a long
    # quotation is not cut into all its words (the ninth item holds the rest).
    words = para.text[span.start : span.end].split(None, 8)
    prev = []
    for k in range(qi - 1, max(0, qi - 2) - 1, -1):
        t = para.tokens[k]
        if t.kind != "w":
            break
        # A capitalised marker inside a name is no marker ("Dr. Paul Song "…"").
        named = t.capitalised and k > para.floor_of[qi] and para.tokens[k - 1].capitalised
        prev.insert(0, "" if named else t.lower)
    if prev and prev[-1] in lexicon.TERM_MARKERS or "as" in prev[-1:] and "known" in prev:
        return True
    if prev == ["as", "the"] and qi > 2 and para.tokens[qi - 3].lower == "known":
        after = para.tokens[qi + 1] if qi + 1 < len(para.tokens) else None
        if after is not None and after.kind == "w" and not after.capitalised:
            return True  # 'what is known as the "one in, one out" rule': a name for the rule
    if prev and prev[-1] == "called" and not near:
        return True
    if _nickname(para, qi, words):
        return True  # 'Antonio "LA" Reid, chairman of ...'
    nxt = para.tokens[qi + 1] if qi + 1 < len(para.tokens) else None
    if len(words) == 1 and nxt is not None and nxt.lower in _WORD_AS_SUBJECT:
        # '"blog" was the word of the year': the word itself is the topic; but not in
        # a reported clause ('Ramos warned that the "danger" was real', 'that Dunn's "plan"'),
        # nor after an owner the speech is about ('Dunn's "blunders" are costly, Fenn said').
        before = para.tokens[qi - 1] if qi else nxt
        owned = before.lower in OWNER_PRONOUNS or before.possessive and before.capitalised
        return not (has_event and ("that" in prev[-2:] or owned))  # "that the", "that Dunn's"
    titled = titled_quote(para.text[span.start : span.end])
    if titled and after_work_noun(para, qi):
        return True  # 'her memoir, "Tough Choices."', 'the movie, "Long Road,"'
    quoted = para.text[span.start : span.end]
    if titled and len(words) <= 8 and not exclaims(quoted) and title_slot(para, qi):
        return True  # 'said on KTV's "Morning Desk."', 'told "Coffee with Cal"'
    if titled and attributive_title(para, qi):
        return True  # 'the "Sea Dogs" star', 'a "Keep the Ferries Running" hat'
    if byline_title(para, qi, span):
        return True  # '"Fees to rise," by the Courier's Ann Bell'
    if names_head(para, qi, span, words):
        return True  # 'the "Fix the Ferries" campaign', 'the "restricted" level'
    if titled and heads_title_list(para, qi, words):
        return True  # 'hits including "Sea Song," "Salt Lake" and "Tide"'
    if owned_words(para, qi, span):
        return False  # 'Romney's "47 percent" remark', 'his "firm and steady" support'
    sentence_like = len(words) >= 4 or para.text[span.end - 1] in ".!?…"
    if sentence_like:
        if para.floor_of[qi] == qi and para.spans[0] is not span and quoted[-1] in ".!?":
            return False  # '"…," Burton said. "Ava Lind."': the speech goes on
        return titled and len(words) <= 6 and not has_event and not exclaims(quoted)
    return not (
        near
        or has_event
        or reported_before(para, qi)
        or directed(para, qi)
        or _predicate_words(para, qi, has_event)
        or _cast_as(para, qi)
        or speech_owner(para, qi) is not None
    )


def _nickname(para: Para, qi: int, words: list[str]) -> bool:
    """Is the quotation at ``qi`` a nickname written inside a person's name, between a
    given name and a capitalised word ("David "Fathead" Newman", "Brian 'Head' Welch")?
    A given name the lexicon lacks counts too when the name stands alone: one capitalised
    word after a lower-case word, a comma or the sentence's start, and one after the
    quotation that ends the run ("said Zorvan "Tiny" Kell, the ...", "Jesús "Chuy" García"):
    what people are called must not decide whether their nickname is a quotation."""
    if not 0 < qi < len(para.tokens) - 1 or not 0 < len(words) <= 3 or not title_cased(words):
        return False
    given, after = para.tokens[qi - 1], para.tokens[qi + 1]
    if not (
        given.kind == "w"
        and given.capitalised
        and not given.possessive
        and after.kind == "w"
        and after.capitalised
        and words[-1][-1].isalnum()
    ):
        return False
    return given.lower in name_lex.first_names() or _lone_name(para, qi)


def _lone_name(para: Para, qi: int) -> bool:
    """Do the capitalised words either side of the quotation at ``qi`` make a name of
    their own: the word before opens a run (nothing capitalised before it but a title:
    "General Apti "Akhmat" Alaudinov"; and it is no
    word that opens sentences: "Then "Tiny" Kell"), the word after ends it (nothing
    capitalised after it)? A title-case headline ('Clinton "Delighted" By Win') runs on."""
    tokens = para.tokens
    given, after = tokens[qi - 1], tokens[qi + 1]
    if given.lower in lexicon.SENTENCE_OPENERS or after.lower in lexicon.SENTENCE_OPENERS:
        return False
    if qi > 1 and tokens[qi - 2].kind == "w" and tokens[qi - 2].capitalised and (
        tokens[qi - 2].lower not in name_lex.TITLES
    ):
        return False  # but a title may stand first: "General Apti "Akhmat" Alaudinov"
    nxt = tokens[qi + 2] if qi + 2 < len(tokens) else None
    return nxt is None or not (nxt.kind == "w" and nxt.capitalised) and nxt.kind != "q"


def _predicate_words(para: Para, qi: int, has_event: bool) -> bool:
    """Is the quotation at ``qi`` a predicate or clause (:func:`predicate_slot`) in a
    sentence that says who speaks: a speech event, or a subject that can speak before it
    ("a council spokeswoman was "satisfied" that ...")? Not under "according to", whose
    source is not the subject ("According to X, Dunn was "furious"")."""
    if not predicate_slot(para, qi):
        return False
    floor = para.floor_of[qi]
    if any(
        para.tokens[k].lower == "according" and para.tokens[k + 1].lower == "to"
        for k in range(floor, qi - 1)
    ):
        return False
    if has_event:
        return True
    found = subject_before(para.tokens, qi, floor, clause_breaks_of(para))
    if found is None:
        return False
    return _speaks(found[0])


# Verbs by which a speaker casts something "as" what the quotation calls it ("refers to
# the mayor as "…"", "portraying the plan as "…"", "dubbing them as "…"").
CASTING = (
    "refer", "portray", "cast", "frame", "framing", "declar", "dub", "label", "brand",
    "describ", "characteri", "depict", "paint", "mock", "derid", "dismiss", "attack",
    "hail", "tout", "condemn", "denounc", "slam",
)
_CAST_REACH = 14  # tokens between the casting verb and "as"
_NOT_CAST = lexicon.words("such known so same")


def _cast_as(para: Para, qi: int) -> bool:
    """Is the quotation at ``qi`` what a speaker calls something with "as" after a
    casting verb ("Kell refers to the mayor, an old friend, as "…"", "..., portraying
    the levy as "…"")? Only when the verb is the main verb of a subject that can speak
    before it, or a participle after a comma going on from that subject; not in the
    passive ("is often described as") nor in "known as", "such as"."""
    tokens = para.tokens
    k = qi - 1
    if k > 0 and tokens[k].lower in lexicon.DETERMINERS:
        k -= 1
    if k < 1 or tokens[k].lower != "as" or tokens[k - 1].lower in _NOT_CAST:
        return False
    floor = para.floor_of[qi]
    if relative_caster(tokens, qi, floor, CASTING) is not None:
        return True  # "the association, which has attacked the package as "…""
    for v in range(k - 1, max(floor, k - _CAST_REACH) - 1, -1):
        verb = tokens[v]
        if verb.kind == "q" or verb.text in (";", ":"):
            return False
        if verb.kind != "w" or verb.capitalised or not verb.lower.startswith(CASTING):
            continue
        if v and tokens[v - 1].lower in _PASSIVE_OR_OFTEN:
            return False
        participle = verb.lower.endswith("ing") and tokens[v - 1].text == ","
        # A participle goes on from the clause before its comma: its subject is there.
        found = subject_before(tokens, v - 1 if participle else v + 1, floor)
        if found is None or not _speaks(found[0]) or denied(tokens, found, floor):
            return False
        if opens_clause(tokens, qi):
            return False  # "attacked the crowd as "Freedom" rang out": "as" is "while"
        return found[1] == v or participle or catenative(tokens, found[1], v)
    return False


# Nouns for something said, whose owner said the quoted words after them ("Dunn's
# claim that "…"", "his pledge to be "…"", "Kell's call for a "…"").
_SPEECH_NOUNS = lexicon.words(
    """
    assertion assertions claim claims pledge pledges promise promises call calls
    accusation accusations dictum remark remarks comment comments vow vows warning
    warnings insistence contention charge charges statement statements argument
    arguments broadside broadsides denunciation suggestion suggestions report reports
    """
)
# What opens the noun's complement, where the quoted words stand: "claim that",
# "pledge to (be)", "call for", "promise of", "broadside against", "warning about".
_COMPLEMENT = lexicon.words("that to for of against about")
_OWNER_REACH = 12  # tokens between the speech noun and the quotation
_MODIFIERS = 3  # words (adjectives, a comma) between the owner and the noun


def speech_owner(para: Para, qi: int) -> tuple[int, int] | None:
    """The owner (its last token's index) and the speech noun (its index) of the quoted
    words at ``qi``, when the quotation stands after a person's speech noun in its
    sentence ("Dunn's recent claim that "hundreds" of ferries sank", "his pledge to be
    "fair"", "Kell's call for a "full halt""); None otherwise. The owner is a
    capitalised possessive name or his, her, their; the quotation stands in the noun's
    complement (after "that", "to", "for", "of", "against", "about"), not after a
    determiner ("Kell's claim that Dunn hid a "slush fund"" names a thing); no other
    quotation nor clause break stands between."""
    tokens = para.tokens
    floor = para.floor_of[qi]
    for n in range(qi - 1, max(floor, qi - _OWNER_REACH) - 1, -1):
        token = tokens[n]
        if token.kind == "q" or token.text in (";", ":", "(", ")"):
            return None
        if token.kind != "w" or token.lower not in _SPEECH_NOUNS or token.capitalised:
            continue
        if tokens[n + 1].lower in _AGENT_LINKS:  # "a claim by Kell that ... "…""
            if n > floor and _subject_shaped(tokens[n - 1]):
                return None  # "Ann Kell reports from Kyiv that": a verb, no noun
            return _agent_clause(para, n, qi)
        at = n + 2 if tokens[n + 1].lower in lexicon.BE and tokens[n + 2].lower == "that" else n + 1
        link = tokens[at].lower  # "Kell's claim that ...", "Kell's claim is that ..."
        if link not in _COMPLEMENT or link == "to" and qi - n > 3:
            return None  # "called Kell's remarks on it a "…"": the remarks are no speaker
        if tokens[qi - 1].lower in lexicon.DETERMINERS and not (
            qi - 2 == at and link == "for" or tokens[qi - 2].lower in lexicon.BE
        ):
            return None  # "Kell's claim that Dunn hid a "slush fund"", "Kell's claims of
            # a "…"": a named thing; but "Kell's call for a "…"", "Kell's claim that it was
            # a "…"" say what she called it
        for o in range(n - 1, max(floor, n - 1 - _MODIFIERS) - 1, -1):
            owner = tokens[o]
            if owner.kind == "w" and (
                owner.lower in OWNER_PRONOUNS or owner.possessive and owner.capitalised
            ):
                return o, n
            if owner.kind != "w" and owner.text != ",":
                return None
        return None
    return None


# A speech noun's agent after "by", "from" or "in" ("a report by Politico that", "the
# suggestion from a senior minister that", "comments in a leading newspaper that").
_AGENT_LINKS = lexicon.words("by from in")
_AGENT_WORDS = 6  # the agent's words before its "that"


def _subject_shaped(before: Token) -> bool:
    """Does ``before``, right before a speech noun followed by "by"/"from"/"in", make
    that word a verb: a name ("Ann Kell reports from"), a subject pronoun, a person's
    or body's noun ("our correspondent reports from"), or a form of "be" ("there were
    reports from Bakhmut that": no agent named)? A determiner, adjective or possessive
    leaves it a noun ("a report by", "Kell's comments in")."""
    if before.kind != "w":
        return False
    low = before.lower
    return (
        before.capitalised and not before.possessive and low not in lexicon.SENTENCE_OPENERS
        or low in lexicon.PRONOUNS and low not in OWNER_PRONOUNS
        or low in job_lex.PERSON_NOUNS
        or low in job_lex.PERSON_PLURALS
        or low in org_lex.ORG_NOUNS
        or low in lexicon.BE
    )


def _agent_clause(para: Para, n: int, qi: int) -> tuple[int, int] | None:
    """The agent (its last token's index) and the speech noun ``n`` when the noun's agent
    follows it with "by", "from" or "in" and its "that" clause holds the quotation at
    ``qi`` ("a report by Politico that he "fabricated" it", "the suggestion by a rival
    that someone "ought to look into" it"): the agent said the quoted words. The agent is
    a name, or a description that can speak; after "in" only a description ("comments in
    a major newspaper that", not "a statement in March that"). Not a named thing after a
    determiner ("a claim by Kell that Dunn hid a "slush fund"")."""
    tokens = para.tokens
    link = tokens[n + 1].lower
    for t in range(n + 3, min(qi, n + 3 + _AGENT_WORDS)):
        if tokens[t].kind != "w":
            return None
        if tokens[t].lower != "that":
            continue
        if tokens[qi - 1].lower in lexicon.DETERMINERS and qi - 2 != t and (
            tokens[qi - 2].lower not in lexicon.BE
        ):
            return None  # but "that the "time is ripe"": the clause opens on the quotation
        agent = build(tokens[n + 2 : t])
        if agent is None or agent.kind not in ("name", "nominal"):
            return None
        if agent.kind == "nominal" and not may_speak_alone(agent.head):
            return None
        if link == "in" and agent.kind != "nominal":
            return None
        return t - 1, n
    return None


def owner_mention(tokens: list[Token], o: int) -> Mention | None:
    """The speaker the owner token at ``o`` names: "his" as "he", "Ava Lind's" as
    the name without its possessive ending; or the agent of a speech noun that ends at
    ``o`` (:func:`_agent_clause`: "by Politico", "by a potential rival")."""
    owner = tokens[o]
    pronoun = OWNER_PRONOUNS.get(owner.lower)
    if pronoun is not None:
        return Mention(pronoun, "pronoun", owner.start, owner.end, head=pronoun)
    if not owner.possessive:
        b = o
        while b > 0 and tokens[b - 1].kind == "w" and tokens[b - 1].lower not in _AGENT_LINKS:
            b -= 1
        return build(tokens[b:o + 1]) if b > 0 else None
    j = o
    while (
        j > 0
        and tokens[j - 1].kind == "w"
        and tokens[j - 1].capitalised
        and tokens[j - 1].lower not in lexicon.SENTENCE_OPENERS  # "But Kell's"
    ):
        j -= 1
    mention = build(tokens[j : o + 1])
    if mention is None or mention.kind != "name":
        return None
    return replace(mention, possessive=False)


_PASSIVE_OR_OFTEN = lexicon.words(
    "is was are were be been being so-called often widely commonly once"
)


def _speaks(mention: Mention) -> bool:
    """Can the subject ``mention`` speak (a name, a pronoun, a description of a
    speaker)?"""
    return mention.kind != "nominal" or may_speak_alone(mention.head)


_WORD_AS_SUBJECT = lexicon.words(
    "was is has had were are means meant headed topped became remains comes came"
)


def phrase_like(text: str, span: Span) -> bool:
    """A short quoted phrase that is no sentence: a term when nobody says it."""
    return text[span.end - 1] not in ".!?…,;:" and len(text[span.start : span.end].split()) < 8


_LIST_GLUE = ([], ["and"], ["or"], [","], [",", "and"], [",", "or"])


def coordinated_title(para: Para, k: int, qi: int, previous: Attribution | None) -> bool:
    """Is the capitalised quotation at ``qi`` the next item of a list whose quotation before
    it, ``previous``, is a term ("roles in "The Green Pier," "Ferry 13," and "Salt Lake:
    The Boat That Sank Twice,""; "hits including "La Marea" and "Puerto Viejo (Mar).")?
    Then it is a title too, however long, whatever closes it."""
    before = para.q_index.get(k - 1)
    if before is None or previous is None or previous.kind != "term":
        return False
    if [t.lower for t in para.tokens[before + 1 : qi]] not in _LIST_GLUE:
        return False
    span = para.spans[k]
    text = para.text[span.start : span.end].replace("(", " ").replace(")", " ")
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return bool(words) and title_cased(words)


_LISTED_WORDS = 8  # a title in a list is short


def heads_title_list(para: Para, qi: int, words: list[str]) -> bool:
    """Does the capitalised quotation at ``qi`` open a list of capitalised quotations
    ('hits including "Sea Song," "Salt Lake" and "Tide"', 'starred in "Salt" and "Ferry
    13"')? Then they are titles, whoever names them; :func:`coordinated_title` takes the
    items after it. A lower-case word must stand right before it: in a title-case
    headline every word is capitalised, and quoted words there are no list of titles."""
    tokens = para.tokens
    if len(words) > _LISTED_WORDS or qi == 0 or qi <= para.floor_of[qi]:
        return False
    before = tokens[qi - 1]
    if before.kind != "w" or before.capitalised or not before.text[0].isalpha():
        return False
    for glue in _LIST_GLUE:
        n = qi + 1 + len(glue)
        if n >= len(tokens) or [t.lower for t in tokens[qi + 1 : n]] != glue:
            continue
        if tokens[n].kind == "q":
            following = para.spans[tokens[n].quote]
            text = para.text[following.start : following.end].replace("(", " ").replace(")", " ")
            listed = [w for w in text.split() if any(c.isalnum() for c in w)]
            return bool(listed) and len(listed) <= _LISTED_WORDS and title_cased(listed)
    return False


def single_marked_term(text: str, span: Span) -> bool:
    """In an article whose quotations take double marks, is the single-marked ``span``
    of a body paragraph a term ("customers calling 'on the move'", "Janet Jackson's
    'wardrobe malfunction'")? Short phrases only: a sentence in single marks may be a
    quotation reported inside another ('"'Oh no, don't," came the reply')."""
    quoted = text[span.start : span.end]
    return span.mark == "'" and len(quoted.split()) < 4 and quoted[-1:] not in ".!?,"


_SUBHEAD_WORDS = 10  # a subheading is short
_AROUND_SUBHEAD = " \t-\u2013\u2014."  # dashes, spaces, a full stop: "– 'Who cares?' –."


def subhead_term(text: str, span: Span) -> bool:
    """In an article whose quotations take double marks (or doubled single ones, ''…''),
    is the single-marked ``span`` a subheading: the whole of its paragraph, dashes and a
    full stop aside ("'A long night in the marsh.'", "– 'Who cares?' –.")? A section's
    heading quoting a phrase names nobody who says it, so it is a term, as a headline
    fragment in single marks is; it cannot be a quotation nested in another, since no
    double mark stands around it."""
    if span.mark != "'" or len(text[span.start : span.end].split()) > _SUBHEAD_WORDS:
        return False
    return not text[: span.start - 1].strip(_AROUND_SUBHEAD) and not text[
        span.end + 1 :
    ].strip(_AROUND_SUBHEAD)
