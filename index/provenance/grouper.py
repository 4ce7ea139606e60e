"""The grouping engine: quotes filed per article, grouped as articles come and go.

Adding an article compares each of its quotes only with the candidates blocking
proposes (:mod:`.blocking`) and merges the groups they belong to; removing one
re-checks only the groups its quotes were in (they may split). Group ids stay stable
otherwise: a merge keeps the id of the largest group, a split gives the largest part
the old id and new ids to the rest. Everything lives in the groups database
(:mod:`.tables`): a change reads the blocks its quotes hit and writes the groups they
join, whatever the size of the corpus; nothing of the corpus is held in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from warreader.index.provenance.adding import ArticleAdd
from warreader.index.provenance.blocking import Blocks, pair_keys, whole_key
from warreader.index.provenance.group_ids import GroupIds
from warreader.index.provenance.known import Filed, Known
from warreader.index.provenance.model import Member
from warreader.index.provenance.normalise import tokens
from warreader.index.provenance.relate import joined, related, speaker_key
from warreader.index.search.db_text import row_from_db, row_to_db

_LOCAL_CROWD = 64  # quotes of one group a bigram may propose when it is checked again
_CHUNK = 30000  # SQLite's limit on the values of one statement is 32,766

MEMBER_COLUMNS = "slot, article, qstart, qend, text, words, speaker, kind, path, date, outlet"
"""What :func:`entry_of_row` reads of a members row."""


class Entry:
    """One filed quote: the member, its folded words and its speaker key."""

    __slots__ = ("member", "words", "joined", "kind", "speaker", "pairs")

    def __init__(self, member: Member, words: tuple[str, ...] | None = None) -> None:
        self.member = member
        self.kind = member.kind
        self.words = tokens(member.text) if words is None else words
        self.joined = joined(self.words)
        self.speaker = speaker_key(member.speaker)
        self.pairs = pair_keys(self.words) if member.kind != "term" else frozenset()

    @property
    def block(self) -> tuple:
        """The arguments :class:`Blocks` files this quote under."""
        return (self.member.kind, self.words, self.speaker, self.pairs)

    def related(self, other: Entry) -> bool:
        """Whether the two quotes belong in one group."""
        return related(self, other)


def entry_of_row(row: Sequence) -> tuple[int, Entry]:
    """(slot, entry) of a members row read as :data:`MEMBER_COLUMNS`."""
    slot, aid, start, end, text, words, speaker, kind, path, date, outlet = row_from_db(row)
    member = Member(aid, start, end, text, speaker, kind, path, date, outlet)
    return slot, Entry(member, tuple(words.split()))


def in_chunks(values: Sequence) -> Iterator[Sequence]:
    """``values`` a statement's worth at a time."""
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


