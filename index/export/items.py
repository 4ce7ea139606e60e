"""One exported quote with its article, and its record for CSV and JSON Lines."""

from __future__ import annotations

from dataclasses import dataclass

from warreader.index.model import Article, Quote

FIELDS = ("article", "start", "end", "text", "kind", "speaker", "role", "mention", "cue", "via",
          "source_text", "url", "title", "date", "outlet", "author")
"""The columns of an export: the keys of ``warreader quotes`` records, then the article's
title, date, outlet and author."""


@dataclass(frozen=True)
class ExportItem:
    """A quote to export: the article it is in, the quote, the article's decoded file text
    (None if the file could not be read again) and the article's path as shown."""

    article: Article
    quote: Quote
    source: str | None
    path: str

    def record(self) -> dict:
        """The quote's ``warreader quotes`` record plus title, date, outlet and author."""
        record = self.quote.to_record(self.path, self.source)
        record.setdefault("source_text", None)
        record.update(url=self.article.url, title=self.article.title, date=self.article.date,
                      outlet=self.article.outlet, author=self.article.author)
        return {key: record.get(key) for key in FIELDS}
