"""Search results: articles and quotes with highlighted snippets, best first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from tui.widgets.vim_list import VimOptionList


def _prompt(hit) -> Text:
    if hit.kind == "quote":
        text = Text("❝ ", style="bold")
        text.append(hit.speaker or "(unattributed)", style="bold")
    else:
        text = Text("▤ ", style="bold")
    text.append(("  " if hit.kind == "quote" else "") + hit.title,
                style="dim" if hit.kind == "quote" else "bold")
    fragment = hit.fragment
    snippet = fragment.text if fragment else (hit.quote_text or "")
    if snippet:
        body = Text(" ".join(snippet.split()) if not fragment else snippet.replace("\n", " "))
        for start, end in (fragment.highlights if fragment else []):
            body.stylize("bold reverse", start, end)
        text.append("\n")
        text.append_text(body)
    return text


class ResultsList(VimOptionList):
    """Lists SearchHit objects; the cursor previews, enter opens."""

    @dataclass
    class Previewed(Message):
        """The cursor moved onto ``hit``."""

        hit: Any

    @dataclass
    class Opened(Message):
        """Enter on ``hit``."""

        hit: Any

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list = []

    def set_hits(self, hits: list, total: int) -> None:
        """Show ``hits`` (``total`` matched in all)."""
        self.hits = list(hits)
        self.set_options(Option(_prompt(h), id=str(i)) for i, h in enumerate(self.hits))
        if self.hits:
            self.highlighted = 0
        shown = f"{len(self.hits)} of {total}" if total > len(self.hits) else str(total)
        self.border_subtitle = f"{shown} results"

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Previewed(self.hits[int(event.option.id)]))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self.hits[int(event.option.id)]))
