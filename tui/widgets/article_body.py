"""The centre pane: the cleaned article with quotations, the current quote and search hits.

A line-API ``ScrollView`` (like toolong's log view): the article is laid out by
:func:`tui.render.layout_article` for the current width and painted line by line, so
the current quote or hit can be scrolled exactly to the middle of the pane. The layout
module is imported with the first article (the first screen shows a placeholder).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.geometry import Size
from textual.markup import escape
from textual.strip import Strip
from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.keymap import BODY_BINDINGS
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.painting import PaintOnce
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote
    from warreader.tui.render import BodyStyles, Layout
    from warreader.tui.spans import ParaSpan


def body_subtitle(quotes: list[Quote], current: int | None, hits: list[ParaSpan],
                  hit_index: int | None, shown: bool, speaker_room: int | None = None) -> str:
    """The body's border subtitle: "quote 3 / 16 · hit 2 / 5", "term", "16 quotes",
    "no quotations" (``shown``: an article is shown). With ``speaker_room`` (the sidebar
    is off screen: below 100 columns) the current quote's speaker follows, cut to fit
    that many cells in all ("quote 3 / 16 · Dmitry Peskov")."""
    parts = []
    spoken = [q for q in quotes if q.kind == "quote"]
    now = quotes[current] if current is not None else None
    if now is not None and now.kind == "quote":
        position = sum(1 for q in quotes[: current + 1] if q.kind == "quote")
        parts.append(f"quote {position} / {len(spoken)}")
    else:  # no current quote, or a quoted term: never "quote 0 / N"
        parts += ["term"] if now is not None else []
        parts += [plural(len(spoken), "quote")] if spoken else []
        parts += ["no quotations"] if shown and not spoken else []
    if hits:
        at = "-" if hit_index is None else str(hit_index + 1)
        parts.append(f"hit {at} / {len(hits)}")
    counts = " · ".join(parts)
    if speaker_room is None or now is None or now.kind != "quote":
        return counts
    return counts + _fitted_name(now.speaker or UNATTRIBUTED_LABEL, speaker_room - len(counts))


def _fitted_name(name: str, room: int) -> str:
    """" · NAME" in at most ``room`` cells (the name cut with "…"), or "" without room."""
    name = one_line(name)
    if room < 6:  # " · " and less than three letters: the counts alone
        return ""
    if cell_len(name) + 3 > room:
        name = set_cell_size(name, room - 4).rstrip() + "…"
    return f" · {name}"


def aim_line(layout: Layout | None, hit_index: int | None,
             current: int | None) -> tuple[str, int, int] | None:
    """Hit ``hit_index``, else quote ``current``, as (kind, index, its line in ``layout``)."""
    if layout is None:
        return None
    if hit_index is not None and 0 <= hit_index < len(layout.hit_lines):
        return ("hit", hit_index, layout.hit_lines[hit_index])
    if current is not None and current in layout.quote_lines:
        return ("quote", current, layout.quote_lines[current])
    return None


class JumpingScroll:
    """The scroll keys jump, as in less and vim (Textual animates them by default)."""

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_page_down(self) -> None:
        self.scroll_relative(y=self.scrollable_content_region.height, animate=False)

    def action_page_up(self) -> None:
        self.scroll_relative(y=-self.scrollable_content_region.height, animate=False)


class SpeakerSubtitle:
    """The body's border subtitle: the counts, and the current quote's speaker while the
    sidebar is off screen (ux29)."""

    names_speaker = False  # the sidebar is off screen: the subtitle names the speaker

    def name_speaker(self, on: bool) -> None:
        """Name the current quote's speaker under the article (``on``: the sidebar, which
        names it, is off screen); the screen says so as its width or side pane changes."""
        if on != self.names_speaker:
            self.names_speaker = on
            self._update_subtitle()

    def _update_subtitle(self) -> None:
        room = max(0, self.outer_size.width - 4) if self.names_speaker else None  # corners, pads
        # markup-escaped: a speaker's name is the article's text, never markup
        self.border_subtitle = escape(body_subtitle(self.quotes, self.current, self.hits,
                                                    self.hit_index, self.article is not None,
                                                    room))


class ArticleBody(JumpingScroll, SpeakerSubtitle, PaintOnce, can_focus=True):
    """Shows one article; the screen sets the current quote and the search hits."""

    BINDINGS = BODY_BINDINGS
    COMPONENT_CLASSES = {
        "body--title", "body--meta", "body--term", "body--current", "body--hit",
        "body--current-hit",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.quotes: list[Quote] = []
        self.colours: dict[str, str] = {}
        self.current: int | None = None
        self.marked: frozenset[int] = frozenset()  # quotes shown with a star (`m`)
        self.hits: list[ParaSpan] = []
        self.hit_index: int | None = None
        self.placeholder = "Indexing…"
        self.file_label: str | None = None  # names the file in the byline
        self._layout: Layout | None = None  # the article's, with its quote and hit lines
        self._lines: list[Text] = []  # what is painted: the article's lines or a placeholder
        self._layout_width = -1  # the content width the article was laid out for
        self._seen_height = 1  # the view's height then (or at the last resize)
        self._held = 0  # inside one_layout(): how deep
        self._owed = False  # a layout asked for inside one_layout()
        self._aim: tuple[str, int] | None = None  # ("quote"|"hit", i) to centre after it
        self.add_class("-empty")

    @contextmanager
    def one_layout(self) -> Iterator[None]:
        """Lay the article out once for all the changes made inside (a quote made
        current, then its hits: ``n`` into a quotation), then centre the last quote or
        hit asked for; nested, the outermost lays out."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._owed:
                self._owed = False
                self._relayout()
                aim, self._aim = self._aim, None
                if aim is not None:
                    self._centre_on(*aim)

    def set_placeholder(self, text: str) -> None:
        """Text shown while there is no article (indexing, empty corpus)."""
        from warreader.tui.safe_text import one_line

        self.placeholder = one_line(text)  # may name a file or quote an error
        if self.article is None:
            self._relayout()

    def show(self, article: Article | None, quotes: list[Quote], colours: dict[str, str],
             file_label: str | None = None) -> None:
        """Display ``article`` from the top, with no current quote and no hits."""
        self.article, self.quotes, self.colours = article, quotes, colours
        self.file_label = file_label
        self.current, self.hits, self.hit_index = None, [], None
        self._aim = None  # from the top: nothing asked for before counts
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def set_file_label(self, file_label: str | None) -> None:
        """Name the shown article's file ``file_label`` (the list's labels came after it
        was shown); the scroll and the current quote stay."""
        if file_label != self.file_label:
            self.file_label = file_label
            if self.article is not None:
                self._relayout()

    def set_current(self, index: int | None, centre: bool = True) -> None:
        """Make quote ``index`` the current one and (``centre``) scroll it to the middle."""
        self.current = index
        self._relayout()
        if index is None and self._aim is not None and self._aim[0] == "quote":
            self._aim = None  # inside one_layout(): an earlier quote is current no more
        if centre and index is not None:
            self._centre_on("quote", index)

    def set_marked(self, marked: frozenset[int]) -> None:
        """Star the quotes whose indices are in ``marked`` (and no others)."""
        if marked != self.marked:
            self.marked = marked
            self._relayout()

    def set_hits(self, hits: list[ParaSpan], index: int | None) -> None:
        """Highlight search ``hits``; hit ``index`` is current and scrolled to the middle."""
        if not hits and not self.hits and index is None and self.hit_index is None:
            return  # no hits before or after: the article is laid out already
        self.hits, self.hit_index = hits, index
        self._relayout()
        if index is not None:
            self._centre_on("hit", index)

    def _centre_on(self, kind: str, index: int) -> None:
        """Scroll quote (``kind`` "quote") or hit ``index`` to the middle, once laid out."""
        if self._held:
            self._aim = (kind, index)
            return
        layout = self._layout
        if layout is None:
            return
        if kind == "quote" and index in layout.quote_lines:
            self._centre(layout.quote_lines[index])
        elif kind == "hit" and 0 <= index < len(layout.hit_lines):
            self._centre(layout.hit_lines[index])

    def _centre(self, line: int) -> None:
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 2),
                       animate=False)

    def _styles(self) -> BodyStyles:
        from warreader.tui.render import BodyStyles

        get = self.get_component_rich_style
        return BodyStyles(
            title=get("body--title"), meta=get("body--meta"), term=get("body--term"),
            current=get("body--current"), hit=get("body--hit"),
            current_hit=get("body--current-hit"),
        )

    def _relayout(self) -> None:
        if self._held:
            self._owed = True
            return
        self._layout_width = self.scrollable_content_region.width
        self._seen_height = self.scrollable_content_region.height or 1
        width = self._layout_width or 80
        self.set_class(self.article is None, "-empty")
        if self.article is None:
            # wrapped: an empty corpus's line names the folder and the files looked for
            self._layout = None
            self._lines = list(Text(self.placeholder, style="dim").wrap(self.app.console, width))
        else:
            from warreader.tui.render import layout_article

            self._layout = layout_article(
                self.article, self.quotes, width=width, styles=self._styles(),
                colours=self.colours, current=self.current, hits=self.hits,
                current_hit=self.hit_index, file_label=self.file_label, marked=self.marked,
            )
            self._lines = self._layout.lines
        self.set_virtual_size(Size(width, len(self._lines)))
        self._update_subtitle()
        self.refresh()
        if self.article is not None:
            # a long article brings the scrollbar, which narrows the content region
            # without a Resize event: lay out again at the width really left
            self.call_after_refresh(self._fit_width)

    def _fit_width(self) -> None:
        if self.article is not None and self.scrollable_content_region.width != self._layout_width:
            self._rewidth()

    def _rewidth(self) -> None:
        """Lay the article out for a new width; the current hit, else the current quote,
        stays in view if it was (centred), else the same share of the article is above
        the view (ux20: at 80 columns after 160 the current quote was off screen)."""
        top, lines, height = self.scroll_y, max(1, len(self._lines)), self._seen_height
        aim = aim_line(self._layout, self.hit_index, self.current)
        self._relayout()
        if aim is not None and top <= aim[2] < top + height:
            self._centre_on(aim[0], aim[1])
        else:
            self.scroll_to(y=round(top * len(self._lines) / lines), animate=False)

    def _reheight(self) -> None:
        """The same lines in a taller or shorter view: the current hit or quote, if it
        was in view at the old height and is not at the new, is centred (review: at 20
        rows after 45 "quote 12 / 27" was below the pane)."""
        aim, top = aim_line(self._layout, self.hit_index, self.current), self.scroll_y
        was, now = self._seen_height, self.scrollable_content_region.height
        if aim is not None and top <= aim[2] < top + was and not top <= aim[2] < top + now:
            self._centre_on(aim[0], aim[1])

    def on_resize(self) -> None:
        region = self.scrollable_content_region
        if self.article is None and region.width != self._layout_width:
            self._relayout()  # the placeholder wrapped again
        elif self.article is not None and region.width != self._layout_width:
            self._rewidth()
        elif self.article is not None and region.height != self._seen_height:
            self._reheight()
        self._seen_height = region.height

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        style, width = self.paint_style()
        index = y + scroll_y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        line = self._lines[index]
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
