"""Filed quotes remembered while grouping: their words and group ids, kept in step.

Grouping a corpus proposes the same candidates again and again; reading each one's
words and group id from SQLite every time was a good part of the cost. A slot's words,
kind and speaker never change while it is filed, and its group id changes only by a
merge (known here: :meth:`Known.moved`) or a split (after which the owner forgets
everything, as on a rollback or another process's commit).
"""

from __future__ import annotations

from itertools import islice
from sys import intern

from warreader.index.provenance.group_ids import Merges
from warreader.index.provenance.relate import speaker_key

KNOWN = 5_000
"""Filed quotes :class:`Known` keeps at most (about 3 MB: their words are shared), and
merges it follows."""


class Filed:
    """What verification reads of a filed candidate (no member, no bigrams)."""

    __slots__ = ("words", "joined", "kind", "speaker")

    def __init__(self, words: str, kind: str, speaker: str | None) -> None:
        self.words = tuple(map(intern, words.split()))  # one string per word, shared
        self.joined = f" {words} "
        self.kind = kind
        self.speaker = speaker_key(speaker)

    @classmethod
    def of(cls, entry) -> Filed:
        """The filed form of an entry just added."""
        filed = cls.__new__(cls)
        filed.words = tuple(map(intern, entry.words))
        filed.joined, filed.kind, filed.speaker = entry.joined, entry.kind, entry.speaker
        return filed


class Known:
    """Slot -> (:class:`Filed`, group id when remembered) of quotes met or filed lately,
    at most :data:`KNOWN`; groups merged since then lead to the group they went into."""

    def __init__(self) -> None:
        self._at: dict[int, tuple[Filed, int]] = {}
        self._into = Merges()
        # one Filed per distinct (words, kind, speaker) read lately: a quote recurring in
        # many articles is folded once, and a verdict on it holds for every copy
        self._same: dict[tuple[str, str, str | None], Filed] = {}

    def filed(self, words: str, kind: str, speaker: str | None) -> Filed:
        """The :class:`Filed` of a members row's words, kind and speaker (one object for
        the same three, while remembered: at most 4 * :data:`KNOWN`)."""
        key = (words, kind, speaker)
        found = self._same.get(key)
        if found is None:
            if len(self._same) >= 4 * KNOWN:
                self._same.clear()
            found = self._same[key] = Filed(words, kind, speaker)
        return found

    def clear(self) -> None:
        """Forget everything (a rollback, a split, another process's commit)."""
        self._at.clear()
        self._into.clear()
        self._same.clear()

    def keep(self, slot: int, filed: Filed, gid: int) -> None:
        """Remember the quote at ``slot``, in group ``gid`` (when full, the older half
        is forgotten)."""
        at = self._at
        if len(at) >= KNOWN:
            for old in list(islice(at, KNOWN // 2)):
                del at[old]
        at[slot] = (filed, gid)

    def moved(self, old: int, new: int) -> None:
        """Group ``old`` was merged into group ``new``."""
        if len(self._into) >= KNOWN:  # (kept as small as the quotes)
            self.clear()
        self._into[old] = new

    def get(self, slot: int) -> tuple[int, Filed] | None:
        """(current group id, filed quote) at ``slot``, or None when not remembered."""
        found = self._at.get(slot)
        if found is None:
            return None
        filed, gid = found
        return self._into.current(gid), filed
