"""The groups saved beside the index: ``provenance.sqlite``, updated in place.

One SQLite file in the index folder holds what grouping needs, so that a new process
adding one article reads only the blocks its quotes hit and writes only the groups
they join: per article a signature of what grouping saw (:mod:`.sources`), each quote
with its folded words and group id, the blocks (whole words, word bigrams) and the
canonical spelling each speaker name had. Every change is one SQLite transaction (a
crash leaves the previous state). It is a cache, never the truth: a file that is not a
database, not exactly the tables this module makes (``sqlite_master`` must list ours
and nothing else, so a planted trigger or view never runs; tables are ``STRICT``) or
damaged inside is set aside as ``provenance.sqlite.bad`` and the groups computed
again; one made under other rules (:func:`rules`) is emptied and refilled. A folder
that cannot be written only means a private temporary file, filled each time.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from warreader.index.search.db_schema import schema_rows

FILE = "provenance.sqlite"
OLD_FILES = ("provenance.json", "provenance.json.bad")
"""The JSON state of earlier versions (removed when the database is made)."""

VERSION = 4

DDL_3 = """
CREATE TABLE stamp (rules TEXT NOT NULL, next_id INTEGER NOT NULL,
    corrections TEXT NOT NULL DEFAULT '') STRICT;
CREATE TABLE articles (id TEXT PRIMARY KEY, sig TEXT NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE members (slot INTEGER PRIMARY KEY, article TEXT NOT NULL,
    qstart INTEGER NOT NULL, qend INTEGER NOT NULL, text TEXT NOT NULL,
    words TEXT NOT NULL, speaker TEXT, raw TEXT, kind TEXT NOT NULL, path TEXT NOT NULL,
    date TEXT, outlet TEXT, gid INTEGER NOT NULL) STRICT;
CREATE INDEX members_by_article ON members (article, qstart, qend);
CREATE INDEX members_by_gid ON members (gid);
CREATE INDEX members_by_raw ON members (raw);
CREATE TABLE whole (key TEXT NOT NULL, slot INTEGER NOT NULL,
    PRIMARY KEY (key, slot)) STRICT, WITHOUT ROWID;
CREATE TABLE pairs (key TEXT NOT NULL, slot INTEGER NOT NULL,
    PRIMARY KEY (key, slot)) STRICT, WITHOUT ROWID;
CREATE TABLE names (raw TEXT PRIMARY KEY, canonical TEXT NOT NULL) STRICT, WITHOUT ROWID;
"""
"""The tables of a version 3 file, which :func:`open_groups` knows as ours, empties
and fills again."""

_DDL = DDL_3 + """CREATE TABLE reps (slot INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
    n INTEGER NOT NULL) STRICT;
"""
"""Version 4 added ``reps`` (:mod:`.copies`); a version 3 file is emptied and refilled."""


class DamagedGroups(Exception):
    """The saved groups are not a database of ours (they are then set aside)."""


def rules() -> str:
    """The version and the grouping rules' parameters: groups saved under other rules
    are computed again (groups made with another threshold would be stale)."""
    from warreader.index.provenance import blocking, normalise, relate

    return (f"{VERSION}:{relate.NEAR}:{relate.SHORT}:{relate.MIN_PART}:{relate.SAFE_PART}:"
            f"{relate.MIN_TERM}:{blocking.CROWDED}:{normalise.FOLDING}")


_MASTER = schema_rows(_DDL)
_MASTER_3 = schema_rows(DDL_3)


def _connect(path: Path | str) -> sqlite3.Connection:
    # as a URI, so that ATTACH of the stored data read-only (a file: URI) works on every
    # SQLite build, not only those that interpret URIs by default
    db = sqlite3.connect(Path(path).resolve().as_uri(), uri=True, check_same_thread=False,
                         isolation_level=None, timeout=10)
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA cell_size_check = ON")
    db.execute("PRAGMA cache_size = -16000")  # 16 MB of pages: the blocks stay cached
    db.execute("PRAGMA synchronous = NORMAL")  # a cache: fewer syncs per commit
    return db


def _fill_new(db: sqlite3.Connection) -> None:
    """Make our tables in an empty database, stamped with the current rules."""
    db.executescript(f"BEGIN IMMEDIATE; {_DDL}; COMMIT;")
    db.execute("INSERT INTO stamp (rules, next_id) VALUES (?, 1)", (rules(),))


def _check(db: sqlite3.Connection) -> bool:
    """True when ``db`` holds exactly our tables under the current rules; False when
    it is ours under other rules; :class:`DamagedGroups` when it is not ours."""
    try:
        master = set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        if master == _MASTER_3:  # ours, before copies were filed once
            return False
        if master != _MASTER:
            raise DamagedGroups("not warreader's quote groups")
        stamp = db.execute("SELECT rules FROM stamp").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedGroups(str(exc)) from exc
    if len(stamp) != 1:
        raise DamagedGroups("no stamp")
    return stamp[0][0] == rules()


def _empty(db: sqlite3.Connection) -> None:
    """Drop our tables and make them again (saved under other rules)."""
    db.execute("BEGIN IMMEDIATE")
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        db.execute(f'DROP TABLE IF EXISTS "{name}"')
    db.execute("COMMIT")
    db.execute("VACUUM")
    _fill_new(db)


def open_groups(index_dir: Path | None) -> tuple[sqlite3.Connection, str | None]:
    """A connection to the saved groups of the index in ``index_dir`` (made if missing),
    and a notice when a bad file was set aside. Without ``index_dir``, or when the
    folder cannot be written, a private temporary database (removed once closed)."""
    if index_dir is None:
        return temporary(), None
    path = Path(index_dir) / FILE
    notice = None
    try:
        return _open_file(path), None
    except DamagedGroups as exc:
        notice = set_aside(path, str(exc))
    except (OSError, sqlite3.Error):
        return temporary(), None
    try:
        return _open_file(path), notice
    except (DamagedGroups, OSError, sqlite3.Error):
        return temporary(), notice


def _open_file(path: Path) -> sqlite3.Connection:
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise DamagedGroups(f"{path.name} is not a file")
    fresh = not path.exists()
    try:
        db = _connect(path)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedGroups(str(exc)) from exc
    try:
        if fresh or not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            _fill_new(db)
            for old in OLD_FILES:
                with contextlib.suppress(OSError):
                    (path.parent / old).unlink()
        elif not _check(db):
            _empty(db)
    except sqlite3.OperationalError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:  # not a database, or malformed
        db.close()
        raise DamagedGroups(str(exc)) from exc
    except BaseException:
        db.close()
        raise
    return db


def temporary() -> sqlite3.Connection:
    """An empty groups database in a private temporary file (gone once closed)."""
    fd, name = tempfile.mkstemp(prefix="warreader-groups-", suffix=".sqlite")
    os.close(fd)
    db = _connect(name)
    os.unlink(name)  # the open connection keeps it; nothing is left behind
    db.execute("PRAGMA journal_mode = MEMORY")
    _fill_new(db)
    return db


def set_aside(path: Path, why: str) -> str:
    """Rename a bad groups file to ``*.bad``; the notice for the user."""
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(f"{FILE}.bad"))
    with contextlib.suppress(OSError):
        path.with_name(f"{FILE}-journal").unlink()
    return f"quote groups at {path} were damaged ({why}); set aside and computed again"
