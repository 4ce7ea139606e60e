"""The corpus as the app and the CLI see it: indexed, listed, searched, loaded.

:class:`Corpus` ties the pieces of :mod:`index.search` together: it keeps the index up
to date (:meth:`refresh`), lists articles and speakers from the index without reading
files, answers queries with one cached searcher, and loads one article on demand.
Whenever it reads the corpus data of a new commit it also caches the article list
(:mod:`index.search.listing`), which the reader shows before Whoosh is even imported.
"""

from __future__ import annotations

import pickle
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from warreader.index.annotations.indexed import CorrectedParse, changed_since
from warreader.index.corpus_corrections import CorpusCorrections
from warreader.index.corpus_counts import CorpusCounts
from warreader.index.corpus_reads import CorpusReads
from warreader.index.corpus_warm import CorpusWarming
from warreader.index.model import Article, Quote
from warreader.index.search import store
from warreader.index.search.analysis import AliasTable
from warreader.index.search.checking import FileCheck, check_files
from warreader.index.search.errors import IndexFolderError as IndexFolderError  # re-exported
from warreader.index.search.errors import QueryError
from warreader.index.search.highlight import Segment
from warreader.index.search.indexer import Listed, Parse, Progress
from warreader.index.search.listing import (
    HEAD,
    cached_head,
    cached_listing,
    roots_key,
    write_listing,
)
from warreader.index.search.results import IndexReport, SearchResults
from warreader.index.search.segment_files import page_release
from warreader.index.search.sources import default_parse, list_files, scan_files, segments_of
from warreader.index.search.stamps import commit_stamp
from warreader.index.search.stored import StoredData, open_stored
from warreader.index.search.updating import Update, locked

LOCK_TIMEOUT = 120.0
"""Seconds a second process waits for another's index update before using what exists."""


