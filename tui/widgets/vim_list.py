"""OptionList with the reader's list keys (j/k/g/G), so every list moves the same way."""

from __future__ import annotations

from textual.widgets import OptionList
from warreader.tui.keymap import LIST_BINDINGS


class VimOptionList(OptionList):
    """An OptionList that also answers to j, k, g and G (remappable by binding id)."""

    BINDINGS = LIST_BINDINGS
