"""The citation copied by ``y``: “quote” — Speaker, role, in Title, date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.tui.safe_text import one_line

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote


def format_citation(quote: Quote, article: Article) -> str:
    """``“...” — Dmitry Peskov, Kremlin spokesman, in <title>, <date>`` (one line, its
    control characters made visible: it is pasted, maybe into a terminal)."""
    text = " ".join(quote.text.split()).rstrip(",;:")
    who = ", ".join(x for x in (quote.speaker or "unattributed", quote.role) if x)
    where = ", ".join(x for x in (article.title, article.date) if x)
    return one_line(f"“{text}” — {who}, in {where}")
