"""The provenance engine on text we wrote: folding, the three relations, the short-quote
and term rules, flags, changed words, incremental updates and the saved state."""

from __future__ import annotations

import sqlite3

from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.flags import changed_spans
from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Member
from warreader.index.provenance.normalise import normalise, tokens
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.tables import FILE, temporary

LINE = ("The so-called referendum is a farce staged at gunpoint, and no one in "
        "Kyiv or Brussels will ever recognise it")


def m(article: str, text: str, speaker: str | None = "Dmytro Kuleba", kind: str = "quote",
      start: int = 0, date: str | None = None) -> Member:
    return Member(article, start, start + len(text), text, speaker, kind, f"{article}.txt",
                  date, "Outlet")


def grouped(*members: Member) -> Provenance:
    return sync(None, list(members))[0]


def same(p: Provenance, a: Member, b: Member) -> bool:
    return p.group_id(a.key) == p.group_id(b.key)


def test_folding_ignores_case_marks_punctuation_and_spaces():
    assert normalise("“We’re  READY,” — he… said") == normalise('"we\'re ready" he said')
    assert tokens("Erdoğan’s co-op") == ("erdogans", "co", "op")


def test_exact_containment_and_near_identical_group():
    a = m("a", LINE, date="2022-09-23")
    b = m("b", LINE.upper().replace(",", ""))  # same words
    c = m("c", "a farce staged at gunpoint, and no one in Kyiv")  # partial
    d = m("d", LINE.replace("farce", "sham").replace("ever ", ""))  # reworded
    far = m("e", "Grain exports from Odesa resumed this morning under the new deal")
    p = grouped(a, b, c, d, far)
    assert same(p, a, b) and same(p, a, c) and same(p, a, d)
    assert not same(p, a, far)
    assert [g.id for g in p.groups(2)] == [p.group_id(a.key)]


def test_unrelated_sentences_sharing_a_phrase_stay_apart():
    a = m("a", "We will not allow the aggressor to dictate terms to a free nation")
    b = m("b", "We will not allow prices to rise again before the winter comes", "Olaf Scholz")
    p = grouped(a, b)
    assert not same(p, a, b)


def test_short_partial_needs_the_same_speaker():
    long_ = m("a", "Being nominated means so much to me and to the whole crew", "Kate Winslet")
    other = m("b", "means so much to me", "Craig Bellamy")
    assert not same(grouped(long_, other), long_, other)
    own = m("c", "means so much to me", "Winslet")
    assert same(grouped(long_, own), long_, own)


def test_short_quotes_group_only_identical_and_same_speaker():
    a = m("a", "Absolutely not.", "Dmitry Peskov")
    b = m("b", "absolutely not", "Peskov")
    c = m("c", "Absolutely not", "Ned Price")
    d = m("d", "Absolutely never", "Dmitry Peskov")
    e = m("e", "Absolutely not", None)
    p = grouped(a, b, c, d, e)
    assert same(p, a, b)
    assert not any(same(p, a, x) for x in (c, d, e))


def test_terms_never_group_with_quotes_but_with_the_same_term():
    q = m("a", "false flag", "Dmitry Peskov")
    t1 = m("b", "false flag", None, kind="term")
    t2 = m("c", "False flag", None, kind="term")
    long_q = m("d", "This is a false flag operation staged by the Kyiv regime, nothing else")
    long_t = m("e", "a false flag operation staged by the Kyiv regime", None, kind="term")
    p = grouped(q, t1, t2, long_q, long_t)
    assert same(p, t1, t2) and not same(p, q, t1) and not same(p, long_q, long_t)


