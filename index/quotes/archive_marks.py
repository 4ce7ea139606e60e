"""Quotations marked the newspaper-archive way: ''Yes,'' she said, or ``Yes,'' he said.

The NYT archive and old wire feeds write a quotation between two apostrophes (or opened
by two backticks and closed by two apostrophes) where other text has a double mark. The
engine reads them only when the config's ``archive_quotes`` asks (:func:`archive_quotes`):

- ``off`` (the default): never; such text is read as it always was;
- ``on``: everywhere;
- ``auto``: in an article that has no double quotation mark at all (``"“”„«»``) and two
  such pairs at least.

Reading them is a rewrite of the paragraph texts that keeps every offset
(:func:`archive_read`): an opening pair becomes a space and a double mark (``' "'``), a
closing one a double mark and a space (``'" '``), so the pairing (:mod:`marks`) and the
attribution read them as double marks, and a quotation's span is the words between the
apostrophes of the original text. A pair's role is told by its sides, as a straight
double mark's is: space or an opening bracket before it opens, space or punctuation
after it closes; two backticks only open. Two backticks, or two apostrophes between
spaces, open only when two apostrophes follow in the paragraph or the next paragraph
opens on a mark (a quotation running on), so a stray pair (a Markdown code span) opens
nothing (two apostrophes before a word open as a double mark would); a pair
inside a passage between double marks is nested in it and left as it is. A run of
three (``'No.'''``) is a nested single mark beside a pair; longer runs, and a pair
between two letters (``O''Neill``), are left as they are. One pass over each
paragraph: linear time, whatever the input.

The setting travels in the environment (``WARREADER_ARCHIVE_QUOTES``, set from the config
by :func:`set_archive_quotes`), so the indexing helper processes read it too, as they do
the article size limit (:mod:`index.files`).
"""

from __future__ import annotations

import os
import re

MODES = ("off", "on", "auto")
"""The values of the config's ``archive_quotes``; the first is the default."""

MODE_ENV = "WARREADER_ARCHIVE_QUOTES"

_RUN = re.compile(r"(?<!')'{2,}|(?<!`)`{2,}")  # a whole run of apostrophes or of backticks
_DOUBLE_MARK = re.compile('[“”„«»"]')
_RUN_OR_DOUBLE = re.compile(_RUN.pattern + '|[“”„«»"]')
_INSIDE = {"“": True, "„": True, "«": True, "”": False, "»": False}  # " toggles
_LEFT_BOUNDARY = "([{—–-/“‘"  # before an opening mark, as in :mod:`marks`
_RIGHT_BOUNDARY = ",.;:!?)]}—–-…”’"  # after a closing one
_OPENING, _CLOSING = ' "', '" '
_OPEN, _CLOSE, _EITHER = 1, 2, 3  # a pair's role; either: between spaces
_WRITTEN = {_OPEN: _OPENING, _EITHER: _OPENING, _CLOSE: _CLOSING}


def archive_quotes() -> str:
    """The reading of archive marks this process uses: ``off``, ``on`` or ``auto``
    (``WARREADER_ARCHIVE_QUOTES``; anything else is ``off``)."""
    mode = os.environ.get(MODE_ENV, "off")
    return mode if mode in MODES else "off"


def set_archive_quotes(mode: str) -> None:
    """Make ``mode`` (one of :data:`MODES`) the reading of archive marks of this process
    and of the indexing helpers it starts."""
    if mode not in MODES:
        raise ValueError(f"archive_quotes must be one of {', '.join(MODES)}, not {mode!r}")
    os.environ[MODE_ENV] = mode


def archive_read(texts: list[str], mode: str) -> list[str]:
    """``texts`` (an article's paragraphs) with their archive marks written as double
    marks, offsets unchanged, as ``mode`` asks (see the module); ``texts`` itself when
    nothing is read."""
    if mode == "off" or not any("''" in text or "``" in text for text in texts):
        return texts
    if mode == "auto" and any(_DOUBLE_MARK.search(text) for text in texts):
        return texts
    read, pairs = [], 0
    for index, text in enumerate(texts):
        after = texts[index + 1].lstrip()[:2] if index + 1 < len(texts) else ""
        new, paired = _rewritten(text, after in ("''", "``"))
        read.append(new)
        pairs += paired
    if mode == "auto" and pairs < 2:
        return texts
    return read


def _rewritten(text: str, runs_on: bool) -> tuple[str, int]:
    """``text`` with its archive marks as double marks (same length), and how many
    opening marks a closing one follows in it (its pairs). Two backticks, or two
    apostrophes between spaces, open only when two apostrophes come after them in the
    paragraph, or when the next paragraph opens on a mark (``runs_on``: a quotation
    running over paragraphs); a stray one (a Markdown ````code```` span) opens nothing.
    A pair inside a passage between double marks (“He called it ''a scandal'' twice”) is
    nested in it and stays as it is."""
    if "''" not in text and "``" not in text:
        return text, 0
    pieces: list[str] = []
    done = pairs = 0
    opened = inside = False
    last = text.rfind("''")  # the last pair of apostrophes: no opening mark after it
    doubles = _DOUBLE_MARK.search(text) is not None
    for match in (_RUN_OR_DOUBLE if doubles else _RUN).finditer(text):
        mark = match.group()
        if mark[0] not in "'`":
            inside = _INSIDE.get(mark, not inside)
            continue
        if inside:
            continue
        at, role = _role(text, match.start(), match.end())
        if role is None:
            continue
        opening = role == _OPEN or (role == _EITHER and not opened)
        unsure = role == _EITHER or text[at] == "`"  # an apostrophe pair before a word opens
        if opening and unsure and last < at + 2 and not runs_on:
            continue
        pieces.append(text[done:at])
        pieces.append(_WRITTEN[role])
        done = at + 2
        if opening:
            opened = True
        elif opened:
            pairs, opened = pairs + 1, False
    if not pieces:
        return text, 0
    pieces.append(text[done:])
    return "".join(pieces), pairs


def _role(text: str, start: int, end: int) -> tuple[int, int | None]:
    """Where the pair in the run ``text[start:end]`` stands and its role (``_OPEN``,
    ``_CLOSE``, ``_EITHER``: between spaces, the pairing tells by what is open), or None
    when the run is no archive mark."""
    left = start == 0 or text[start - 1].isspace() or text[start - 1] in _LEFT_BOUNDARY
    right = end >= len(text) or text[end].isspace() or text[end] in _RIGHT_BOUNDARY
    if text[start] == "`":  # two backticks open, never close (``Yes,'' he said)
        return start, _OPEN if end - start == 2 and (left or not right) else None
    if end - start == 2:
        if left:
            return start, _EITHER if right else _OPEN
        return start, _CLOSE if right else None
    if end - start == 3:  # a nested single mark beside the pair: 'No.''' or '''Tis
        if right and not left:
            return start + 1, _CLOSE
        if left and not right:
            return start, _OPEN
    return start, None
