"""The person who opens a sentence and then steps aside before the reporting verb:
"Maria Lopez, deputy director of water, power, and roads, said" and "Tom Hale, wearing
a straw hat and "Vote Hale" buttons, said". The grammatical subject of the verb is the
name that opens the clause; whatever the aside holds (lists with commas, quotations,
other people named after a preposition) is no subject.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon
from warreader.index.quotes.mentions import Mention, build, is_person_name
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token

_ASIDE_REACH = 45  # tokens between the opener's comma and the verb
_NO_MODIFIER = lexicon.words(
    """
    after before while when with without for in on at of by from as to since about like
    than and but or also not is are was were has have had will would can could may might
    """
)
_PREFIX_WORDS = 4  # words before the name ("Texas farm delegate")
_OPENER_WORDS = 8  # words before the opener's comma ("Texas farm delegate Tom Hale")


def _opener(
    tokens: list[Token], floor: int, i: int, loose: bool = False
) -> tuple[Mention, int, int] | None:
    """The person's name opening the sentence at ``floor`` (perhaps after the quotation
    it reports) and followed by a comma, with its first token and the comma's index.
    ``loose``: a role follows the comma, so two or three capitalised words will do."""
    s = floor
    if s < i and tokens[s].kind == "q":
        s += 1
        if s < i and tokens[s].text == ",":
            s += 1
    e = s
    while e < i and e - s <= _OPENER_WORDS and tokens[e].kind == "w":
        e += 1  # "farm delegate Tom Hale,": the words before the first comma
    if e == s or e >= i or tokens[e].text != ",":
        return None
    words = left_phrase(tokens, e)
    n = len(words)
    while n and words[n - 1].capitalised:
        n -= 1
    aged = len(words) - n == 1 and _age_follows(tokens, e)  # "Hale, 35, the son of ..."
    # Right after its quotation any name of two or three capitalised words will do.
    quoted = (loose or s > 0 and tokens[s - 1].kind == "q") and 2 <= len(words) - n <= 3
    if words and not (aged or quoted or is_person_name(words[n:])):
        return _described_opener(words, s, e)
    if not words:
        return None
    prefix = tokens[s : e - len(words)]
    if len(prefix) > _PREFIX_WORDS or any(
        t.lower in cue_lex.CUE_VERBS
        or t.lower in _NO_MODIFIER
        or t.lower.endswith(("ing", "ed", "ly"))
        for t in prefix
    ):
        return None  # "After meeting Tom Hale, ...": the name is no subject
    mention = build(words)
    if mention is None or mention.kind != "name" or mention.org:
        return None
    return mention, e - len(words), e


def _described_opener(words: list[Token], s: int, e: int) -> tuple[Mention, int, int] | None:
    """ "The Oscar-nominated actor, whose films include A, B and C, said": a definite
    description of a person opening the sentence is the subject past its aside too."""
    if len(words) > _PREFIX_WORDS or e - len(words) != s or words[0].lower != "the":
        return None
    mention = build(words)
    if mention is None or mention.kind != "nominal" or mention.head not in job_lex.PERSON_NOUNS:
        return None
    return mention, s, e


def _age_follows(tokens: list[Token], comma: int) -> bool:
    """Does a person's age stand between commas after the comma at ``comma`` (", 35,")?"""
    return (
        comma + 2 < len(tokens)
        and tokens[comma + 1].text.isdigit()
        and len(tokens[comma + 1].text) <= 3
        and tokens[comma + 2].text == ","
    )


def _aside_ends(tokens: list[Token], i: int, floor: int, found: Mention | None, first: int) -> bool:
    """A cheap test before reading the opener: does an aside end at the verb ``i`` (a
    comma before it, a role after a comma, or a "who" since the last comma)?"""
    if tokens[i - 1].text == ",":
        return True
    if found is not None and tokens[first - 1].text == ",":
        return True
    for k in range(i - 1, max(floor, i - _ASIDE_REACH), -1):
        if tokens[k].text == ",":
            return False
        if tokens[k].lower == "who":
            return True
    return False


def opening_person(
    tokens: list[Token], i: int, floor: int, found: Mention | None, first: int
) -> tuple[Mention, int] | None:
    """The person opening the sentence when the verb at token ``i`` follows an aside
    that starts with a comma after the name: nothing else found, or the phrase found
    (starting at token ``first``) lies inside the aside as the object of a word
    ("who once worked for Sen. Ann Marsh (D-Ohio), one of its authors, called") or as a
    role with no closing comma ("Jon Perkins, president of the Grain Board stated")."""
    if i - 1 <= floor:
        return None
    if found is not None and (first - 1 <= floor or tokens[first - 1].kind == "q"):
        return None  # the phrase found opens the sentence or follows its quotation
    if not _aside_ends(tokens, i, floor, found, first):
        return None
    opened = _opener(tokens, floor, i)
    if opened is None:  # "The plans “...,” Anne Ruiz, ..., said": after the quotation
        low = max(floor, i - _ASIDE_REACH - _OPENER_WORDS - 2)  # bounded: stays linear
        q = next((k for k in range(low, i) if tokens[k].kind == "q"), None)
        opened = _opener(tokens, q, i) if q is not None and q > floor else None
    role_after = (
        found is not None and first - 1 > floor and tokens[first - 1].text == ","
        and not tokens[first].capitalised
    )
    if opened is None and role_after:  # "Alixandria Lapp, executive director of X, said"
        opened = _opener(tokens, floor, i, loose=True)
        if opened is not None and opened[2] != first - 1:
            opened = None
    if opened is None:
        return None
    person, start, comma = opened
    if i - comma > _ASIDE_REACH or comma >= i - 1:
        return None
    closed = tokens[i - 1].text == ","
    aside = tokens[comma + 1 : i]
    who = next((k for k in range(comma + 1, i - 1) if tokens[k].lower == "who"), None)
    if found is not None and who is not None and first == who + 1:
        return None  # "Tom Keller, who he said had been ...": the clause's own subject
    if not closed and who is not None and (found is None or first > who) and all(
        t.text not in (",", ";", ":") for t in aside[: -1 if found is None else None]
    ) and not (found is not None and found.kind == "pronoun" and first == i - 1):
        # "…, who said nothing; she said"; but "…, who chairs it; said": a stray mark
        return person, start  # "Dan Perko, the farm guru who founded harvest.com tweeted"
    if found is None:
        return (person, start) if closed and comma < i - 2 else None
    if first <= comma:
        return None
    inside = tokens[first - 1]
    if closed and inside.kind == "w" and not inside.capitalised:
        return person, start  # the name found is the object of a word in the aside
    if first != comma + 1 or tokens[first].capitalised:
        return None
    if closed:
        return person, start  # "Ivan Petrov, the Commissioner for Fisheries (CF), said"
    of = any(t.lower in ("of", "for", "at") for t in tokens[first:i])
    return (person, start) if of else None  # "Jon Perkins, president of X stated"; not
    # "Tom Hale, the mayor said, will ..." (a cue inside the clause)