class Corpus(CorpusCorrections, CorpusReads, CorpusCounts, CorpusWarming):
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
        self._parse = CorrectedParse(parse or default_parse(self.aliases.aliases))
        self.corrections_problem: str | None = None  # a damaged corrections file, set aside
        self._helper = parse is None  # the default parser may run in a helper process
        self._list_files = lister or list_files
        self._builder = None  # a QueryBuilder, made on the first query (imports qparser)
        self._ix = None
        self._searcher = None
        self._data: StoredData | None = None
        self.damage: str | None = None
        self.lock_timeout = LOCK_TIMEOUT
        self.group_limit: int | None = None  # see CorpusReads.provenance (the reader sets it)
        self.synced = False  # refreshed here: the index holds these folders' files (listing)

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
        from warreader.index.paths import index_dir_for

        corpus = cls(paths, index_dir_for(paths, index_dir), aliases, parse, lister)
        corpus.reload_corrections()
        corpus._open_live()
        return corpus

    # -- indexing ---------------------------------------------------------------

    def check_files(self) -> FileCheck:
        """List and stat the files and compare them with the live index, writing nothing
        and leaving this corpus's own reader alone, so another thread may search it
        meanwhile (:mod:`index.search.checking`)."""
        changed = bool(changed_since(self.index_dir, self.corrections))
        listed, on_disk = _scan(self.paths, self._list_files, self.index_dir)
        check = check_files(self.index_dir, self.aliases, listed, changed, on_disk)
        self.synced = self.synced or not check.changed  # the index holds these files
        return check

    def refresh(self, progress: Progress | None = None, rebuild: bool = False,
                on_article: Listed | None = None,
                checked: FileCheck | None = None) -> IndexReport:
        """Bring the index up to date with the files; re-read only what changed.
        ``on_article`` hears of each article read, as soon as it is read; ``checked``,
        a :meth:`check_files` just made, saves listing and stat-ing the files again
        (they are compared with the index again under its lock). Raises
        :class:`IndexFolderError` (one line for the user) when the index folder cannot be
        used: not a folder, not warreader's, or a write failed (disk full). A read-only
        folder with an index is used as it is, with a notice.
        """
        started = time.perf_counter()
        report = IndexReport()
        self.reload_corrections()  # the file is the truth: another process may have changed it
        job = Update(self.index_dir, self.aliases, self._parse, self._helper)
        with locked(self.index_dir, self.lock_timeout, report) as held:
            if held:
                if not rebuild:
                    job.adopt_kept(report)
                listed, on_disk = ((checked.listed, checked.on_disk) if checked
                                   else _scan(self.paths, self._list_files, self.index_dir))
                rules = self.corrections
                changed, stale = self._corrected_files(listed)
                job.run(listed, report, progress, rebuild, on_article, also=stale,
                        on_disk=on_disk)
                self.synced = True
                self._corrections_indexed(rules, changed or rebuild or report.rebuilt)
        self._open_live()
        report.seconds = time.perf_counter() - started
        return report

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

    def _corpus_data(self) -> StoredData | None:
        """Articles, quotes and speakers from the index (None: no usable index)."""
        try:
            searcher = self._current_searcher()  # drops the cached data if the index moved
            if searcher is not None and self._data is None:
                folder = Path(self._ix.storage.folder)
                self._data = open_stored(searcher, folder, self.aliases.aliases,
                                         page_release(self._ix))
                _save_listing(self, folder, searcher.reader().generation(), self._data)
        except Exception as exc:  # damaged segments: refresh() rebuilds
            self.damage = store._why(exc)
            return None
        return self._data

    def load(self, article_id: str) -> tuple[Article, list[Quote]]:
        """Read and parse one article; its quotes carry corpus-canonical speakers."""
        data = self._corpus_data()
        file = data.file_of(article_id) if data is not None else None
        if file is None:
            raise KeyError(article_id)
        article, quotes = self._parse(file)
        return article, [replace(q, speaker=data.canonical(q.speaker)) for q in quotes]

    def search(
        self, query: str, limit: int = 50, kind: str | None = None, as_you_type: bool = False,
        start: int = 0, count: bool = False, cancelled: Callable[[], bool] | None = None,
        first_step: float | None = None,
    ) -> SearchResults:
        """Ranked hits for ``query`` (or ``.error`` for a malformed one, a costly one, or
        one stopped because ``cancelled()`` turned true): ``limit`` of
        them from rank ``start`` on; ``count`` counts every match while typing too
        (see :func:`index.search.searching.run_search`); ``group:N`` keeps the quotes
        whose words appear in N or more articles. ``first_step``: a keystroke's answer
        within that much CPU time, maybe ``provisional`` (see
        :func:`index.search.searching.run_search`); the CLI never passes it."""
        if not query.strip():
            return SearchResults(query=query)
        data = self._corpus_data()
        if data is None:
            if self.damage:
                return _damaged(query, self.damage)
            return SearchResults(query=query, error="no index yet: run `warreader index`")
        from warreader.index.search.query import QueryBuilder

        if self._builder is None:
            self._builder = QueryBuilder()
        try:
            return self._run(query, limit, kind, as_you_type, start, count, cancelled, first_step)
        finally:  # the index pages read stay in the page cache, not in our RSS
            page_release(self._ix)()

    def _run(self, query: str, limit: int, kind: str | None, as_you_type: bool, start: int,
             count: bool, cancelled: Callable[[], bool] | None,
             first_step: float | None = None) -> SearchResults:
        """:meth:`search` on an open index."""
        from warreader.index.provenance.search_filter import grouped_query
        from warreader.index.search.searching import run_search

        data = self._data
        try:
            text, only = grouped_query(self, query)
            return _as_asked(query, run_search(
                self._current_searcher(), self._builder, text, limit=limit, start=start, kind=kind,
                as_you_type=as_you_type, count=count, segments_of=_segments, cancelled=cancelled,
                speaker_name=data.canonical, only=only, first_step=first_step))
        except QueryError as exc:
            return SearchResults(query=query, error=str(exc))
        except OSError as exc:  # files of a replaced generation vanished mid-search
            return SearchResults(query=query, error=f"the index changed; try again ({exc})")
        except _DAMAGE as exc:  # a segment file that does not decode
            self.damage = store._why(exc)
            return _damaged(query, self.damage)

    def close(self) -> None:
        """Release the searcher and the stored data."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._data is not None:
            self._data.close()
            self._data = None


def _save_listing(corpus: Corpus, folder: Path, commit: int | None, data: StoredData) -> None:
    """Cache the article list of this commit for the reader's next startup (unless the
    cache already lists exactly this), labelled with the corpus folders it lists
    (:func:`roots_key`) only when this process refreshed the index from them: a search
    with ``--no-update`` over an index folder another corpus built keeps the label the
    last refresh gave (or none), so the reader never takes one corpus's list for another's."""
    index_dir, fingerprint = corpus.index_dir, corpus.aliases.fingerprint()
    roots = roots_key(corpus.paths) if corpus.synced else None
    stamp = commit_stamp(folder, commit) if commit is not None else None
    if stamp is None or cached_head(index_dir, stamp, fingerprint, roots) is not None:
        return  # written for this commit and untouched since (its head says so)
    summaries, skipped = data.articles(), data.skipped()
    cached = cached_listing(index_dir, stamp, fingerprint, roots)
    if cached is None or (cached.summaries, cached.skipped) != (summaries, skipped) \
            or not (index_dir / HEAD).exists():
        write_listing(index_dir, stamp, fingerprint, summaries, skipped, roots)


_segments: Callable[[str], list[Segment]] = segments_of

_DAMAGE = (EOFError, pickle.UnpicklingError, struct.error, zlib.error, IndexError)
"""What reading a scribbled Whoosh file raises (besides OSError)."""


def _as_asked(query: str, results: SearchResults) -> SearchResults:
    """``results`` saying the query as asked: ``group:3``, not the ``kind:quote `` searched
    once the filter was taken out (the CLI's title and JSON said that, and the reader's
    export of the search results and its next pages searched every quote)."""
    results.query = query
    return results


def _damaged(query: str, why: str) -> SearchResults:
    """The answer to any search of a damaged index: what is wrong and what mends it."""
    return SearchResults(query=query,
                         error=f"the index is damaged ({why}); `warreader index` rebuilds it")


def _scan(paths: list[Path], lister: Callable[[list[Path]], list[str]], index_dir: Path
          ) -> tuple[list[str], dict[str, tuple[int, int]] | None]:
    """The corpus files, and their sizes and mtimes when the default walk lists them
    (one ``scandir`` walk, stat-ed from its entries, its folders unchanged since the
    last walk not listed again: their records kept in the live index's generation
    folder; None: stat them after)."""
    if lister is list_files:
        return scan_files(paths, store.live_dir(index_dir))
    return lister(paths), None
