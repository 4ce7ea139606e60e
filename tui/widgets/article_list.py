"""The left pane: every article with date, outlet and quote count; sortable."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from tui.keymap import ARTICLE_LIST_BINDINGS
from tui.widgets.vim_list import VimOptionList


def _prompt(summary) -> Text:
    text = Text(summary.title or "(untitled)", style="bold")
    meta = " · ".join(x for x in (summary.date, summary.outlet) if x)
    count = summary.quote_count
    meta = f"{meta} · {count} quote{'s' if count != 1 else ''}" if meta else f"{count} quotes"
    text.append("\n" + meta, style="dim")
    return text


class ArticleList(VimOptionList):
    """Lists ArticleSummary objects; moving the cursor previews, enter opens."""

    BINDINGS = ARTICLE_LIST_BINDINGS

    @dataclass
    class Previewed(Message):
        """The cursor moved onto article ``article_id``."""

        article_id: str

    @dataclass
    class Opened(Message):
        """The user pressed enter on article ``article_id``."""

        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summaries: list = []
        self.sort_by = "date"

    def set_summaries(self, summaries: list) -> None:
        """Replace the listed articles, keeping the cursor on the same article if possible."""
        self.summaries = list(summaries)
        self._fill()

    def action_toggle_sort(self) -> None:
        """Switch between newest-first date order and title order."""
        self.sort_by = "title" if self.sort_by == "date" else "date"
        self._fill()

    def _sorted(self) -> list:
        if self.sort_by == "title":
            return sorted(self.summaries, key=lambda s: (s.title or "").casefold())
        dated = sorted((s for s in self.summaries if s.date), key=lambda s: s.date, reverse=True)
        return dated + sorted((s for s in self.summaries if not s.date), key=lambda s: s.path)

    def _fill(self) -> None:
        keep = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(Option(_prompt(s), id=s.id) for s in self._sorted())
        if not (keep and self.select_id(keep)) and self.option_count:
            self.highlighted = 0
        self.border_subtitle = f"{len(self.summaries)} · by {self.sort_by}"

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Previewed(event.option.id))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(event.option.id))
