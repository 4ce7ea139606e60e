"""The reader's one main screen: article list | article body | attribution sidebar.

It composes the widgets, owns the state, and handles every message (frogmouth's
layering); indexing, watching, reading, searching, search-hit, provenance, source (v, x)
and history behaviour live in mixins (:mod:`tui.screens.indexing` and
:mod:`tui.screens.index_messages`, :mod:`tui.screens.watching`, :mod:`tui.screens.reading`,
:mod:`tui.screens.stepping`,
:mod:`tui.screens.searching`, :mod:`tui.screens.hits`, :mod:`tui.screens.provenance`,
:mod:`tui.screens.source_keys`, :mod:`tui.screens.history_keys`).
Indexing runs in thread workers that only post messages, so the screen appears before
the index is ready.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header
from warreader.tui.keymap import SCREEN_BINDINGS
from warreader.tui.screens.correcting import CorrectionsMixin
from warreader.tui.screens.exporting import ExportMixin
from warreader.tui.screens.history_keys import HistoryMixin
from warreader.tui.screens.hits import HitsMixin
from warreader.tui.screens.index_messages import IndexMessagesMixin
from warreader.tui.screens.indexing import IndexingMixin
from warreader.tui.screens.key_hold import KeyHoldMixin
from warreader.tui.screens.listing import ListingMixin
from warreader.tui.screens.marking import MarkingMixin
from warreader.tui.screens.provenance import ProvenanceMixin
from warreader.tui.screens.reading import ReadingMixin
from warreader.tui.screens.searching import SearchMixin
from warreader.tui.screens.source_keys import SourceMixin
from warreader.tui.screens.stepping import SteppingMixin
from warreader.tui.screens.watching import WatchingMixin
from warreader.tui.widgets.article_body import ArticleBody
from warreader.tui.widgets.article_list import ArticleList
from warreader.tui.widgets.index_status import IndexStatus
from warreader.tui.widgets.key_bar import KeyBar
from warreader.tui.widgets.sidebar import Sidebar

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus
    from warreader.index.model import Article, Quote
    from warreader.index.search.results import IndexReport, SearchResults

PANES = ("list", "body", "sidebar")


def width_classes(breakpoints: list[tuple[int, str]], width: int) -> dict[str, bool]:
    """The breakpoint classes for a screen ``width`` cells wide, as Textual sets them."""
    classes = {name: False for _, name in breakpoints}
    for least, name in sorted(breakpoints, reverse=True):
        if width >= least:
            classes[name] = True
            break
    return classes


class MainScreen(WatchingMixin, IndexingMixin, IndexMessagesMixin, ListingMixin, SearchMixin,
                 HitsMixin, ReadingMixin, SteppingMixin, ProvenanceMixin, SourceMixin,
                 HistoryMixin, KeyHoldMixin,
                 CorrectionsMixin, MarkingMixin, ExportMixin, Screen):
    """Three panes, collapsing to two below 100 columns (body + list or sidebar)."""

    BINDINGS = [*SCREEN_BINDINGS,
                Binding("escape", "close_search", "Close search", id="close-search", show=False)]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    AUTO_FOCUS = "#articles"

    def __init__(self) -> None:
        super().__init__()
        self.corpus: Corpus | None = None  # opened by the indexing worker
        self.report: IndexReport | None = None  # the last refresh's
        self.skipped: list[tuple[str, str]] = []  # unreadable files: (path, reason)
        self.kept_notices: list[str] = []  # tui.screens.index_messages.keep_notice
        self.article: Article | None = None  # the article shown
        self.deferred: tuple[str, int | None] | None = None  # opened once the corpus is
        self.read_so_far: list = []  # the first build: summaries of the articles read
        self.read_labels: dict[str, str] = {}  # and their file labels (index_messages)
        self.listed = False  # the cached article list was read (at most once)
        self.resumed = False  # the screen was shown once
        self.quotes: list[Quote] = []  # the shown article's, in reading order
        self.colours: dict[str, str] = {}
        self.pending_id: str | None = None  # the article being loaded (its answer is awaited)
        self.pending_step = 0  # a ] or [ pressed while that article loads: taken after
        self.searching = False
        self.query_text = ""
        self.results: SearchResults | None = None  # the last search's first pages
        self.hit_spans: list[tuple[int, int]] = []  # the search's hits in the shown article
        self.corpus_lock = threading.Lock()
        self.resume_place: tuple[str, int | None] | None = None  # where the reader quit

    def compose(self) -> ComposeResult:
        # the width class now, not on the first resize: that would restyle every widget
        self.update_classes(width_classes(self.HORIZONTAL_BREAKPOINTS, self.app.size.width),
                            update=False)
        self.add_class("-side-list")  # narrow terminals: the list beside the body
        # the panes are the screen's own children (laid out side by side), not a
        # container's: a full-screen container is painted under them for nothing
        with Vertical(id="top"):
            yield Header()
            yield IndexStatus(id="status")
            # the search bar (and the results pane) are mounted when search first opens
        yield ArticleList(id="articles")
        yield ArticleBody(id="body")
        yield Sidebar(id="sidebar")
        yield KeyBar(id="keys")

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Skip restyling every widget on the first resume: it comes right after they were
        mounted and styled (with the final theme and width classes), and would cost a
        full restyle and repaint while the first screen settles. A dialog closed: keys
        waiting for what was on its way there go to the focus here now
        (:mod:`tui.typed_ahead`)."""
        self.app.in_flight.screen_changed()
        if not self.resumed:
            self.resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.articles, self.top = self.query_one(ArticleList), self.query_one("#top")
        self.body, self.sidebar = self.query_one(ArticleBody), self.query_one(Sidebar)
        self.status = self.query_one(IndexStatus)
        if self.resume_place is not None:  # the list's cursor goes there once it is listed
            self.articles.resume_id = self.resume_place[0]
        self.articles.set_title("Articles [1]")
        self.body.border_title = "Article [2]"
        self.sidebar.border_title = "Speakers [3]"
        self._name_speaker(self.has_class("-narrow"))
        self.start_indexing()
        self.start_watching()

    def on_article_list_previewed(self, message: ArticleList.Previewed) -> None:
        quote = None
        if self.resume_place is not None and self.resume_place[0] == message.article_id:
            quote, self.resume_place = self.resume_place[1], None  # at the quote left
        if message.article_id != (self.pending_id or (self.article and self.article.id)):
            self.open_article(message.article_id, quote)

    def reading_place(self) -> tuple[str, int | None] | None:
        """The article shown and its current quote's start (None: no article shown)."""
        article = self.article
        if article is None:
            return None
        current = self.body.current
        return article.id, self.quotes[current].start if current is not None else None

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)
        self.action_pane("body")

    def _pane_widget(self, name: str):
        if name == "list":
            return self.results_list if self.searching else self.articles
        return self.body if name == "body" else self.sidebar

    def action_pane(self, name: str) -> None:
        """Focus pane ``name``; in a narrow terminal, reveal it beside the body."""
        widget = self._pane_widget(name)
        side = {"list": "-side-list", "sidebar": "-side-sidebar"}.get(name)
        self.set_focus(widget)  # now, shown or about to be: a key typed on is the pane's
        if side is not None:
            self.show_side(name)

    def show_side(self, name: str) -> None:
        """Below 100 columns, show pane ``name`` ("list" or "sidebar") beside the body."""
        self.set_class(name == "list", "-side-list")
        self.set_class(name == "sidebar", "-side-sidebar")
        self._name_speaker(self.has_class("-narrow"))

    def _name_speaker(self, narrow: bool) -> None:
        """The body names the current quote's speaker while the sidebar is off screen
        (ux29: at 80 columns ] stepped to a quote and nothing said who spoke it)."""
        if hasattr(self, "body"):  # set on mount: a resize may come first
            self.body.name_speaker(narrow and not self.has_class("-side-sidebar"))

    def on_resize(self, event: events.Resize) -> None:
        # before Screen._on_resize sets the width classes: read them off the new width
        self._name_speaker(width_classes(self.HORIZONTAL_BREAKPOINTS, event.size.width)["-narrow"])

    def action_focus_pane(self, step: int) -> None:
        """Cycle focus through the panes (tab / shift+tab), including the search input."""
        order = [*(["search"] if self.searching else []), *PANES]
        focused = self.focused
        current = next((n for n in order if n != "search" and self._pane_widget(n) is focused),
                       "search" if self.searching and focused is self.search_bar.input else None)
        target = order[(order.index(current) + step) % len(order)] if current else order[0]
        if target == "search":
            self.set_focus(self.search_bar.input)
        else:
            self.action_pane(target)
