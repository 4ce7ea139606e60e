"""Export (`e`): what the reader can export from where they are, and gathering it.

A mixin of :class:`tui.screens.main.MainScreen`. :meth:`export_choices` says what can be
exported now (the current quote, its speaker's quotes, this article's, the search
results, the marked quotes, the whole corpus) and :meth:`gather_export` collects one of
them in the dialog's worker (:mod:`tui.screens.export_dialog`); the formats and the
writing are :mod:`index.export`'s, shared with `warreader export`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.keymap import key_named
from warreader.tui.wording import plural


@dataclass(frozen=True)
class ExportChoice:
    """One thing the dialog offers to export: ``label`` (shown), ``name`` (for the file
    name and the document's title), and why it cannot be exported now (None: it can)."""

    id: str
    label: str
    name: str
    title: str
    unavailable: str | None = None


@dataclass
class Gathered:
    """What a choice gathered: the items, and a note for the reader (marks not found)."""

    items: list
    title: str
    note: str = ""


class ExportMixin:
    """The export dialog's source of choices and items."""

    def _speaker_now(self) -> str | None:
        """The speaker of the current quote, else the one selected in the sidebar."""
        if self.article is not None and self.body.current is not None:
            return self.quotes[self.body.current].speaker
        selected = self.sidebar.selected  # a corpus speaker's key: its name
        selected = self.sidebar.name_of(selected) if selected else None
        return selected if selected and selected != UNATTRIBUTED_LABEL else None

    def export_choices(self) -> list[ExportChoice]:
        """Everything the dialog offers, in its order (unavailable ones say why)."""
        no_index = "the index is not ready yet" if self.corpus is None else None
        current = self.quotes[self.body.current] if (
            self.article is not None and self.body.current is not None) else None
        speaker = self._speaker_now()
        query = self.results.query if self.results is not None and self.results.hits else None
        marks = len(self.read_marks())
        count = len(self.articles.summaries)
        title = self.article.title if self.article is not None else ""
        step, search, mark = (key_named(self.app, i) for i in ("next-quote", "search",
                                                               "toggle-mark"))
        stem = self.article.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] \
            if self.article is not None else ""
        return [
            ExportChoice("quote", "This quote", f"quote {current.speaker or 'unattributed'}"
                         if current else "quote", "A quote",
                         None if current else f"none ({step} steps to one)"),
            ExportChoice("speaker", f"{speaker}'s quotes" if speaker else "A speaker's quotes",
                         speaker or "speaker", f"Quotes of {speaker}", no_index or (
                             None if speaker else f"none chosen ({step})")),
            ExportChoice("article", "This article's quotes", f"article {stem}",
                         f"Quotes in {title}",
                         None if self.article is not None else "no article open"),
            ExportChoice("search", f"Search results: {query}" if query else "Search results",
                         f"search {query or ''}", f"Quotes found by {query}", no_index or (
                             None if query else f"search first ({search})")),
            ExportChoice("marked", f"Marked quotes ({marks})" if marks else "Marked quotes",
                         "marked quotes",
                         "Marked quotes", no_index or (
                             None if marks else f"none yet (press {mark})")),
            ExportChoice("corpus", "Whole corpus"
                         + (f" ({plural(count, 'article')})" if count else ""),
                         f"corpus {self.app.corpus_label}",
                         f"Every quote of {self.app.corpus_label}", no_index),
        ]

    def default_export(self, choices: list[ExportChoice]) -> str:
        """The choice the dialog starts on: the search results while searching, else the
        current quote, else the marked quotes, else the first that can be exported."""
        usable = [c.id for c in choices if c.unavailable is None]
        for wanted in ("search" if self.searching else "", "quote", "marked"):
            if wanted in usable:
                return wanted
        return usable[0] if usable else choices[0].id

    def export_note(self) -> str:
        """The line under an exported document's title."""
        from warreader.tui.export_note import export_note

        return export_note(self.app.corpus_label)

    def gather_export(self, choice: ExportChoice, progress: Callable[[int, int], None],
                      cancelled: Callable[[], bool]) -> Gathered:
        """(worker) The items of ``choice``; raises ``ExportError`` if there are none."""
        from warreader.index.export import gather
        from warreader.index.export.items import ExportItem

        roots = self.app.paths
        if choice.id in ("quote", "article"):
            article, quotes = self.article, list(self.quotes)
            if choice.id == "quote":  # as asked, even a quoted term
                from warreader.index.annotations.anchor import relative_path

                path = relative_path(article.path, roots)
                source = gather.source_text_of(article.path)
                return Gathered([ExportItem(article, quotes[self.body.current], source, path)],
                                choice.title)
            return Gathered(gather.items_of(article, quotes, roots), choice.title)
        kw = {"progress": progress, "cancelled": cancelled}
        with self.corpus_lock:
            if choice.id == "speaker":
                items = gather.speaker_items(self.corpus, choice.name, roots, **kw)
            elif choice.id == "search":
                items = gather.query_items(self.corpus, self.results.query, roots, **kw)
            elif choice.id == "corpus":
                items = gather.corpus_items(self.corpus, roots, **kw)
            else:
                items, missing = gather.marked_items(self.corpus, list(self.read_marks()),
                                                     roots, cancelled)
                note = f"{missing} marked quotes were not found" if missing else ""
                return Gathered(items, choice.title, note)
        return Gathered(items, choice.title)

    def action_export(self, start: str | None = None) -> None:
        """Open the export dialog (`e`), on the choice ``start`` when it can be exported
        (the marked list's `e`: "marked"), else on :meth:`default_export`'s."""
        from warreader.tui.screens.export_dialog import ExportScreen

        if isinstance(self.app.screen, ExportScreen):
            return
        choices = self.export_choices()
        usable = [c.id for c in choices if c.unavailable is None]
        chosen = start if start in usable else self.default_export(choices)
        self.app.push_screen(ExportScreen(choices, chosen, self))
