"""Marks: `m` stars the current quote (or takes the star off), `M` lists the corpus's marks.

A mixin of :class:`tui.screens.main.MainScreen`. Marks live in the corpus's
``marks.yaml`` (:class:`index.annotations.marks.MarkStore`), read once when the first
article opens; a change shows at once and is written by a worker (under the file's
lock, so a CLI or a second reader writing too loses nothing), then the file is read
back. A damaged file is set aside with a one-line notice; the reader goes on unmarked.
"""

from __future__ import annotations

from textual import work
from textual.message import Message
from warreader.index.annotations.anchor import QuoteAnchor, locate, relative_path
from warreader.index.annotations.store import AnnotationFileDamaged
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line
from warreader.tui.user_files import shown_path


class MarksSaved(Message):
    """The marks file was written: every mark now (``anchors``), or a ``problem``."""

    def __init__(self, anchors: list | None, problem: str | None = None) -> None:
        super().__init__()
        self.anchors, self.problem = anchors, problem


class MarkingMixin:
    """The reader's marks: which quotes of the open article are starred, and the keys."""

    anchors: list[QuoteAnchor] | None = None  # None: marks.yaml not read yet
    _mark_store = None

    def mark_store(self):
        """The corpus's :class:`MarkStore` (made on first use)."""
        if self._mark_store is None:
            from warreader.index.annotations.marks import MarkStore

            self._mark_store = MarkStore(self.app.paths)
        return self._mark_store

    def read_marks(self) -> list[QuoteAnchor]:
        """Every mark of the corpus (read once; a damaged file: a notice and none)."""
        if self.anchors is None:
            try:
                self.anchors = self.mark_store().load()
            except AnnotationFileDamaged as exc:
                self.anchors = []
                self.keep_notice(f"Marks: {exc}")
            except OSError as exc:
                self.anchors = []
                self.keep_notice(f"Marks cannot be read: {exc.strerror or exc}")
        return self.anchors

    def _marks_here(self) -> list[tuple[QuoteAnchor, int]]:
        """(mark, quote index) of each mark found in the open article."""
        if self.article is None:
            return []
        path = relative_path(self.article.path, self.app.paths)
        out = []
        for anchor in self.read_marks():
            if anchor.path == path:
                quote = locate(anchor, self.article, self.quotes)
                index = next((i for i, q in enumerate(self.quotes) if q is quote), None)
                if index is not None:
                    out.append((anchor, index))
        return out

    def prepare_marks(self) -> None:
        """Before the open article is shown: which of its quotes get a star."""
        marked = frozenset(i for _a, i in self._marks_here())
        self.body.marked = self.sidebar.marked = marked

    def show_marks(self) -> None:
        """Star the open article's marked quotes in the body and the sidebar."""
        marked = frozenset(i for _a, i in self._marks_here())
        self.body.set_marked(marked)
        self.sidebar.set_marked(marked)

    def action_toggle_mark(self) -> None:
        """Mark the current quote, or unmark it (`m`)."""
        if self.article is None or self.body.current is None:
            self.notify(self.no_quote_notice(), severity="warning")
            return
        index = self.body.current
        existing = [a for a, i in self._marks_here() if i == index]
        anchors = self.read_marks()
        if existing:
            self.anchors = [a for a in anchors if a not in existing]
            self._save_marks(None, existing)
            self.notify("Unmarked.", timeout=2)
        else:
            anchor = QuoteAnchor.of(self.article, self.quotes[index], self.app.paths)
            self.anchors = [*anchors, anchor]
            self._save_marks(anchor, [])
            listing = key_named(self.app, "show-marked")
            self.notify(f"{MARKED} ({len(self.anchors)} in this corpus; {listing} lists them).",
                        timeout=3)
        self.show_marks()

    def unmark(self, anchor: QuoteAnchor) -> None:
        """Take ``anchor``'s mark off (the Marked list's `d`)."""
        self.anchors = [a for a in self.read_marks() if a != anchor]
        self._save_marks(None, [anchor])
        self.show_marks()

    @work(thread=True, group="marks")
    def _save_marks(self, add: QuoteAnchor | None, remove: list[QuoteAnchor]) -> None:
        store = self.mark_store()
        try:
            for anchor in remove:
                store.remove(anchor)
            anchors = store.add(add) if add is not None else store.load()
        except (AnnotationFileDamaged, OSError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.post_message(MarksSaved(None, f"Marks not saved: {why}"))
            return
        self.post_message(MarksSaved(anchors))

    def on_marks_saved(self, message: MarksSaved) -> None:
        if message.problem:
            self.notify(one_line(message.problem), severity="error", markup=False)
            self.anchors = None  # read the file again: it says what is kept
        else:
            self.anchors = message.anchors
        self.show_marks()

    def action_show_marked(self) -> None:
        """List every marked quote of the corpus with its article (`M`)."""
        from warreader.tui.screens.marked import MarkedScreen

        if isinstance(self.app.screen, MarkedScreen):
            return
        if self.corpus is None:
            self.notify("The index is not ready yet; try again in a moment.", severity="warning")
            return
        self.read_marks()
        _drop_marked_notices(self.app)  # "M lists them" said, and it hid the list's keys
        self.app.push_screen(MarkedScreen(self._resolve_marks, self._open_marked, self.unmark,
                                          shown_path(self.mark_store().path),
                                          lambda: self.action_export("marked")))

    def _resolve_marks(self, cancelled) -> list:
        """(worker) Each mark with its article and quote as the index has them now."""
        from warreader.index.annotations.resolve import resolve

        with self.corpus_lock:
            return resolve(self.corpus, list(self.anchors or []), self.app.paths, cancelled)

    def _open_marked(self, resolved) -> None:
        self.open_article(resolved.article.id, resolved.quote.start)
        self.action_pane("body")


MARKED = "Marked ★"
"""How the notice of a new mark begins."""


def _drop_marked_notices(app) -> None:
    """Take the notices of new marks off ``app``'s screen (others stay)."""
    for notification in list(app._notifications):
        if str(notification.message).startswith(MARKED):
            app._unnotify(notification)
