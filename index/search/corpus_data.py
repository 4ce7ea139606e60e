"""What the index knows about the corpus as a whole: articles, quotes, speakers.

Built from stored fields only (no file is read), once per index generation.
Speaker names are canonicalised across the corpus by :mod:`index.quotes.speakers`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.model import Article, Quote
from warreader.index.quotes.speakers import SpeakerDirectory, SpeakerSummary, build_directory
from warreader.index.search.analysis import AliasTable
from warreader.index.search.documents import quote_of, summary_of
from warreader.index.search.results import ArticleSummary
from warreader.index.search.snapshot import load_snapshot

if TYPE_CHECKING:
    from whoosh.searching import Searcher


class CorpusData:
    """Articles by id (path order), their files, every quote, and the files remembered as
    unreadable (file -> reason), read from the index."""

    def __init__(
        self,
        articles: dict[str, ArticleSummary],
        files: dict[str, str],
        quotes: list[tuple[str, Quote]],
        aliases: AliasTable,
        skipped: dict[str, str] | None = None,
    ) -> None:
        self.articles = articles
        self.skipped = skipped or {}
        self.files = files
        self.quotes = quotes
        self.aliases = aliases
        self._directory = None

    def canonical(self, name: str | None, article_id: str | None = None) -> str | None:
        """The corpus-wide canonical spelling of a speaker name (as read in ``article_id``:
        a bare surname may name different people in different articles)."""
        if not name:
            return name
        return self.directory().canonical(name, article_id)

    def directory(self) -> SpeakerDirectory:
        """The speaker directory (built on first use)."""
        if self._directory is None:
            self._directory = _build_directory(self)
        return self._directory

    def speakers(self) -> list[SpeakerSummary]:
        """Every named speaker with quote counts, most quoted first."""
        return self.directory().summaries()

    def quotes_by(self, speaker: str) -> list[tuple[ArticleSummary, Quote]]:
        """Quotes whose canonical speaker is ``speaker``'s (speakers made canonical)."""
        wanted = self.canonical(speaker)
        out = []
        for aid, q in self.quotes:
            if q.speaker and aid in self.articles and self.canonical(q.speaker, aid) == wanted:
                out.append((self.articles[aid], replace(q, speaker=wanted)))
        return out


def load_corpus_data(searcher: Searcher, folder: Path, aliases: AliasTable) -> CorpusData:
    """Every article and quote, from the generation's snapshot of stored fields."""
    snap = load_snapshot(searcher, folder)
    articles: dict[str, ArticleSummary] = {}
    files: dict[str, str] = {}
    for data in sorted(snap["articles"], key=lambda d: d["path"]):
        articles[data["id"]] = summary_of(data)
        files[data["id"]] = data["file"]
    quotes = [(data["id"], quote_of(data)) for data in snap["quotes"]]
    quotes.sort(key=lambda aq: (aq[0], aq[1].start))
    skipped = {f: d["reason"] for f, d in snap["files"].items() if "reason" in d}
    return CorpusData(articles, files, quotes, aliases, skipped)


def _build_directory(data: CorpusData) -> SpeakerDirectory:
    grouped: dict[str, list[Quote]] = defaultdict(list)
    for aid, q in data.quotes:
        grouped[aid].append(q)
    pairs = [(_stub(data.articles[aid]), qs) for aid, qs in grouped.items() if aid in data.articles]
    return build_directory(pairs, data.aliases.aliases)


def _stub(s: ArticleSummary) -> Article:
    """An Article without paragraphs (the directory only needs ids and metadata)."""
    return Article(
        id=s.id, path=s.path, title=s.title, date=s.date, author=s.author, outlet=s.outlet
    )
