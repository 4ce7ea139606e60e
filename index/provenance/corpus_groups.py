"""Bringing the saved groups up to date with a corpus, touching only what changed.

:func:`sync` compares each article's signature (:mod:`.sources`) with the saved one,
a page at a time: vanished and changed articles are removed, new and changed ones
added (as are the articles quoting a speaker name whose canonical spelling changed),
and only the groups their quotes were in or join are touched. Work is committed every
:data:`BATCH` articles, so an interrupted first grouping resumes where it stopped.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.provenance.changes import changes
from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Member
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.sources import MemberSource, Source, StoredSource
from warreader.index.provenance.tables import DamagedGroups, open_groups, set_aside, temporary
from warreader.index.search.db_text import from_db

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus
    from warreader.index.search.stored import StoredData

BATCH = 500
"""Articles read and grouped per transaction."""

Progress = Callable[[int, int], None]
"""Told (articles grouped, articles to group) as a sync goes: before the first batch
and after each; never called when no article needs grouping."""


class GroupingDeferred(Exception):
    """More articles need grouping than the caller lets be grouped now (the reader
    leaves a large backlog to ``warreader index``); ``count`` says how many."""

    def __init__(self, count: int) -> None:
        super().__init__(f"quotes of {count:,} articles not grouped yet: "
                         "`warreader index` groups them")
        self.count = count


class SyncReport:
    """What :func:`sync` did: articles added/removed, groups touched, notices."""

    def __init__(self) -> None:
        self.added: list[str] = []
        self.removed: list[str] = []
        self.touched: set[int] = set()
        self.notices: list[str] = []


def apply(grouper: Grouper, source: Source, report: SyncReport,
          progress: Progress | None = None, limit: int | None = None) -> None:
    """Bring ``grouper``'s database up to ``source`` (``progress`` told per batch);
    :class:`GroupingDeferred`, before any change, when more than ``limit`` articles
    would be added or removed."""
    db = grouper.db
    if limit is not None:  # more articles than grouped ones by over ``limit``: said at once
        count = getattr(getattr(source, "data", None), "article_count", lambda: None)()
        grouped = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if count is not None and count - grouped > limit:
            raise GroupingDeferred(count - grouped)
    found = changes(db, source)
    removed, changed = found.removed, found.changed
    if limit is not None:
        count = len(set(removed) | changed.keys() | found.respeak)
        if count > limit:
            raise GroupingDeferred(count)
    for key in found.respeak - changed.keys():
        row = db.execute("SELECT sig FROM articles WHERE id = ?", (key,)).fetchone()
        changed[key] = (row[0] if row else "", False)
    todo = sorted(changed)
    for chunk in _batches(removed):
        with grouper.transaction():
            for key in chunk:
                report.touched |= grouper.remove_article(from_db(key))
                db.execute("DELETE FROM articles WHERE id = ?", (key,))
    report.removed.extend(from_db(k) for k in removed)
    if progress is not None and todo:
        progress(0, len(todo))
    for chunk in _batches(todo):
        ids = [from_db(k) for k in chunk]
        quotes = source.members(ids)
        with grouper.transaction():
            for key, aid in zip(chunk, ids, strict=True):
                pairs = quotes.get(aid, [])
                report.touched |= grouper.add_article(
                    aid, [m for m, _ in pairs], [raw for _, raw in pairs],
                    new=changed[key][1])
                db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?)",
                           (key, changed[key][0]))
        report.added.extend(ids)
        if progress is not None:
            progress(len(report.added), len(todo))
    if found.names or found.gone_names or found.corrections is not None:
        with grouper.transaction():  # last: an interrupted sync finds them again
            db.executemany("DELETE FROM names WHERE raw = ?", ((r,) for r in found.gone_names))
            db.executemany("INSERT OR REPLACE INTO names VALUES (?, ?)", found.names)
            if found.corrections is not None:
                db.execute("UPDATE stamp SET corrections = ?", (found.corrections,))
    report.touched = grouper.existing(report.touched)


def _batches(keys: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(keys), BATCH):
        yield keys[i:i + BATCH]


def sync(index_dir: Path | None, source: Source | Iterable[Member],
         progress: Progress | None = None,
         limit: int | None = None) -> tuple[Provenance, SyncReport]:
    """The groups of ``source`` (the whole corpus; members in memory are accepted), from
    the groups saved in ``index_dir`` plus changes. Without ``index_dir`` they are
    computed in a private temporary database. ``progress``: see :data:`Progress`;
    ``limit``: see :func:`apply`."""
    if not hasattr(source, "states"):
        source = MemberSource(source)
    try:
        return _sync(index_dir, source, progress, limit)
    finally:
        getattr(source, "close", lambda: None)()  # (what it opened to read the quotes)


def _sync(index_dir: Path | None, source: Source, progress: Progress | None,
          limit: int | None) -> tuple[Provenance, SyncReport]:
    report = SyncReport()
    db, notice = open_groups(index_dir)
    if notice:
        report.notices.append(notice)
    try:
        apply(Grouper(db), source, report, progress, limit)
    except GroupingDeferred:
        db.close()
        raise
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc) and "read-only" not in str(exc):
            db.close()
            raise
        db.close()  # a saved file we may not write: computed in a private copy
        db, report = temporary(), SyncReport()
        apply(Grouper(db), source, report, progress, limit)
    except (sqlite3.DatabaseError, DamagedGroups) as exc:
        db.close()
        if index_dir is None:
            raise
        report.notices.append(set_aside(Path(index_dir) / "provenance.sqlite", str(exc)))
        db, _ = open_groups(index_dir)
        apply(Grouper(db), source, report, progress, limit)
    return Provenance(db), report


def corpus_groups(index_dir: Path | None, data: StoredData, progress: Progress | None = None,
                  limit: int | None = None) -> tuple[Provenance, SyncReport]:
    """The groups of an indexed corpus, saved in ``index_dir`` and updated incrementally
    (``limit``: see :func:`apply`)."""
    return sync(index_dir, StoredSource(data, index_dir), progress, limit)


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_COMPUTING = threading.Lock()


def cached_groups(index_dir: Path | None, data: StoredData, progress: Progress | None = None,
                  limit: int | None = None) -> Provenance:
    """:func:`corpus_groups` once per corpus data (one index commit), then remembered
    (one thread computes; another asking meanwhile waits for it); ``limit``: see
    :func:`apply` (a deferred grouping is not remembered: asked again, it is checked
    again)."""
    found = _CACHE.get(data)
    if found is None:
        with _COMPUTING:
            found = _CACHE.get(data)
            if found is None:
                found = _CACHE[data] = corpus_groups(index_dir, data, progress, limit)[0]
    return found


def groups_unlocked(corpus: Corpus, lock: AbstractContextManager,
                    progress: Progress | None = None,
                    limit: int | None = None) -> Provenance | None:
    """The corpus's groups, holding ``lock`` (the reader's corpus lock) only while the
    index is read, not while the groups are computed, so articles keep opening;
    ``limit`` (default: the corpus's ``group_limit``): see :func:`apply`."""
    with lock:
        data = corpus._corpus_data()
    if limit is None:
        limit = getattr(corpus, "group_limit", None)
    return None if data is None else cached_groups(corpus.index_dir, data, progress, limit)
