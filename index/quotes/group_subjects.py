"""Subjects that stand for a group of unnamed people: a quantifier opening its clause
("Several said", "“Out!” some chanted", "Another wrote", "those surveyed said") and a
share of a group ("21 percent said", "About three in 10 said", "Some 40 per cent of
farmers say"). They are descriptions: the mention is the phrase, and nobody named nearby
is taken for them.
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.examples import examples_group
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

QUANTIFIERS = lexicon.words("several some most many others both few another one all those")
_SHARES = lexicon.words("percent % half majority minority third thirds quarter quarters share")
# Heads of group mentions: they speak as a group, never as one person named nearby.
GROUP_HEADS = (QUANTIFIERS - {"another", "one"}) | _SHARES
_BEFORE_CLAUSE = lexicon.words("and but while yet")
_RELATIVES = lexicon.words("which whom")
_PREPOSITIONS = lexicon.words("to of among for in")
_ASKED = lexicon.words("surveyed polled asked interviewed questioned")
_NUMBERS = lexicon.words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred"
)
_AMOUNT_WORDS = lexicon.words(
    "about nearly almost some just roughly only over under more less fewer than at least "
    "around a an per cent"
)
_SHARE_REACH = 8  # words of "at least 40 per cent", "just over half"


def bare_quantifier(words: list[str]) -> bool:
    """Is a subject a quantifier alone ("another", "one"), with no noun: no body that a
    later "the company" or "it" may be ("one lawsuit accuses it and another alleging")?"""
    return [w.lower() for w in words] in (["another"], ["one"])


def group_subject(
    tokens: list[Token], i: int, floor: int, mention: Mention | None, first: int
) -> tuple[Mention, int] | None:
    """The group phrase that is the subject of the verb at ``i``, with the index of its
    first token: a quantifier or a share right before the verb when no subject was found
    (``mention`` None), or a share before "of" and the group found (``first``)."""
    if mention is None:
        found = _quantifier(tokens, i, floor)
        return found if found is not None else _share(tokens, i, i, floor)
    counted = counted_before(tokens, first, mention, floor) or examples_group(tokens, first, floor)
    if counted is not None:
        return counted  # "about 300 farmers said", not "farmers"; "portals such as X say"
    while first < i and tokens[first].start < mention.start:
        first += 1  # the phrase reader may have taken "of" in
    if first - 1 > floor and tokens[first - 1].lower == "of" and mention.kind == "nominal":
        return _share(tokens, first - 1, i, floor)  # "21 percent of voters said"
    return None


def _opens_clause(tokens: list[Token], k: int, floor: int) -> bool:
    """Does a clause open at token ``k``: the sentence start, or after a quotation, a
    comma, a colon or semicolon, a conjunction, or a relative after a preposition ("to
    which 21 percent said", "of whom most say")?"""
    if k <= floor:
        return True
    before = tokens[k - 1]
    if before.lower in _RELATIVES:
        return k - 2 >= floor and tokens[k - 2].lower in _PREPOSITIONS
    return before.kind == "q" or before.text in (",", ":", ";") or before.lower in _BEFORE_CLAUSE


def _phrase(tokens: list[Token], k: int, i: int, head: str) -> tuple[Mention, int]:
    text = tokens[k].text
    for n in range(k + 1, i):  # spaced as written: "33%", "three in 10"
        text += (" " if tokens[n].start > tokens[n - 1].end else "") + tokens[n].text
    return Mention(text, "nominal", tokens[k].start, tokens[i - 1].end, head=head), k


def _quantifier(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    k = i - 1
    word = tokens[k] if k >= floor else None
    if word is None or word.kind != "w" or word.possessive:
        return None
    if word.lower in _ASKED and k - 1 >= floor and tokens[k - 1].lower == "those":
        k -= 1  # "those surveyed said": the people asked
    elif word.lower in _NUMBERS and k - 1 >= floor and tokens[k - 1].lower == "the":
        k -= 1  # "the two write": the pair named before
    elif word.lower not in QUANTIFIERS:
        return None
    if not _opens_clause(tokens, k, floor):
        return None  # "no one said", "for some said": no clause opens here
    return _phrase(tokens, k, i, "both" if tokens[k].lower == "the" else tokens[k].lower)


def _share(tokens: list[Token], end: int, i: int, floor: int) -> tuple[Mention, int] | None:
    """A share of a group ending just before token ``end`` ("21 percent", "three in 10",
    "nearly half"), opening its clause; the phrase runs to the verb at ``i``."""
    k = end - 1
    if k < floor or tokens[k].kind not in ("w", "p"):
        return None
    last = tokens[k].lower
    if last in _SHARES or last == "cent" and k - 1 >= floor and tokens[k - 1].lower == "per":
        head = "percent" if last in ("%", "cent") else last
    elif _number(tokens[k]) and k - 2 >= floor and tokens[k - 1].lower == "in" and (
        _number(tokens[k - 2])
    ):
        head, k = "share", k - 2  # "three in 10"
    else:
        return None
    while k > floor and end - k < _SHARE_REACH and (
        _number(tokens[k - 1]) or tokens[k - 1].lower in _AMOUNT_WORDS
    ):
        k -= 1
    if not _opens_clause(tokens, k, floor):
        return None
    if head == "percent" and not any(_number(t) for t in tokens[k:end]):
        return None  # "per cent" with no figure is no share
    return _phrase(tokens, k, i, head)


def _number(token: Token) -> bool:
    return token.kind == "w" and (token.text.replace(",", "").isdigit() or token.lower in _NUMBERS)


_COUNTS = lexicon.words("dozens hundreds thousands scores millions")
# Words from a count or quantifier to the group's noun: "hundreds of pro-Sanders",
# "some senior GOP".
_GROUP_REACH = 4


def counted_group(tokens: list[Token], j: int, stop: int) -> tuple[Mention, int] | None:
    """A counted crowd opening at token ``j`` ("About 300 farmers", "Hundreds of
    pro-Sanders demonstrators", "some 50 protesters"), with the index after it; its
    head is a noun for people in the plural. None otherwise."""
    k = j
    while k < stop and tokens[k].lower in _AMOUNT_WORDS and k - j < 3:
        k += 1  # "about", "more than", "at least"
    if k >= stop or not (_number(tokens[k]) or tokens[k].lower in _COUNTS):
        return None
    k += 1
    if k < stop and tokens[k].lower == "of" and tokens[k - 1].lower in _COUNTS:
        k += 1
    return _group_to_plural(tokens, j, k, stop, parties=False)


def _group_to_plural(
    tokens: list[Token], j: int, k: int, stop: int, parties: bool
) -> tuple[Mention, int] | None:
    """The group phrase opening at ``j`` when a plural for people ends it within
    _GROUP_REACH words from ``k`` (before ``stop``), over words alone: its mention,
    headed by the plural, and the index after it. With ``parties``, a party's members
    ("Republicans") end it too, and a capitalised plural only as a party."""
    for n in range(k, min(stop, k + _GROUP_REACH)):
        token = tokens[n]
        if token.kind != "w" or token.possessive:
            return None
        low = token.lower
        if (
            low in job_lex.PERSON_PLURALS and not (parties and token.capitalised)
            or parties and low in _PARTY_PLURALS
        ):
            return _phrase(tokens, j, n + 1, low)[0], n + 1
    return None


def counted_before(
    tokens: list[Token], first: int, mention: Mention, floor: int
) -> tuple[Mention, int] | None:
    """The counted crowd that the plural ``mention`` (starting at token ``first``)
    ends, when the count opens its clause: "about 300 farmers", "Hundreds of fans";
    with the index of its first token."""
    if mention.kind != "nominal" or mention.head not in job_lex.PERSON_PLURALS:
        return None
    found = None
    for k in range(first - 1, max(floor, first - _GROUP_REACH - 3) - 1, -1):
        counted = counted_group(tokens, k, len(tokens))
        if counted is not None and counted[0].end == mention.end and _opens_clause(
            tokens, k, floor
        ):
            found = counted[0], k
    return found


_PARTY_PLURALS = lexicon.words(
    "republicans democrats conservatives liberals progressives independents tories"
)


def quantified_group(tokens: list[Token], start: int) -> tuple[Mention, int] | None:
    """A quantified group opening at token ``start``, "Some Republicans", "many senior
    officials", "two Democrats": its mention (headed by the plural) and the index after
    it; None when no quantifier opens there or no plural for people follows."""
    if tokens[start].lower not in QUANTIFIERS and not _number(tokens[start]):
        return None
    return _group_to_plural(tokens, start, start + 1, len(tokens), parties=True)
