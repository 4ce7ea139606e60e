"""Who speaks after an inverted reporting verb: "said Navy Capt. Mike Kafka, a Pentagon
spokesman", "said a senior official", "said the report", "according to X".
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex, unlisted
from warreader.index.quotes.appositives import appositive_role
from warreader.index.quotes.clause_subjects import owner_speaks
from warreader.index.quotes.cue_subjects import (
    AUXILIARIES,
    POSTMODIFIER_PREPOSITIONS,
    owned_speaker,
    speaker_noun,
)
from warreader.index.quotes.described_subjects import (
    described_after,
    described_mention,
    owned_description,
)
from warreader.index.quotes.mention_roles import DETERMINERS, is_role_word
from warreader.index.quotes.mentions import PARTY_MEMBERS, Mention, build, is_person_name
from warreader.index.quotes.phrases import postmodifier_end, right_phrase
from warreader.index.quotes.titled_names import titled_name
from warreader.index.quotes.tokens import Token

_NO_SPEAKER_AFTER = frozenset(
    ("of", "about", "which", "what", "whether", "why", "how", "where", "when", "if")
)


def inverted_speaker(tokens: list[Token], j: int) -> tuple[Mention | None, str, int]:
    """The speaker after the cue at ``j``: "said Mr Howard", "said EEF chief economist,
    Steve Radley", "said entrepreneur Drayton Valentine"."""
    start = j + 1
    if start < len(tokens) and tokens[start].lower in _NO_SPEAKER_AFTER:
        return None, "", j  # "Orme said of Pike": the one spoken about; "Asked which
        # Iowa county ...": the question, no speaker
    if start < len(tokens) and tokens[start].lower == "out" and tokens[j].lower.startswith("point"):
        start += 1  # "points out former Olympian Steve Cram"
    titled = titled_name(tokens, start)
    if titled is not None:  # "said Oxfam's head of campaigns, Tom Pike": Pike, not the head
        return titled
    if start < len(tokens) and tokens[start].lower == "the":
        described = _described(tokens, start, capitals=True)  # "said the Senate minority
        after = start + len(described) if described else 0  # leader", "the Spurs striker"
        named_after = after < len(tokens) and (
            tokens[after].capitalised
            or tokens[after].text == ","
            and after + 1 < len(tokens)
            and tokens[after + 1].capitalised
        )  # "said the BBC reporter John Smith", "said the agency's director, Lars Ode"
        if described and len(described) > 2 and not named_after:
            mention = build(described)
            if mention is not None and mention.head in job_lex.EVERYDAY and (
                itself := described_after(tokens, start, tokens[j].capitalised)
            ):  # "said the old shopkeeper": as a noun no lexicon knows (described_after)
                described, mention = itself, described_mention(itself)
            if mention is not None and mention.kind == "nominal":
                after = _with_postmodifier(tokens, mention, start, after)
                return mention, appositive_role(tokens, after), after - 1
    if start < len(tokens) and tokens[start].lower in _ROLE_OPENERS:
        words = right_phrase(tokens, start)  # "said the head of a London hedge fund": the
        mention = build(words) if words and words[-1].lower in org_lex.ORG_NOUNS else None
        if mention is not None and mention.head in job_lex.PERSON_NOUNS:  # person, not the
            after = start + len(words)  # fund, whose "a" names no body
            return mention, appositive_role(tokens, after), after - 1
    skipped = 0
    while (
        start < len(tokens)
        and skipped < 3
        and tokens[start].kind == "w"
        and (
            not tokens[start].capitalised
            and tokens[start].lower not in lexicon.PRONOUNS
            and tokens[start].lower
            not in ("that", "to", "it", "this", "in", "on", "at", "by", "from", "for", "with")
            and start + 1 < len(tokens)
            and tokens[start + 1].kind == "w"
        )
    ):
        if _holder_of(tokens, start) and tokens[j + 1].lower in _INDEFINITE and (
            served := _served_person(tokens, j, start)
        ):
            return served  # "said a close associate of Tom Vale": the associate, not Vale
        start += 1  # "said a proud coach Mike Ruddock": descriptive words before the name
        skipped += 1
    words = right_phrase(tokens, start)
    if skipped and words and words[-1].lower in PARTY_MEMBERS and (
        tokens[j + 1].lower == "the" and (party := _unnamed_source(tokens, j + 1))
    ):
        start, words = j + 1, party  # "said the Ohio Republican": a description
    elif skipped and not (words and words[-1].capitalised and words[-1].lower not in (
        job_lex.PERSON_NOUNS
    )):
        start, words = j + 1, right_phrase(tokens, j + 1)
    elif skipped and tokens[j + 1].lower in _INDEFINITE and (
        unnamed := _unnamed_source(tokens, j + 1)
    ) and len(unnamed) > start - j - 1 + len(words):
        start, words = j + 1, unnamed  # "said a former EU fish quota official"
    if start < len(tokens) and tokens[start].lower == "those" and (
        end := _those_end(tokens, start + 1)
    ) > start + 1:  # '"…" say those behind the talks': the people the postmodifier picks out
        said = tokens[start:end]
        text = " ".join(t.text for t in said)
        return Mention(text, "nominal", said[0].start, said[-1].end, head="those"), "", end - 1
    if words and words[0].lower in ("that", "this", "these", "those"):
        return None, "", j  # "said that detectives could ...": a clause, no speaker
    if len(words) == 1 and words[0].lower in lexicon.DETERMINERS:
        words = _described(tokens, start) or _closing_document(tokens, start) or words
        # "said the lock forward", "read the email."

    if words and words[0].lower in _INDEFINITE and words[-1].lower not in _SPEAKING_HEADS:
        words = _unnamed_source(tokens, start) or words  # "said one county NHS manager"
    found = _owned_person(tokens, start, start + 1) if words and words[0].lower in _HIS else None
    if found is not None:
        return found  # "said his longtime doctor"
    if words and words[-1].possessive:
        owned = owned_speaker(tokens, start, words)
        if owned is not None:
            return owned
        owned = _owned_person(tokens, start, start + len(words))
        if owned is not None:  # "said Mr Tull's lawyer": the lawyer, not Tull
            return owned
        owned = _name_after_owner(tokens, words, start + len(words))
        if owned is not None:  # "said the Observer's Peter Frayne": Frayne, not the paper
            return owned
    mention = build(words) if words else None
    if (mention is None or mention.head in job_lex.EVERYDAY) and words and (
        words[0].lower == "the" and tokens[j].lower != "to"
    ) and (described := described_after(tokens, start, tokens[j].capitalised)):
        # "said the shopkeeper", "said the caretaker": a noun no lexicon knows speaks as
        words, mention = described, described_mention(described)  # "the shopkeeper said" does
    if mention is None and words and words[0].capitalised and (
        further := _person_further(tokens, words, start + len(words) - 1)
    ) is not None:  # "said Acme deputy enforcement director Ann Roe": "Acme deputy" is no one
        return _further_named(tokens, start, *further)
    if mention is None or mention.kind == "pronoun" and mention.head not in ("he", "she"):
        return None, "", j
    end = start + len(words) - 1
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    beyond = tokens[end + 2].lower if end + 2 < len(tokens) else ""
    if after is not None and tokens[j].lower != "to" and (
        after.lower in AUXILIARIES
        or after.kind == "w"
        and not after.capitalised
        and after.lower.endswith("ed")
        and beyond not in POSTMODIFIER_PREPOSITIONS  # "said one analyst quoted by AFP"
    ):  # "said Charles was one of his heroes", "said the channel offered": a clause
        return None, "", j
    # "said England sevens coach Mike Friday": a few more description words, then the name.
    k = end + 1
    while k < len(tokens) and k - end <= 3 and tokens[k].kind == "w" and not tokens[k].capitalised:
        k += 1
    if k > end + 1 and tokens[k - 1].lower in job_lex.PERSON_NOUNS and k < len(tokens):
        named_words = right_phrase(tokens, k)
        named = build(named_words) if named_words and named_words[0].capitalised else None
        if named is not None and named.kind == "name" and not named.org:
            named.role = named.role or " ".join(t.text for t in tokens[start:k])
            after = k + len(named_words) - 1
            return named, appositive_role(tokens, after + 1), after
    further = _person_further(tokens, words, end) if mention.kind == "name" else None
    if further is not None:  # "said Leeds constituent Dan Perko", "said Army 2nd Lt. Ann Roe"
        return _further_named(tokens, start, *further)
    if mention.kind == "nominal" and end + 2 < len(tokens) and tokens[end + 1].text == ",":
        named = build(right_phrase(tokens, end + 2))
        if named is not None and named.kind == "name":
            named.role = named.role or mention.text.removeprefix("the ").removeprefix("a ")
            after = end + 1 + len(right_phrase(tokens, end + 2))
            return named, appositive_role(tokens, after + 1), after
    if mention.possessive and mention.kind == "name" and not owner_speaks(tokens, mention):
        return None, "", j  # "said the extent of CVRD's price rise was": no speaker here
    if start > j + 1 and mention.kind == "name" and not mention.role:
        mention.role = " ".join(
            t.text for t in tokens[j + 1 : start] if t.lower not in lexicon.DETERMINERS
        )
    if mention.kind == "nominal":
        end = _with_postmodifier(tokens, mention, start, end + 1) - 1
    return mention, appositive_role(tokens, end + 1), end


