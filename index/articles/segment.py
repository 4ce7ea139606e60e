"""Splitting decoded text into units (candidate paragraphs) with raw offsets.

Blocks are separated by blank lines. Inside a block, each line is its own unit
(saved pages often put one paragraph per line) unless the block looks hard-wrapped:
every line but the last of similar, moderate width, in which case its lines are
joined with spaces. Each unit is then tidied: Markdown heading markers, ``**bold**``
/ ``__bold__`` markers and link syntax are removed and runs of whitespace become one
space; :class:`~index.articles.mapped.Mapped` keeps every kept character's offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warreader.index.articles.mapped import Mapped

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
_INLINE = re.compile(r"\*\*|__|!\[[^\]\n]*\]\([^)\n]*\)|\[(?=[^\]\n]+\]\([^)\n]*\))|\]\([^)\n]*\)")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]")

WRAP_MIN, WRAP_MAX, WRAP_SPREAD = 40, 100, 30
_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def as_read(raw: str) -> str:
    """Raw file text inside a paragraph as the paragraph's text has it: Markdown
    emphasis and link markup removed, each run of white space (line breaks, tabs,
    no-break spaces) one space. A quote's ``text`` is ``as_read`` of its file slice."""
    return _RUN.sub(" ", _INLINE.sub("", raw))


@dataclass(slots=True)
class Unit:
    """One candidate paragraph: tidied text plus what the file said about it."""

    m: Mapped
    heading: bool = False  # a Markdown heading (``## ...``)
    listitem: bool = False  # a bulleted or numbered list item
    blank_before: bool = True  # separated from the previous unit by a blank line

    @property
    def text(self) -> str:
        return self.m.text


_BREAK = re.compile(r"\r\n?|\n")


def _lines(source: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, trailing whitespace excluded. Lines end at
    ``\n``, ``\r\n`` or a lone ``\r`` (old Mac files: otherwise one paragraph)."""
    spans = []
    pos = 0
    for brk in _BREAK.finditer(source):
        spans.append((pos, pos + len(source[pos : brk.start()].rstrip())))
        pos = brk.end()
    spans.append((pos, pos + len(source[pos:].rstrip())))
    return spans


def _hard_wrapped(lines: list[str]) -> bool:
    """True when a block's lines look like one paragraph wrapped at a fixed width.

    Every line but the last is of moderate, similar width, and the next line's first
    word would not have fitted on it (so the break was the wrapper's, not the author's).
    """
    if len(lines) < 2:
        return False
    lengths = [len(line) for line in lines]
    body, width = lengths[:-1], max(lengths)
    if min(body) < WRAP_MIN or width > WRAP_MAX or max(body) - min(body) > WRAP_SPREAD:
        return False
    return all(
        len(line) + 1 + len(nxt.split(None, 1)[0]) > width - 2
        for line, nxt in zip(lines, lines[1:], strict=False)
    )


def _tidy(m: Mapped) -> tuple[Mapped, bool, bool]:
    """Remove Markdown markup and extra whitespace; returns (piece, heading, listitem)."""
    heading = False
    match = _HEADING.match(m.text)
    if match:
        heading = True
        m = m.sub(match.end(), len(m.text))
        tail = _HEADING_TAIL.search(m.text)
        if tail:
            m = m.sub(0, tail.start())
    listitem = bool(_LIST.match(m.text))
    text = m.text
    if "*" in text or "_" in text or "[" in text:
        m = m.edit((x.start(), x.end(), "") for x in _INLINE.finditer(text))
    if "  " in m.text or _SPACE.search(m.text):
        m = m.edit((x.start(), x.end(), " ") for x in _SPACE.finditer(m.text))
    return m.strip(), heading, listitem


def split_units(source: str, wrap: bool = True) -> list[Unit]:
    """Units of ``source`` in order; ``wrap=False`` never joins lines within a block."""
    units: list[Unit] = []
    block: list[tuple[int, int]] = []
    blank = True

    def flush() -> None:
        nonlocal blank
        if not block:
            return
        if wrap and _hard_wrapped([source[s:e].strip() for s, e in block]) and not any(
            _HEADING.match(source, s) or _LIST.match(source, s) for s, _ in block
        ):
            pieces = [Mapped.slice(source, s, e).strip() for s, e in block]
            groups = [Mapped.join(pieces, [e for _, e in block[:-1]])]
        else:
            groups = [Mapped.slice(source, s, e) for s, e in block]
        for k, piece in enumerate(groups):
            m, heading, listitem = _tidy(piece)
            if m.text:
                units.append(Unit(m, heading, listitem, blank_before=blank and k == 0))
        block.clear()
        blank = False

    for start, end in _lines(source):
        if start == end or not source[start:end].strip():
            flush()
            blank = True
        else:
            block.append((start, end))
    flush()
    return units
