"""When two quotes are the same quotation: equal, one inside the other, or near-identical.

The near-identical measure is a word-level normalised Indel similarity (rapidfuzz's
``Indel.normalized_similarity`` over the folded word tuples): 1 - (words inserted +
words deleted) / (words in both). A changed word costs two edits, an added or dropped
word one, so "a few words changed, added or dropped" is what it counts, independent
of word length. The measure and :data:`NEAR` were chosen on the bench generator's
variants mixed among every BBC quote (README, "Quote provenance"): character-level
ratio and token_sort_ratio let unrelated quotes in at thresholds where this one does
not, and token_set_ratio (100 for any subset of words) chains unrelated quotes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import Indel
from warreader.index.names import name_keys

SHORT = 3
"""Quotes of this many words or fewer group only when identical and by one speaker.
Terms (scare-quoted words, "false flag") group only when identical, with any speaker:
they are nobody's words, and the same term in two articles is the term travelling."""

NEAR = 0.70
"""Word-level similarity from which two quotes are near-identical: up to about 30% of
the words replaced, or 45% dropped. On the benchmark's variants of BBC quotes, 0.60
already let unrelated quotes in and 0.75 lost re-edited translations; 0.65 to 0.70
kept both precision and recall at 1.0 (README, "Quote provenance")."""

MIN_TERM = 4
"""Letters a term needs to group at all ("n" of "rock 'n' roll" and a lone "A" never do)."""

MIN_PART = 4
"""A partial quote must hold at least this many words to join the longer one..."""

SAFE_PART = 6
"""...and fewer than this many only when both are credited to the same speaker: on the
BBC corpus, four- and five-word runs shared by different speakers are idioms ("a labour
of love", "means so much to me"), not one quotation."""


@lru_cache(maxsize=65536)
def speaker_key(speaker: str | None) -> tuple[str, ...]:
    """The matching key of a speaker (empty: nobody named)."""
    return name_keys(speaker) if speaker else ()


def same_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both named and the same person: equal keys, or one the tail of the other
    ("Idowu" and "Phillips Idowu"; "Defiant Matt Williams" and "Matt Williams")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[-len(short):] == short


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``shorter`` is a contiguous run of ``longer``'s words."""
    if len(shorter) > len(longer):
        return False
    return f" {' '.join(shorter)} " in f" {' '.join(longer)} "


def word_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Word-level normalised Indel similarity of two folded word tuples (0..1)."""
    return Indel.normalized_similarity(a, b)


similarity = word_similarity
"""The near-identical measure (the benchmark swaps in others to compare)."""


def same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or one a contiguous part (>= MIN_PART words) of the other."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PART and contains(long_, short)


class Comparable(Protocol):
    """What :func:`related` reads of a quote: folded words (also joined, padded with
    spaces, for containment tests), kind and speaker key."""

    words: tuple[str, ...]
    joined: str
    kind: str
    speaker: tuple[str, ...]


def joined(words: tuple[str, ...]) -> str:
    """``words`` joined and padded with spaces (" a b c "), for containment tests."""
    return f" {' '.join(words)} "


def related(a: Comparable, b: Comparable) -> bool:
    """Whether two quotes belong in one group."""
    if a.kind != b.kind or not a.words or not b.words:
        return False
    aw, bw = a.words, b.words
    if a.kind == "term":  # a scare-quoted term travels whole, whoever uses it
        return aw == bw and sum(map(len, aw)) >= MIN_TERM
    if len(aw) <= SHORT or len(bw) <= SHORT:
        return aw == bw and same_speaker(a.speaker, b.speaker)
    if aw == bw:
        return True
    short, long_ = (a, b) if len(aw) <= len(bw) else (b, a)
    if short.joined in long_.joined and (
        len(short.words) >= SAFE_PART or same_speaker(a.speaker, b.speaker)
    ):
        return True
    if similarity is word_similarity and 2 * min(len(aw), len(bw)) < NEAR * (len(aw) + len(bw)):
        return False  # lengths alone rule out the similarity
    return similarity(aw, bw) >= NEAR