def _owned_person(tokens: list[Token], start: int, end: int) -> tuple[Mention, str, int] | None:
    """ "said Mr Tull's lawyer", "said his longtime doctor": a description of a person
    that the possessive (``start`` to ``end``, exclusive) owns and that ends the clause;
    the owner only gives it its affiliation."""
    found = owned_description(tokens, start, end, min(len(tokens), end + 4))
    if found is None or found[0].head not in job_lex.PERSON_NOUNS:
        return None
    mention, after = found
    nxt = tokens[after] if after < len(tokens) else None
    if nxt is not None and nxt.lower == "to" and _names_after_to(tokens, after):
        after = _with_postmodifier(tokens, mention, start, after)  # "said Ukraine's
        nxt = tokens[after] if after < len(tokens) else None  # ambassador to Poland"
    if nxt is not None and nxt.kind == "w" and nxt.lower not in _CLAUSE_GOES_ON | {"to"}:
        return None  # "said Tull's lawyer had ...": a clause, no speaker here
    named = right_phrase(tokens, after + 1) if nxt is not None and nxt.text == "," else []
    if named and is_person_name(named) and (person := build(named)) is not None:
        person.role = person.role or mention.text  # "said his wife, Sheila Vane"
        return person, appositive_role(tokens, after + 1 + len(named)), after + len(named)
    if named and named[0].capitalised:
        return None  # "said his wife, Sheila.": the name the older rules read
    return mention, appositive_role(tokens, after), after - 1


