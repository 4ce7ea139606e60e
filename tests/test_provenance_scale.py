"""Grouping where the same quotes recur in more articles than a bigram may propose
(every bigram of them crowded, as in a year of syndicated coverage): the groups are the
quotes' own, the same grouped in one go, in many transactions or over several runs,
and the rarest bigrams are the ones exact counts pick."""

from __future__ import annotations

import pytest
from warreader.index.provenance import corpus_groups
from warreader.index.provenance.blocking import CROWDED, Blocks
from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.model import Member
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.tables import temporary

PLANT = "The shelling of the plant is the most dangerous thing happening in Europe today"
GRAIN = "Grain exports from Odesa resumed this morning under the deal brokered in Istanbul"
TALKS = "Nobody in this government has ever said that talks with Moscow are off the table"
# shares "off the", "the table", "the plant", "in europe" ... with the three above
OTHER = "The deal is off the table in Europe today and the plant is closed for good"
PART = "the plant is the most dangerous thing"  # every bigram of it crowded by PLANT
MIXED = "the most dangerous thing happening under the deal brokered in Istanbul"
SPEAKERS = ("Rafael Grossi", "Grossi", "Dmytro Kuleba", None)
COPIES = CROWDED + 12  # more copies of each line than a bigram may propose


def varied(line: str, i: int) -> str:
    """Copy ``i`` of ``line``: as said, with one word changed, or cut to its first nine."""
    words = line.split()
    if i % 4 == 1:
        words[3] = "truly"
    elif i % 5 == 2:
        words = words[:9]
    return " ".join(words)


def corpus() -> tuple[list[Member], dict[str, set[str]]]:
    """(members, article ids per expected group) of 3 * COPIES articles and a few more."""
    members: list[Member] = []
    expected: dict[str, set[str]] = {name: set() for name in ("plant", "grain", "talks",
                                                            "other", "mixed")}

    def add(aid: str, n: int, text: str, group: str) -> None:
        speaker = SPEAKERS[len(members) % len(SPEAKERS)]
        members.append(Member(aid, n * 400, n * 400 + len(text), text, speaker, "quote",
                              f"{aid}.txt", f"2022-09-{len(members) % 28 + 1:02d}", "Wire"))
        expected[group].add(f"{aid}@{n * 400}")

    for i in range(3 * COPIES):
        aid = f"a{i:04d}"
        name, line = (("plant", PLANT), ("grain", GRAIN), ("talks", TALKS))[i % 3]
        add(aid, 0, varied(line, i // 3), name)
        if i % 10 == 3:
            add(aid, 1, OTHER, "other")
    for i in range(5):
        add(f"z{i}", 0, PART, "plant")
        add(f"z{i}", 1, MIXED, "mixed")
    return members, expected


def partition(p: Provenance) -> list[frozenset[str]]:
    return sorted((frozenset(f"{a}@{s}" for a, s, _ in keys) for keys in p.partition()),
                  key=sorted)


def test_quotes_recurring_past_the_crowded_limit_group_by_their_words():
    members, expected = corpus()
    groups = sync(None, members)[0]
    assert partition(groups) == sorted((frozenset(v) for v in expected.values()), key=sorted)
    groups.close()


def test_grouping_in_one_go_in_many_transactions_and_in_several_runs_agree(
        tmp_path, monkeypatch):
    members, _ = corpus()
    at_once = partition(sync(None, members)[0])
    monkeypatch.setattr(corpus_groups, "BATCH", 7)  # many transactions, each remembering
    assert partition(sync(None, members)[0]) == at_once
    articles = sorted({m.article for m in members})
    before = 0
    for upto in (40, 90, 150):  # several runs over a saved grouping, each adding some
        kept = set(articles[:upto])
        saved, report = sync(tmp_path, [m for m in members if m.article in kept])
        assert len(report.added) == upto - before
        before = upto
        saved.close()
    saved = sync(tmp_path, members)[0]
    assert partition(saved) == at_once
    saved.close()


def test_removing_copies_of_a_crowded_quote_regroups_as_afresh(tmp_path):
    members, _ = corpus()
    sync(tmp_path, members)[0].close()
    kept = [m for m in members if not (m.article.startswith("a") and int(m.article[1:]) % 2)]
    saved = sync(tmp_path, kept)[0]
    assert partition(saved) == partition(sync(None, kept)[0])
    saved.close()


def filed_pairs(counts: dict[str, int]) -> Blocks:
    db = temporary()
    db.executemany("INSERT INTO pairs VALUES (?, ?)",
                   [(key, slot) for key, n in counts.items() for slot in range(1, n + 1)])
    return Blocks(db)


@pytest.mark.parametrize("counts", [
    {"of the": 5000, "in the": 400, "the plant": 61, "plant is": 61, "is the": 900},
    {"a b": 98, "b c": 97, "c d": 99, "d e": 400, "e f": 392},  # around the first limit
    {"a b": 700, "b c": 500, "c d": 500, "d e": 2000},  # all past it; a tie
    {"a b": 100, "b c": 0, "c d": 120},  # one no longer filed
])
def test_the_rarest_bigrams_are_the_ones_exact_counts_pick(counts):
    blocks = filed_pairs(counts)
    keys = list(counts)
    for n in (1, 2, 3):
        exact = sorted(keys, key=lambda k: (counts[k], k))[:n]
        assert sorted(blocks.rarest(keys, n)) == sorted(exact)
    blocks.db.close()


def test_bigrams_wait_for_the_transaction_and_a_rollback_leaves_none_behind():
    from warreader.index.provenance.grouper import Grouper

    g = Grouper(temporary())

    def quote(aid: str, text: str) -> Member:
        return Member(aid, 0, len(text), text, "Rafael Grossi", "quote", f"{aid}.txt")

    with pytest.raises(RuntimeError), g.transaction():
        g.add_article("a", [quote("a", PLANT)])
        raise RuntimeError("interrupted")
    with g.transaction():
        g.add_article("b", [quote("b", GRAIN)])
        assert not g.db.execute("SELECT 1 FROM pairs").fetchall()  # waiting, not written
        g.add_article("c", [quote("c", GRAIN.replace("morning", "evening"))])
    filed = {key for (key,) in g.db.execute("SELECT DISTINCT key FROM pairs")}
    assert "grain exports" in filed and "the shelling" not in filed
    p = Provenance(g.db)
    assert len(p.partition()) == 1  # c met b's bigrams while they waited
