"""Splitting decoded text into units (candidate paragraphs) with raw offsets.

Blocks are separated by blank lines. Inside a block, each line is its own unit
(saved pages often put one paragraph per line) unless the block looks hard-wrapped:
every line but the last of similar, moderate width, in which case its lines are
joined with spaces. Each unit is then tidied: Markdown heading markers, ``**bold**``
/ ``__bold__`` markers and link syntax are removed, the text is normalised
(:mod:`index.articles.normalise`) and runs of whitespace become one space;
:class:`~index.articles.mapped.Mapped` keeps every kept character's offset.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from warreader.index.articles.mapped import Mapped
from warreader.index.articles.normalise import (
    entity_edits,
    normalise,
    normalise_edits,
    repairs,
    unescape_references,
)
from warreader.index.articles.patterns import END_MARKER, word_count

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
# Bullets: ASCII ones and those text browsers draw for nested lists (○ □ ☆ ▪ ◦ ...).
_LIST = re.compile(r"^\s*(?:[-*+•○□☆◦▪■●◆◇‣⁃∙]|\d{1,3}[.)])\s+\S")
# "**" marks bold, but not inside a longer run of asterisks: "f***" is a word censored.
_INLINE = re.compile(
    r"(?<!\*)\*\*(?!\*)|__|!\[[^\]\n]*\]\([^)\n]*\)|\[(?=[^\]\n]+\]\([^)\n]*\))|\]\([^)\n]*\)"
)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]")
_SPACES_ALONE = "\t\r\f\v\u00a0"  # _SPACE matches where one of these or two spaces are

WRAP_MIN, WRAP_MAX, WRAP_SPREAD = 40, 100, 30
_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def as_read(raw: str) -> str:
    """Raw file text inside a paragraph as the paragraph's text has it: Markdown
    emphasis and link markup removed, the text normalised (:func:`normalise`: NFC, soft
    hyphens dropped, mojibake read as meant) after HTML character references are read
    ("Jos&#233;" is "José"), each run of white space (line breaks,
    tabs, no-break spaces) one space. A quote's ``text`` is ``as_read`` of its file slice."""
    return _RUN.sub(" ", normalise(unescape_references(_INLINE.sub("", raw)))[0])


@dataclass(slots=True)
class Unit:
    """One candidate paragraph: tidied text plus what the file said about it."""

    m: Mapped
    heading: bool = False  # a Markdown heading (``## ...``)
    listitem: bool = False  # a bulleted or numbered list item
    blank_before: bool = True  # separated from the previous unit by a blank line
    repaired: int = 0  # mis-decoded characters read as meant (normalise.repairs)
    counted: int = field(default=-1, repr=False, compare=False)  # words, once counted
    weighed: tuple = field(default=(), repr=False, compare=False)  # (kind, weight), once
    marker: int = field(default=-1, repr=False, compare=False)  # END_MARKER matched, once

    @property
    def text(self) -> str:
        return self.m.text

    @property
    def words(self) -> int:
        """:func:`index.articles.patterns.word_count` of the text, counted once (the
        rules ask it of a unit up to a dozen times)."""
        if self.counted < 0:
            self.counted = word_count(self.m.text)
        return self.counted

    @property
    def end_marker(self) -> bool:
        """:data:`index.articles.patterns.END_MARKER` matches the text (comments,
        related stories: what follows an article), looked for once (the rules ask it
        of a unit up to five times)."""
        if self.marker < 0:
            self.marker = END_MARKER.match(self.m.text) is not None
        return bool(self.marker)


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


_ASCII_GONE = dict.fromkeys(range(128))  # str.translate: delete every ASCII character


def _columns(line: str) -> int:
    """Width of a line on a terminal: wide (CJK) characters take two columns."""
    if line.isascii():
        return len(line)
    # every wide character is outside ASCII: look up only those (the line's ASCII
    # deleted in one C call), each adding a column to the line's length
    return len(line) + sum(unicodedata.east_asian_width(c) in "WF"
                           for c in line.translate(_ASCII_GONE))


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _broken_word(line: str, nxt: str, width: int) -> bool:
    """True when a text browser broke a Korean word at the end of a full ``line``.

    Text browsers break Hangul anywhere, so a line filled to within a column of the
    width that ends and continues in Hangul was cut inside a word (measured on
    ``w3m -dump``: most such breaks are inside words)."""
    line, nxt = line.rstrip(), nxt.lstrip()
    return (
        bool(line and nxt) and _columns(line) >= width - 1
        and bool(_HANGUL.match(line[-1])) and bool(_HANGUL.match(nxt[0]))
    )


def wrap_width(source: str, spans: list[tuple[int, int]]) -> int | None:
    """The column a text browser or mailer wrapped ``source`` at, or None.

    Wrapped text has many lines just short of one width (the width up to
    :data:`WRAP_MAX` with the most lines within 10 columns below it) and few longer
    ones; text with a paragraph per line has mostly long lines.
    """
    widths = [_columns(source[s:e]) for s, e in spans if e > s]
    fitting = [n for n in widths if WRAP_MIN <= n <= WRAP_MAX]
    if not fitting:
        return None
    near, width = max((sum(w - 10 < n <= w for n in fitting), w) for w in set(fitting))
    longer = sum(n > WRAP_MAX for n in widths)
    return width if near >= 5 and near > 2 * longer else None