def _names_after_to(tokens: list[Token], k: int) -> bool:
    """Does the "to" at ``k`` open a name ("to Poland", "to the UN"), the post a job
    holder is sent to, rather than the listeners ("to reporters", "to the court")?"""
    n = k + 1
    if n < len(tokens) and tokens[n].lower == "the":
        n += 1
    return n < len(tokens) and tokens[n].kind == "w" and tokens[n].capitalised


def _name_after_owner(
    tokens: list[Token], owner: list[Token], at: int
) -> tuple[Mention, str, int] | None:
    """ "said the Observer's Peter Frayne": a person's full name right after an owner
    that reads as a description ("the Observer's" is no observer) speaks, with the owner
    as role; a clause going on after the name ("... Frayne had") names no speaker."""
    named_words = right_phrase(tokens, at)
    if not named_words or not named_words[0].capitalised or not is_person_name(named_words):
        return None
    last = at + len(named_words) - 1
    if last + 1 < len(tokens) and tokens[last + 1].lower in AUXILIARIES:
        return None
    named = build(named_words)
    if named is None:
        return None
    owner_words = [t.text for t in owner if t.lower not in DETERMINERS]
    named.role = named.role or " ".join(owner_words).removesuffix("'s").removesuffix("'")
    return named, appositive_role(tokens, last + 1), last


def _with_postmodifier(tokens: list[Token], mention: Mention, start: int, after: int) -> int:
    """Take the postmodifier after a description into its mention ("said one veteran
    adviser to the governor", "said a source familiar with the talks"): the phrase that
    names the source, whole. Returns the index after the phrase."""
    if mention.head not in _SPEAKING_HEADS or mention.head in org_lex.DOCUMENT_NOUNS or (
        mention.itself  # "said the shopkeeper to Ann Roe" (described_after): to whom
    ):
        return after  # "said the report from the inquiry": the document's issuer is read
    end = postmodifier_end(tokens, after)
    if end > after:
        mention.text = " ".join(t.text for t in tokens[start:end])
        mention.end = tokens[end - 1].end
    return end


_FURTHER_REACH = 5  # words between a phrase that names no person and the person's name
_NOT_IN_ROLE = lexicon.words(
    "in on at as after during when while before for of with who the a an to from by that "
    "this his her their its about told said says"
)


def _further_named(
    tokens: list[Token], start: int, named: Mention, after: int
) -> tuple[Mention, str, int]:
    """The person :func:`_person_further` found at ``after``, with the words from ``start``
    as the role, the appositive after the name, and the index of the name's last token."""
    named.role = named.role or " ".join(t.text for t in tokens[start:after] if t.kind == "w")
    last = after + len(right_phrase(tokens, after)) - 1
    return named, appositive_role(tokens, last + 1), last