def test_flags_worded_and_credited_differently():
    a = m("a", LINE, "Dmytro Kuleba", date="2022-09-23")
    b = m("b", LINE.replace("farce", "sham"), "Kuleba", date="2022-09-24")
    c = m("c", LINE, "Volodymyr Zelensky", date="2022-09-25")
    p = grouped(a, b, c)
    g = p.group_of(a.key)
    assert g.worded_differently and g.credited_differently
    assert g.earliest == a
    assert g.reworded == {b.key} and g.recredited == {c.key}
    plain = grouped(m("x", LINE), m("y", LINE)).groups(2)[0]
    assert not plain.worded_differently and not plain.credited_differently


def test_disjoint_parts_of_one_quote_are_not_worded_differently():
    whole = m("a", LINE, date="2022-09-23")
    first = m("b", "The so-called referendum is a farce staged at gunpoint")
    second = m("b", "no one in Kyiv or Brussels will ever recognise it", start=200)
    g = grouped(whole, first, second).group_of(whole.key)
    assert len(g.members) == 3 and not g.worded_differently and not g.reworded


def test_changed_spans_mark_replaced_and_added_words_only():
    earliest = "We will defend every inch of our land, whatever it costs"
    text = "We shall defend every single inch of our land, whatever it costs"
    marked = [text[s:e] for s, e in changed_spans(text, earliest)]
    assert marked == ["shall", "single"]
    assert changed_spans("every inch of our land, whatever", earliest) == []


def test_adding_touches_only_joined_groups_and_removing_splits():
    g = Grouper(temporary())
    p = Provenance(g.db)
    a, grain = m("a", LINE), m("b", "Grain exports from Odesa resumed this morning under the deal")
    with g.transaction():
        g.add_article("a", [a])
        g.add_article("b", [grain])
    gid_b = p.group_id(grain.key)
    with g.transaction():
        touched = g.add_article("c", [m("c", LINE.replace("farce", "sham"))])
    assert gid_b not in touched and touched == {p.group_id(a.key)}
    bridge = m("d", LINE + " and grain exports from Odesa resumed this morning under the deal")
    with g.transaction():
        g.add_article("d", [bridge])
    assert len(p.partition()) == 1  # the long quote joins both
    with g.transaction():
        g.remove_article("d")
    assert len(p.partition()) == 2  # and leaving splits them again
    assert p.group_id(grain.key) != p.group_id(a.key)


def saved_articles(folder) -> set[str]:
    db = sqlite3.connect(folder / FILE)
    try:
        return {r[0] for r in db.execute("SELECT id FROM articles")}
    finally:
        db.close()


def test_saved_groups_are_reused_and_updated_incrementally(tmp_path):
    a, b = m("a", LINE), m("b", LINE.replace("farce", "sham"))
    p, report = sync(tmp_path, [a, b])
    assert sorted(report.added) == ["a", "b"]
    assert saved_articles(tmp_path) == {"a", "b"}
    gid = p.group_id(a.key)
    p.close()
    c = m("c", "a farce staged at gunpoint, and no one in Kyiv")
    p2, report2 = sync(tmp_path, [a, b, c])
    assert report2.added == ["c"] and report2.touched == {gid}
    assert p2.group_id(c.key) == p2.group_id(a.key) == gid
    p2.close()
    p3, report3 = sync(tmp_path, [a, c])
    assert report3.removed == ["b"] and report3.added == [] and p3.group_id(b.key) is None
    _, report4 = sync(tmp_path, [a, c])
    assert (report4.added, report4.removed, report4.touched) == ([], [], set())


def test_damaged_groups_are_set_aside_and_rebuilt(tmp_path):
    (tmp_path / FILE).write_bytes(b"SQLite format 3\x00" + b"\x07" * 600)
    p, report = sync(tmp_path, [m("a", LINE), m("b", LINE)])
    assert report.notices and "set aside" in report.notices[0]
    assert (tmp_path / f"{FILE}.bad").exists()
    assert len(p.groups(2)) == 1
    assert saved_articles(tmp_path) == {"a", "b"}  # made again, whole


