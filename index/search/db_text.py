"""Text for SQLite from file names that are not UTF-8.

SQLite text is UTF-8; a file name that is not (a Linux file system allows any bytes)
reaches Python with lone surrogates ("caf\\udce9"). Those are stored as a private-use
mark and four hex digits, and read back as they were.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
MARK = "\U000f0000"
_MARK = MARK
_MARKED = re.compile(_MARK + "([0-9a-f]{4})")


def to_db(value):
    """``value`` ready for SQLite: a string's lone surrogates marked, anything else as is."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub(lambda m: f"{_MARK}{ord(m.group()):04x}", value)
    return value


def from_db(value):
    """The inverse of :func:`to_db`."""
    if isinstance(value, str) and _MARK in value:
        return _MARKED.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


def row_to_db(row) -> tuple:
    """:func:`to_db` of every value of ``row``."""
    row = tuple(row)
    # one search over the row's text (the common case: no surrogate anywhere)
    if _SURROGATE.search("".join([v for v in row if isinstance(v, str)])) is None:
        return row
    return tuple(to_db(v) for v in row)


def row_from_db(row) -> tuple:
    """:func:`from_db` of every value of ``row``."""
    row = tuple(row)
    # one look over the row's text (the common case: no mark anywhere; the mark is one
    # character, so joining the values cannot make one)
    if _MARK not in "".join([v for v in row if isinstance(v, str)]):
        return row
    return tuple(from_db(v) for v in row)
