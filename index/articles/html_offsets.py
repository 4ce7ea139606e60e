"""Where each character of a web page's extracted text sits in the page's HTML.

trafilatura returns the main text without saying where it came from. A paragraph whose
text is in the page verbatim is found with ``str.find``; most are not: an entity
(``&amp;``, ``&#8217;``), an inline tag (``<a href=...>``, ``<em>``) or a line break
inside the paragraph stands between the text and the page. :class:`PageText` reads the
page once as a browser would show its characters (tags, comments, scripts and styles
left out, entities decoded), keeping for each visible character where it starts and
ends in the HTML; a paragraph is then looked up in that, its whitespace ignored on both
sides (the page's line breaks and the extraction's single spaces need not agree). The
result maps every character of the paragraph to the page, so a quotation's offsets
point at its words in the file even after an entity or a link.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right

from warreader.index.articles.mapped import Mapped
from warreader.index.articles.normalise import INVISIBLE

# What a browser does not show: comments, scripts, styles, then any other tag; entities.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)"
    r"|<[!/?a-zA-Z][^>]*>?|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?",
    re.DOTALL | re.IGNORECASE,
)
_SKIPPED = frozenset(INVISIBLE)
_MARKERS = frozenset("-|*•#")
"""Characters the extraction writes for a list item, a table cell or a heading."""
_CHUNK = 8
"""Characters matched to pick the alignment up again after the page showed more."""
_REACH = 2000
"""How far on (visible characters) the next stretch may be."""
_TRIES = 20
"""Places of the first stretch tried before the paragraph counts as not found."""


class Markup:
    """Where a page's markup stands (tags with their attributes, comments, scripts,
    styles): a paragraph found verbatim there (an ``og:description`` meta, a JSON-LD
    ``articleBody``) is not the visible text it was extracted from."""

    __slots__ = ("starts", "ends")

    def __init__(self, source: str) -> None:
        spans = [m.span() for m in _MARKUP.finditer(source) if source[m.start()] != "&"]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def visible(self, start: int, end: int) -> bool:
        """Does the raw stretch ``start:end`` lie wholly outside markup?"""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and self.ends[k] > start:
            return False
        return k + 1 >= len(self.starts) or self.starts[k + 1] >= end


class PageText:
    """The visible characters of a page without whitespace, each with its HTML span."""

    __slots__ = ("chars", "starts", "ends")

    def __init__(self, source: str) -> None:
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []

        def plain(i: int, j: int) -> None:
            for k in range(i, j):
                ch = source[k]
                if not ch.isspace() and ch not in _SKIPPED:
                    chars.append(ch)
                    starts.append(k)
                    ends.append(k + 1)

        pos = 0
        for m in _MARKUP.finditer(source):
            plain(pos, m.start())
            pos = m.end()
            token = m.group()
            if token.startswith("&"):
                for ch in html.unescape(token):
                    if not ch.isspace() and ch not in _SKIPPED:
                        chars.append(ch)
                        starts.append(m.start())
                        ends.append(m.end())
        plain(pos, len(source))
        self.chars = unicodedata.normalize("NFC", "".join(chars))
        if len(self.chars) != len(chars):  # composing changed the count: offsets unusable
            self.chars = "".join(chars)
        self.starts = starts
        self.ends = ends

    def locate(self, text: str, cursor: int) -> Mapped | None:
        """``text`` mapped onto the page, looked up from the raw offset ``cursor`` on.

        The visible characters are matched in order. A list or table marker the
        extraction wrote ("- ", "| ") that the page draws with markup is skipped, and
        where the page shows more than the extraction kept (a caption, a hidden label
        between two joined blocks) the match picks up again at the next stretch of
        :data:`_CHUNK` characters within :data:`_REACH` of the last. Whitespace of
        ``text`` maps to just after the character before it. ``None`` when the text
        is not found that way.
        """
        kept = [i for i, ch in enumerate(text) if not ch.isspace()]
        page = self.chars
        head = 0
        while head < len(kept) and text[kept[head]] in _MARKERS:
            head += 1
        if head == len(kept):
            return None
        first = "".join(text[i] for i in kept[head : head + _CHUNK])
        j = bisect_left(self.starts, cursor)
        for _ in range(_TRIES):  # the first stretch may also stand in a menu or a teaser
            j = page.find(first, j)
            if j < 0:
                return None
            at = self._walk(text, kept, head, j)
            if at is not None:
                break
            j += 1
        else:
            return None
        offsets: list[int] = []
        ends: list[int] = []
        for i in range(len(text)):
            if i in at:
                offsets.append(self.starts[at[i]])
                ends.append(self.ends[at[i]])
            else:  # whitespace or a skipped marker: just after the character before it
                off = ends[-1] if ends else self.starts[at[kept[head]]]
                offsets.append(off)
                ends.append(off + 1)
        return Mapped(text, offsets[0], offsets, ends)

    def _walk(self, text: str, kept: list[int], k: int, j: int) -> dict[int, int] | None:
        """Match ``text``'s visible characters ``kept[k:]`` from page character ``j`` on:
        index into ``text`` -> index into the page's characters, or ``None``."""
        page, n = self.chars, len(self.chars)
        at: dict[int, int] = {}
        while k < len(kept):
            ch = text[kept[k]]
            if j < n and page[j] == ch:
                at[kept[k]] = j
                j, k = j + 1, k + 1
            elif ch in _MARKERS:
                k += 1
            else:
                chunk = "".join(text[i] for i in kept[k : k + _CHUNK])
                j = page.find(chunk, j, j + _REACH + len(chunk))
                if j < 0:
                    return None
        return at
