"""Copies of a quote filed under its bigrams once (index/provenance/copies.py), and the
group ids of the quotes filed kept in memory (group_ids.py): the groups are those of
one bigram row per copy, through removals, merges and saved files of the old format."""

from __future__ import annotations

import sqlite3

from warreader.index.provenance.blocking import CROWDED, pair_keys
from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Member
from warreader.index.provenance.normalise import tokens
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.tables import DDL_3, FILE, open_groups, rules, temporary

PLANT = "The shelling of the plant is the most dangerous thing happening in Europe today"
VARIANT = "The shelling of the plant is the most perilous thing happening in Europe today"
GRAIN = "Grain exports from Odesa resumed this morning under the deal brokered in Istanbul"
BRIDGE = f"{PLANT} and {GRAIN}"  # holds both whole


def quote(aid: str, text: str, speaker: str | None = "Rafael Grossi", at: int = 0) -> Member:
    return Member(aid, at, at + len(text), text, speaker, "quote", f"{aid}.txt")


def add(g: Grouper, *members: Member) -> None:
    with g.transaction():
        for m in members:
            g.add_article(m.article, [m])


def groups_of(g: Grouper) -> list[set[str]]:
    return sorted(({a for a, _, _ in keys} for keys in Provenance(g.db).partition()),
                  key=sorted)


def test_copies_of_a_quote_add_one_set_of_bigram_rows_and_count_for_all():
    g = Grouper(temporary())
    copies = CROWDED + 5
    add(g, *(quote(f"a{i:03d}", PLANT) for i in range(copies)))
    bigrams = pair_keys(tokens(PLANT))
    rows = g.db.execute("SELECT key, slot FROM pairs").fetchall()
    assert {k for k, _ in rows} == bigrams and len(rows) == len(bigrams)  # one copy's
    assert g.db.execute("SELECT n FROM reps").fetchall() == [(copies,)]
    assert set(g.blocks.counts(sorted(bigrams), None).values()) == {copies}
    g.blocks.forget()  # read back from the tables: crowded, as with a row per copy
    assert g.blocks.paired(bigrams) == {rows[0][1]}  # the two rarest still propose it


def test_another_speaker_or_other_words_are_another_class():
    g = Grouper(temporary())
    add(g, quote("a", PLANT), quote("b", PLANT, "Dmytro Kuleba"), quote("c", VARIANT))
    assert g.db.execute("SELECT count(*), sum(n) FROM reps").fetchone() == (3, 3)
    assert groups_of(g) == [{"a", "b", "c"}]


def test_a_removed_first_copy_hands_its_bigrams_to_the_next():
    g = Grouper(temporary())
    add(g, quote("a", PLANT), quote("b", GRAIN), quote("c", PLANT))
    with g.transaction():
        g.remove_article("a")
    assert g.db.execute("SELECT n FROM reps WHERE key LIKE '%shelling%'").fetchall() == [(1,)]
    add(g, quote("d", VARIANT))  # proposed only by the bigrams c now holds
    assert groups_of(g) == [{"b"}, {"c", "d"}]
    with g.transaction():
        g.remove_article("c")
        g.remove_article("d")
    assert {k for (k,) in g.db.execute("SELECT DISTINCT key FROM pairs")} == pair_keys(
        tokens(GRAIN))
    assert g.db.execute("SELECT count(*) FROM reps").fetchone() == (1,)


def test_removing_and_adding_copies_again_and_again_keeps_the_groups_of_a_fresh_grouping(
        tmp_path):
    texts = [PLANT, VARIANT, GRAIN, PLANT, GRAIN, BRIDGE, PLANT, VARIANT]
    members = [quote(f"a{i}", t, ("Rafael Grossi", None)[i % 2]) for i, t in enumerate(texts)]
    for keep in ({0, 1, 2, 3, 4, 6, 7}, {1, 3, 4, 5}, {0, 2, 5, 6}, set(range(len(texts)))):
        kept = [m for i, m in enumerate(members) if i in keep]
        saved = sync(tmp_path, kept)[0]
        assert saved.partition() == sync(None, kept)[0].partition()
        saved.close()
    db = sqlite3.connect(tmp_path / FILE)  # what stands for each class is what is left
    assert db.execute("SELECT sum(n) FROM reps").fetchone()[0] == db.execute(
        "SELECT count(*) FROM members").fetchone()[0]
    db.close()


