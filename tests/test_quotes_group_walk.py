"""The counted and quantified group readers share one walk to the plural
(group_subjects._group_to_plural): on generated word runs they read what their two
former loops read."""

from __future__ import annotations

import random

from warreader.index.quotes import lexicon
from warreader.index.quotes.group_subjects import (
    _AMOUNT_WORDS,
    _COUNTS,
    _PARTY_PLURALS,
    QUANTIFIERS,
    _number,
    _phrase,
    counted_group,
    quantified_group,
)
from warreader.index.quotes.tokens import tokenize

_VOCABULARY = (
    "about some 300 hundreds of pro-Sanders farmers Farmers fans Republicans republicans "
    "many senior GOP officials the said , Tories two more than Ann's at least"
)
_WORDS = [*_VOCABULARY.split(), '"']


def _old_counted(tokens, j, stop):
    k = j
    while k < stop and tokens[k].lower in _AMOUNT_WORDS and k - j < 3:
        k += 1
    if k >= stop or not (_number(tokens[k]) or tokens[k].lower in _COUNTS):
        return None
    k += 1
    if k < stop and tokens[k].lower == "of" and tokens[k - 1].lower in _COUNTS:
        k += 1
    for n in range(k, min(stop, k + 4)):
        token = tokens[n]
        if token.kind != "w" or token.possessive:
            return None
        if token.lower in lexicon.PERSON_PLURALS:
            return _phrase(tokens, j, n + 1, token.lower)[0], n + 1
    return None


def _old_quantified(tokens, start):
    if tokens[start].lower not in QUANTIFIERS and not _number(tokens[start]):
        return None
    for n in range(start + 1, min(len(tokens), start + 1 + 4)):
        token = tokens[n]
        if token.kind != "w" or token.possessive:
            return None
        low = token.lower
        if low in _PARTY_PLURALS or not token.capitalised and low in lexicon.PERSON_PLURALS:
            return _phrase(tokens, start, n + 1, low)[0], n + 1
    return None


def _key(found):
    return None if found is None else (found[0].text, found[0].head, found[0].end, found[1])


def test_group_walk_reads_as_the_two_loops_did() -> None:
    rng = random.Random(7)
    read = 0
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 9)))
        tokens = tokenize(text, [])
        for start in range(len(tokens)):
            new = quantified_group(tokens, start)
            assert _key(new) == _key(_old_quantified(tokens, start)), text
            read += new is not None
            for stop in (len(tokens), len(tokens) - 1):
                counted = counted_group(tokens, start, stop)
                assert _key(counted) == _key(_old_counted(tokens, start, stop)), text
                read += counted is not None
    assert read > 100  # the runs hold many groups of both kinds