def _person_further(
    tokens: list[Token], words: list[Token], end: int
) -> tuple[Mention, int] | None:
    """ "said Leeds constituent Dan Perko", "said former Ohio Gov. and Farm Bureau
    Chairman Dale Hooper": when the phrase read after the verb (``words``, ending at
    token ``end``) names no person, a person's name a few role words further on is the
    speaker; with the index of its first token. "and" joins roles only after a title
    ("Gov. and"), never two people ("said Hale and Tom Perko")."""
    joined = False  # "said Trade and Industry Minister X", "added Ernst and Young's X"
    for k in range(end + 1, min(len(tokens), end + 1 + _FURTHER_REACH)):
        token = tokens[k]
        if token.kind != "w" or token.lower in _NOT_IN_ROLE or token.possessive and not (
            joined and token.capitalised
        ):
            return None
        if token.lower == "and" and k == end + 1 and _joins_one_name(tokens, words, k):
            joined = True
        elif token.lower == "and" and not (k == end + 1 and is_role_word(tokens[end])):
            return None
        if token.capitalised and k > end + 1:
            named_words = right_phrase(tokens, k)
            if named_words and _person_named(tokens[k - 1], named_words) and not (
                is_person_name(words)
            ):
                named = build(named_words)
                return (named, k) if named is not None else None
    return None


def _person_named(before: Token, named_words: list[Token]) -> bool:
    """Do ``named_words`` name a person: a known given name or an honorific, or two
    words shaped like a name after a title or a job ("director Ann Roe", "Policy Minister
    Ann Roe"), whatever the list of given names knows of them (``unlisted.titled``)?"""
    return is_person_name(named_words) or unlisted.titled(
        [before.text, *(w.text for w in named_words)]
    )


def _joins_one_name(tokens: list[Token], words: list[Token], k: int) -> bool:
    """Does the "and" at ``k`` after the one capitalised word ``words`` join two words of
    one name, an organisation's or a ministry's, that a person's name follows: "Ernst and
    Young's Sanjay", "Trade and Industry Minister Karl"? Never two people ("Hale and Tom
    Perko": no possessive or title between)."""
    if len(words) != 1 or not words[0].capitalised or is_person_name(words):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "w" or not nxt.capitalised or nxt.lower in name_lex.TITLES:
        return False  # "said Hale and Minister Tom Perko": two people
    for t in tokens[k + 1 : k + 4]:
        if t.kind != "w" or not t.capitalised:
            return False
        if t.possessive or t.lower in name_lex.TITLES or t.lower in job_lex.PERSON_NOUNS:
            return True
    return False


def _described(tokens: list[Token], start: int, capitals: bool = False) -> list[Token] | None:
    """ "the lock forward", "the radio station": an article, a few words the lexicons do
    not know (capitalised ones too with ``capitals``: "the Senate minority leader"),
    then a person or organisation noun; None when no such noun comes."""
    last = 0
    for k in range(start + 1, min(len(tokens), start + 5)):
        token = tokens[k]
        if token.kind != "w" or token.capitalised and not (capitals and not last):
            break
        low = token.lower
        if low in job_lex.PERSON_NOUNS or speaker_noun(low):
            last = k  # the last noun heads the phrase: "the national team coach"
        elif last or low in _ADJUNCT_OPENERS and _named(tokens, start, k):
            break  # "said the Commission in a statement": a preposition or an article
            # ends the words before a head; the statement is the verb's adjunct
    return tokens[start : last + 1] if last else None


_HIS = lexicon.words("his her")
# Words that open an adjunct of the verb, never a word before a speaker noun's head ("said
# the Commission in a statement"; "one of two aides" is a phrase, so "of" is not here).
_ADJUNCT_OPENERS = lexicon.words("in on at during after before when while since as")


def _named(tokens: list[Token], start: int, k: int) -> bool:
    """Is a capitalised word among the words after the article at ``start`` and before
    ``k``? Then a name is complete and an adjunct opener at ``k`` is the verb's ("the
    Commission in a statement"); after lower-case words it may be a postmodifier ("the
    instructions on the firm's website")."""
    return any(t.capitalised for t in tokens[start + 1 : k])
_INDEFINITE = frozenset(("a", "an", "one", "another", "the"))
_ROLE_OPENERS = frozenset(("a", "an", "one", "the"))  # "said the head of a ... fund"
_DOCUMENT_SETTING = lexicon.words("in on from at")