def test_a_merge_is_followed_by_the_group_ids_kept_in_memory():
    g = Grouper(temporary())
    add(g, quote("a", PLANT), quote("b", GRAIN))
    assert len(groups_of(g)) == 2
    add(g, quote("c", BRIDGE, at=5))  # holds both: their groups merge
    merged = g.db.execute("SELECT DISTINCT gid FROM members").fetchall()
    assert len(merged) == 1
    assert {g.ids.get(s) for s in (1, 2, 3)} == {merged[0][0]}
    add(g, quote("d", VARIANT), quote("e", GRAIN.replace("morning", "evening")))
    assert groups_of(g) == [{"a", "b", "c", "d", "e"}]
    assert len(g.db.execute("SELECT DISTINCT gid FROM members").fetchall()) == 1


def test_groups_saved_before_copies_were_filed_once_are_made_again_without_a_notice(tmp_path):
    old = sqlite3.connect(tmp_path / FILE)
    old.executescript(DDL_3)
    old.execute("INSERT INTO stamp (rules, next_id) VALUES (?, 7)", (rules().replace(
        "4:", "3:", 1),))
    old.commit()
    old.close()
    db, notice = open_groups(tmp_path)
    assert notice is None and not (tmp_path / f"{FILE}.bad").exists()
    assert db.execute("SELECT count(*) FROM reps").fetchone() == (0,)
    db.close()
    groups, report = sync(tmp_path, [quote("a", PLANT), quote("b", PLANT)])
    assert not report.notices and len(groups.partition()) == 1
    groups.close()


def test_quotes_read_by_their_place_are_the_stored_quotes_of_each_article(tmp_path):
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus
    from warreader.index.provenance import sources
    from warreader.index.provenance.sources import StoredSource

    from tests.provenance_support import write_corpus

    corpus = Corpus.open([write_corpus(tmp_path / "news")], tmp_path / "ix",
                         load_config(None).aliases)
    corpus.refresh()
    data = corpus._corpus_data()
    ids = [a for a, _ in StoredSource(data).states()]
    plain, placed = StoredSource(data), StoredSource(data)
    placed._reads = sources.PLACES_AFTER  # (the next read lists the places)
    for some in (ids, ids[1:3], ids[::-1], ["no such article", ids[0]]):
        assert placed.members(some) == plain.members(some)
    assert placed._places is not None  # (read by place, not the plain way)
    placed.close()
    corpus.close()


def test_the_rarest_bigrams_from_the_counts_kept_in_memory_are_those_read_back():
    g = Grouper(temporary())
    lines = [PLANT, VARIANT, GRAIN, BRIDGE, PLANT.replace("today", "tonight")]
    add(g, *(quote(f"a{i:03d}", lines[i % len(lines)] if i % 7 else PLANT, at=i)
             for i in range(5 * CROWDED)))
    keys = sorted(pair_keys(tokens(BRIDGE)))
    assert g.blocks._wholes is not None  # everything filed is remembered
    kept = [g.blocks.rarest(keys, n) for n in (1, 2, 5)]
    exact = g.blocks.counts(keys, None)
    assert kept[1] == sorted(keys, key=lambda k: (exact[k], k))[:2]
    assert len(set(exact.values())) > 2  # (not a tie everywhere)
    g.blocks.forget()
    assert [g.blocks.rarest(keys, n) for n in (1, 2, 5)] == kept
