"""OptionList with the reader's list keys (j/k/g/G), so every list moves the same way."""

from __future__ import annotations

from textual.widgets import OptionList
from warreader.tui.keymap import LIST_BINDINGS


class VimOptionList(OptionList):
    """An OptionList that also answers to j, k, g and G (remappable by binding id)."""

    BINDINGS = LIST_BINDINGS

    def select_id(self, option_id: str) -> bool:
        """Move the cursor to the option with ``option_id``; False if there is none."""
        try:
            self.highlighted = self.get_option_index(option_id)
        except Exception:  # OptionDoesNotExist
            return False
        return True
