"""The bottom line: the handful of most useful keys, as the user has them mapped.

A single line of text instead of Textual's ``Footer``, which rebuilds one widget per key
on every focus change; this one is rendered when mounted, when the keymap changes and
when its width does. When the line is too narrow the gaps shrink first, then the keys
of least use go, so that search, help and the palette always show.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static
from warreader.tui.keymap import APP_BINDINGS, SCREEN_BINDINGS, key_label
from warreader.tui.safe_text import one_line

SHOWN = ("search", "next-quote", "next-speaker", "toggle-speakers", "copy-quote", "help",
         "quit", "palette")
DROPPED_FIRST = ("copy-quote", "toggle-speakers", "next-speaker", "quit", "next-quote")
"""The keys left out, in this order, when the line cannot hold them all: at 80 columns
only ``y Copy`` (the corpus's speakers, ``s``, are what a first look needs more; ``?``
lists every key)."""


def _line(pairs: list[tuple[str, str, str]], gap: str) -> Text:
    text = Text()
    for _id, key, description in pairs:
        text.append(f" {key} ", style="bold reverse")
        text.append(f" {description}{gap}")
    text.right_crop(len(gap))
    return text


def key_line(pairs: list[tuple[str, str, str]], width: int) -> Text:
    """``key description`` for each ``(binding id, key, description)`` that fits ``width``."""
    text = _line(pairs, "  ")
    shown = list(pairs)
    while text.cell_len > width:
        text = _line(shown, " ")
        droppable = [p for p in shown if p[0] in DROPPED_FIRST]
        if text.cell_len <= width or not droppable:
            break
        shown.remove(min(droppable, key=lambda p: DROPPED_FIRST.index(p[0])))
    return text


class KeyBar(Static):
    """Shows ``key description`` pairs for the bindings in :data:`SHOWN`."""

    def on_mount(self) -> None:
        self.update_keys()

    def on_resize(self) -> None:
        self.update_keys()

    def update_keys(self) -> None:
        """Re-render from the app's current key overrides, for the current width."""
        by_id = {b.id: b for b in SCREEN_BINDINGS + APP_BINDINGS}
        pairs = [(i, one_line(key_label(self.app, by_id[i])), by_id[i].description)
                 for i in SHOWN]  # a remapped key's name comes from the config: text
        self.update(key_line(pairs, self.size.width or self.app.size.width))
