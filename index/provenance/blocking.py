"""Candidate blocking: which filed quotes a quote could belong with, without all pairs.

Quotes of more than :data:`~relate.SHORT` words are filed under each pair of
adjacent folded words (word bigrams); a quote's candidates are the quotes sharing a
bigram with it. A partial quote shares all its bigrams with the longer one, and a few
changed words leave most bigrams intact. Bigrams that many quotes share ("of the", "we
are") say little and would make blocking quadratic: those held by more than
:data:`CROWDED` quotes are only used when the quote has no rarer one (then its two
rarest); and a candidate must share two uncrowded bigrams unless the quote has fewer
than three. Short quotes are looked up whole, with their speaker (they only group when
identical and by the same speaker). Work per quote is bounded, so grouping n quotes
costs about n lookups.

The blocks live in the groups database (:mod:`.tables`): ``whole`` (key -> slots),
``pairs`` (bigram -> slots) and ``pair_counts`` (bigram -> how many), so a lookup
reads only the blocks a quote hits.
"""

from __future__ import annotations

import sqlite3

from warreader.index.provenance.relate import MIN_TERM, SHORT

CROWDED = 48
"""A bigram held by more quotes than this is too common to propose candidates."""

Words = tuple[str, ...]
Speaker = tuple[str, ...]
Pairs = frozenset[str]
_SEP = "\x1f"


def pair_keys(words: Words) -> frozenset[str]:
    """The block keys of a long quote: "word next" for each adjacent pair."""
    if len(words) <= SHORT:
        return frozenset()
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def whole_key(kind: str, words: Words, speaker: Speaker) -> tuple[str | None, bool]:
    """(the key a quote is filed under whole, or None; whether every quote under that
    key belongs with every other: same long words, or the same term)."""
    if len(words) > SHORT or (kind == "term" and sum(map(len, words)) >= MIN_TERM):
        return f"{kind}{_SEP}{' '.join(words)}", True
    # by surname: "Peskov" and "Dmitry Peskov" meet, the verification decides
    if speaker and words:
        return f"{kind}{_SEP}{' '.join(words)}{_SEP}{speaker[-1]}", False
    return None, False


def _marks(n: int) -> str:
    return ",".join("?" * n)


class Blocks:
    """Quote slots filed by exact words and by word bigrams, in the groups database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def add(self, slot: int, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> None:
        """File ``slot`` under its words (and ``pairs``, its :func:`pair_keys`)."""
        key, _ = whole_key(kind, words, speaker)
        if key is not None:
            self.db.execute("INSERT OR IGNORE INTO whole VALUES (?, ?)", (key, slot))
        if pairs:
            self.db.executemany("INSERT OR IGNORE INTO pairs VALUES (?, ?)",
                                ((p, slot) for p in pairs))
            self.db.executemany("INSERT INTO pair_counts VALUES (?, 1) ON CONFLICT (key) "
                                "DO UPDATE SET n = n + 1", ((p,) for p in pairs))

    def remove(self, slot: int, kind: str, words: Words, speaker: Speaker, pairs: Pairs) -> None:
        """Take ``slot`` out of every block it was filed in."""
        key, _ = whole_key(kind, words, speaker)
        if key is not None:
            self.db.execute("DELETE FROM whole WHERE key = ? AND slot = ?", (key, slot))
        if pairs:
            self.db.executemany("DELETE FROM pairs WHERE key = ? AND slot = ?",
                                ((p, slot) for p in pairs))
            self.db.executemany("UPDATE pair_counts SET n = n - 1 WHERE key = ?",
                                ((p,) for p in pairs))
            self.db.execute(f"DELETE FROM pair_counts WHERE n <= 0 AND key IN "
                            f"({_marks(len(pairs))})", tuple(pairs))

    def whole(self, kind: str, words: Words, speaker: Speaker) -> tuple[list[int], bool]:
        """(slots filed under the quote's whole key, whether they are all related to it)."""
        key, clique = whole_key(kind, words, speaker)
        if key is None:
            return [], False
        rows = self.db.execute("SELECT slot FROM whole WHERE key = ?", (key,)).fetchall()
        return [r[0] for r in rows], clique

    def paired(self, pairs: Pairs) -> set[int]:
        """Slots sharing enough of ``pairs``: at least two of its uncrowded bigrams (one
        when it has fewer than three); with none uncrowded, its two rarest bigrams
        propose them."""
        if not pairs:
            return set()
        keys = tuple(pairs)
        counts = dict(self.db.execute(
            f"SELECT key, n FROM pair_counts WHERE key IN ({_marks(len(keys))})", keys))
        uncrowded = [k for k in keys if 0 < counts.get(k, 0) <= CROWDED]
        crowded = [k for k in keys if counts.get(k, 0) > CROWDED]
        rare = len(keys) - len(crowded)  # a bigram nobody has yet still counts
        need = 2 if rare >= 3 else 1
        found: set[int] = set()
        if uncrowded:
            found.update(r[0] for r in self.db.execute(
                f"SELECT slot FROM pairs WHERE key IN ({_marks(len(uncrowded))}) "
                "GROUP BY slot HAVING count(*) >= ?", (*uncrowded, need)))
        if not rare and crowded:
            rarest = sorted(crowded, key=lambda k: (counts[k], k))[:2]
            found.update(r[0] for r in self.db.execute(
                f"SELECT slot FROM pairs WHERE key IN ({_marks(len(rarest))})", rarest))
        return found
