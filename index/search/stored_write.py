"""Writing the stored data (see :mod:`index.search.stored`): a full build from the
index's stored fields, or, after a small update, a copy of the previous commit's file
with the changed files' rows replaced. Always to a temporary file, synced, then renamed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.model import Quote
from warreader.index.names import fold, name_keys
from warreader.index.quotes.speakers import build_directory
from warreader.index.search.db_text import row_to_db as _row_to_db
from warreader.index.search.db_text import to_db as _to_db
from warreader.index.search.stamps import SCHEMA_VERSION
from warreader.index.search.stored_schema import (
    DDL,
    FORMAT,
    NAME,
    StoredDataError,
    connect,
    open_checked,
    stored_path,
)

if TYPE_CHECKING:
    from whoosh.searching import Searcher

_WHOOSH_FILE = re.compile(r"^(_MAIN_[0-9]+\.toc|MAIN_[a-z0-9]+\.[a-z]+)$")  # TOCs, segments
_BATCH = 2000


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
        open_checked(old, old_generation).close()  # whole, ours, and of that commit
    except StoredDataError:
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        shutil.copyfile(old, tmp)
        db = connect(tmp, readonly=False)
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
    remove_others(folder, keep=path)
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


def remove_others(folder: Path, keep: Path) -> None:
    """Remove the stored data of other commits (our own file names only)."""
    for child in folder.iterdir():
        if child != keep and NAME.match(child.name) and not child.is_symlink():
            child.unlink(missing_ok=True)


def build(searcher: Searcher, folder: Path, path: Path, generation: int, aliases,
          release: Callable[[], None]) -> None:
    """Write the stored data of the searcher's commit (of the index in ``folder``) to
    ``path`` (atomically). ``release`` lets go of the index pages a read of every
    document touched (a memory-mapped index's: they count in the process's RSS until
    released, 268 MB at 100,000 articles): see :func:`segment_files.page_release`."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = connect(tmp, readonly=False)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(DDL)
            _fill(db, searcher.reader().iter_docs(), release)
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


def _fill(db: sqlite3.Connection, docs: Iterable[tuple[int, dict]],
          release: Callable[[], None] = lambda: None) -> None:
    """Copy the stored data of ``docs`` ((number, stored fields) pairs) into the tables,
    a batch at a time (``release`` called after each: see :func:`build`)."""
    files, articles, quotes = [], [], []
    for _, fields in docs:
        data = fields.get("data")
        if not isinstance(data, dict):
            raise StoredDataError("a document has no stored data")
        if "n" in data:
            quotes.append((data["id"], data["n"], data["text"], data["start"], data["end"],
                           data["kind"], data["speaker"], data["role"], data["mention"],
                           data["cue"], data["paragraph"], data["para_start"],
                           data["para_end"], data["via"], data["mention_paragraph"]))
        else:
            files.append((data["file"], data["size"], data["mtime"], data["sha"],
                          data.get("reason")))
            if "reason" not in data:
                articles.append((data["id"], data["file"], data["path"], data["title"],
                                 data["date"], data["author"], data["outlet"], data["quotes"],
                                 data.get("terms", 0), data["url"],
                                 int(data["title_derived"])))
        if len(quotes) + len(files) >= _BATCH:
            _flush(db, files, articles, quotes)
            release()
    _flush(db, files, articles, quotes)
    release()


def _flush(db: sqlite3.Connection, files: list, articles: list, quotes: list) -> None:
    db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", map(_row_to_db, files))
    db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   map(_row_to_db, articles))
    db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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


def changed_whoosh_file(folder: Path, recorded: dict[str, tuple[int, int]]) -> str | None:
    """The first of the ``recorded`` Whoosh files (name -> (size, mtime_ns), as
    :meth:`StoredData.index_files` gives them) that changed or vanished in ``folder``
    since, or None when none did."""
    now = {name: (size, mtime) for name, size, mtime in whoosh_files(folder)}
    return next((name for name, state in recorded.items() if now.get(name) != state), None)


def whoosh_files(folder: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime_ns) of the Whoosh files in a generation folder (TOCs and
    segment files, by name)."""
    out = []
    for entry in os.scandir(folder):
        if _WHOOSH_FILE.match(entry.name) and entry.is_file(follow_symlinks=False):
            st = entry.stat(follow_symlinks=False)
            out.append((entry.name, st.st_size, st.st_mtime_ns))
    return sorted(out)

