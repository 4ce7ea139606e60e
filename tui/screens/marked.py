"""The Marked list (`M`): every quote marked with `m` across the corpus, with its article.

The marks are resolved against the index in a worker (each article is read to find
the quote's words again); a mark whose article or words are gone is listed as *not
found*, never dropped: ``d`` unmarks it (or any other). Enter opens the article at the
quote and closes the list; escape closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group as Lines
from rich.padding import Padding
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from warreader.tui.colours import STAR, STAR_STYLE
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line
from warreader.tui.widgets.vim_list import VimOptionList
from warreader.tui.wording import plural

CSS = """
MarkedScreen { align: center middle; }
MarkedScreen > #marked-box { width: 100; max-width: 100%; height: 90%; border: round $accent;
    border-title-color: $accent; background: $surface; padding: 0 1; }
MarkedScreen #marked-note { height: auto; color: $text-muted; }
MarkedScreen #marked-list { height: 1fr; border: none; }
"""


class MarksResolved(Message):
    """The worker found what each mark points at (``index.annotations.resolve.Resolved``)."""

    def __init__(self, resolved: list[Any]) -> None:
        super().__init__()
        self.resolved = resolved


def marked_row(resolved: Any) -> Lines:
    """One mark as the list shows it: the quote and its speaker, then its article (or
    that it was not found). Article text is Text, its control characters made visible."""
    quote, article, anchor = resolved.quote, resolved.article, resolved.anchor
    words = Text(f"{STAR} ", style=STAR_STYLE)
    words.append(f"“{one_line(quote.text if quote else anchor.text)}”",
                 style="italic" if quote else "dim italic")
    if quote is None:
        where = Text("not found", style="bold red")
        where.append(f" · {one_line(anchor.path)} (its article or words have changed)",
                     style="dim")
        return Lines(words, Padding(where, (0, 0, 0, 2)))
    who = Text(one_line(quote.speaker or "(unattributed)"), style="bold")
    if quote.role:
        who.append(f", {one_line(quote.role)}", style="")
    details = " · ".join(one_line(x) for x in (article.title, article.outlet, article.date,
                                               anchor.path) if x)
    return Lines(words, Padding(who, (0, 0, 0, 2)), Padding(Text(details, style="dim"),
                                                            (0, 0, 0, 2)))


class MarkedScreen(ModalScreen[None]):
    """The corpus's marked quotes; enter opens one, d (or the mark key) unmarks, e
    exports them, escape closes.

    The keys it shares with the reader carry the reader's binding ids, so the config's
    remaps move them here too (review U7: ``m`` and ``e`` were fixed): the mark key
    unmarks, the export key exports, the Marked key closes; ``d``, escape and q stay."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close", id="close-marked"),
                Binding("M", "dismiss", "Close", show=False, id="show-marked"),
                Binding("d", "unmark", "Unmark", show=False),
                Binding("m", "unmark", "Unmark", show=False, id="toggle-mark"),
                Binding("e", "export", "Export", show=False, id="export")]
    DEFAULT_CSS = CSS

    def __init__(self, resolve: Callable[[Callable[[], bool]], list[Any]],
                 open_quote: Callable[[Any], None], unmark: Callable[[Any], None],
                 where: str, export: Callable[[], None] | None = None) -> None:
        """``export`` opens the export dialog on the marked quotes (e)."""
        super().__init__()
        self.resolve, self.open_quote, self.unmark = resolve, open_quote, unmark
        self.where, self.export = where, export
        self.resolved: list[Any] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="marked-box") as box:
            box.border_title = "Marked quotes · finding them…"
            box.border_subtitle = (f"enter: open · d: unmark · {key_named(self.app, 'export')}"
                                   ": export · escape: close")
            yield Static(Text(f"kept in {one_line(self.where)}"), id="marked-note")
            yield VimOptionList(id="marked-list")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(VimOptionList))  # now: keys typed on are its
        self._resolve()

    @work(thread=True, exclusive=True, group="marked")
    def _resolve(self) -> None:
        worker = get_current_worker()
        resolved = self.resolve(lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(MarksResolved(resolved))

    def on_marks_resolved(self, message: MarksResolved) -> None:
        self.show_marks(message.resolved)

    def show_marks(self, resolved: list[Any], highlight: int = 0) -> None:
        """List ``resolved`` marks, the cursor on row ``highlight``."""
        self.resolved = resolved
        listing = self.query_one(VimOptionList)
        listing.clear_options()
        listing.add_options(Option(marked_row(r), id=str(i)) for i, r in enumerate(resolved))
        if resolved:
            listing.highlighted = min(highlight, len(resolved) - 1)
        missing = sum(1 for r in resolved if r.quote is None)
        title = f"Marked quotes · {plural(len(resolved), 'mark')}"
        self.query_one("#marked-box").border_title = title + (
            f" · {missing} not found" if missing else "")
        if not resolved:
            self.query_one("#marked-note", Static).update(
                Text(f"No marked quotes: {key_named(self.app, 'toggle-mark')} marks the current "
                     "quote."))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        chosen = self.resolved[int(event.option.id)]
        if chosen.quote is None:
            self.notify(one_line(f"Not found in {chosen.anchor.path}: its article or words "
                                 "have changed (d unmarks it)."), severity="warning",
                        markup=False)
            return
        self.dismiss()
        self.open_quote(chosen)

    def action_export(self) -> None:
        """Close the list and open the export dialog on the marked quotes (`e`: ux24,
        it did nothing here, the list's natural next step)."""
        if self.export is not None:
            self.dismiss()
            self.export()

    def action_unmark(self) -> None:
        """Unmark the mark under the cursor (it leaves the list)."""
        listing = self.query_one(VimOptionList)
        if listing.highlighted is None or not self.resolved:
            return
        index = listing.highlighted
        gone = self.resolved[index]
        self.unmark(gone.anchor)
        self.show_marks([r for r in self.resolved if r is not gone], index)
