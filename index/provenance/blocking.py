"""Candidate blocking: which earlier quotes a quote could belong with, without all pairs.

Quotes of more than :data:`~relate.SHORT` words are indexed under each pair of
adjacent folded words (word bigrams); a quote's candidates are the quotes sharing a
bigram with it. A partial quote shares all its bigrams with the longer one, and a few
changed words leave most bigrams intact. Bigrams that many quotes share ("of the", "we
are") say little and would make blocking quadratic: those held by more than
:data:`CROWDED` quotes are only used when the quote has no rarer one (then its two
rarest); and a candidate must share two uncrowded bigrams unless the quote has fewer
than three. Short quotes are looked up whole, with their speaker (they only group when
identical and by the same speaker). Work per quote is bounded, so grouping n quotes
costs about n lookups.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from warreader.index.provenance.relate import MIN_TERM, SHORT

CROWDED = 48
"""A bigram held by more quotes than this is too common to propose candidates."""

Words = tuple[str, ...]
Speaker = tuple[str, ...]
Pairs = frozenset[tuple[str, str]]


def pair_keys(words: Words) -> frozenset[tuple[str, str]]:
    """The block keys of a long quote: (word, next word) for each adjacent pair."""
    if len(words) <= SHORT:
        return frozenset()
    return frozenset(zip(words, words[1:], strict=False))


class Blocks:
    """Quote slots filed by exact words and by word bigrams, per kind."""

    def __init__(self) -> None:
        self._whole: dict[tuple, set[int]] = defaultdict(set)
        self._pairs: dict[str, dict[tuple, set[int]]] = defaultdict(lambda: defaultdict(set))

    def _whole_key(self, kind: str, words: Words, speaker: Speaker) -> tuple | None:
        if len(words) > SHORT or (kind == "term" and sum(map(len, words)) >= MIN_TERM):
            return (kind, words)
        # by surname: "Peskov" and "Dmitry Peskov" meet, the verification decides
        return (kind, words, speaker[-1]) if speaker and words else None

    def add(self, slot: int, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> None:
        """File ``slot`` under its words (and ``pairs``, its :func:`pair_keys`)."""
        key = self._whole_key(kind, words, speaker)
        if key is not None:
            self._whole[key].add(slot)
        table = self._pairs[kind]
        for pair in pairs:
            table[pair].add(slot)

    def remove(self, slot: int, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> None:
        """Take ``slot`` out of every block it was filed in."""
        key = self._whole_key(kind, words, speaker)
        if key is not None:
            _discard(self._whole, key, slot)
        table = self._pairs[kind]
        for pair in pairs:
            _discard(table, pair, slot)

    def candidates(self, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> set[int]:
        """Slots that may belong with a quote of these words (verify each).

        A long quote's candidates share at least two of its uncrowded bigrams (one
        when it has fewer than three); with none uncrowded, its two rarest bigrams
        propose them.
        """
        key = self._whole_key(kind, words, speaker)
        found: set[int] = set(self._whole.get(key, ())) if key is not None else set()
        if not pairs:
            return found
        crowded: list[set[int]] = []
        counts: Counter[int] = Counter()
        rare = 0
        table = self._pairs[kind]
        for pair in pairs:
            slots = table.get(pair)
            if not slots:
                rare += 1  # a bigram nobody has yet still counts towards the need
            elif len(slots) > CROWDED:
                crowded.append(slots)
            else:
                counts.update(slots)
                rare += 1
        need = 2 if rare >= 3 else 1
        found.update(slot for slot, n in counts.items() if n >= need)
        if not rare and crowded:
            for slots in sorted(crowded, key=len)[:2]:
                found |= slots
        return found


def _discard(table: dict[tuple, set[int]], key: tuple, slot: int) -> None:
    slots = table.get(key)
    if slots is not None:
        slots.discard(slot)
        if not slots:
            del table[key]
