"""The stored data beside the Whoosh index: one SQLite file per commit, read on demand.

What the reader lists (articles, unreadable files, speakers with counts, a speaker's
quotes) and what ``refresh`` compares (the manifest) is kept in
``stored-<commit>.sqlite`` inside the generation folder, built once per Whoosh commit
from the index's own stored fields. Nothing is held in memory beyond what a call
returns: the article list is one query (or a page of it), a speaker's quotes another,
speakers and their canonical names are precomputed tables.

It is a cache, never the truth: written to a temporary file and renamed into place,
stamped with the schema version and the commit it was read from, and rebuilt from the
index whenever it is missing, stale or not exactly the file this module writes (its
``sqlite_master`` must list our tables and indexes and nothing else, so a planted
trigger or view never runs; tables are ``STRICT``, so every value has its column's
type). It is opened read-only and ``immutable`` (a file of a past commit never
changes), with ``trusted_schema`` off. SQLite cannot run code from a file: extension
loading stays disabled.

It also records the size and mtime of every index file of its commit, so a segment or
TOC rewritten behind warreader's back is found at the next refresh (and rebuilt).

This module reads it; :mod:`index.search.stored_write` writes it and
:mod:`index.search.stored_schema` holds its tables and opens it checked.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.model import Article, Quote
from warreader.index.names import fold, name_keys
from warreader.index.quotes.speakers import SpeakerSummary, compatible
from warreader.index.search import manifest_file
from warreader.index.search.db_text import MARK as _MARK
from warreader.index.search.db_text import from_db
from warreader.index.search.db_text import row_from_db as _row_from_db
from warreader.index.search.db_text import row_to_db as _row_to_db
from warreader.index.search.manifest import Manifest, Stat, touched
from warreader.index.search.stamps import commit_stamp
from warreader.index.search.stored_schema import StoredDataError, open_checked, stored_path
from warreader.index.search.stored_write import build as _build
from warreader.index.search.stored_write import remove_others as _remove_others
from warreader.index.search.summary import ArticleSummary

if TYPE_CHECKING:
    from collections.abc import Callable

    from whoosh.searching import Searcher

_ARTICLE_COLUMNS = "id, path, title, date, author, outlet, quotes, terms"
_QUOTE_COLUMNS = "text, qstart, qend, kind, speaker, role, mention, cue, paragraph, " \
    "para_start, para_end"


class StoredData:
    """One commit's stored data, opened read-only; every method is one query."""

    def __init__(self, path: Path, generation: int, temporary: bool = False,
                 folder: Path | None = None) -> None:
        self.path = path
        self.generation = generation
        self.folder = folder or path.parent  # the generation folder (not a temporary's)
        self._lock = threading.Lock()
        self._db = open_checked(path, generation)
        if temporary:  # built outside a read-only index folder: gone once closed
            path.unlink(missing_ok=True)
        self._canonical: dict[str, str] = {}

    # -- the article list ---------------------------------------------------------

    def article_count(self) -> int:
        """How many articles are indexed."""
        return self._one("SELECT count(*) FROM articles")[0]

    def articles(self, offset: int = 0, limit: int = -1) -> list[ArticleSummary]:
        """Articles by path, ``limit`` of them from ``offset`` (all by default)."""
        rows = self._all(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY path, id "
                         "LIMIT ? OFFSET ?", (limit, offset))
        return [ArticleSummary(*row) for row in rows]

    def article(self, article_id: str) -> ArticleSummary | None:
        """One article's summary (None: not indexed)."""
        row = self._one(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return ArticleSummary(*row) if row else None

    def file_of(self, article_id: str) -> str | None:
        """The file an article was read from (None: not indexed)."""
        row = self._one("SELECT file FROM articles WHERE id = ?", (article_id,))
        return row[0] if row else None

    def skipped(self) -> list[tuple[str, str]]:
        """(file, reason) of every file remembered as unreadable, by file."""
        return self._all("SELECT file, reason FROM files WHERE reason IS NOT NULL ORDER BY file")

    def manifest(self, on_disk: dict[str, Stat] | None = None) -> Manifest:
        """Every indexed or skipped file's (size, mtime_ns), the skipped files' reasons,
        and the SHA-1 of the files ``on_disk`` shows touched (:func:`touched`). Read from
        the commit's ``manifest.bin`` (:mod:`index.search.manifest_file`), made from the
        rows the first time; when ``on_disk`` matches it exactly (the common case) its
        states are ``on_disk`` itself: no object made per file (100,000 of them).
        ``on_disk`` is a walk's (size, mtime_ns) by path, in the walk's order."""
        stamp = commit_stamp(self.folder, self.generation)
        kept = manifest_file.read(self.folder, stamp) if stamp is not None else None
        same = kept.matches(on_disk) if kept is not None and on_disk is not None else False
        if same is not False:
            if same is None:  # another walk's order: kept in this one's from now on
                manifest_file.write(self.folder, stamp, on_disk, kept.reasons)
            return Manifest(on_disk, {}, kept.reasons)
        if kept is not None:
            states, reasons = kept.states(), kept.reasons
        else:
            states, reasons = self._manifest_rows()
            if stamp is not None:  # in the walk's order when it matches
                manifest_file.write(self.folder, stamp,
                                    on_disk if on_disk == states else states, reasons)
        shas: dict[str, str] = {}
        for path in touched(on_disk, states) if on_disk and on_disk != states else ():
            row = self._one("SELECT sha FROM files WHERE file = ?", (path,))
            if row is not None:
                shas[path] = row[0]
        return Manifest(states, shas, reasons)

    def _manifest_rows(self) -> tuple[dict[str, Stat], dict[str, str]]:
        """(states, reasons) of :meth:`manifest` from the rows: one pass into one
        dictionary."""
        with self._lock:  # only the file name can hold marked text
            db = self._db
            states = {f: (s, m) for f, s, m in db.execute("SELECT file, size, mtime_ns FROM files")}
            marked = db.execute("SELECT file FROM files WHERE instr(file, ?) > 0",
                                (_MARK,)).fetchall()
            reasons = {from_db(f): from_db(r) for f, r in
                       db.execute("SELECT file, reason FROM files WHERE reason IS NOT NULL")}
        for (file,) in marked:
            states[from_db(file)] = states.pop(file)
        return states, reasons

    def index_files(self) -> dict[str, tuple[int, int]]:
        """name -> (size, mtime_ns) of the Whoosh files of this commit when it was read."""
        return {n: (s, m) for n, s, m in self._all("SELECT * FROM index_files")}

    # -- speakers -----------------------------------------------------------------

    def canonical(self, name: str | None, article_id: str | None = None) -> str | None:
        """The corpus-wide canonical spelling of a speaker name (itself if unknown);
        ``article_id`` is accepted as the speaker directory takes it, but the stored
        names are read corpus-wide."""
        if not name:
            return name
        found = self._canonical.get(name)
        if found is None:
            found = self._find_canonical(name)
            if len(self._canonical) > 4096:
                self._canonical.clear()
            self._canonical[name] = found
        return found

    def _find_canonical(self, name: str) -> str:
        """As :meth:`SpeakerDirectory.canonical` answers, from the names table: the exact
        spelling, else one that folds the same, else the first group (in the order they
        were made) holding a compatible name with the same surname."""
        row = self._one("SELECT canonical FROM names WHERE name = ?", (name,))
        if row is None:
            row = self._one("SELECT canonical FROM names WHERE folded = ? AND grp IS NOT NULL"
                            " LIMIT 1", (fold(name),))
        if row is not None:
            return row[0]
        keys = name_keys(name)
        for _grp, other, canonical in self._all(
            "SELECT grp, name, canonical FROM names WHERE surname = ? AND grp IS NOT NULL"
            " ORDER BY grp", (keys[-1] if keys else "",)
        ):
            if compatible(keys, name_keys(other)):
                return canonical
        return name

    def speakers(self) -> list[SpeakerSummary]:
        """Every named speaker with quote counts, most quoted first."""
        out = []
        for name, role, aliases, count, articles in self._all(
            "SELECT name, role, aliases, quote_count, articles FROM speakers ORDER BY rank"
        ):
            out.append(SpeakerSummary(name, role, _strings(aliases), count, _strings(articles)))
        return out

    def quotes_by(self, speaker: str) -> list[tuple[ArticleSummary, Quote]]:
        """Quotes whose canonical speaker is ``speaker``'s, by article and position."""
        wanted = self.canonical(speaker)
        columns = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLUMNS.split(","))
        rows = self._all(
            f"SELECT {columns}, {', '.join('q.' + c.strip() for c in _QUOTE_COLUMNS.split(','))}"
            " FROM quotes q JOIN names m ON q.speaker = m.name JOIN articles a"
            " ON a.id = q.article WHERE m.canonical = ? ORDER BY q.article, q.qstart, q.n",
            (wanted,),
        )
        out = []
        for row in rows:
            quote = Quote(*row[8:])
            quote.speaker = wanted
            out.append((ArticleSummary(*row[:8]), quote))
        return out

    def every_quote(self, article_ids: list[str] | None = None
                    ) -> list[tuple[ArticleSummary, Quote, str | None]]:
        """(article, quote, canonical speaker) of every quote of an indexed article (of
        those in ``article_ids`` if given), by article id and position (for corpus-wide
        work such as quote provenance)."""
        columns = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLUMNS.split(","))
        where = "" if article_ids is None else \
            f" WHERE q.article IN ({','.join('?' * len(article_ids))})"
        rows = self._all(
            f"SELECT {columns}, {', '.join('q.' + c.strip() for c in _QUOTE_COLUMNS.split(','))},"
            " coalesce(m.canonical, q.speaker) FROM quotes q JOIN articles a ON a.id = q.article"
            f" LEFT JOIN names m ON m.name = q.speaker{where} ORDER BY q.article, q.qstart, q.n",
            tuple(article_ids or ()),
        )
        return [(ArticleSummary(*row[:8]), Quote(*row[8:19]), row[19]) for row in rows]

    def article_states(self, after: str = "", limit: int = 5000) -> list[tuple]:
        """(id, file sha, size, mtime_ns, path, date, outlet) of up to ``limit`` articles
        with ids after ``after``, by id: what says an article changed (quote provenance
        reads them a page at a time)."""
        return self._all(
            "SELECT a.id, f.sha, f.size, f.mtime_ns, a.path, a.date, a.outlet FROM articles a"
            " JOIN files f ON f.file = a.file WHERE a.id > ? ORDER BY a.id LIMIT ?",
            (after, limit))

    def speaker_names(self) -> list[tuple[str, str]]:
        """(name as written, canonical name) of every speaker name of the corpus."""
        return self._all("SELECT name, canonical FROM names")

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _one(self, sql: str, args: tuple = ()) -> tuple | None:
        with self._lock:
            row = self._db.execute(sql, _row_to_db(args)).fetchone()
        return None if row is None else _row_from_db(row)

    def _all(self, sql: str, args: tuple = ()) -> list:
        with self._lock:
            rows = self._db.execute(sql, _row_to_db(args)).fetchall()
        return [_row_from_db(row) for row in rows]



