"""The left pane: every article with date, outlet and quote count; sortable.

Two lines per article (the title, cut with an ellipsis, then date · outlet · quotes),
rendered only when on screen, so 1,808 articles list as fast as five.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from time import monotonic

from rich.text import Text
from textual.actions import SkipAction
from textual.markup import escape
from textual.message import Message
from textual.strip import Strip
from warreader.index.search.article_filter import SORT_LABELS, ArticleFilter, sort_after
from warreader.index.search.article_view import ArticleView, MemoryView
from warreader.index.search.summary import ArticleSummary
from warreader.tui.keymap import FILTER_BINDINGS
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.row_list import RowList
from warreader.tui.wording import quotes_and_terms


def _meta(summary, label: str | None) -> tuple[str, str]:
    """The row's details (date, outlet, file label) and its counts, apart."""
    counts = quotes_and_terms(summary.quote_count, getattr(summary, "term_count", 0))
    details = " · ".join(x for x in (summary.date, summary.outlet, label) if x)
    return one_line(details), counts


def fit_meta(details: str, counts: str, width: int, label_only: bool = False) -> str:
    """``details · counts`` within ``width``. The quotes' count always shows; the terms'
    count gives way before the details' first part (the date, else the outlet) is cut
    ("2023-01-05 · 004… · 5 quotes", not "2023-01… · 5 quotes · 4 terms"); the details
    are cut from their end.
    ``label_only``: the details are a file label alone (no date, no outlet); the terms'
    count gives way before a lone name is cut to fewer than :data:`NAME_KEPT` letters; a
    label under a folder keeps what tells one file from the next (the BBC has a 012.txt
    in each of its five folders): the folder is cut from its end (``busi…/012.txt``),
    the terms' count giving way first where that keeps the folder whole, then the
    folder goes (``012.txt``); the name's end is cut last (``business/01…`` tells
    nothing)."""
    quotes = counts.split(" · ")[0]
    if not details:
        return counts if len(counts) <= width else quotes
    if label_only and "/" in details:
        fitted = _fit_label(details, counts, width)
        if fitted is not None:
            return fitted
        details = details.rsplit("/", 1)[-1]
    if len(details) + 3 + len(counts) <= width:
        return f"{details} · {counts}"
    # every count kept while the cut keeps the first part whole (a date, an outlet), or
    # NAME_KEPT letters of a lone file name
    kept = NAME_KEPT if label_only else len(details.split(" · ")[0])
    if width - len(counts) - 4 >= kept:
        return f"{details[: width - len(counts) - 4]}… · {counts}"
    if len(details) + 3 + len(quotes) <= width:
        return f"{details} · {quotes}"
    room = width - len(quotes) - 3
    if room < 2:  # no room for details
        return counts if len(counts) <= width else quotes
    return f"{details[: room - 1]}… · {quotes}"


FOLDER_KEPT = 3
"""The fewest letters of a cut folder shown (``bus…/012.txt``); fewer tell little."""

NAME_KEPT = 8
"""The fewest letters of a lone file name cut with every count kept
(``001_a1de…``); shorter, the terms' count gives way."""


def _fit_label(label: str, counts: str, width: int) -> str | None:
    """``label · counts`` (a label under a folder) within ``width``, the label whole, its
    folder cut, with every count or the quotes' alone; else the label whole with the
    quotes' number alone (``tech/094.txt · 16``), else its name alone; None if none of
    these fits."""
    folder, name = label.rsplit("/", 1)
    tried = list(dict.fromkeys((counts, counts.split(" · ")[0])))  # the terms' go first
    for shown in tried:
        room = width - 3 - len(shown)
        if len(label) <= room:
            return f"{label} · {shown}"
        keep = room - len(name) - 2  # "…/"
        if keep >= FOLDER_KEPT:
            return f"{folder[:keep].rstrip()}…/{name} · {shown}"
    number = counts.split()[0]  # a short folder ("tech/094.txt") has nothing to cut
    if len(label) + 3 + len(number) <= width:
        return f"{label} · {number}"
    for shown in tried:
        if len(name) + 3 + len(shown) <= width:
            return f"{name} · {shown}"
    return None


NO_MATCH = "No article matches the filter (escape clears it)."
"""What a filtered list that holds no article shows."""

