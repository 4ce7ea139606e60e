"""A dash aside between two pieces of one quotation: the writer's gloss on the words.

'"Nobody on the quay trusts these sums" -- Kellet's grand surplus by 2019 -- "and the
fishermen can count," he argues': the aside tells what the speaker means, so the people
it names are what was said about, like names inside the quotation, and never the "he"
after it.
"""

from __future__ import annotations

from warreader.index.quotes.reading import Para

_DASHES = frozenset(("-", "\u2013", "\u2014", "\u2015", "--"))
_REACH = 30  # tokens an aside may hold


def gloss_after(para: Para, qi: int | None, cue: int) -> str:
    """The words of a dash aside right after the quotation token at ``qi`` that another
    quotation of the same sentence resumes after, before the cue at ``cue`` (with a space
    in front); "" when there is none."""
    tokens = para.tokens
    start = -1 if qi is None else qi + 1
    if not 0 < start < cue or start >= len(tokens) or tokens[start].text not in _DASHES:
        return ""
    sentence = para.sentence_of[qi]
    for j in range(start + 1, min(len(tokens) - 1, start + _REACH)):
        token = tokens[j]
        if token.kind == "q" or para.sentence_of[j] != sentence:
            return ""
        if token.text in _DASHES:
            after = tokens[j + 1]
            if after.kind != "q" or para.sentence_of[j + 1] != sentence or j == start + 1:
                return ""
            return " " + para.text[tokens[start + 1].start : tokens[j - 1].end]
    return ""