def parsed_articles(data: StoredData) -> dict[str, tuple[Article, list[Quote]]]:
    """Every indexed article as read, by file: an :class:`Article` without its
    paragraphs (id, path, title, title_derived, date, author, outlet, url; see
    :func:`index.search.fresh.with_lead`) and its quotes as the
    engine found them, corrections applied, every field kept (speakers as extracted,
    not canonical), in the engine's order."""
    out: dict[str, tuple[Article, list[Quote]]] = {}
    by_id: dict[str, list[Quote]] = {}
    for aid, file, path, title, derived, date, author, outlet, url in data._all(
            "SELECT id, file, path, title, title_derived, date, author, outlet, url"
            " FROM articles"):
        quotes: list[Quote] = []
        by_id[aid] = quotes
        out[file] = (Article(id=aid, path=path, title=title, title_derived=bool(derived),
                             date=date, author=author, outlet=outlet, url=url), quotes)
    for row in data._all(f"SELECT article, {_QUOTE_COLUMNS}, via, mention_paragraph "
                         "FROM quotes ORDER BY article, n"):
        by_id[row[0]].append(Quote(*row[1:]))
    return out


def _strings(blob: str) -> list[str]:
    try:
        value = json.loads(blob)
    except (ValueError, RecursionError) as exc:
        raise StoredDataError("a speaker row does not decode") from exc
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise StoredDataError("a speaker row is not a list of names")
    return value


def open_stored(searcher: Searcher, folder: Path, aliases: dict[str, list[str]],
                release: Callable[[], None]) -> StoredData:
    """The stored data of the searcher's commit, built from the index if need be
    (``release``: see :func:`stored_write.build`).

    Built into the index folder when it is writable, else into a private temporary file
    (a read-only index still opens; it is just slower, every time).
    """
    generation = searcher.reader().generation()
    if generation is None:
        generation = -1
    path = stored_path(folder, generation)
    try:
        return StoredData(path, generation)
    except StoredDataError:
        pass
    try:
        _build(searcher, folder, path, generation, aliases, release)
        _remove_others(folder, keep=path)
        return StoredData(path, generation)
    except OSError:
        fd, name = tempfile.mkstemp(prefix="warreader-stored-", suffix=".sqlite")
        os.close(fd)
        _build(searcher, folder, Path(name), generation, aliases, release)
        return StoredData(Path(name), generation, temporary=True, folder=folder)
