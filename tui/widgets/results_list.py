"""Search results: articles and quotes with highlighted snippets, best first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.vim_list import VimOptionList

SNIPPET = 150

NOTHING_FOUND = Text.assemble(
    ("No article or quote matches.", "italic"), "\n",
    ("Try fewer words, a prefix (escal*), a fuzzy word (escalate~) or OR. The query "
     "syntax: escape, then ?.", "dim"))
"""What the results pane shows for a query that found nothing."""


def _nothing_found(reason: str) -> Text:
    """:data:`NOTHING_FOUND`, or with ``reason`` (why this query can find nothing here)
    in place of what to try."""
    if not reason:
        return NOTHING_FOUND
    return Text.assemble(("No article or quote matches: ", "italic"), (one_line(reason), ""))


def _snippet(text: str, highlights: list[tuple[int, int]]) -> Text:
    """``text`` (one line) with its highlights, cut to a window around the first one."""
    start = max(0, highlights[0][0] - 50) if highlights else 0
    end = min(len(text), start + SNIPPET)
    body = Text(("…" if start else "") + one_line(text[start:end])
                + ("…" if end < len(text) else ""))
    shift = 1 if start else 0
    for a, b in highlights:
        if a < end and b > start:
            body.stylize("bold reverse", max(a, start) - start + shift, min(b, end) - start + shift)
    return body


def _prompt(hit) -> Text:
    if hit.kind == "quote" and getattr(hit, "term", False):  # a quoted term: nobody said it
        text = Text("❝ term", style="bold")
        text.append(f" · {hit.title}", style="dim")
    elif hit.kind == "quote":
        text = Text("❝ ", style="bold")
        text.append(one_line(hit.speaker or "(unattributed)"), style="bold")
        text.append(f" · {one_line(hit.title)}", style="dim")
    else:
        text = Text("▤ " + one_line(hit.title), style="bold")
    fragment = hit.fragment
    if fragment and fragment.text:
        text.append("\n")
        text.append_text(_snippet(fragment.text, list(fragment.highlights)))
    elif hit.quote_text:
        text.append("\n")
        text.append_text(_snippet(" ".join(hit.quote_text.split()), []))
    return text


def _same(a, b) -> bool:
    """Whether two hits are the same article and quote."""
    return (a.kind, a.article_id, a.quote_span) == (b.kind, b.article_id, b.quote_span)


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
        self.total = 0
        self.exact = True  # False: ``total`` is a lower bound, the count is still to come

    class MoreWanted(Message):
        """The cursor is on the last result shown and more matched: fetch the next page."""

    def set_hits(self, hits: list, total: int, exact: bool = True, keep: Any = None,
                 searched: bool = False, reason: str = "") -> None:
        """Show ``hits`` (``total`` matched in all; not ``exact``: at least that many);
        the cursor on the first, or on ``keep`` (a hit shown before) when it is among
        them (the same article and quote). ``searched``: a query was run, and when it
        found nothing the pane says so and what to try, or ``reason``, why it could find
        nothing here (a blank query shows nothing)."""
        self.hits = list(hits)
        self.set_options(Option(_prompt(h), id=str(i)) for i, h in enumerate(self.hits))
        if searched and exact and not self.hits:
            self.add_option(Option(_nothing_found(reason), id="nothing", disabled=True))
        if self.hits:
            self.highlighted = next((i for i, h in enumerate(self.hits)
                                     if keep is not None and _same(h, keep)), 0)
        self.set_total(total, exact)

    def highlighted_hit(self) -> Any:
        """The hit under the cursor (None: none)."""
        i = self.highlighted
        return self.hits[i] if i is not None and 0 <= i < len(self.hits) else None

    def add_hits(self, hits: list, total: int, exact: bool = True) -> None:
        """Append a further page of ``hits``; the cursor stays where it is."""
        first = len(self.hits)
        self.hits.extend(hits)
        self.add_options(Option(_prompt(h), id=str(first + i)) for i, h in enumerate(hits))
        self.set_total(total, exact)

    def set_total(self, total: int, exact: bool = True) -> None:
        """"50 of 312 results" while more matched than are shown; "50 of 50+ results"
        while they are being counted (not ``exact``)."""
        self.total, self.exact = total, exact
        if not exact:
            self.border_subtitle = f"{len(self.hits)} of {total}+ results"
            return
        shown = f"{len(self.hits)} of {total}" if total > len(self.hits) else str(total)
        self.border_subtitle = f"{shown} result{'' if total == 1 else 's'}"

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        index = int(event.option.id)
        self.post_message(self.Previewed(self.hits[index]))
        if index == len(self.hits) - 1 and (self.total > len(self.hits) or not self.exact):
            self.post_message(self.MoreWanted())

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self.hits[int(event.option.id)]))