class Grouper:
    """Every quote of the corpus with its group id, updated article by article.

    Changes are made inside :meth:`transaction` (one SQLite transaction each)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.blocks = Blocks(db)
        self.known = Known()  # candidates' words, kept in step with every change
        self.ids = GroupIds()  # the group id of every quote filed here, kept in step
        self.seen_version: int | None = None
        self.next_slot: int | None = None  # read once per transaction
        self.next_id = db.execute("SELECT next_id FROM stamp").fetchone()[0]

    def forget(self) -> None:
        """Drop what is remembered of the database (rolled back, or changed by another
        process)."""
        self.blocks.forget()
        self.blocks.pending.discard()
        self.known.clear()
        self.ids.clear()

    def transaction(self) -> _Transaction:
        """A context in which changes are made: committed on success, else rolled back."""
        return _Transaction(self)

    def _new_id(self) -> int:
        gid = self.next_id
        self.next_id += 1
        return gid

    def _rows(self, where: str, args: Sequence) -> list[tuple[int, Entry]]:
        return [entry_of_row(r) for r in self.db.execute(
            f"SELECT {MEMBER_COLUMNS} FROM members WHERE {where}", args)]

    # -- changes ------------------------------------------------------------------

    def add_article(self, article: str, members: Iterable[Member],
                    raws: Sequence[str | None] | None = None, new: bool = False) -> set[int]:
        """File an article's quotes (replacing any it had, unless ``new`` says it has
        none; ``raws``: each quote's speaker as written, when ``members`` carry canonical
        names); the group ids they joined."""
        touched = set() if new else self.remove_article(article)
        members = list(members)
        if not members:
            return touched
        entries = [Entry(m) for m in members]
        adding = ArticleAdd(self.db, self.blocks, entries, self.known, self.ids)
        gids = adding.join(self._new_id)
        if self.next_slot is None:
            self.next_slot = self.db.execute(
                "SELECT coalesce(max(slot), 0) + 1 FROM members").fetchone()[0]
        first = self.next_slot
        self.next_slot += len(members)
        raws = raws if raws is not None else [m.speaker for m in members]
        self.db.executemany(
            "INSERT INTO members (slot, article, qstart, qend, text, words, speaker, raw, kind,"
            " path, date, outlet, gid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_to_db((first + n, article, m.start, m.end, m.text, " ".join(e.words),
                        m.speaker, raw, m.kind, m.path, m.date, m.outlet, gid))
             for n, (m, e, raw, gid) in enumerate(zip(members, entries, raws, gids,
                                                      strict=True))])
        self.blocks.add_many([(first + n, e.block) for n, e in enumerate(entries)])
        for n, (e, gid) in enumerate(zip(entries, gids, strict=True)):
            self.known.keep(first + n, Filed.of(e), gid)
        self.ids.filed(first, gids)
        by_target: dict[int, list[int]] = {}
        for old, new in adding.merged().items():
            by_target.setdefault(new, []).append(old)
            self.known.moved(old, new)
            self.ids.moved(old, new)
        for target, olds in sorted(by_target.items()):
            self.db.execute(f"UPDATE members SET gid = ? WHERE gid IN ({_marks(olds)})",
                            (target, *sorted(olds)))
        merged = adding.merged()
        return self.existing(touched - merged.keys()) | set(gids)

    def existing(self, gids: set[int]) -> set[int]:
        """The groups among ``gids`` that hold a quote (one statement)."""
        if not gids:
            return set()
        return {r[0] for r in self.db.execute(
            "SELECT a.value FROM json_each(?) a WHERE EXISTS (SELECT 1 FROM members m"
            " WHERE m.gid = a.value)", (json.dumps(sorted(gids)),))}

    def remove_article(self, article: str) -> set[int]:
        """Drop an article's quotes; the groups they left are checked again (and may split).
        Returns the ids of the groups that changed (still existing or not)."""
        key = row_to_db((article,))
        gone = self._rows("article = ?", key)
        if not gone:
            return set()
        self.known.clear()  # (its groups may split: the ids known would be stale)
        self.ids.clear()
        touched = {r[0] for r in self.db.execute(
            "SELECT DISTINCT gid FROM members WHERE article = ?", key)}
        self.db.execute("DELETE FROM members WHERE article = ?", key)
        for slot, entry in gone:  # (after: a copy left in another article takes over)
            self.blocks.remove(slot, *entry.block)
        for gid in sorted(touched):
            rest = self._rows("gid = ?", (gid,))
            if not rest:
                continue
            parts = sorted(self._components(rest), key=lambda p: (-len(p), min(p)))
            for part in parts[1:]:
                new = self._new_id()
                touched.add(new)
                for chunk in in_chunks(sorted(part)):
                    self.db.execute(f"UPDATE members SET gid = ? WHERE slot IN ({_marks(chunk)})",
                                    (new, *chunk))
        return touched

    def _components(self, rows: list[tuple[int, Entry]]) -> list[set[int]]:
        """Connected parts of a group's quotes under :meth:`Entry.related` (blocked, not
        all pairs; quotes of the same words and speaker are checked once)."""
        node_of: dict[int, tuple] = {}
        entry_of: dict[tuple, Entry] = {}
        slots_of: dict[tuple, list[int]] = {}
        for slot, e in rows:
            node = (e.kind, e.words, e.speaker)
            node_of[slot] = node
            entry_of.setdefault(node, e)
            slots_of.setdefault(node, []).append(slot)
        parent = {node: node for node in entry_of}

        def find(x: tuple) -> tuple:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        cliques: dict[str, tuple] = {}
        for node, e in entry_of.items():
            key, clique = whole_key(*e.block[:3])
            if clique and key is not None:  # the same long words or term, whoever said it
                first = cliques.setdefault(key, node)
                parent[find(node)] = find(first)
        sharing = _sharing(entry_of)
        for node, e in entry_of.items():
            slots, clique = self.blocks.whole(*e.block[:3])
            candidates = (set() if clique else set(slots)) | self.blocks.paired(e.pairs)
            others = {node_of[c] for c in candidates if c in node_of}
            for pair in e.pairs:  # the group's own bigrams: none crowded by other groups
                others.update(sharing.get(pair, ()))
            for other in others:
                if other != node and find(other) != find(node) and e.related(
                        entry_of[other]):
                    parent[find(other)] = find(node)
        parts: dict[tuple, set[int]] = {}
        for node, slots in slots_of.items():
            parts.setdefault(find(node), set()).update(slots)
        return list(parts.values())


def _sharing(entry_of: dict[tuple, Entry]) -> dict[str, list[tuple]]:
    """A group's distinct quotes by the bigrams they share within the group, so that a
    group checked again after a removal is split only where no quote of it relates to
    another: a bigram crowded in the corpus proposes no candidate, and a near-variant
    met when that bigram was still rare would otherwise lose its group. A bigram that
    more than :data:`_LOCAL_CROWD` of the group's quotes share proposes none."""
    sharing: dict[str, list[tuple]] = {}
    for node, e in entry_of.items():
        for pair in e.pairs:
            sharing.setdefault(pair, []).append(node)
    return {pair: nodes for pair, nodes in sharing.items()
            if 1 < len(nodes) <= _LOCAL_CROWD}


class _Transaction:
    def __init__(self, grouper: Grouper) -> None:
        self.grouper = grouper

    def __enter__(self) -> Grouper:
        g = self.grouper
        g.db.execute("BEGIN IMMEDIATE")
        version = g.db.execute("PRAGMA data_version").fetchone()[0]
        if version != g.seen_version:  # another process committed meanwhile
            g.forget()
            g.seen_version = version
        g.next_id = g.db.execute("SELECT next_id FROM stamp").fetchone()[0]
        g.next_slot = None
        return g

    def __exit__(self, kind, value, traceback) -> None:
        db = self.grouper.db
        if kind is None:
            try:
                self.grouper.blocks.pending.flush()
                db.execute("UPDATE stamp SET next_id = ?", (self.grouper.next_id,))
                db.execute("COMMIT")
                return
            except BaseException:
                self.__exit__(Exception, None, None)  # rolled back and forgotten
                raise
        self.grouper.forget()  # it remembered what is now rolled back
        if db.in_transaction:
            db.execute("ROLLBACK")
