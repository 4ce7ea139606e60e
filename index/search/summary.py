"""One indexed article as the article list shows it, without reading its file.

Its own module so the reader's first screen (the cached listing) imports this one
dataclass and nothing else of the engine; :mod:`index.search.results` re-exports it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One indexed article, as listed without reading its file.

    ``quote_count`` counts quotations only; quoted terms ("scare quotes") are counted
    apart in ``term_count``, so every count the reader shows means the same thing.
    """

    id: str
    path: str
    title: str
    date: str | None
    author: str | None
    outlet: str | None
    quote_count: int
    term_count: int = 0

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return asdict(self)
