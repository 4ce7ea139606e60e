"""Laying out an article for the body view: styled, wrapped lines and where quotes land.

Pure Rich (no Textual): the body widget calls :func:`layout_article` whenever the
article, the current quote, the search hits or the width change, then paints the lines.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text
from warreader.tui.colours import STAR, STAR_STYLE, colour_for
from warreader.tui.safe_text import one_line
from warreader.tui.spans import ParaSpan

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote

OPEN_MARKS = "\"“‘'«„"

CLOSE_MARKS = "\"”’'»“"


@dataclass
class BodyStyles:
    """Rich styles for each part of the body (from the widget's component classes)."""

    title: Style = field(default_factory=lambda: Style(bold=True))
    meta: Style = field(default_factory=lambda: Style(dim=True))
    term: Style = field(default_factory=lambda: Style(underline=True))
    current: Style = field(default_factory=lambda: Style(reverse=True, bold=True))
    hit: Style = field(default_factory=lambda: Style(bgcolor="yellow", color="black"))
    current_hit: Style = field(default_factory=lambda: Style(bgcolor="red", color="white"))


@dataclass
class Layout:
    """Wrapped lines, and the line where each quote and each search hit starts."""

    lines: list[Text]
    quote_lines: dict[int, int]
    hit_lines: list[int]


def _quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to take in the quotation marks around it, if any: both
    characters of an archive pair (''Yes,'' or ``Yes,'')."""
    end = min(end, len(text))
    if start > 1 and text[start - 2 : start] in ("''", "``"):
        start -= 2
    elif start > 0 and text[start - 1] in OPEN_MARKS:
        start -= 1
    if text[end : end + 2] == "''":
        end += 2
    elif end < len(text) and text[end] in CLOSE_MARKS:
        end += 1
    return start, end


def _paragraph_text(
    index: int, plain: str, quotes: list[Quote], styles: BodyStyles, colours: dict[str, str],
    current: int | None, hits: list[ParaSpan], current_hit: int | None,
) -> Text:
    text = Text(one_line(plain))  # one for one: quote and hit offsets still hold
    for qi, quote in enumerate(quotes):
        if quote.paragraph != index:
            continue
        start, end = _quote_span(plain, quote.para_start, quote.para_end)
        if quote.kind == "term":
            text.stylize(styles.term, start, end)
        else:
            text.stylize(Style(color=colour_for(quote.speaker, colours), italic=True), start, end)
        if qi == current:
            text.stylize(styles.current, start, end)
    unreversed = Style(reverse=False)  # a hit inside the (reversed) current quote stays legible
    for hi, (para, start, end) in enumerate(hits):
        if para == index:
            style = styles.current_hit if hi == current_hit else styles.hit
            text.stylize(style + unreversed, start, end)
    return text


def _star_positions(index: int, plain: str, quotes: list[Quote],
                    marked: frozenset[int]) -> list[int]:
    """Where a star goes in paragraph ``index``: before each marked quote's opening mark."""
    return sorted({_quote_span(plain, q.para_start, q.para_end)[0]
                   for qi, q in enumerate(quotes) if qi in marked and q.paragraph == index})


def _starred(text: Text, positions: list[int]) -> Text:
    """``text`` with a star inserted at each of ``positions`` (its styles kept; a
    position 0 divides off an empty first piece, so the star still goes first)."""
    if not positions:
        return text
    star = Text(STAR)
    star.stylize(STAR_STYLE)  # a span: join gives the separator's base style to the whole
    return star.join(text.divide(positions))


def _shifted(offset: int, positions: list[int]) -> int:
    """``offset`` in the paragraph once stars are inserted at ``positions``."""
    return offset + sum(1 for p in positions if p <= offset)


def _styled(plain: str, style: Style) -> Text:
    """Text with ``style`` as a span (``Text.render`` ignores a base style)."""
    text = Text(one_line(plain))
    text.stylize(style)
    return text


def _wrap(text: Text, width: int) -> tuple[list[Text], list[int]]:
    offsets = divide_line(text.plain, width, fold=True)
    lines = text.divide(offsets) if text.plain else [Text("")]
    for line in lines:
        line.rstrip_end(width)
    return list(lines), [0, *offsets]


def layout_article(
    article: Article, quotes: list[Quote], *, width: int, styles: BodyStyles,
    colours: dict[str, str], current: int | None = None, hits: list[ParaSpan] | None = None,
    current_hit: int | None = None, file_label: str | None = None,
    marked: frozenset[int] = frozenset(),
) -> Layout:
    """Lay out ``article`` at ``width`` columns: headline, byline, then the paragraphs.

    ``file_label`` names the file in the byline (default: its file name); the quotes
    whose indices are in ``marked`` get a star before them."""
    width = max(width, 10)
    hits = hits or []
    lines: list[Text] = []
    headline = _styled(article.title, styles.title)
    if article.headline is not None and article.headline.text == article.title:
        headline = _paragraph_text(-1, article.title, quotes, styles, colours, current, [], None)
        headline.stylize(styles.title, 0, len(article.title))
        headline.spans.insert(0, headline.spans.pop())  # the title style first, quotes on top
        headline = _starred(headline, _star_positions(-1, article.title, quotes, marked))
    lines += _wrap(headline, width)[0]
    name = file_label or article.path.replace("\\", "/").rsplit("/", 1)[-1]
    meta = " · ".join(x for x in (article.date, article.author, article.outlet, name) if x)
    lines += _wrap(_styled(meta, styles.meta), width)[0]
    lines.append(_styled("─" * width, styles.meta))
    quote_lines: dict[int, int] = {qi: 0 for qi, q in enumerate(quotes) if q.paragraph < 0}
    hit_lines = [0] * len(hits)
    for pi, para in enumerate(article.paragraphs):
        text = _paragraph_text(pi, para.text, quotes, styles, colours, current, hits, current_hit)
        stars = _star_positions(pi, para.text, quotes, marked)
        wrapped, starts = _wrap(_starred(text, stars), width)
        first = len(lines)
        for qi, quote in enumerate(quotes):
            if quote.paragraph == pi:
                quote_lines[qi] = first + _line_of(starts, _shifted(quote.para_start, stars))
        for hi, (para_index, start, _end) in enumerate(hits):
            if para_index == pi:
                hit_lines[hi] = first + _line_of(starts, _shifted(start, stars))
        lines += wrapped
        if pi < len(article.paragraphs) - 1:
            lines.append(Text(""))
    return Layout(lines, quote_lines, hit_lines)


def _line_of(starts: list[int], offset: int) -> int:
    """The wrapped line holding ``offset``: the last of the ascending ``starts`` at or
    before it (a bisection: a paragraph of 3,000 quotes has thousands of lines)."""
    return max(0, bisect_right(starts, offset) - 1)
