"""The citation copied by ``y``: “quote” — Speaker, role, in Title, date."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote


def format_citation(quote: Quote, article: Article) -> str:
    """``“...” — Dmitry Peskov, Kremlin spokesman, in <title>, <date>``."""
    text = " ".join(quote.text.split()).rstrip(",;:")
    who = ", ".join(x for x in (quote.speaker or "unattributed", quote.role) if x)
    where = ", ".join(x for x in (article.title, article.date) if x)
    return f"“{text}” — {who}, in {where}"