def _closing_document(tokens: list[Token], start: int) -> list[Token] | None:
    """ "read the email.", "said a notice on the gate": after an inverted verb, an
    article, up to three lower-case words and a document noun (any, even one as often a
    verb: "email", "note") that ends the clause or is followed by where it stands; None
    otherwise."""
    for k in range(start + 1, min(len(tokens), start + 5)):
        token = tokens[k]
        if token.kind != "w" or token.capitalised or token.lower in cue_lex.CUE_VERBS and (
            token.lower not in org_lex.DOCUMENT_NOUNS
        ):
            return None
        if token.lower in org_lex.DOCUMENT_NOUNS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.kind != "w" or after.lower in _DOCUMENT_SETTING:
                return tokens[start : k + 1]
    return None


_SPEAKING_HEADS = frozenset(job_lex.PERSON_NOUNS) | job_lex.PERSON_PLURALS | org_lex.ORG_NOUNS


def _holder_of(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a lower-case person noun followed by "of" or "for" ("a close
    associate of", "the wife of", "a spokesman for"): one described by whom they serve?"""
    return k + 2 < len(tokens) and tokens[k].kind == "w" and not tokens[k].capitalised and (
        tokens[k].lower in job_lex.PERSON_NOUNS or tokens[k].lower in job_lex.PERSON_PLURALS
    ) and tokens[k + 1].lower in ("of", "for")


def _served_person(tokens: list[Token], j: int, k: int) -> tuple[Mention, str, int] | None:
    """ "said the wife of former oil boss Tom Vale", "said a friend of Mr Vale": the
    description from after the cue at ``j`` through the person's name its noun at ``k``
    serves; None when no person's name ends the phrase (a body: "said a spokesman for
    Ofcom" is read as the body's spokesman elsewhere)."""
    words = [*tokens[j + 1 : k], *right_phrase(tokens, k)]
    if not words[-1].capitalised or not is_person_name(words[k - j + 1 :]):
        return None
    mention = build(words)
    if mention is None or mention.kind != "nominal":
        return None
    return mention, appositive_role(tokens, j + 1 + len(words)), j + len(words)


def _unnamed_source(tokens: list[Token], start: int) -> list[Token] | None:
    """ "one county NHS manager", "a retired senior fire service official": after an
    inverted verb, a determiner and up to six words of any case ending in a person or
    organisation noun, where the clause ends; None otherwise."""
    for k in range(start + 1, min(len(tokens), start + 7)):
        token = tokens[k]
        if token.kind != "w" or token.lower in _ADJUNCT_OPENERS and _named(tokens, start, k):
            return None  # "said the Commission in a statement": the verb's adjunct
        party = token.capitalised and token.lower in PARTY_MEMBERS  # "one Ohio Democrat"
        if not token.capitalised and token.lower in _SPEAKING_HEADS or party:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.kind != "w" or after.lower in _CLAUSE_GOES_ON or (
                postmodifier_end(tokens, k + 1) > k + 1
            ):
                return tokens[start : k + 1]
            if not party:  # "a Republican National Committee member" goes on
                return None
    return None


_AROUND = lexicon.words("behind inside around within near")


def _those_end(tokens: list[Token], k: int) -> int:
    """Where the postmodifier of "those" starting at token ``k`` ends ("close to the
    talks", "behind the negotiations"): past it, or ``k`` when there is none."""
    end = postmodifier_end(tokens, k)
    if end > k or k >= len(tokens) or tokens[k].lower not in _AROUND:
        return end
    m = k + 1
    while m < len(tokens) and m - k <= 6 and tokens[m].kind == "w" and (
        tokens[m].lower not in _CLAUSE_GOES_ON and tokens[m].lower not in cue_lex.CUE_VERBS
    ):
        m += 1
    return m if m > k + 1 else k


_CLAUSE_GOES_ON = lexicon.words("in on at as after during when while before for of with who")


# Documents whose noun is as often a verb ("to email", "post", "note"): they speak only
# right after a determiner ("the email said", "his tweet read").
_VERB_LIKE_DOCUMENTS = lexicon.words(
    "email e-mail tweet post message note release leaflet website blog"
)


def determined_document(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """ "the email said", "his tweet read": a determiner and a verb-like document noun
    right before the cue at ``i``."""
    k = i - 1
    if k - 1 < floor or tokens[k].lower not in _VERB_LIKE_DOCUMENTS:
        return None
    det = tokens[k - 1]
    if det.kind != "w" or det.lower not in DETERMINERS and not (
        det.lower == "press" and k - 2 >= floor and tokens[k - 2].lower in DETERMINERS
    ):
        return None
    first = k - 2 if det.lower == "press" else k - 1
    text = " ".join(t.text for t in tokens[first : k + 1])
    return Mention(text, "nominal", tokens[first].start, tokens[k].end, head=tokens[k].lower)
