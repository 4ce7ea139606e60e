"""Telling warreader's own SQLite files apart from damaged or planted ones."""

from __future__ import annotations

import sqlite3


def schema_rows(ddl: str) -> set[tuple]:
    """The ``sqlite_master`` rows a database made by ``ddl`` has: a file whose rows differ
    (a table missing, a trigger or view added) is not one of ours."""
    db = sqlite3.connect(":memory:")
    db.executescript(ddl)
    rows = set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    db.close()
    return rows
