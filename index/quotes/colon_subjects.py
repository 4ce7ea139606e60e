"""The subject of a colon introduction past what stands between it and its verb: an owner
("The GMB's Kevin Curran disagreed:"), an affiliation ("Kevin Curran of the GMB was
blunt:", "Ann Hale from Leeds went further:") and a name in apposition to a description
("The general secretary of the GMB union, Kevin Curran, disagreed:"). Used by
:func:`index.quotes.event_forms.colon_event`.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon, org_lex
from warreader.index.quotes.mentions import Mention, build, is_person_name
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.tokens import Token

_AFFILIATIONS = lexicon.words("of from at")
_AFFILIATION_REACH = 5  # capitalised words of the body after "of the"


def colon_subject(
    tokens: list[Token], start: int, words: list[Token], j: int
) -> tuple[Mention | None, int]:
    """The mention made of ``words`` (the phrase opening at token ``start``), widened or
    replaced as the module docstring says, and the token after it and its affiliation or
    apposition, before the colon at ``j``."""
    k = start + len(words)
    if words[-1].possessive and k < j and tokens[k].capitalised:
        words = words + right_phrase(tokens, k)  # "The GMB's Kevin Curran"
        k = start + len(words)
    mention = build(words)
    k = _past_affiliation(tokens, k, j)
    if mention is not None and mention.kind == "nominal" and k < j and tokens[k].text == ",":
        named = right_phrase(tokens, k + 1)
        after = k + 1 + len(named)
        if named and after < j and tokens[after].text == "," and is_person_name(named):
            return build(named), after + 1  # "The general secretary ..., Kevin Curran,"
    return mention, k


def _past_affiliation(tokens: list[Token], k: int, j: int) -> int:
    """The token after a name's affiliation at ``k`` ("of the GMB", "from Leeds", "of
    the GMB union"): "of", "from" or "at", perhaps "the", capitalised words and perhaps
    one organisation noun, before the colon at ``j``; ``k`` itself when there is none."""
    if k >= j or tokens[k].lower not in _AFFILIATIONS or tokens[k].capitalised:
        return k
    c = k + 1
    if c < j and tokens[c].lower == "the" and not tokens[c].capitalised:
        c += 1
    end = c
    while end < j and end - c < _AFFILIATION_REACH and tokens[end].kind == "w" and (
        tokens[end].capitalised
    ):
        end += 1
    if end == c:
        return k
    if end < j and tokens[end].kind == "w" and tokens[end].lower in org_lex.ORG_NOUNS:
        end += 1  # "of the GMB union"
    return end
