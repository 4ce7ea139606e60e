"""What changed between the saved groups and a corpus: articles and speaker names.

An article changed when its signature (:mod:`.sources`) differs from the saved one;
the articles quoting a speaker name whose canonical spelling changed are grouped again
too. For an index's stored data the comparison runs inside SQLite (the stored-data
file attached read-only: only what differs comes back, a few milliseconds for 10,000
articles); otherwise, or when that fails, both sides are read a page at a time and
merged. Ids are kept in their stored form (:func:`sources.db_key`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from warreader.index.provenance.grouper import in_chunks
from warreader.index.provenance.sources import Source, db_key
from warreader.index.search.db_text import to_db


class Changes:
    """Articles removed, changed or added ({id: (signature, whether new)}), articles to
    regroup for a renamed speaker, and the names table's rows to write and drop."""

    def __init__(self) -> None:
        self.removed: list[str] = []
        self.changed: dict[str, tuple[str, bool]] = {}
        self.respeak: set[str] = set()
        self.names: list[tuple[str, str]] = []
        self.gone_names: list[str] = []
        self.corrections: str | None = None  # the corrections' new digest, if changed


def changes(db: sqlite3.Connection, source: Source) -> Changes:
    """What to do to bring the groups in ``db`` up to ``source``."""
    digest = getattr(source, "corrections_digest", lambda: "")()
    corrected = digest != db.execute("SELECT corrections FROM stamp").fetchone()[0]
    path = getattr(source, "stored_file", lambda: None)()
    found = None
    # (if the file went, or is of another format: compared in Python)
    with contextlib.suppress(sqlite3.Error):
        if path is not None:
            found = _in_sqlite(db, path, source.signature_sql(), corrected)
    if found is None:
        found = Changes()
        _merge_states(db, source, found)
        _compare_names(db, source, found)
        if corrected:  # which articles they touch is not known here: all again
            found.respeak.update(r[0] for r in db.execute("SELECT id FROM articles"))
    if corrected:
        found.corrections = digest
    return found


def _saved_states(db: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    after = ""
    while True:
        rows = db.execute("SELECT id, sig FROM articles WHERE id > ? ORDER BY id LIMIT 2000",
                          (after,)).fetchall()
        yield from rows
        if len(rows) < 2000:
            return
        after = rows[-1][0]


def _merge_states(db: sqlite3.Connection, source: Source, found: Changes) -> None:
    """Merge the saved and current states (both sorted by stored id)."""
    saved = _saved_states(db)
    old = next(saved, None)
    for aid, sig in source.states():
        key = db_key(aid)
        while old is not None and old[0] < key:
            found.removed.append(old[0])
            old = next(saved, None)
        if old is not None and old[0] == key:
            if old[1] != sig:
                found.changed[key] = (sig, False)
            old = next(saved, None)
        else:
            found.changed[key] = (sig, True)
    while old is not None:
        found.removed.append(old[0])
        old = next(saved, None)


def _compare_names(db: sqlite3.Connection, source: Source, found: Changes) -> None:
    saved = dict(db.execute("SELECT raw, canonical FROM names"))
    seen = set()
    for raw, canonical in source.names():
        raw, canonical = to_db(raw), to_db(canonical)
        seen.add(raw)
        if saved.get(raw) != canonical:
            found.names.append((raw, canonical))
    found.gone_names = [raw for raw in saved if raw not in seen]
    _respeak(db, [raw for raw, _ in found.names if raw in saved], found)


def _respeak(db: sqlite3.Connection, renamed: list[str], found: Changes) -> None:
    """The articles quoting the ``renamed`` speakers (as written) are grouped again."""
    for chunk in in_chunks(renamed):
        found.respeak.update(r[0] for r in db.execute(
            f"SELECT DISTINCT article FROM members WHERE raw IN ({','.join('?' * len(chunk))})",
            chunk))


def _in_sqlite(db: sqlite3.Connection, path: Path, signature: str,
               corrected: bool = False) -> Changes:
    """The comparison with the stored-data file at ``path``, attached read-only;
    ``signature`` is the SQL expression of an article's signature there. When the
    corrections changed (``corrected``), the articles whose quotes' speakers or kinds
    differ from the stored data's are grouped again too."""
    found = Changes()
    db.execute("ATTACH ? AS stored", (f"{path.resolve().as_uri()}?mode=ro&immutable=1",))
    try:
        for aid, sig, old in db.execute(
            f"SELECT id, sig, old FROM (SELECT a.id AS id, {signature} AS sig, p.sig AS old"
            " FROM stored.articles a JOIN stored.files f ON f.file = a.file"
            " LEFT JOIN main.articles p ON p.id = a.id) WHERE old IS NOT sig ORDER BY id"
        ):
            found.changed[aid] = (sig, old is None)
        found.removed = [r[0] for r in db.execute(
            "SELECT id FROM main.articles WHERE id NOT IN (SELECT id FROM stored.articles)"
            " ORDER BY id")]
        rows = db.execute(
            "SELECT n.name, n.canonical, p.raw IS NOT NULL FROM stored.names n LEFT JOIN"
            " main.names p ON p.raw = n.name WHERE p.canonical IS NOT n.canonical").fetchall()
        found.names = [(raw, canonical) for raw, canonical, _ in rows]
        found.gone_names = [r[0] for r in db.execute(
            "SELECT raw FROM main.names WHERE raw NOT IN (SELECT name FROM stored.names)")]
        if corrected:
            found.respeak.update(r[0] for r in db.execute(
                "SELECT DISTINCT m.article FROM main.members m LEFT JOIN stored.quotes q"
                " ON q.article = m.article AND q.qstart = m.qstart AND q.qend = m.qend"
                " AND q.text = m.text WHERE q.article IS NULL OR q.kind IS NOT m.kind"
                " OR q.speaker IS NOT m.raw"))
    finally:
        db.execute("DETACH stored")
    _respeak(db, [raw for raw, _, known in rows if known], found)
    return found
