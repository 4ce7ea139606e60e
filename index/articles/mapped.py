"""Text that remembers where each of its characters came from in the raw file.

Cleaning (dropping Markdown markers, tidying whitespace, joining a paragraph split by
a stray blank line) changes a paragraph's text; :class:`Mapped` carries the raw offset
of every remaining character so the finished :class:`~index.model.Paragraph` can map
any text index back to the file. Offsets are materialised only once a piece changes:
untouched pieces stay a plain ``(text, start)`` pair.
"""

from __future__ import annotations

from collections.abc import Iterable

from warreader.index.articles.patterns import UNSPACED
from warreader.index.model import Paragraph


def _unspaced(char: str) -> bool:
    return bool(char) and UNSPACED.match(char) is not None


class Mapped:
    """A piece of text plus the raw offset of each character (and, once an edit made one
    character of several, where each character ends in the raw file)."""

    __slots__ = ("text", "start", "_offsets", "_ends")

    def __init__(
        self, text: str, start: int, offsets: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self._offsets = offsets  # None: contiguous from ``start``
        self._ends = ends  # None: each character ends one past its offset

    @classmethod
    def slice(cls, source: str, start: int, end: int) -> Mapped:
        """The raw text ``source[start:end]``, unchanged."""
        return cls(source[start:end], start)

    def offsets(self) -> list[int]:
        """Raw offset of every character of :attr:`text`."""
        if self._offsets is None:
            return list(range(self.start, self.start + len(self.text)))
        return self._offsets

    def ends(self) -> list[int]:
        """Raw offset just past every character of :attr:`text`: one past its offset,
        or past all the raw characters an edit made it of ("Ã©" read as "é")."""
        if self._ends is None:
            return [off + 1 for off in self.offsets()]
        return self._ends

    def sub(self, i: int, j: int) -> Mapped:
        """The characters ``i..j`` of this piece."""
        if self._offsets is None:
            return Mapped(self.text[i:j], self.start + i)
        offsets = self._offsets[i:j]
        ends = self._ends[i:j] if self._ends is not None else None
        return Mapped(self.text[i:j], offsets[0] if offsets else self.start, offsets, ends)

    def strip(self) -> Mapped:
        """Without leading and trailing whitespace."""
        text = self.text
        i, j = len(text) - len(text.lstrip()), len(text.rstrip())
        return self if (i, j) == (0, len(text)) else self.sub(i, max(i, j))

    def edit(self, spans: Iterable[tuple[int, int, str]]) -> Mapped:
        """Replace each ``(i, j)`` range by ``""`` or a single character.

        A replacement character maps to the raw offset of the first character it
        replaces and ends where the last one ends. Spans must be sorted and must not
        overlap.
        """
        spans = list(spans)
        if not spans:
            return self
        old = self.offsets()
        old_ends = self._ends
        wide = old_ends is not None or any(repl and j - i > 1 for i, j, repl in spans)
        last = old_ends if old_ends is not None else [off + 1 for off in old] if wide else []
        chars: list[str] = []
        offsets: list[int] = []
        ends: list[int] = []
        pos = 0
        for i, j, repl in spans:
            chars.append(self.text[pos:i])
            offsets.extend(old[pos:i])
            ends.extend(last[pos:i])
            if repl:
                chars.append(repl)
                offsets.append(old[i])
                ends.extend(last[j - 1 : j])
            pos = j
        chars.append(self.text[pos:])
        offsets.extend(old[pos:])
        ends.extend(last[pos:])
        start = offsets[0] if offsets else self.start
        return Mapped("".join(chars), start, offsets, ends if wide else None)

    @staticmethod
    def join(
        pieces: list[Mapped], gap_offsets: list[int], tight: frozenset[int] = frozenset()
    ) -> Mapped:
        """Join pieces with one space each; ``gap_offsets[k]`` is the raw offset the
        space between piece ``k`` and ``k + 1`` stands for (a newline in the file).

        Between two characters of a script written without spaces (Chinese, Japanese)
        the pieces join directly: a line break there is not a word break. So do the
        pieces after the gaps in ``tight`` (a line broken inside a word).
        """
        if len(pieces) == 1:
            return pieces[0]
        chars: list[str] = []
        offsets: list[int] = []
        wide = any(piece._ends is not None for piece in pieces)
        ends: list[int] = []
        for k, piece in enumerate(pieces):
            if k and not (
                k - 1 in tight or (_unspaced(chars[-1][-1:]) and _unspaced(piece.text[:1]))
            ):
                chars.append(" ")
                offsets.append(gap_offsets[k - 1])
                ends.append(gap_offsets[k - 1] + 1)
            chars.append(piece.text)
            offsets.extend(piece.offsets())
            if wide:
                ends.extend(piece.ends())
        return Mapped("".join(chars), pieces[0].start, offsets, ends if wide else None)

    @property
    def end(self) -> int:
        """Raw offset just past the last character."""
        if self._offsets is None:
            return self.start + len(self.text)
        if self._ends is not None and self._ends:
            return self._ends[-1]
        return self._offsets[-1] + 1 if self._offsets else self.start

    def to_paragraph(self) -> Paragraph:
        """The finished paragraph, with anchors only where the text left the file."""
        if self._offsets is None:
            return Paragraph(self.text, self.start, self.end)
        anchors: list[tuple[int, int]] = []
        prev = None
        for i, off in enumerate(self._offsets):
            if prev is None or off != prev + 1:
                anchors.append((i, off))
            prev = off
        if len(anchors) == 1 and anchors[0] == (0, self.start):
            anchors = []
        wide = ()
        if self._ends is not None:
            wide = tuple(
                (i, end) for i, (off, end) in enumerate(zip(self._offsets, self._ends, strict=True))
                if end != off + 1
            )
        return Paragraph(self.text, self.start, self.end, tuple(anchors), wide)
