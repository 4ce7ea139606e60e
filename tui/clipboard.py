"""The citation copied by ``y``: “quote” — Speaker, role, in Title, Outlet, date, URL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.tui.safe_text import one_line

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote


def citation_title(article: Article) -> str:
    """The article's title for a citation: the stated headline, or for a title derived
    from the lead (cut to fit the list), the lead's whole first sentence, never cut."""
    title = article.title
    if not (article.title_derived and title.endswith("…") and article.paragraphs):
        return title
    from warreader.index.articles.metadata import derive_title

    sentence = derive_title(article.paragraphs[0].text, limit=1_000_000)
    return sentence if sentence.startswith(title[:-1].rstrip()) else title


def format_citation(quote: Quote, article: Article) -> str:
    """``“...” — Dmitry Peskov, Kremlin spokesman, in <title>, <outlet>, <date>, <url>``
    (the URL when the article states one; one line, its control characters made
    visible: it is pasted, maybe into a terminal)."""
    text = " ".join(quote.text.split()).rstrip(",;:")
    who = ", ".join(x for x in (quote.speaker or "unattributed", quote.role) if x)
    where = ", ".join(x for x in (citation_title(article), article.outlet, article.date,
                                  article.url) if x)
    return one_line(f"“{text}” — {who}, in {where}")
