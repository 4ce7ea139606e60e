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
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.model import Quote
from warreader.index.names import fold, name_keys
from warreader.index.quotes.speakers import SpeakerSummary, build_directory, compatible
from warreader.index.search.db_schema import schema_rows
from warreader.index.search.db_text import MARK as _MARK
from warreader.index.search.db_text import from_db
from warreader.index.search.db_text import row_from_db as _row_from_db
from warreader.index.search.db_text import row_to_db as _row_to_db
from warreader.index.search.db_text import to_db as _to_db
from warreader.index.search.manifest import FileState
from warreader.index.search.stamps import SCHEMA_VERSION
from warreader.index.search.summary import ArticleSummary

if TYPE_CHECKING:
    from whoosh.searching import Searcher

FORMAT = 2
"""Bump when the tables change (older files are then rebuilt)."""

_NAME = re.compile(r"^stored-([0-9]+)\.sqlite$")
_WHOOSH_FILE = re.compile(r"^(_MAIN_[0-9]+\.toc|MAIN_[a-z0-9]+\.[a-z]+)$")  # TOCs, segments

_DDL = """
CREATE TABLE stamp (format INTEGER NOT NULL, schema_version INTEGER NOT NULL,
    generation INTEGER NOT NULL) STRICT;
CREATE TABLE index_files (name TEXT PRIMARY KEY, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL) STRICT;
CREATE TABLE files (file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL, reason TEXT) STRICT;
CREATE TABLE articles (id TEXT PRIMARY KEY, file TEXT NOT NULL, path TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, author TEXT, outlet TEXT, quotes INTEGER NOT NULL,
    terms INTEGER NOT NULL) STRICT;
CREATE INDEX articles_by_path ON articles (path);
CREATE TABLE quotes (article TEXT NOT NULL, n INTEGER NOT NULL, text TEXT NOT NULL,
    qstart INTEGER NOT NULL, qend INTEGER NOT NULL, kind TEXT NOT NULL, speaker TEXT,
    role TEXT, mention TEXT, cue TEXT, paragraph INTEGER NOT NULL,
    para_start INTEGER NOT NULL, para_end INTEGER NOT NULL) STRICT;
CREATE INDEX quotes_by_speaker ON quotes (speaker);
CREATE TABLE names (name TEXT PRIMARY KEY, canonical TEXT NOT NULL, folded TEXT NOT NULL,
    surname TEXT NOT NULL, grp INTEGER) STRICT;
CREATE INDEX names_by_canonical ON names (canonical);
CREATE INDEX names_by_folded ON names (folded);
CREATE INDEX names_by_surname ON names (surname);
CREATE TABLE speakers (rank INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT,
    aliases TEXT NOT NULL, quote_count INTEGER NOT NULL, articles TEXT NOT NULL) STRICT;
"""

_BATCH = 2000
_ARTICLE_COLUMNS = "id, path, title, date, author, outlet, quotes, terms"
_QUOTE_COLUMNS = "text, qstart, qend, kind, speaker, role, mention, cue, paragraph, " \
    "para_start, para_end"


class StoredDataError(Exception):
    """The stored-data file is missing, stale or not ours (it is then rebuilt)."""


_MASTER = schema_rows(_DDL)


class StoredData:
    """One commit's stored data, opened read-only; every method is one query."""

    def __init__(self, path: Path, generation: int, temporary: bool = False) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = _open_checked(path, generation)
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

    def manifest(self) -> tuple[dict[str, FileState], dict[str, str]]:
        """Every indexed or skipped file's state, and the skipped files' reasons."""
        states: dict[str, FileState] = {}
        reasons: dict[str, str] = {}
        with self._lock:  # only the file name can hold marked text (no _all: 100,000 rows)
            rows = self._db.execute("SELECT file, size, mtime_ns, sha, reason FROM files")
            for file, size, mtime, sha, reason in rows:
                file = from_db(file) if _MARK in file else file
                states[file] = FileState(size, mtime, sha)
                if reason is not None:
                    reasons[file] = from_db(reason)
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


def _strings(blob: str) -> list[str]:
    try:
        value = json.loads(blob)
    except (ValueError, RecursionError) as exc:
        raise StoredDataError("a speaker row does not decode") from exc
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise StoredDataError("a speaker row is not a list of names")
    return value


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, check_same_thread=False)
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA cell_size_check = ON")
    return db


