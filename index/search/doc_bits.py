"""Sets of document numbers as bitmaps: unions and intersections in one C call.

A filter made of many words (every word starting with ``the``) or many days (every day
of 2004) was a Python ``set`` grown a number at a time: at 100,000 articles (about a
million documents with the quotes) that is hundreds of thousands of integers per
keystroke. :class:`DocBits` holds the same set as one Python integer, bit *n* set for
document *n*: ``|`` and ``&`` of two of them are single C operations over ~130 KB,
whatever the number of documents in them, and a bitmap is what :mod:`index.search.doc_cache`
writes to disk. Membership (what Whoosh's filter asks for each candidate hit) reads one
byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from whoosh.idsets import DocIdSet

_SET_BYTES = re.compile(rb"[^\x00]+")


class DocBits(DocIdSet):
    """An immutable set of document numbers (non-negative ints) kept as a bitmap.

    Combines with another :class:`DocBits` by ``|`` and ``&`` (bitmaps), and with a
    plain ``set``/``frozenset`` by ``&`` (the set's members that are in it)."""

    __slots__ = ("bits", "_bytes", "_len")

    def __init__(self, bits: int = 0) -> None:
        self.bits = bits
        self._bytes: bytes | None = None
        self._len: int | None = None

    @classmethod
    def of(cls, docs: Iterable[int]) -> DocBits:
        """The bitmap of ``docs``."""
        docs = docs if isinstance(docs, (list, tuple, set, frozenset)) else list(docs)
        if not docs:
            return cls(0)
        buf = bytearray(max(docs) // 8 + 1)
        for d in docs:
            buf[d >> 3] |= 1 << (d & 7)
        return cls(int.from_bytes(buf, "little"))

    @classmethod
    def from_bytes(cls, data: bytes) -> DocBits:
        """The bitmap written by :meth:`to_bytes`."""
        return cls(int.from_bytes(data, "little"))

    def to_bytes(self) -> bytes:
        """Little-endian bytes of the bitmap (empty for an empty set)."""
        if self._bytes is None:
            self._bytes = self.bits.to_bytes((self.bits.bit_length() + 7) // 8, "little")
        return self._bytes

    def __contains__(self, docnum: object) -> bool:
        if not isinstance(docnum, int) or docnum < 0:
            return False
        data = self._bytes if self._bytes is not None else self.to_bytes()
        i = docnum >> 3
        return i < len(data) and bool(data[i] >> (docnum & 7) & 1)

    def __len__(self) -> int:
        if self._len is None:
            self._len = self.bits.bit_count()
        return self._len

    def __bool__(self) -> bool:
        return self.bits != 0

    def __iter__(self) -> Iterator[int]:
        return self.between(0, len(self.to_bytes()) * 8)

    def between(self, lo: int, hi: int) -> Iterator[int]:
        """The document numbers ``lo <= n < hi``, in order (the bytes between are
        skipped by one C scan; numbers are made only as they are asked for)."""
        data = self.to_bytes()
        for run in _SET_BYTES.finditer(data, max(0, lo) >> 3, min(len(data), (hi + 7) >> 3)):
            for i in range(run.start(), run.end()):
                byte, base = data[i], i << 3
                for j in range(8):
                    if byte >> j & 1 and lo <= base + j < hi:
                        yield base + j

    def __or__(self, other: object) -> DocBits:
        if isinstance(other, DocBits):
            return DocBits(self.bits | other.bits)
        if isinstance(other, (set, frozenset)):
            return DocBits(self.bits | DocBits.of(other).bits)
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other: object):
        if isinstance(other, DocBits):
            return DocBits(self.bits & other.bits)
        if isinstance(other, (set, frozenset)):
            return type(other)(d for d in other if d in self)
        return NotImplemented

    __rand__ = __and__

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DocBits):
            return self.bits == other.bits
        if isinstance(other, (set, frozenset)):
            return len(self) == len(other) and all(d in self for d in other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.bits)

    def __repr__(self) -> str:
        return f"DocBits({len(self)} documents)"

    # DocIdSet's own interface (Whoosh may ask a filter for these)
    def first(self) -> int:
        """The smallest document number (ValueError when empty)."""
        if not self.bits:
            raise ValueError("empty set")
        return (self.bits & -self.bits).bit_length() - 1

    def last(self) -> int:
        """The largest document number (ValueError when empty)."""
        if not self.bits:
            raise ValueError("empty set")
        return self.bits.bit_length() - 1


def union(parts: Iterable[DocBits]) -> DocBits:
    """The union of ``parts`` (one OR per part)."""
    bits = 0
    for part in parts:
        bits |= part.bits
    return DocBits(bits)