def test_a_missing_or_foreign_table_is_rebuilt_not_a_crash(tmp_path):
    a, b = m("a", LINE), m("b", LINE)
    sync(tmp_path, [a, b])[0].close()
    db = sqlite3.connect(tmp_path / FILE)
    db.execute("DROP TABLE pairs")
    db.commit()
    db.close()
    p, report = sync(tmp_path, [a, b])
    assert "set aside" in report.notices[0] and p.group_id(a.key) == p.group_id(b.key)
    p.close()
    db = sqlite3.connect(tmp_path / FILE)
    db.execute("CREATE TRIGGER planted AFTER INSERT ON members BEGIN DELETE FROM members; END")
    db.commit()
    db.close()
    p, report = sync(tmp_path, [a, b, m("c", LINE)])
    assert "set aside" in report.notices[0] and len(p.group_of(a.key).members) == 3


def test_groups_saved_under_other_rules_are_computed_again(tmp_path, monkeypatch):
    from warreader.index.provenance import relate

    a, b = m("a", LINE), m("b", LINE.replace("farce", "sham").replace("ever ", ""))
    sync(tmp_path, [a, b])[0].close()
    monkeypatch.setattr(relate, "NEAR", 0.99)
    p, report = sync(tmp_path, [a, b])
    assert sorted(report.added) == ["a", "b"]  # nothing reused
    assert p.group_id(a.key) != p.group_id(b.key)


def test_groups_that_cannot_be_written_are_computed_in_a_private_copy(tmp_path, monkeypatch):
    """Tests run as root, so a read-only folder or file is simulated where it is opened."""
    from warreader.index.provenance import tables

    a, b = m("a", LINE), m("b", LINE)
    sync(tmp_path, [a])[0].close()  # saved: a only
    connect = tables._connect

    def read_only(path):
        if str(path).startswith(str(tmp_path)):
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                                 isolation_level=None)
            return db
        return connect(path)

    monkeypatch.setattr(tables, "_connect", read_only)
    p, report = sync(tmp_path, [a, b])  # b must be added: the saved file refuses
    assert p.group_id(a.key) == p.group_id(b.key) and not report.notices
    assert saved_articles(tmp_path) == {"a"}  # untouched

    def unopenable(path):
        if str(path).startswith(str(tmp_path)):
            raise sqlite3.OperationalError("unable to open database file")
        return connect(path)

    monkeypatch.setattr(tables, "_connect", unopenable)
    p, _ = sync(tmp_path, [a, b])
    assert p.group_id(a.key) == p.group_id(b.key)
    assert sorted(x.name for x in tmp_path.iterdir()) == [FILE]


def test_a_merge_keeps_the_largest_groups_id_counting_what_the_article_added():
    grain = "Grain exports from Odesa resumed this morning under the deal"
    g = Grouper(temporary())
    p = Provenance(g.db)
    with g.transaction():
        for n in range(3):
            g.add_article(f"b{n}", [m(f"b{n}", grain)])
        for n in range(2):
            g.add_article(f"a{n}", [m(f"a{n}", LINE)])
    big, small = p.group_id(("b0", 0, len(grain))), p.group_id(("a0", 0, len(LINE)))
    assert big != small
    # the first quote joins the grain group (now 4), the second bridges both (2 + 4)
    with g.transaction():
        g.add_article("x", [m("x", grain), m("x", LINE + " and " + grain, start=100)])
    assert len(p.partition()) == 1 and p.group_id(("a0", 0, len(LINE))) == big
    with g.transaction():  # leaving splits them: the larger part keeps the id
        g.remove_article("x")
    line = p.group_id(("a0", 0, len(LINE)))
    assert p.group_id(("b0", 0, len(grain))) == big and line not in (big, small)
    with g.transaction():  # and the other way round: the line's group grows first
        for n in range(2, 6):
            g.add_article(f"a{n}", [m(f"a{n}", LINE)])
        g.add_article("y", [m("y", grain + " and " + LINE)])
    assert p.group_id(("b0", 0, len(grain))) == p.group_id(("a0", 0, len(LINE))) == line
