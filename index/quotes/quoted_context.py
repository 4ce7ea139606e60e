"""What stands right around a quotation, read to tell someone's words from a quoted
term or title: a reporting verb earlier in its sentence, a noun for a work before it, an
owner who can speak ("his "firm" support"), the slot a title stands in ("on "Meet the
Press""), and how titles are capitalised. Used by :mod:`index.quotes.choice`.
"""

from __future__ import annotations

from functools import lru_cache

from warreader.index.quotes import cue_lex, lexicon, name_lex
from warreader.index.quotes.marks import Span
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tokens import Token

PASSIVE = lexicon.BE | lexicon.words("so-called get gets got")


_REPORTING = lexicon.words(
    """
    say says said tell tells told added adds argued argues wrote writes stated claimed
    insisted insists warned warns testified suggested suggests asserted asserts declared
    explained noted predicted promised vowed contended maintained acknowledged conceded
    admitted alleged complained
    """
)
# Any other speech verb reports the sentence's quotations when its subject stands right
# before it ("Kell slammed the plan as a "cash grab""); not verbs of thinking, nor those
# that contest someone else's words ("accused Dunn of running a "sham" poll").
_SPEECH_VERBS = cue_lex.CUE_VERBS - cue_lex.NOUN_LIKE_CUES - lexicon.words(
    """
    believe believes believed think thinks thought feel feels felt hope hopes hoped
    fear fears feared expect expects expected estimate estimates estimated forecast
    forecasts reckon reckons reckoned wonder wondered
    accuse accuses accused deny denies denied
    """
)
_REPORT_REACH = 40  # tokens back from a quotation where its reporting verb may stand


_SUBJECTS = lexicon.words("he she they we i it who")
_AUX = lexicon.words("has have had also then later once again")


def _after_subject(tokens: list[Token], k: int) -> bool:
    """Does a subject (a pronoun, "who", a name) stand right before the verb at ``k``,
    past auxiliaries and adverbs ("Kell has repeatedly slammed")? Not a determiner or
    an adjective: "the call", "a fresh warning" are nouns."""
    j = k - 1
    while j >= 0 and tokens[j].kind == "w" and (
        tokens[j].lower in _AUX or tokens[j].lower.endswith("ly")
    ):
        j -= 1
    if j < 0 or tokens[j].kind != "w":
        return False
    subject = tokens[j]
    return subject.lower in _SUBJECTS or (subject.capitalised and not subject.possessive)


def reported_before(para: Para, qi: int) -> bool:
    """Does a reporting verb stand earlier in the sentence of the quotation at ``qi``
    ("Carr, 31, a photographer, said the convention was the "perfect opportunity"")?
    Quoted words in reported speech are the reporter's, even when no speaker was read."""
    tokens = para.tokens
    for k in range(qi - 1, max(para.floor_of[qi], qi - _REPORT_REACH) - 1, -1):
        token = tokens[k]
        if token.kind == "q":
            return False  # a verb before another quotation reports that one
        if (
            token.kind == "w"
            and (
                token.lower in _REPORTING
                or token.lower in _SPEECH_VERBS and _after_subject(tokens, k)
                or _made_clear(tokens, k)
            )
            and not token.capitalised
            and not (k and tokens[k - 1].lower in PASSIVE)  # "she was told her ..."
        ):
            return True
    return False


_MAKE = lexicon.words("make makes made making")


