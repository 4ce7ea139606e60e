"""Write corpus changes into an index: parse new and modified files, drop removed ones.

Parsing is injected (``parse(path) -> (Article, quotes)``), so this module knows nothing
about file formats or quote extraction. One writer per update, committed once: Whoosh
writes the new segment and then atomically switches its TOC, so an interrupted update
leaves the previous state in charge.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing

from warreader.index.files import unreadable_reason
from warreader.index.model import Article, Quote
from warreader.index.paths import shown_path
from warreader.index.search.analysis import AliasTable
from warreader.index.search.documents import article_docs, skipped_doc
from warreader.index.search.lean_add import use_lean_add
from warreader.index.search.lean_postings import use_lean_postings
from warreader.index.search.lengths import use_preloaded_lengths
from warreader.index.search.manifest import Changes, FileState, file_sha
from warreader.index.search.plain_stored import use_plain_stored
from warreader.index.search.pool import use_chunked_pool
from warreader.index.search.results import IndexReport
from warreader.index.search.summary import ArticleSummary
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import FileIndex

Parse = Callable[[str], tuple[Article, list[Quote]]]
Progress = Callable[[int, int, str], None]
Listed = Callable[[ArticleSummary], None]

WRITER_LIMIT_MB = 96
"""Posting-pool memory before Whoosh spills a run to disk (keeps peak memory bounded)."""

COMPRESSION = 0
"""zlib level of posting blocks. None: on the BBC corpus level 1 made the build 1.37x
bare Whoosh instead of 1.24x for an index of 19 MB instead of 28 MB; searching and
reopening are as fast either way. (Whoosh's default, 3, costs more still.)"""

WRITER_TIMEOUT = 60.0
"""Seconds to wait for Whoosh's own write lock (normally free: we hold the refresh lock)."""


def pool_limit(parallel: bool) -> int:
    """Posting-pool megabytes for one writer: two writers (with a helper) share the budget."""
    return WRITER_LIMIT_MB // 2 if parallel else WRITER_LIMIT_MB


def codec() -> W3Codec:
    """Whoosh's codec with :data:`COMPRESSION` (``inlinelimit`` above 1 fails in whoosh3
    3.54: ``W3TermInfo`` has no ``set_inline``)."""
    return W3Codec(compression=COMPRESSION)


def tune_writer(writer, limit: int) -> None:
    """Our settings on a new Whoosh ``SegmentWriter``: a chunked posting pool of
    ``limit`` MB fed a document at a time by a lean ``add_document``; at commit the
    postings written a term at a time and field lengths read in bulk; stored fields
    uncompressed."""
    use_chunked_pool(writer, limit)
    use_lean_add(writer)
    use_lean_postings(writer)
    use_preloaded_lengths(writer)
    use_plain_stored(writer)


class ParseFailure(Exception):
    """Raised by a ``parse`` function for a file that cannot be indexed (a user problem)."""


def apply_changes(
    ix: FileIndex,
    changes: Changes,
    parse: Parse,
    aliases: AliasTable,
    report: IndexReport,
    progress: Progress | None = None,
    helper: bool = False,
    listed: Listed | None = None,
) -> None:
    """Re-read ``changes.to_read``, remove ``changes.removed``; one commit at the end.

    With ``helper`` (``parse`` is the default reader and extractor), a helper process
    parses many files while this one indexes them (:mod:`index.search.pipeline`).
    ``listed`` is given each article's summary as soon as the article is read (before
    the commit makes it searchable); ``progress`` hears ``(total, total, "")`` when
    every file is read and the index is being written. The writer is opened at the
    first document or removal: when every file to read is unreadable (as it was the
    last time) nothing is committed. An empty commit made a new generation that the
    stored data did not follow (its reader has none), and the next run took the index
    for damaged and rebuilt it (revU3 #8); a cancelled writer left its files behind.
    """
    if not changes.to_read and not changes.removed:
        return
    from warreader.index.search import pipeline

    limit = pool_limit(helper and pipeline.worth_it(len(changes.to_read)))
    opened: list = []  # the writer, once there is something to write

    def writer():
        if not opened:
            opened.append(ix.writer(limitmb=limit, timeout=WRITER_TIMEOUT, codec=codec()))
            tune_writer(opened[0], limit)
        return opened[0]

    try:
        for path in changes.removed:
            writer().delete_by_term("path", shown_path(path))
        total = len(changes.to_read)
        segments: list = []  # written by a helper process, committed with this writer's
        target = (ix.storage.folder, ix.indexname)
        parsed = _parsed(changes.to_read, parse, aliases, helper, target, segments)
        with closing(parsed) as results:
            for done, (path, state, parsed) in enumerate(results):
                if progress is not None:
                    progress(done, total, path)
                for doc in _documents(path, state, parsed, aliases, report):
                    writer().add_document(**doc)
                if listed is not None and (summary := _summary(parsed)) is not None:
                    listed(summary)
        if progress is not None:
            progress(total, total, "")
        if segments:
            _adopt(writer(), segments)
    except BaseException:
        if opened:
            opened[0].cancel()
        raise
    if opened:
        opened[0].commit()
    gone = set(changes.removed) - set(changes.to_read)
    report.files_removed += len(gone)


def _parsed(
    paths: list[str], parse: Parse, aliases: AliasTable, helper: bool,
    target: tuple[str, str], segments: list,
):
    """``(path, state, (outcome, value))`` per path, in order (see pipeline).

    With a helper process, the helper indexes most files into a segment of its own
    (appended to ``segments`` at the end) while this process parses the others
    (:func:`index.search.pipeline.shares`).
    """
    from warreader.index.search import pipeline

    if not (helper and pipeline.worth_it(len(paths))):
        for path in paths:
            yield parse_here(path, parse)
        return
    theirs, mine = pipeline.shares(paths)
    rules = getattr(parse, "plain_rules", None)  # the corpus's corrections, as plain data
    stream = pipeline.indexed_in_helper(theirs, aliases.aliases, target, segments,
                                        rules() if rules is not None else None)
    with closing(stream):
        for path in paths:
            yield parse_here(path, parse) if path in mine else next(stream)
        for _ in stream:  # the helper's last word: its segment
            pass


def _adopt(writer, segments: list) -> None:
    """Make ``writer``'s commit include ``segments`` (finished elsewhere) as they are,
    the way Whoosh's multiprocessing writer adds its sub-writers' segments."""
    merge_segments = writer._merge_segments
    writer._merge_segments = lambda *args: [*merge_segments(*args), *segments]


def parse_here(path: str, parse: Parse) -> tuple:
    """``(path, state, (outcome, value))`` for one file, parsed in this process: outcome
    "ok" (value: article and quotes), "skip" (a reason) or "oserror" (state None; the
    reason, :func:`index.files.unreadable_reason`)."""
    try:
        state = file_state(path)
    except OSError as exc:
        return path, None, ("oserror", unreadable_reason(exc))
    try:
        return path, state, ("ok", parse(path))
    except ParseFailure as exc:
        return path, state, ("skip", str(exc))


def _documents(path: str, state, parsed, aliases: AliasTable, report: IndexReport) -> list[dict]:
    """Documents for one file, or its skipped placeholder (the reason is reported)."""
    outcome, value = parsed
    if outcome == "oserror":
        report.skipped.append((path, value))
        return []
    report.files_read += 1
    if outcome == "skip":
        report.skipped.append((path, value))
        return [skipped_doc(path, state, value)]
    if outcome == "indexed":  # by the helper, into its own segment
        report.quotes_found += value[0]
        return []
    if outcome == "skipped":  # the helper indexed its placeholder
        report.skipped.append((path, value))
        return []
    article, quotes = value
    report.quotes_found += len(quotes)
    return article_docs(article, quotes, path, state, aliases)


def summary_row(article: Article, quotes: list[Quote]) -> tuple:
    """The fields of ``article``'s :class:`ArticleSummary`, as the index will store them."""
    terms = sum(1 for q in quotes if q.kind == "term")
    return (article.id, article.path, article.title, article.date, article.author,
            article.outlet, len(quotes) - terms, terms)


def _summary(parsed) -> ArticleSummary | None:
    """The summary of a file read here or by the helper; None if it was not an article."""
    outcome, value = parsed
    if outcome == "ok":
        return ArticleSummary(*summary_row(*value))
    if outcome == "indexed":
        return ArticleSummary(*value[1])
    return None


def file_state(path: str) -> FileState:
    """Size, mtime and content hash of ``path`` (raises OSError)."""
    st = os.stat(path)
    return FileState(st.st_size, st.st_mtime_ns, file_sha(path))