def _open_checked(path: Path, generation: int) -> sqlite3.Connection:
    """A read-only connection to ``path`` if it is exactly our file for ``generation``."""
    if path.is_symlink() or not path.is_file():
        raise StoredDataError(f"{path.name} is missing or not a file")
    try:
        db = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise StoredDataError(f"{path.name}: {exc}") from exc
    try:
        master = set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        if master != _MASTER:
            raise StoredDataError(f"{path.name} is not warreader's stored data")
        stamp = db.execute("SELECT format, schema_version, generation FROM stamp").fetchall()
        if stamp != [(FORMAT, SCHEMA_VERSION, generation)]:
            raise StoredDataError(f"{path.name} is from another commit or version")
    except (sqlite3.Error, StoredDataError) as exc:
        db.close()
        if isinstance(exc, StoredDataError):
            raise
        raise StoredDataError(f"{path.name}: {exc}") from exc
    return db


def stored_path(folder: Path, generation: int) -> Path:
    """Where the stored data of commit ``generation`` of the index in ``folder`` lives."""
    return folder / f"stored-{generation}.sqlite"


def open_stored(searcher: Searcher, folder: Path, aliases: dict[str, list[str]]) -> StoredData:
    """The stored data of the searcher's commit, built from the index if need be.

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
        _build(searcher, folder, path, generation, aliases)
        _remove_others(folder, keep=path)
        return StoredData(path, generation)
    except OSError:
        fd, name = tempfile.mkstemp(prefix="warreader-stored-", suffix=".sqlite")
        os.close(fd)
        _build(searcher, folder, Path(name), generation, aliases)
        return StoredData(Path(name), generation, temporary=True)


def advance(searcher: Searcher, folder: Path, old_generation: int, files: list[str],
            aliases: dict[str, list[str]]) -> bool:
    """Write the stored data of the searcher's commit from that of ``old_generation``,
    when the commit changed only ``files`` (re-read, added or removed): their rows are
    replaced by what the index now holds for them, the speaker tables recomputed. A
    small update then costs a copy and a few queries instead of reading every stored
    field of the index. False (nothing written) when the old file is not usable; the
    stored data is then built in full when first needed.
    """
    generation = searcher.reader().generation()
    old, path = stored_path(folder, old_generation), stored_path(folder, generation)
    try:
        StoredData(old, old_generation).close()  # whole, ours, and of that commit
    except StoredDataError:
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        shutil.copyfile(old, tmp)
        db = _connect(tmp, readonly=False)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            _replace_files(db, searcher, files)
            db.execute("DELETE FROM names")
            db.execute("DELETE FROM speakers")
            _fill_speakers(db, aliases)
            db.execute("DELETE FROM index_files")
            db.executemany("INSERT INTO index_files VALUES (?, ?, ?)", whoosh_files(folder))
            db.execute("UPDATE stamp SET generation = ?", (generation,))
            db.commit()
        finally:
            db.close()
        _swap_in(tmp, path)
    except (OSError, sqlite3.Error, StoredDataError, KeyError, TypeError):
        tmp.unlink(missing_ok=True)
        return False
    _remove_others(folder, keep=path)
    return True


def _replace_files(db: sqlite3.Connection, searcher: Searcher, files: list[str]) -> None:
    """Drop the rows of ``files`` and add what the index holds for them now."""
    db.execute("CREATE TEMP TABLE changed (file TEXT PRIMARY KEY)")
    db.executemany("INSERT OR IGNORE INTO temp.changed VALUES (?)",
                   ((_to_db(f),) for f in files))
    db.execute("DELETE FROM quotes WHERE article IN (SELECT id FROM articles WHERE file IN "
               "(SELECT file FROM temp.changed))")
    db.execute("DELETE FROM articles WHERE file IN (SELECT file FROM temp.changed)")
    db.execute("DELETE FROM files WHERE file IN (SELECT file FROM temp.changed)")
    reader = searcher.reader()
    docs = ((num, reader.stored_fields(num)) for file in sorted(set(files))
            for num in searcher.document_numbers(path=file))
    _fill(db, docs)


def _swap_in(tmp: Path, path: Path) -> None:
    """Put the finished file ``tmp`` in place of ``path``: synced first, then renamed."""
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _remove_others(folder: Path, keep: Path) -> None:
    """Remove the stored data of other commits (our own file names only)."""
    for child in folder.iterdir():
        if child != keep and _NAME.match(child.name) and not child.is_symlink():
            child.unlink(missing_ok=True)


def _build(searcher: Searcher, folder: Path, path: Path, generation: int, aliases) -> None:
    """Write the stored data of the searcher's commit (of the index in ``folder``) to
    ``path`` (atomically)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = _connect(tmp, readonly=False)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(_DDL)
            _fill(db, searcher.reader().iter_docs())
            _fill_speakers(db, aliases)
            db.executemany("INSERT INTO index_files VALUES (?, ?, ?)", whoosh_files(folder))
            db.execute("INSERT INTO stamp VALUES (?, ?, ?)", (FORMAT, SCHEMA_VERSION, generation))
            db.commit()
        finally:
            db.close()
        _swap_in(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fill(db: sqlite3.Connection, docs: Iterable[tuple[int, dict]]) -> None:
    """Copy the stored data of ``docs`` ((number, stored fields) pairs) into the tables,
    a batch at a time."""
    files, articles, quotes = [], [], []
    for _, fields in docs:
        data = fields.get("data")
        if not isinstance(data, dict):
            raise StoredDataError("a document has no stored data")
        if "n" in data:
            quotes.append((data["id"], data["n"], data["text"], data["start"], data["end"],
                           data["kind"], data["speaker"], data["role"], data["mention"],
                           data["cue"], data["paragraph"], data["para_start"],
                           data["para_end"]))
        else:
            files.append((data["file"], data["size"], data["mtime"], data["sha"],
                          data.get("reason")))
            if "reason" not in data:
                articles.append((data["id"], data["file"], data["path"], data["title"],
                                 data["date"], data["author"], data["outlet"], data["quotes"],
                                 data.get("terms", 0)))
        if len(quotes) + len(files) >= _BATCH:
            _flush(db, files, articles, quotes)
    _flush(db, files, articles, quotes)


def _flush(db: sqlite3.Connection, files: list, articles: list, quotes: list) -> None:
    db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", map(_row_to_db, files))
    db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   map(_row_to_db, articles))
    db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   map(_row_to_db, quotes))
    files.clear()
    articles.clear()
    quotes.clear()


