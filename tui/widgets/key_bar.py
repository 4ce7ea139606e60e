"""The bottom line: the handful of most useful keys, as the user has them mapped.

A single line of text instead of Textual's ``Footer``, which rebuilds one widget per key
on every focus change; this one is rendered once (and again if the keymap changes).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static
from warreader.tui.keymap import APP_BINDINGS, SCREEN_BINDINGS, key_label
from warreader.tui.safe_text import one_line

SHOWN = ("search", "next-quote", "next-speaker", "toggle-speakers", "copy-quote", "help",
         "quit", "palette")


class KeyBar(Static):
    """Shows ``key description`` pairs for the bindings in :data:`SHOWN`."""

    def on_mount(self) -> None:
        self.update_keys()

    def update_keys(self) -> None:
        """Re-render from the app's current key overrides."""
        by_id = {b.id: b for b in SCREEN_BINDINGS + APP_BINDINGS}
        text = Text()
        for binding_id in SHOWN:
            binding = by_id[binding_id]
            text.append(f" {one_line(key_label(self.app, binding))} ", style="bold reverse")
            text.append(f" {binding.description}  ")
        self.update(text)
