"""The look shared by the reader's modal panels (help, unreadable files)."""

from __future__ import annotations


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