def _made_clear(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` the "clear" of "made clear", "has made it clear": a speaker
    stating something, like a reporting verb ("Ruiz made it clear that he still had "doubts"")?"""
    if tokens[k].lower != "clear" or k < 1:
        return False
    j = k - 2 if tokens[k - 1].lower == "it" else k - 1
    return j >= 0 and tokens[j].lower in _MAKE and not tokens[j].capitalised


# Verbs that direct someone to do what the quoted infinitive says ("urged voters to
# "stay home"", "told his staff not to "panic""): the words are the director's.
_DIRECTING = lexicon.words(
    """
    urge urges urged urging ask asks asked asking tell tells told telling order orders
    ordered ordering encourage encourages encouraged encouraging beg begs begged
    implore implores implored call calls called calling challenge challenges challenged
    promise promises promised promising pledge pledges pledged vow vows vowed
    """
)
_DIRECT_REACH = 10


def directed(para: Para, qi: int) -> bool:
    """Is the quotation at ``qi`` an infinitive ("to "…"", "not to "…"") that a verb of
    directing or promising earlier in its sentence governs ("urges voters in Leeds to
    "send a message"")? Then it is someone's words, not a term."""
    tokens = para.tokens
    if qi == 0 or tokens[qi - 1].lower != "to":
        return False
    if para.text[para.spans[tokens[qi].quote].start].isupper():
        return False  # 'asked men to "Stand Tall"': a slogan
    for k in range(qi - 2, max(para.floor_of[qi], qi - _DIRECT_REACH) - 1, -1):
        token = tokens[k]
        if token.kind == "q" or token.text in ".;:":
            return False
        if token.kind == "w" and token.lower in _DIRECTING and not token.capitalised:
            return True
    return False


_TITLE_SMALL = name_lex.NAME_PARTICLES | {"of", "the", "and", "a", "in", "on", "to", "for", "with"}
_TITLE_SMALL |= {"&"}


_WORKS = lexicon.TERM_MARKERS | lexicon.words(
    "memoir memoirs podcast column documentary programme program books films movies songs"
)


def after_work_noun(para: Para, qi: int) -> bool:
    """Does the quotation at ``qi`` follow a noun for a work, with or without a comma
    ("her memoir, "…"", "the new book, "…"", "on his podcast "…"")? Then it is the
    work's title, in apposition."""
    k = qi - 2 if qi >= 2 and para.tokens[qi - 1].text == "," else qi - 1
    return k >= 0 and para.tokens[k].kind == "w" and para.tokens[k].lower in _WORKS


def attributive_title(para: Para, qi: int) -> bool:
    """Does the capitalised quotation at ``qi`` stand between a determiner and a lower-case
    word, modifying a noun ("the "Sea Dogs" star", "a "Keep the Ferries Running" hat",
    "the "Ferry or Nothing" crowd")? Then it names a work, a slogan or a group: a term."""
    tokens = para.tokens
    if not 0 < qi < len(tokens) - 1 or tokens[qi - 1].lower not in lexicon.DETERMINERS:
        return False
    span = para.spans[tokens[qi].quote]
    if not para.text[span.end - 1].isalnum():
        return False  # 'the "Long Game," the contest of ...': an apposition follows
    if len(para.text[span.start : span.end].split()) >= _LONG_NAME:
        return True  # 'will present an "Action Plan for the Growth of Leeds" to ...'
    after = tokens[qi + 1]
    return (
        after.kind == "w"
        and not after.capitalised
        and after.text[0].isalpha()
        and after.lower not in _NOT_HEAD
        and not after.lower.endswith("ed")  # 'the "Golden Week" eliminated by ...'
    )


_LONG_NAME = 4  # capitalised words after a determiner that name something whatever follows
# Words after a quotation that are no noun it modifies ('the "Museum" in Leeds').
_NOT_HEAD = lexicon.words(
    """
    in on at of by for from with to and or but nor the a an that which who whom whose is
    was are were be been has have had will would can could may might must should as than
    """
)


_NOT_MODIFIER = _NOT_HEAD | lexicon.words("his her its their our my your")
# Nouns for a name given to a campaign, a rule or a grade, which a quotation right before
# them spells out: 'the "Fix the Ferries" campaign', 'the "one port, two fares" formula',
# 'raised to the "restricted" level' (a grade, with "the" right before the quotation; 'at
# "alarming" levels' is a measure, the speaker's word). Nouns for something said
# ("remark", "claim") are no such heads: the words before them are the speaker's ('his
# "47 percent" remark').
_NAMED_HEADS = lexicon.words(
    """
    campaign campaigns slogan slogans motto mottos tagline taglines catchphrase mantra
    formula doctrine label labels level classification
    """
)
_HEAD_MODIFIERS = 2  # lower-case words between the quotation and its head noun


def names_head(para: Para, qi: int, span: Span, words: list[str]) -> bool:
    """Does the quotation at ``qi`` name the noun after it, a campaign, slogan, formula
    or grade ('a "Keep Ferries Free" campaign', 'its viral "Ferries. We run them."
    awareness campaign', 'the "two fares" formula granting ...', 'the "restricted"
    level')? Up to two lower-case modifiers may stand between; the head must end its
    noun phrase (not 'the "broken" campaign finance system'), and the quotation must not
    end on a comma or a question ('"We won," the campaign said' is speech). ``words``:
    the quotation's words, split at most eight times (a ninth item holds the rest)."""
    if para.text[span.end - 1] in ",;:?!" or len(words) > 8:
        return False
    tokens = para.tokens
    for k in range(qi + 1, min(len(tokens), qi + 2 + _HEAD_MODIFIERS)):
        token = tokens[k]
        if token.kind != "w" or token.capitalised or token.lower in _NOT_MODIFIER:
            return False  # 'by "insiders" running his campaign': a clause, no modifier
        if token.lower in _NAMED_HEADS:
            if token.lower == "level" and (qi == 0 or tokens[qi - 1].lower != "the"):
                return False  # 'at "alarming" levels', 'an "unheard-of" level': a measure
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                after is None
                or after.kind != "w"
                or after.capitalised
                or after.lower in _NOT_HEAD
                or after.lower.endswith(("ed", "ing"))
            )
    return False


def byline_title(para: Para, qi: int, span: Span) -> bool:
    """Is the quotation at ``qi`` the headline of a piece cited with its byline
    ("“Harbour fees to rise,” by the Courier's Ann Bell: “…”")? It ends on a comma,
    and "by", an owner's name in the possessive and a name follow it: a title."""
    tokens = para.tokens
    if para.text[span.end - 1] != "," or qi + 2 >= len(tokens) or tokens[qi + 1].lower != "by":
        return False
    for k in range(qi + 2, min(len(tokens) - 1, qi + 7)):
        token = tokens[k]
        if token.kind != "w":
            return False
        if token.possessive:  # the author's name follows: not "by Kell's own account"
            return token.capitalised and tokens[k + 1].capitalised
    return False


_OWNERS = lexicon.words("his her their my our")


def owned_words(para: Para, qi: int, span: Span) -> bool:
    """Does an owner who can speak stand right before the quotation at ``qi`` (a
    person's name in the possessive, or his, her, their)? Then the quoted words are
    that owner's ("Romney's "47 percent" remark", "his "firm" support"), unless they
    are capitalised like a title ("Kell's "Harbour Song"")."""
    if qi == 0 or titled_quote(para.text[span.start : span.end]):
        return False
    before = para.tokens[qi - 1]
    if before.kind != "w":
        return False
    return before.lower in _OWNERS or (
        before.possessive and before.capitalised and qi - 1 > para.floor_of[qi]
    )


def exclaims(quoted: str) -> bool:
    """A chant or a question ("Go Rovers!", "Why Now?"), not a title."""
    return "!" in quoted or quoted.rstrip(",.").endswith("?")


def titled_quote(quoted: str) -> bool:
    """:func:`title_cased` of a quotation's words, remembered: the term, owner and labelling
    checks of one quotation each ask it. A long quotation (hostile input) is not kept."""
    if len(quoted) > _REMEMBERED_QUOTE:
        return title_cased(quoted.split())
    return _titled_words(quoted)


_REMEMBERED_QUOTE = 300  # characters


@lru_cache(maxsize=256)
def _titled_words(quoted: str) -> bool:
    return title_cased(quoted.split())


def title_cased(words: list[str]) -> bool:
    """Every word capitalised but the small ones: how titles and names are written
    (a number may stand among capitalised words: "13 Hours: The Long Night")."""
    return all(
        w[0].isupper() or w.lower() in _TITLE_SMALL or w[0].isdigit() for w in words
    ) and any(w[0].isupper() for w in words)


# Words after which a capitalised phrase names a programme, a publication or a work:
# 'on "Morning Desk"', 'told "Coffee with Cal"', 'author of "The Long Road"'.
_BEFORE_TITLE = lexicon.words("on told with of")
# Verbs whose object is a work named by its title ('sang "Harbour Lights"').
_PERFORMING = lexicon.words("perform performs performed performing sang sing sings singing")


def title_slot(para: Para, qi: int) -> bool:
    """Does the quotation at ``qi`` stand where a title stands: right after an owner's
    name ("NBC's", "the BBC's") or one of :data:`_BEFORE_TITLE`, or "according to"?"""
    if qi == 0:
        return False
    before = para.tokens[qi - 1]
    if before.kind != "w":
        return False
    if before.possessive and before.capitalised or before.lower in _BEFORE_TITLE:
        return True
    if before.possessive and qi > 1 and para.tokens[qi - 2].capitalised:
        return True  # 'on the Harbour channel's "Morning Tides"'
    if before.lower in _PERFORMING or before.lower == "in" and qi > 1 and (
        para.tokens[qi - 2].kind == "w" and para.tokens[qi - 2].lower not in _BEFORE_TITLE
    ):
        return True  # 'went on to perform "Bridge Over the Water"', 'starred in "Salt"'
    return before.lower == "to" and qi > 1 and para.tokens[qi - 2].lower == "according"


# Words after which a quotation is a predicate or a clause, not a name: a copula or a
# modal ("was "furious"", "would "unravel" the deal"), a complementiser ("concluded that
# "top secret" files ...").
_PREDICATE_SLOT = lexicon.words(
    "is was are were be been would will could should can may might must that"
)
# A reporting verb in the passive ("was said to be", "is reported to have"): its subject
# is who was talked about, not who spoke.
_PASSIVE_REPORT = lexicon.words(
    "said reported thought believed expected rumoured rumored described considered told"
)


def predicate_slot(para: Para, qi: int) -> bool:
    """Does the quotation at ``qi`` stand where a predicate or a clause starts, right after
    a copula, a modal or "that" ("the spokeswoman was "satisfied"", "will "finish the
    job"")? Words there are said by someone, not a title or a name; a lower-case start
    is required (a capitalised one is a title: 'is "Football Life"'), and a subject
    reported in the passive ("was said to be "…"") is not who said them."""
    before = para.tokens[qi - 1] if qi else None
    if before is None or before.kind != "w" or before.lower not in _PREDICATE_SLOT:
        return False
    span = para.spans[para.tokens[qi].quote]
    if not para.text[span.start].islower():
        return False
    tokens = para.tokens
    for k in range(max(para.floor_of[qi], qi - _REPORT_REACH) + 1, qi):
        if tokens[k].lower in _PASSIVE_REPORT and tokens[k - 1].lower in PASSIVE:
            return False
    return True
