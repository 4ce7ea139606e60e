"""Where grouping reads a corpus from: an index's stored data, or members in memory.

A source answers three questions, none of which needs the whole corpus in memory:
each article's signature, by id (:meth:`states`; a changed signature means the
article is grouped again), each speaker name's canonical spelling (:meth:`names`; a
changed one regroups the articles quoting that name), and the quotes of a few
articles (:meth:`members`). Ids come in the order SQLite sorts them (their stored
form, :func:`db_key`), so saved and current states are compared by merging.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from warreader.index.provenance.model import Member
from warreader.index.search.db_text import row_from_db, to_db

if TYPE_CHECKING:
    from warreader.index.search.stored import StoredData

PAGE = 2000
"""Articles read at a time."""

PLACES_AFTER = 1
"""Reads of quotes by article after which :class:`StoredSource` lists where each
article's quotes lie: the stored quotes have no index by article, so each read scans
them all (a fifth of the grouping of 100,000 articles, and more per article the larger
the corpus); a sync adding one batch of articles never pays for the list."""


def db_key(article: str) -> str:
    """An article id as SQLite stores and sorts it."""
    return to_db(article)


class Source(Protocol):
    """What grouping reads of a corpus."""

    def states(self) -> Iterator[tuple[str, str]]:
        """(article id, signature) of every article, by :func:`db_key`."""
        ...

    def names(self) -> Iterable[tuple[str, str]]:
        """(speaker name as written, canonical name) of every name that has one."""
        ...

    def members(self, articles: list[str]) -> dict[str, list[tuple[Member, str | None]]]:
        """The quotes of ``articles`` as (member with canonical speaker, name as written)."""
        ...


def fingerprint(members: Iterable[Member]) -> str:
    """A short hash of what grouping sees of one article."""
    h = hashlib.blake2b(digest_size=12)
    for m in members:
        h.update(repr((m.start, m.end, m.text, m.speaker, m.kind, m.path, m.date,
                       m.outlet)).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def by_article(members: Iterable[Member]) -> dict[str, list[Member]]:
    """Members per article id, in the order given."""
    out: dict[str, list[Member]] = {}
    for m in members:
        out.setdefault(m.article, []).append(m)
    return out


class MemberSource:
    """Quotes given in memory (speakers already canonical), one article's signature the
    hash of its quotes."""

    def __init__(self, members: Iterable[Member]) -> None:
        self.by = by_article(members)

    def states(self) -> Iterator[tuple[str, str]]:
        for aid in sorted(self.by, key=db_key):
            yield aid, fingerprint(self.by[aid])

    def names(self) -> Iterable[tuple[str, str]]:
        return ()

    def members(self, articles: list[str]) -> dict[str, list[tuple[Member, str | None]]]:
        return {a: [(m, m.speaker) for m in self.by.get(a, ())] for a in articles}


class StoredSource:
    """An index's stored data: an article's signature is its file's content hash, path,
    date and outlet (the index re-reads a file exactly when these change), under the
    index's schema version and engine stamp; speakers are canonical as the stored names
    table says."""

    def __init__(self, data: StoredData, index_dir: Path | None = None) -> None:
        self.data = data
        self.index_dir = index_dir
        self._reads = 0
        self._places: sqlite3.Connection | None = None  # see :meth:`_by_place`
        self._stamp: str | None = None  # see :meth:`_version`

    def corrections_digest(self) -> str:
        """A hash of the corrections the index holds (its ``corrections.json``; "" for
        none): corrections change an article's speakers or kinds, not its file."""
        from warreader.index.annotations.indexed import APPLIED

        if self.index_dir is None:
            return ""
        try:
            blob = (Path(self.index_dir) / APPLIED).read_bytes()
        except OSError:
            return ""
        return hashlib.blake2b(blob, digest_size=12).hexdigest()

    def stored_file(self) -> Path | None:
        """The stored-data file, for a comparison inside SQLite (None: not on disk)."""
        path = getattr(self.data, "path", None)
        return path if path is not None and path.is_file() else None

    def signature_sql(self) -> str:
        """:meth:`states`'s signature as SQL over the stored data's ``articles a`` and
        ``files f`` (the same text, from the stored form of each value)."""
        return (f"'{self._version()}|' || CASE WHEN f.sha != '' THEN f.sha ELSE f.size ||"
                " ':' || f.mtime_ns END || '|' || a.path || '|' || coalesce(a.date, 'None')"
                " || '|' || coalesce(a.outlet, 'None')")

    def _version(self) -> str:
        """The index's schema version and the stamp of the engine that read its articles
        (:mod:`index.search.engine_stamp`): another engine's quotes are regrouped."""
        from warreader.index.search.engine_stamp import index_engine
        from warreader.index.search.stamps import SCHEMA_VERSION

        if self._stamp is None:
            folder = getattr(self.data, "folder", None)  # a private copy's is the index's
            engine = index_engine(Path(folder)) if folder is not None else ""
            self._stamp = f"{int(SCHEMA_VERSION)}.{engine}" if engine else str(SCHEMA_VERSION)
        return self._stamp

    def states(self) -> Iterator[tuple[str, str]]:
        version = self._version()
        after = ""
        while True:
            page = self.data.article_states(after, PAGE)
            for aid, sha, size, mtime, path, date, outlet in page:
                content = sha or f"{size}:{mtime}"
                yield aid, (f"{version}|{content}|{to_db(path)}|{to_db(date)}|"
                            f"{to_db(outlet)}")
            if len(page) < PAGE:
                return
            after = page[-1][0]

    def names(self) -> Iterable[tuple[str, str]]:
        return self.data.speaker_names()

    def members(self, articles: list[str]) -> dict[str, list[tuple[Member, str | None]]]:
        out: dict[str, list[tuple[Member, str | None]]] = {a: [] for a in articles}
        self._reads += 1
        found = None
        if self._reads > PLACES_AFTER:
            found = self._by_place(articles)
        if found is None:
            found = self.data.every_quote(articles)
        for summary, q, speaker in found:
            member = Member(summary.id, q.start, q.end, q.text, speaker, q.kind,
                            summary.path, summary.date, summary.outlet)
            out.setdefault(summary.id, []).append((member, q.speaker))
        return out

    def _by_place(self, articles: list[str]) -> list | None:
        """:meth:`StoredData.every_quote` of ``articles`` read through a list of where
        each article's quotes lie (rowids; made once, in a temporary table on disk);
        None when the stored file cannot be read so."""
        from warreader.index.search.stored import _ARTICLE_COLUMNS, _QUOTE_COLUMNS
        from warreader.index.search.summary import ArticleSummary

        try:
            if self._places is None:
                self._places = _list_places(self.stored_file())
            columns = ", ".join([*(f"a.{c.strip()}" for c in _ARTICLE_COLUMNS.split(",")),
                                 *(f"q.{c.strip()}" for c in _QUOTE_COLUMNS.split(","))])
            rows = self._places.execute(
                f"SELECT {columns}, coalesce(m.canonical, q.speaker) FROM json_each(?) j"
                " JOIN temp.places r ON r.article = j.value JOIN main.quotes q ON q.rowid"
                " BETWEEN r.lo AND r.hi AND q.article = r.article JOIN main.articles a ON"
                " a.id = q.article LEFT JOIN main.names m ON m.name = q.speaker"
                " ORDER BY q.article, q.qstart, q.n",
                (json.dumps([to_db(a) for a in articles]),)).fetchall()
        except (sqlite3.Error, OSError, TypeError):
            self.close()
            self._reads = -(1 << 30)  # (not again)
            return None
        from warreader.index.model import Quote

        return [(ArticleSummary(*row[:8]), Quote(*row[8:19]), row[19])
                for row in map(row_from_db, rows)]

    def close(self) -> None:
        """Close the connection :meth:`members` may have opened."""
        if self._places is not None:
            self._places.close()
            self._places = None


def _list_places(path: Path | None) -> sqlite3.Connection:
    """A read-only connection to the stored data at ``path`` with ``temp.places``:
    (article, first rowid, last rowid) of its quotes, one scan of them."""
    if path is None:
        raise OSError("no stored file")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                         check_same_thread=False)
    try:
        db.execute("PRAGMA temp_store = FILE")
        db.execute("CREATE TEMP TABLE places (article TEXT PRIMARY KEY, lo INTEGER NOT NULL,"
                   " hi INTEGER NOT NULL) WITHOUT ROWID")
        db.execute("INSERT INTO temp.places SELECT article, min(rowid), max(rowid)"
                   " FROM main.quotes GROUP BY article")
    except BaseException:
        db.close()
        raise
    return db