def _attributed(db: sqlite3.Connection) -> Iterator[tuple]:
    """(article stub, its quotes) for every article with a named speaker, by article id."""
    from warreader.index.model import Article

    rows = db.execute(
        "SELECT q.article, q.kind, q.speaker, q.role, q.mention FROM quotes q"
        " JOIN articles a ON a.id = q.article WHERE q.speaker IS NOT NULL"
        " ORDER BY q.article, q.qstart, q.n"
    )
    current, quotes = None, []
    for aid, kind, speaker, role, mention in rows:
        if aid != current:
            if quotes:
                yield Article(id=current, path="", title=""), quotes
            current, quotes = aid, []
        quotes.append(Quote("", 0, 0, kind=kind, speaker=speaker, role=role, mention=mention))
    if quotes:
        yield Article(id=current, path="", title=""), quotes


def _fill_speakers(db: sqlite3.Connection, aliases) -> None:
    """The speaker directory, as two tables: speakers (ranked) and canonical names."""
    directory = build_directory(_attributed(db), aliases)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?, ?)",
                   ((name, canonical, fold(name), _surname(name), grp)
                    for name, grp, canonical in directory.spellings()))
    names = [row[0] for row in db.execute(
        "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL AND speaker != ''")]
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?, NULL)",
                   ((name, directory.canonical(name), fold(name), _surname(name))
                    for name in names))
    db.executemany(
        "INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?)",
        ((rank, s.name, s.role, json.dumps(s.aliases, ensure_ascii=False), s.quote_count,
          json.dumps(s.articles, ensure_ascii=False))
         for rank, s in enumerate(directory.summaries())),
    )


def _surname(name: str) -> str:
    keys = name_keys(name)
    return keys[-1] if keys else ""


def whoosh_files(folder: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime_ns) of the Whoosh files in a generation folder (TOCs and
    segment files, by name)."""
    out = []
    for entry in os.scandir(folder):
        if _WHOOSH_FILE.match(entry.name) and entry.is_file(follow_symlinks=False):
            st = entry.stat(follow_symlinks=False)
            out.append((entry.name, st.st_size, st.st_mtime_ns))
    return sorted(out)
