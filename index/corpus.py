"""The corpus as the app and the CLI see it: indexed, listed, searched, loaded.

:class:`Corpus` ties the pieces of :mod:`index.search` together: it keeps the index up
to date (:meth:`refresh`), lists articles and speakers from the index without reading
files, answers queries with one cached searcher, and loads one article on demand.
Whenever it reads the corpus data of a new commit it also caches the article list
(:mod:`index.search.listing`), which the reader shows before Whoosh is even imported.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.model import Article, Quote
from warreader.index.quotes.speakers import SpeakerSummary
from warreader.index.search import store
from warreader.index.search.analysis import AliasTable
from warreader.index.search.corpus_data import CorpusData, load_corpus_data
from warreader.index.search.errors import QueryError
from warreader.index.search.highlight import Segment
from warreader.index.search.indexer import Parse, Progress, apply_changes, indexed_files
from warreader.index.search.listing import cached_listing, write_listing
from warreader.index.search.manifest import Changes, compare, stat_files
from warreader.index.search.results import ArticleSummary, IndexReport, SearchResults
from warreader.index.search.sources import default_parse, list_files, segments_of
from warreader.index.search.stamps import commit_stamp

if TYPE_CHECKING:
    from warreader.index.provenance.provenance import Provenance

LOCK_TIMEOUT = 120.0
"""Seconds a second process waits for another's index update before using what exists."""


