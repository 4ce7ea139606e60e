"""The look shared by the reader's modal panels (help, unreadable files, corrections),
and their scrolling body."""

from __future__ import annotations

from textual.containers import VerticalScroll
from warreader.tui.keymap import BODY_BINDINGS


class PanelScroll(VerticalScroll):
    """A panel's body: scrolls with the article's keys (j/k, g/G, space/b, remappable by
    binding id) as well as the arrows, home/end and page up/down."""

    BINDINGS = BODY_BINDINGS


def panel_css(screen: str, body_id: str) -> str:
    """CSS centring ``screen`` and framing its ``#body_id`` container as a panel."""
    return f"""
    {screen} {{ align: center middle; }}
    #{body_id} {{
        width: 96;
        max-width: 100%;
        height: 90%;
        border: round $accent;
        border-title-color: $accent;
        background: $surface;
        padding: 0 1;
    }}
    """
