"""A corpus of made-up quotes kept in a SQLite file, read as the index's stored data is
(signatures a page at a time, quotes per article): what a fresh process adding one
article to 10,000 reads, without building a 10,000-article Whoosh index first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from warreader.index.provenance.model import Member
from warreader.index.provenance.sources import PAGE, by_article, fingerprint


def write_corpus(path: Path, members: Iterable[Member]) -> None:
    """Write ``members`` (and each article's signature) to the file ``path``."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE arts (id TEXT PRIMARY KEY, sig TEXT NOT NULL)")
    db.execute("CREATE TABLE q (article TEXT, start INT, end INT, text TEXT, speaker TEXT,"
               " kind TEXT, path TEXT, date TEXT, outlet TEXT)")
    db.execute("CREATE INDEX q_by_article ON q (article)")
    for aid, ms in by_article(members).items():
        db.execute("INSERT INTO arts VALUES (?, ?)", (aid, fingerprint(ms)))
        db.executemany("INSERT INTO q VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(m.article, m.start, m.end, m.text, m.speaker, m.kind, m.path, m.date,
                         m.outlet) for m in ms])
    db.commit()
    db.close()


class FileSource:
    """The corpus written by :func:`write_corpus`, as a provenance source."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)

    def states(self) -> Iterator[tuple[str, str]]:
        after = ""
        while True:
            page = self.db.execute("SELECT id, sig FROM arts WHERE id > ? ORDER BY id LIMIT ?",
                                   (after, PAGE)).fetchall()
            yield from page
            if len(page) < PAGE:
                return
            after = page[-1][0]

    def names(self) -> Iterable[tuple[str, str]]:
        return ()

    def members(self, articles: list[str]) -> dict[str, list[tuple[Member, str | None]]]:
        out: dict[str, list[tuple[Member, str | None]]] = {a: [] for a in articles}
        rows = self.db.execute(f"SELECT * FROM q WHERE article IN ({','.join('?' * len(articles))})"
                               " ORDER BY article, start", articles)
        for row in rows:
            m = Member(*row)
            out[m.article].append((m, m.speaker))
        return out
