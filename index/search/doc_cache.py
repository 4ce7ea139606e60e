"""The document sets of common words and of every day, kept on disk beside the index.

Whoosh reads a word's documents by unpickling its posting blocks in Python (about a
microsecond a document): the words of a partial word used as a filter (``said tha``:
every document holding a word starting ``tha``; ``said the``, the common word whole,
is now searched as ``said``) and the days of a date filter
(``date:2004``) cost that on the first keystroke that needs them in each process, and
at 100,000 articles those are hundreds of thousands of documents. :class:`DocCache`
keeps each such set as a bitmap (:class:`index.search.doc_bits.DocBits`, zlib-packed)
in ``docsets.sqlite`` inside the generation folder, written the first time a process
reads it from Whoosh, and read back by every later process with one query and two C
calls.

It is a cache, never the truth: stamped with the Whoosh commit (the reader's
generation) and the number of documents it was read from. A reader of a newer commit
empties it and fills it again; a reader of an older one leaves it alone and reads
Whoosh. A file that is not exactly what this module writes (not SQLite, other tables,
a bitmap that does not unpack or is longer than the index) is set aside as
``docsets.sqlite.bad`` and started again; a folder that cannot be written means no
cache, never an error. Only words in :data:`MIN_DOCS` or more documents are stored
(smaller ones decode as fast as they read); every day is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar, Self

from warreader.index.search.doc_bits import DocBits
from whoosh.filedb.filestore import OverlayStorage

NAME = "docsets.sqlite"
FORMAT = 1
MIN_DOCS = 64
"""Sets of words with fewer documents are not written (Whoosh reads them about as fast
as SQLite does)."""

STAMP_DDL = ("CREATE TABLE stamp (format INTEGER NOT NULL, commit_gen INTEGER NOT NULL,"
             " documents INTEGER NOT NULL) STRICT")


def _connect(path: Path) -> sqlite3.Connection:
    """The cache file, opened (created if missing) for this module's own transactions."""
    return sqlite3.connect(path, timeout=0.05, isolation_level=None, check_same_thread=False)


class Damaged(Exception):
    """The cache file is not what this module writes."""


def index_folder(reader) -> Path | None:
    """The generation folder ``reader`` reads (None: not a folder on disk)."""
    for leaf, _offset in reader.leaf_readers():
        storage = getattr(leaf, "_storage", None)
        while isinstance(storage, OverlayStorage):
            storage = storage.b
        folder = getattr(storage, "folder", None)
        if folder:
            return Path(folder)
    return None