class Corpus:
    """A set of article files and their search index."""

    def __init__(
        self,
        paths: list[Path],
        index_dir: Path,
        aliases: dict[str, list[str]],
        parse: Parse | None = None,
        lister: Callable[[list[Path]], list[str]] | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.index_dir = Path(index_dir)
        self.aliases = AliasTable(aliases)
        self._parse = parse or default_parse(self.aliases.aliases)
        self._helper = parse is None  # the default parser may run in a helper process
        self._list_files = lister or list_files
        self._builder = None  # a QueryBuilder, made on the first query (imports qparser)
        self._ix = None
        self._searcher = None
        self._data: CorpusData | None = None
        self.damage: str | None = None
        self.lock_timeout = LOCK_TIMEOUT

    @classmethod
    def open(
        cls,
        paths: list[Path],
        index_dir: Path | None,
        aliases: dict[str, list[str]],
        parse: Parse | None = None,
        lister: Callable[[list[Path]], list[str]] | None = None,
    ) -> Corpus:
        """A corpus over ``paths``; opens its index if usable (call :meth:`refresh` to update).

        ``parse`` and ``lister`` replace the article reader and the file walk (tests).
        """
        if index_dir is None:
            from warreader.index.paths import default_index_dir

            index_dir = default_index_dir(paths)
        corpus = cls(paths, Path(index_dir), aliases, parse, lister)
        corpus._open_live()
        return corpus

    # -- indexing ---------------------------------------------------------------

    def refresh(self, progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
        """Bring the index up to date with the files; re-read only what changed."""
        started = time.perf_counter()
        report = IndexReport()
        lock = store.RefreshLock(self.index_dir)
        if not lock.acquire(self.lock_timeout):
            report.notices.append(
                "another warreader is updating this index; using the last complete version"
            )
            self._open_live()
            report.seconds = time.perf_counter() - started
            return report
        try:
            store.clean_stale(self.index_dir, keep=store.live_dir(self.index_dir))
            listed = self._list_files(self.paths)
            on_disk = stat_files(listed)
            report.files_seen = len(on_disk)
            report.skipped.extend((p, "not found") for p in listed if p not in on_disk)
            ix, indexed, unreadable = self._checked_live()
            if rebuild or ix is None:
                if unreadable and not rebuild:  # here: why the index is unusable
                    report.notices.append(f"{unreadable}; rebuilding it")
                self._full_build(on_disk, report, progress)
            else:
                changes = compare(on_disk, indexed)
                apply_changes(
                    ix, changes, self._parse, self.aliases, report, progress, self._helper
                )
                _add_remembered(report, unreadable, on_disk, changes.to_read)
        finally:
            lock.release()
        report.skipped.sort()
        self._open_live()
        report.seconds = time.perf_counter() - started
        return report

    def _checked_live(self):
        """(index, manifest, {unreadable file: reason}) when the live index reads cleanly,
        else (None, {}, why it cannot be used or None)."""
        try:
            ix = store.open_live(self.index_dir, self.aliases.fingerprint())
            return ix, *indexed_files(ix)
        except store.StoreProblem as exc:
            return None, {}, None if str(exc) == "no index yet" else str(exc)
        except Exception as exc:  # unreadable segments: damaged
            return None, {}, f"index at {self.index_dir} is damaged ({store._why(exc)})"

    def _full_build(self, on_disk, report: IndexReport, progress) -> None:
        build, ix = store.new_build(self.index_dir, self.aliases.fingerprint())
        changes = Changes(sorted(on_disk), [], 0)
        apply_changes(ix, changes, self._parse, self.aliases, report, progress, self._helper)
        store.publish(self.index_dir, build)
        report.rebuilt = True

    def _open_live(self) -> None:
        """(Re)open the live index for reading; drop caches. No index: stays None."""
        if self._searcher is not None:
            self._searcher.close()
        self._ix, self._searcher, self._data, self.damage = None, None, None, None
        try:
            self._ix = store.open_live(self.index_dir, self.aliases.fingerprint())
        except store.StoreProblem:
            return

    def _current_searcher(self):
        """One searcher, reused while the index is unchanged."""
        gen = store.live_dir(self.index_dir)
        if self._ix is None or gen is None or Path(self._ix.storage.folder) != gen:
            self._open_live()
            if self._ix is None:
                return None
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            # A new searcher, not Searcher.refresh(): that fails on an empty index
            # (whoosh3 3.54 reuses an EmptyReader whose segments() is None).
            self._searcher.close()
            self._searcher = self._ix.searcher()
            self._data = None
        return self._searcher

    # -- reading ----------------------------------------------------------------

    def _corpus_data(self) -> CorpusData | None:
        """Articles, quotes and speakers from the index (None: no usable index)."""
        try:
            searcher = self._current_searcher()  # drops the cached data if the index moved
            if searcher is not None and self._data is None:
                folder = Path(self._ix.storage.folder)
                self._data = load_corpus_data(searcher, folder, self.aliases)
                self._save_listing(folder, searcher.reader().generation(), self._data)
        except Exception as exc:  # damaged segments: refresh() rebuilds
            self.damage = store._why(exc)
            return None
        return self._data

    def _save_listing(self, folder: Path, commit: int | None, data: CorpusData) -> None:
        """Cache the article list of this commit for the reader's next startup (unless
        the cache already lists exactly this)."""
        stamp = commit_stamp(folder, commit) if commit is not None else None
        if stamp is None:
            return
        fingerprint = self.aliases.fingerprint()
        summaries, skipped = list(data.articles.values()), sorted(data.skipped.items())
        cached = cached_listing(self.index_dir, stamp, fingerprint)
        if cached is None or (cached.summaries, cached.skipped) != (summaries, skipped):
            write_listing(self.index_dir, stamp, fingerprint, summaries, skipped)

    def skipped(self) -> list[tuple[str, str]]:
        """(file, reason) of every file the index remembers as unreadable, by path."""
        data = self._corpus_data()
        return sorted(data.skipped.items()) if data else []

    def summaries(self) -> list[ArticleSummary]:
        """Every indexed article, by path, from the index alone."""
        data = self._corpus_data()
        return list(data.articles.values()) if data else []

    def speakers(self) -> list[SpeakerSummary]:
        """Speakers across the corpus, most quoted first."""
        data = self._corpus_data()
        return data.speakers() if data else []

    def quotes_by(self, speaker: str) -> list[tuple[ArticleSummary, Quote]]:
        """Every quote whose (canonical) speaker is ``speaker``."""
        data = self._corpus_data()
        return data.quotes_by(speaker) if data else []

    def load(self, article_id: str) -> tuple[Article, list[Quote]]:
        """Read and parse one article; its quotes carry corpus-canonical speakers."""
        data = self._corpus_data()
        if data is None or article_id not in data.files:
            raise KeyError(article_id)
        article, quotes = self._parse(data.files[article_id])
        return article, [replace(q, speaker=data.canonical(q.speaker, article_id)) for q in quotes]

    def provenance(self) -> Provenance | None:
        """Quote groups across the corpus (saved beside the index, updated incrementally);
        None without a usable index."""
        from warreader.index.provenance.corpus_groups import cached_groups

        data = self._corpus_data()
        return None if data is None else cached_groups(self.index_dir, data)

    def search(
        self, query: str, limit: int = 50, kind: str | None = None, as_you_type: bool = False,
        start: int = 0, count: bool = False,
    ) -> SearchResults:
        """Ranked hits for ``query`` (or ``.error`` for a malformed one): ``limit`` of
        them from rank ``start`` on; ``count`` counts every match while typing too
        (see :func:`index.search.searching.run_search`); ``group:N`` keeps the quotes
        whose words appear in N or more articles."""
        if not query.strip():
            return SearchResults(query=query)
        data = self._corpus_data()
        if data is None:
            if self.damage:
                return SearchResults(
                    query=query,
                    error=f"the index is damaged ({self.damage}); `warreader index` rebuilds it",
                )
            return SearchResults(query=query, error="no index yet: run `warreader index`")
        from warreader.index.provenance.search_filter import grouped_query
        from warreader.index.search.query import QueryBuilder
        from warreader.index.search.searching import run_search

        if self._builder is None:
            self._builder = QueryBuilder()
        try:
            text, only = grouped_query(self, query)
            return run_search(
                self._current_searcher(),
                self._builder,
                text,
                limit=limit,
                start=start,
                kind=kind,
                as_you_type=as_you_type,
                count=count,
                segments_of=_segments,
                speaker_name=data.canonical,
                only=only,
            )
        except QueryError as exc:
            return SearchResults(query=query, error=str(exc))
        except OSError as exc:  # files of a replaced generation vanished mid-search
            return SearchResults(query=query, error=f"the index changed; try again ({exc})")

    def close(self) -> None:
        """Release the searcher."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


def _add_remembered(report: IndexReport, unreadable: dict[str, str], on_disk, reread) -> None:
    """Report files that were unreadable before and were not re-read (still unreadable),
    so every refresh lists every unreadable file; ``files_read`` does not count them."""
    again = set(reread)
    report.skipped.extend(
        (f, why) for f, why in unreadable.items() if f in on_disk and f not in again
    )
    report.skipped.sort()


_segments: Callable[[str], list[Segment]] = segments_of
