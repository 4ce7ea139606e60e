"""A closing double mark typed as two closing single marks ("“It was a stunt,’’ Tom Bell
told us"), read as the closing double mark it stands for.

Some outlets open with a curly double mark and close with two apostrophes. Left as they
are, the quotation runs on past its reporting clause to the next opening mark, and its
speaker is lost. ``with_twin_closings`` rewrites such a pair, in place and of the same
length, as a closing double mark and a space, so offsets into the paragraph stay true.

Only a pair that can be nothing else: right after sentence punctuation (a comma, a stop,
"?" or "!"), before a space, a stop or the paragraph's end, while a quotation opened with
a curly double mark is open, and with no doubled opening single mark (‘‘) since it
opened: "“the ‘‘experts’’ agreed”" (nested) and "the players’’ union" (no punctuation)
are left alone, and so is every paragraph quoting with ''…'' throughout. Nor is a pair
followed by a closing double mark before any new opening one: there the pair closes a
nested quotation or title ("“We played ‘Help!’’ and the hall stood up,” said Tom Bell"),
and the curly mark after it closes the quotation.
"""

from __future__ import annotations

import re

_TWIN = "’’"
_MARKS = re.compile("[“„”]|‘‘|’’")
_DOUBLES = re.compile("[“„”]")
_BEFORE = ".,!?…"
_AFTER = ".,;:!?)]—–"


def with_twin_closings(texts: list[str]) -> list[str]:
    """``texts`` with every twin closing single mark that closes a curly double
    quotation rewritten as "” " (same length); the same list when there is none."""
    if not any(_TWIN in text for text in texts):
        return texts
    return [_rewritten(text) if _TWIN in text else text for text in texts]


def _rewritten(text: str) -> str:
    chars: list[str] | None = None
    open_curly = False  # a quotation opened with “ or „ is open
    nested = False  # a doubled opening single mark (‘‘) stands since it opened
    for match in _MARKS.finditer(text):
        mark, i = match.group(), match.start()
        if mark in "“„":
            open_curly, nested = True, False
        elif mark == "”":
            open_curly = False
        elif mark == "‘‘":
            nested = True
        elif open_curly and not nested and _closes(text, i) and not _closed_later(text, i):
            chars = chars or list(text)
            chars[i], chars[i + 1] = "”", " "
            open_curly = False
    return "".join(chars) if chars else text


def _closed_later(text: str, i: int) -> bool:
    """Is the next double mark after the pair at ``i`` a closing one (so the pair closes
    something nested, not the quotation)?"""
    following = _DOUBLES.search(text, i + 2)
    return following is not None and following.group() == "”"


def _closes(text: str, i: int) -> bool:
    """Does the pair at ``i`` stand where a closing mark stands: after sentence
    punctuation, before a space, a stop or the paragraph's end?"""
    after = text[i + 2 : i + 3]
    return i > 0 and text[i - 1] in _BEFORE and (not after or after.isspace() or after in _AFTER)