class StampedCache:
    """A cache file of one reader's commit in its generation folder: stamped with the
    commit, emptied for a newer one, set aside when damaged (see the module's
    docstring). Subclasses name the file, its format and its one table of entries."""

    NAME: ClassVar[str]
    FORMAT: ClassVar[int]
    TABLE: ClassVar[str]
    """The entries' table: its name and its ``CREATE TABLE`` statement."""
    TABLE_DDL: ClassVar[str]

    def __init__(self, db: sqlite3.Connection, path: Path, documents: int) -> None:
        self.db: sqlite3.Connection | None = db
        self.path = path
        self.documents = documents
        self.writable = True

    @classmethod
    def for_reader(cls, reader) -> Self | None:
        """The cache of ``reader``'s commit, emptied if it held an older one; None when
        there is none to be had (no folder, not writable, a newer commit's)."""
        folder = index_folder(reader)
        if folder is None:
            return None
        try:
            commit, documents = int(reader.generation()), int(reader.doc_count_all())
        except Exception:  # noqa: BLE001 - a reader without a commit: no cache
            return None
        path = folder / cls.NAME
        for _attempt in range(2):
            try:
                return cls._open(path, commit, documents)
            except (OSError, sqlite3.OperationalError):  # read-only, busy: no cache now
                return None
            except (Damaged, sqlite3.DatabaseError):
                _set_aside(path)
        return None

    @classmethod
    def _open(cls, path: Path, commit: int, documents: int) -> Self | None:
        db = _connect(path)
        try:
            db.execute("PRAGMA trusted_schema = OFF")
            db.execute("PRAGMA synchronous = OFF")
            found = set(db.execute("SELECT type, name FROM sqlite_master"
                                   " WHERE name NOT LIKE 'sqlite_autoindex%'"))
            if not found:
                for statement in (STAMP_DDL, cls.TABLE_DDL):
                    db.execute(statement)
                db.execute("INSERT INTO stamp VALUES (?, ?, ?)", (cls.FORMAT, commit, documents))
            elif found != {("table", "stamp"), ("table", cls.TABLE)}:
                raise Damaged("unexpected tables")
            rows = db.execute("SELECT format, commit_gen, documents FROM stamp").fetchall()
            if len(rows) != 1:
                raise Damaged("no stamp")
            fmt, stored_commit, stored_documents = rows[0]
            if fmt != cls.FORMAT:
                raise Damaged("another format")
            if stored_commit > commit:
                db.close()
                return None  # a newer commit's: ours is read from Whoosh
            if (stored_commit, stored_documents) != (commit, documents):
                db.execute("BEGIN IMMEDIATE")
                db.execute(f"DELETE FROM {cls.TABLE}")
                db.execute("UPDATE stamp SET commit_gen = ?, documents = ?", (commit, documents))
                db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return cls(db, path, documents)

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("ROLLBACK")

    def _give_up(self, damaged: bool) -> None:
        """Stop using the file (set aside when ``damaged``); reads go to Whoosh."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if damaged:
            _set_aside(self.path)

    def close(self) -> None:
        """Close the file."""
        self._give_up(damaged=False)


class DocCache(StampedCache):
    """The stored sets of one reader's commit (see the module's docstring)."""

    NAME = NAME
    FORMAT = FORMAT
    TABLE = "sets"
    TABLE_DDL = ("CREATE TABLE sets (field TEXT NOT NULL, term BLOB NOT NULL,"
                 " bits BLOB NOT NULL, PRIMARY KEY (field, term)) STRICT, WITHOUT ROWID")

    def get_many(self, field: str, terms: Iterable[bytes]) -> dict[bytes, DocBits]:
        """The stored sets of ``terms`` in ``field`` (those not stored are left out)."""
        terms = list(terms)
        out: dict[bytes, DocBits] = {}
        if self.db is None or not terms:
            return out
        try:
            for i in range(0, len(terms), 500):
                chunk = terms[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT term, bits FROM sets WHERE field = ? AND term IN ({marks})",
                    [field, *chunk])
                for term, packed in rows:
                    out[bytes(term)] = self._unpack(packed)
        except (sqlite3.DatabaseError, Damaged, zlib.error, TypeError):
            self._give_up(damaged=True)
            return {}
        return out

    def get(self, field: str, term: bytes) -> DocBits | None:
        """The stored set of ``term`` in ``field`` (None: not stored)."""
        return self.get_many(field, [term]).get(term)

    def put_many(self, field: str, sets: dict[bytes, DocBits], min_docs: int | None = None
                 ) -> None:
        """Store ``sets`` (term -> documents) of ``field``; those under ``min_docs``
        documents (:data:`MIN_DOCS`) are skipped. A busy or read-only file: nothing is
        stored."""
        min_docs = MIN_DOCS if min_docs is None else min_docs
        rows = [(field, term, zlib.compress(bits.to_bytes(), 1))
                for term, bits in sets.items() if len(bits) >= min_docs]
        if self.db is None or not self.writable or not rows:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO sets VALUES (?, ?, ?)", rows)
            self.db.execute("COMMIT")
        except sqlite3.OperationalError:  # busy, read-only, disk full: stays a cache miss
            self._rollback()
            self.writable = False
        except sqlite3.DatabaseError:
            self._give_up(damaged=True)

    def put(self, field: str, term: bytes, bits: DocBits) -> None:
        """Store one set (see :meth:`put_many`)."""
        self.put_many(field, {term: bits})

    def _unpack(self, packed: bytes) -> DocBits:
        # never more than the index's bitmap can hold: a planted blob cannot balloon
        unpack = zlib.decompressobj()
        data = unpack.decompress(packed, (self.documents + 7) // 8 + 1)
        if len(data) * 8 > self.documents + 7 or unpack.unconsumed_tail or not unpack.eof:
            raise Damaged("a set longer than the index")
        return DocBits.from_bytes(data)


def _set_aside(path: Path) -> None:
    """Move a damaged cache file out of the way (``.bad``, replacing an older one)."""
    try:
        os.replace(path, path.with_name(path.name + ".bad"))
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