PREVIEW_QUIET = 0.12
"""Seconds: a cursor move this soon after another (a held or repeated key) previews only
once the keys pause for as long, so the cursor is painted at once and the article
follows; a move after a pause previews at once."""


def sort_falls_back(view: ArticleView | MemoryView) -> bool:
    """Whether ``view``'s order is by date or by outlet while none of its articles has
    that field, so that it lists them as the order it falls back on does (by file, or by
    date for outlets). The first row tells: articles without the field sort last."""
    return view.sort in ("date", "outlet") and len(view) > 0 and not getattr(view[0], view.sort)


def _order_shown(view: ArticleView | MemoryView) -> str:
    """The order the list is really in: its sort's name, or, in a corpus without dates
    or outlets (the BBC's), the order that sort falls back on, "file" or "date" ("by
    date" there listed business/001.txt first, and `o` to "by outlet" moved nothing)."""
    if view.filter or not sort_falls_back(view):
        return SORT_LABELS[view.sort]
    return "date" if view.sort == "outlet" and view[0].date else "file"


class ArticleList(RowList):
    """Lists ArticleSummary objects; moving the cursor previews, enter opens."""

    BINDINGS = [*RowList.BINDINGS, *FILTER_BINDINGS]

    class Previewed(Message):
        """The cursor moved onto article ``article_id``."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class FilterCleared(Message):
        """Escape in the filtered list: the user wants every article again."""

    class Opened(Message):
        """The user pressed enter on article ``article_id``."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: ArticleView | MemoryView = MemoryView([])
        self.labels = _NO_LABELS  # path -> file label: FileLabels, or a dict
        self.wanted = ArticleFilter()  # the filter asked for: waits for a stored list
        self.title = "Articles"
        self._last_move = -PREVIEW_QUIET
        self._preview_timer = None  # a Timer, or True: waiting for a paint
        self.resume_id: str | None = None  # the article the reader quit at: to go back to

    @property
    def rows(self) -> ArticleView | MemoryView:
        """The listed articles in order (filtered), read a page at a time."""
        return self.view

    @property
    def summaries(self) -> Iterable[ArticleSummary]:
        """Every article of the corpus, filtered out or not (read as iterated)."""
        return _Every(self.view)

    @property
    def sort_by(self) -> str:
        """The list's order (one of ``SORTS``)."""
        return self.view.sort

    @property
    def filter(self) -> ArticleFilter:
        """What the listed articles match."""
        return self.view.filter

    @property
    def row_count(self) -> int:
        return len(self.view)

    @property
    def highlighted_id(self) -> str | None:
        """The id of the article under the cursor."""
        return self.view[self.cursor].id if self.cursor is not None else None

    def rows_key(self) -> tuple:
        """Rows are painted from the view and the file labels (replaced, never edited)."""
        return self.view, self.labels

    def render_line(self, y: int) -> Strip:
        if len(self.view) or not self.view.filter:
            return super().render_line(y)
        # an empty filtered list says why it is empty
        return self.paint_message(Text(NO_MATCH, style="italic"), y)

    def render_row(self, index: int, width: int) -> list[Text]:
        summary = self.view[index]
        title = Text(one_line(summary.title or "(untitled)"), style="bold")
        details, counts = _meta(summary, self.labels.get(summary.path))
        label_only = not (summary.date or summary.outlet)
        return [title, Text(fit_meta(details, counts, width, label_only), style="dim")]

    def set_summaries(self, summaries: list, labels=None) -> None:
        """List ``summaries`` (not stored yet: the first build, the cached listing), in
        the list's order; ``labels``: path -> file label. The cursor stays on the same
        article if it can."""
        self.set_view(MemoryView(summaries, self.sort_by), labels)

    def set_view(self, view: ArticleView | MemoryView, labels=None) -> None:
        """List ``view``; ``labels`` (path -> file label) if they changed. The cursor
        stays on the same article if it is still listed."""
        keep = self.highlighted_id
        self.view = view
        if labels is not None:
            self.labels = labels
        self._fill(keep)

    def select_id(self, article_id: str) -> bool:
        """Put the cursor on ``article_id`` (no preview message); False if not listed."""
        if self.cursor is not None and self.highlighted_id == article_id:
            return True  # already there (a previewed article): no search of the keys
        index = self.view.index_of(article_id)
        if index is None:
            return False
        self.move_to(index, notify=False)
        return True

    def _resume(self) -> bool:
        """Put the cursor on :attr:`resume_id` (the article the reader quit at) and
        preview it, once it is listed; True if it did. It is looked for in the cached
        list's first screen (never the whole cached list: that is read only when
        scrolled to) and in the stored list, where, not found (gone), it is given up, as
        it is once the reader has moved the cursor."""
        wanted, view = self.resume_id, self.view
        if wanted is None or self.moves:
            self.resume_id = None
            return False
        if view.stored:
            index = view.index_of(wanted)
            self.resume_id = None
        else:  # the cached list's first screen (or the list as the first build reads it)
            held = getattr(view, "head", None)
            index = next((i for i, s in enumerate(held) if s.id == wanted), None) \
                if held is not None else None
        if index is None:
            return False
        self.resume_id = None
        self.move_to(index, notify=False)
        self.call_after_refresh(self._preview_cursor, wanted)
        return True

    def next_sort(self) -> str:
        """The order after the list's own, as ``o`` cycles them."""
        return sort_after(self.sort_by)

    def _fill(self, keep: str | None) -> None:
        self.reset_rows(None)
        if not self._resume() and not (keep and self.select_id(keep)) and len(self.view):
            self.move_to(0, notify=False)
            # preview once the list is painted: loading the article must not delay it
            self.call_after_refresh(self._preview_cursor, self.view[0].id)
        self.border_subtitle = self.describe()

    def describe(self) -> str:
        """The border's lines: the title with the filters as chips above, the count and
        the order below (returns the lower one; escaped)."""
        view = self.view
        shown = f"{len(view):,}" if not view.filter else f"{len(view):,} of {view.total:,}"
        waiting = not view.stored and self.wanted
        if waiting:
            shown += " (filter once indexed)"
        chips = "".join(f" [reverse] {escape(one_line(c))} [/reverse]"
                        for c in (self.wanted if waiting else view.filter).chips())
        self.border_title = f"{escape(self.title)}{chips}"
        return f"{shown} · by {_order_shown(view)}"

    def set_title(self, title: str) -> None:
        """The list's own title (the filter's chips follow it)."""
        self.title = title
        self.border_title = escape(title)

    def action_clear_filter(self) -> None:
        """Escape in a filtered list: every article again (else escape's other uses)."""
        if not (self.view.filter or self.wanted):
            raise SkipAction()
        self.post_message(self.FilterCleared())

    def _preview_cursor(self, article_id: str) -> None:
        if self.highlighted_id == article_id:
            self.post_message(self.Previewed(article_id))

    @property
    def preview_pending(self) -> bool:
        """Whether a preview waits for the keys to pause."""
        return self._preview_timer is not None

    def on_row_list_cursor_moved(self, event: RowList.CursorMoved) -> None:
        event.stop()
        now = monotonic()
        repeated, self._last_move = now - self._last_move < PREVIEW_QUIET, now
        if self._preview_timer not in (None, True):
            self._preview_timer.stop()
            self._preview_timer = None
        if repeated:  # keys are repeating: preview where the cursor comes to rest
            self._preview_timer = self.set_timer(PREVIEW_QUIET, self._preview_rest)
        else:  # once the moved cursor is painted
            self._preview_timer = True
            self.call_after_refresh(self._preview_rest, True)

    def _preview_rest(self, after_paint: bool = False) -> None:
        if after_paint and self._preview_timer is not True:
            return  # a newer move took over
        self._preview_timer = None
        if self.cursor is not None:
            self.post_message(self.Previewed(self.highlighted_id))

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        event.stop()
        self.post_message(self.Opened(self.view[event.index].id))


_NO_LABELS: dict[str, str] = {}


class _Every:
    """Every article of a view's corpus, read as iterated (``len``: how many)."""

    def __init__(self, view: ArticleView | MemoryView) -> None:
        self.view = view

    def __len__(self) -> int:
        return self.view.total

    def __iter__(self) -> Iterator[ArticleSummary]:
        return self.view.every()
