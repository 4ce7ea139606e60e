"""The stored data's file: its tables, its name, and opening it only when it is exactly
the file warreader writes (see :mod:`index.search.stored`).

Shared by the reader (:mod:`index.search.stored`) and the writer
(:mod:`index.search.stored_write`).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from warreader.index.search.db_schema import schema_rows
from warreader.index.search.stamps import SCHEMA_VERSION

FORMAT = 3
"""Bump when the tables change (older files are then rebuilt). 3: articles.url and
title_derived, quotes.via and mention_paragraph."""

NAME = re.compile(r"^stored-([0-9]+)\.sqlite$")

DDL = """
CREATE TABLE stamp (format INTEGER NOT NULL, schema_version INTEGER NOT NULL,
    generation INTEGER NOT NULL) STRICT;
CREATE TABLE index_files (name TEXT PRIMARY KEY, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL) STRICT;
CREATE TABLE files (file TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL, reason TEXT) STRICT;
CREATE TABLE articles (id TEXT PRIMARY KEY, file TEXT NOT NULL, path TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, author TEXT, outlet TEXT, quotes INTEGER NOT NULL,
    terms INTEGER NOT NULL, url TEXT, title_derived INTEGER NOT NULL) STRICT;
CREATE INDEX articles_by_path ON articles (path);
CREATE TABLE quotes (article TEXT NOT NULL, n INTEGER NOT NULL, text TEXT NOT NULL,
    qstart INTEGER NOT NULL, qend INTEGER NOT NULL, kind TEXT NOT NULL, speaker TEXT,
    role TEXT, mention TEXT, cue TEXT, paragraph INTEGER NOT NULL,
    para_start INTEGER NOT NULL, para_end INTEGER NOT NULL, via TEXT,
    mention_paragraph INTEGER) STRICT;
CREATE INDEX quotes_by_speaker ON quotes (speaker);
CREATE TABLE names (name TEXT PRIMARY KEY, canonical TEXT NOT NULL, folded TEXT NOT NULL,
    surname TEXT NOT NULL, grp INTEGER) STRICT;
CREATE INDEX names_by_canonical ON names (canonical);
CREATE INDEX names_by_folded ON names (folded);
CREATE INDEX names_by_surname ON names (surname);
CREATE TABLE speakers (rank INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT,
    aliases TEXT NOT NULL, quote_count INTEGER NOT NULL, articles TEXT NOT NULL) STRICT;
"""


class StoredDataError(Exception):
    """The stored-data file is missing, stale or not ours (it is then rebuilt)."""


MASTER = schema_rows(DDL)


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection to ``path``: read-only and immutable, or to write a new file."""
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, check_same_thread=False)
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA cell_size_check = ON")
    return db


def open_checked(path: Path, generation: int) -> sqlite3.Connection:
    """A read-only connection to ``path`` if it is exactly our file for ``generation``."""
    if path.is_symlink() or not path.is_file():
        raise StoredDataError(f"{path.name} is missing or not a file")
    try:
        db = connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise StoredDataError(f"{path.name}: {exc}") from exc
    try:
        master = set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        if master != MASTER:
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