# A dash opening a line, then a lower-case word or a number: "wages\n- about £80,000 -
# following": a spaced dash the wrapper put first on the line, when the line before
# ends mid-sentence.
_DASH_GOES_ON = re.compile(r"\s*[-\u2013\u2014]\s+[a-z0-9£$€(]")


# A line opening on a dash and a space: a list item, or a dash the wrapper put first.
_DASH_LINE = re.compile(r"\s*[-\u2013\u2014]\s+\S")


def _bullet(before: str, line: str, after: str = "") -> bool:
    """Does ``line`` open a list item? Not when it opens on a dash that goes on with the
    sentence of the line ``before`` (which ends without a stop, colon or semicolon),
    unless the line ``before`` or ``after`` opens on a dash too: dash lines in a row are
    a list."""
    if not _LIST.match(line):
        return False
    if not _DASH_GOES_ON.match(line) or before.rstrip()[-1:] in ".:;!?":
        return True
    return bool(_DASH_LINE.match(before) or _DASH_LINE.match(after))


def _wrapped_runs(lines: list[str], width: int) -> list[list[int]]:
    """Indices of ``lines`` grouped into wrapped paragraphs.

    A line continues the previous one when the previous one was full (at least
    :data:`WRAP_MIN` columns, and its next word would not have fitted within ``width``)
    and it does not start a list item or a heading.
    """
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if runs and not (_bullet(lines[i - 1], line, after) or _HEADING.match(line)):
            prev = _columns(lines[i - 1])
            word = line.split(None, 1)[0]
            if prev >= WRAP_MIN and prev + 1 + _columns(word) > width - 2:
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


def _tidy(m: Mapped, markdown: bool = True) -> tuple[Mapped, bool, bool, int]:
    """Remove Markdown markup and extra whitespace, normalise; returns (piece, heading,
    listitem, mis-decoded characters repaired).

    With ``markdown=False`` (text that is not Markdown, e.g. extracted from HTML)
    ``#``, ``**`` and ``__`` are left alone: they are the text's own characters.
    """
    heading = False
    match = _HEADING.match(m.text) if markdown else None
    if match:
        heading = True
        m = m.sub(match.end(), len(m.text))
        tail = _HEADING_TAIL.search(m.text)
        if tail:
            m = m.sub(0, tail.start())
    listitem = bool(_LIST.match(m.text))
    text = m.text
    if markdown and ("*" in text or "_" in text or "[" in text):
        m = m.edit((x.start(), x.end(), "") for x in _INLINE.finditer(text))
    if "&" in m.text:
        m = m.edit(entity_edits(m.text))  # "Jos&#233;" as "José"
    repaired = 0
    if not m.text.isascii():
        edits = normalise_edits(m.text)  # one spelling for every name
        repaired = repairs(m.text, edits)
        m = m.edit(edits)
    if "  " in m.text or any(c in m.text for c in _SPACES_ALONE):  # as _SPACE.search
        m = m.edit((x.start(), x.end(), " ") for x in _SPACE.finditer(m.text))
    return m.strip(), heading, listitem, repaired


def split_units(source: str, wrap: bool = True, markdown: bool = True) -> list[Unit]:
    """Units of ``source`` in order.

    ``wrap=False`` never joins lines within a block; ``markdown=False`` keeps Markdown
    characters (headings, bold, links) as text.
    """
    units: list[Unit] = []
    block: list[tuple[int, int]] = []
    blank = True
    spans = _lines(source)
    width = wrap_width(source, spans) if wrap else None

    def joined(run: list[tuple[int, int]]) -> Mapped:
        if len(run) == 1:
            return Mapped.slice(source, *run[0])
        pieces = [Mapped.slice(source, s, e).strip() for s, e in run]
        tight = frozenset(
            k for k, (s, e) in enumerate(run[:-1])
            if width is not None and _broken_word(source[s:e], source[slice(*run[k + 1])], width)
        )
        return Mapped.join(pieces, [e for _, e in run[:-1]], tight)

    def flush() -> None:
        nonlocal blank
        if not block:
            return
        if width is not None:
            runs = _wrapped_runs([source[s:e] for s, e in block], width)
            groups = [joined([block[i] for i in run]) for run in runs]
        elif wrap and _hard_wrapped([source[s:e].strip() for s, e in block]) and not any(
            _HEADING.match(source[s:e])
            or _bullet(
                source[slice(*block[i - 1])] if i else "",
                source[s:e],
                source[slice(*block[i + 1])] if i + 1 < len(block) else "",
            )
            for i, (s, e) in enumerate(block)
        ):
            groups = [joined(block)]
        else:
            groups = [Mapped.slice(source, s, e) for s, e in block]
        for k, piece in enumerate(groups):
            m, heading, listitem, repaired = _tidy(piece, markdown)
            if m.text:
                units.append(Unit(m, heading, listitem, blank and k == 0, repaired))
        block.clear()
        blank = False

    for start, end in spans:
        if start == end or not source[start:end].strip():
            flush()
            blank = True
        else:
            block.append((start, end))
    flush()
    return units
