"""Write corpus changes into an index: parse new and modified files, drop removed ones.

Parsing is injected (``parse(path) -> (Article, quotes)``), so this module knows nothing
about file formats or quote extraction. One writer per update, committed once: Whoosh
writes the new segment and then atomically switches its TOC, so an interrupted update
leaves the previous state in charge.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import FileIndex

from index.model import Article, Quote
from index.search.analysis import AliasTable
from index.search.documents import article_docs, skipped_doc
from index.search.manifest import Changes, FileState, file_sha
from index.search.results import IndexReport
from index.search.snapshot import load_snapshot

Parse = Callable[[str], tuple[Article, list[Quote]]]
Progress = Callable[[int, int, str], None]

WRITER_LIMIT_MB = 96
"""Posting-pool memory before Whoosh spills a run to disk (keeps peak memory bounded)."""

COMPRESSION = 1
"""zlib level of posting blocks. Whoosh's default (3) cost ~0.8 s more per BBC build for
a 1% smaller index; 0 saves another ~0.5 s but makes the index 70% larger."""

WRITER_TIMEOUT = 60.0
"""Seconds to wait for Whoosh's own write lock (normally free: we hold the refresh lock)."""


def codec() -> W3Codec:
    """Whoosh's codec with :data:`COMPRESSION` (``inlinelimit`` above 1 fails in whoosh3
    3.54: ``W3TermInfo`` has no ``set_inline``)."""
    return W3Codec(compression=COMPRESSION)


class ParseFailure(Exception):
    """Raised by a ``parse`` function for a file that cannot be indexed (a user problem)."""


def indexed_files(ix: FileIndex) -> tuple[dict[str, FileState], dict[str, str]]:
    """The manifest (every indexed or skipped file's size, mtime and hash) and the
    reasons of the files remembered as unreadable (file -> reason)."""
    with ix.searcher() as searcher:
        files = load_snapshot(searcher, Path(ix.storage.folder))["files"]
    states = {f: FileState(d["size"], d["mtime"], d["sha"]) for f, d in files.items()}
    return states, {f: d["reason"] for f, d in files.items() if "reason" in d}


def apply_changes(
    ix: FileIndex,
    changes: Changes,
    parse: Parse,
    aliases: AliasTable,
    report: IndexReport,
    progress: Progress | None = None,
) -> None:
    """Re-read ``changes.to_read``, remove ``changes.removed``; one commit at the end."""
    if not changes.to_read and not changes.removed:
        return
    writer = ix.writer(limitmb=WRITER_LIMIT_MB, timeout=WRITER_TIMEOUT, codec=codec())
    try:
        for path in changes.removed:
            writer.delete_by_term("path", path)
        total = len(changes.to_read)
        for done, path in enumerate(changes.to_read):
            if progress is not None:
                progress(done, total, path)
            for doc in _documents(path, parse, aliases, report):
                writer.add_document(**doc)
        if progress is not None:
            progress(total, total, "")
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    gone = set(changes.removed) - set(changes.to_read)
    report.files_removed += len(gone)


def _documents(path: str, parse: Parse, aliases: AliasTable, report: IndexReport) -> list[dict]:
    """Documents for one file, or its skipped placeholder (the reason is reported)."""
    try:
        state = _state(path)
    except OSError as exc:
        report.skipped.append((path, f"cannot read: {exc.strerror or exc}"))
        return []
    report.files_read += 1
    try:
        article, quotes = parse(path)
    except ParseFailure as exc:
        report.skipped.append((path, str(exc)))
        return [skipped_doc(path, state, str(exc))]
    report.quotes_found += len(quotes)
    return article_docs(article, quotes, path, state, aliases)


def _state(path: str) -> FileState:
    st = os.stat(path)
    return FileState(st.st_size, st.st_mtime_ns, file_sha(path))
