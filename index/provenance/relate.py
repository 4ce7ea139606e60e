"""When two quotes are the same quotation: equal, one inside the other, or near-identical.

The near-identical measure is a word-level normalised Indel similarity (rapidfuzz's
``Indel.normalized_similarity`` over the folded word tuples): 1 - (words inserted +
words deleted) / (words in both). A changed word costs two edits, an added or dropped
word one, so "a few words changed, added or dropped" is what it counts, independent
of word length. :data:`NEAR` was chosen on the bench generator's variants against the
closest unrelated BBC quotes (see the README, "Quote provenance").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Indel
from warreader.index.names import name_keys

SHORT = 3
"""Quotes of this many words or fewer group only when identical and by one speaker.
Terms (scare-quoted words, "false flag") group only when identical, with any speaker:
they are nobody's words, and the same term in two articles is the term travelling."""

NEAR = 0.75
"""Word-level similarity from which two quotes are near-identical."""

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


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Word-level normalised Indel similarity of two folded word tuples (0..1)."""
    return Indel.normalized_similarity(a, b)


def same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or one a contiguous part (>= MIN_PART words) of the other."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PART and contains(long_, short)


def related(
    a: tuple[str, ...], a_kind: str, a_speaker: tuple[str, ...],
    b: tuple[str, ...], b_kind: str, b_speaker: tuple[str, ...],
) -> bool:
    """Whether two quotes (folded words, kind, speaker key) belong in one group."""
    if a_kind != b_kind or not a or not b:
        return False
    if a_kind == "term":  # a scare-quoted term travels whole, whoever uses it
        return a == b and sum(map(len, a)) >= MIN_TERM
    if len(a) <= SHORT or len(b) <= SHORT:
        return a == b and same_speaker(a_speaker, b_speaker)
    if a == b:
        return True
    if same_words(a, b) and (
        min(len(a), len(b)) >= SAFE_PART or same_speaker(a_speaker, b_speaker)
    ):
        return True
    if 2 * min(len(a), len(b)) < NEAR * (len(a) + len(b)):
        return False  # lengths alone rule out the similarity
    return similarity(a, b) >= NEAR
