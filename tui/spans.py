"""Mapping raw-file offsets (where search hits point) onto paragraph text positions.

Display arithmetic only: the inverse of :meth:`index.model.Paragraph.raw_offset`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warreader.index.model import Article, Paragraph


ParaSpan = tuple[int, int, int]
"""(paragraph index, start, end) in that paragraph's cleaned text."""


def text_index(paragraph: Paragraph, raw: int) -> int:
    """The position in ``paragraph.text`` of raw offset ``raw`` (clamped to the text)."""
    i = raw - paragraph.start
    for text_i, raw_i in reversed(paragraph.anchors):
        if raw_i <= raw:
            i = text_i + (raw - raw_i)
            break
    return max(0, min(len(paragraph.text), i))


def locate(article: Article, start: int, end: int) -> ParaSpan | None:
    """Where the raw span ``start:end`` falls in the article's paragraphs, or None."""
    paragraphs = article.paragraphs
    pos = bisect_right([p.start for p in paragraphs], start) - 1
    if pos < 0 or start >= paragraphs[pos].end:
        return None
    para = paragraphs[pos]
    a = text_index(para, start)
    b = text_index(para, min(end, para.end))
    return (pos, a, max(b, a + 1) if a < len(para.text) else b)
