"""`warreader provenance` and `warreader search group:N` on our own re-reporting articles
(real reader and extractor), and the groups saved beside the index."""

from __future__ import annotations

import json
import sqlite3

import pytest
from warreader.index.provenance.tables import FILE

from tests.cli_support import run
from tests.provenance_support import LINE, write_corpus


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    return write_corpus(tmp_path / "articles"), tmp_path / "index"


def groups_json(capsys, folder, index_dir, *extra):
    status, out, err = run(capsys, "provenance", str(folder), "--index-dir", str(index_dir),
                           "--json", *extra)
    assert status == 0, err
    return json.loads(out)["groups"]


def test_json_lists_the_group_with_members_and_both_flags(capsys, corpus):
    folder, index_dir = corpus
    groups = groups_json(capsys, folder, index_dir)
    first = groups[0]
    assert first["articles"] == 4
    assert first["worded_differently"] and first["credited_differently"]
    members = first["members"]
    assert [m["outlet"] for m in members] == [
        "Stars and Stripes", "Kyiv Independent", "Baltic Times", "Geneva Gazette"]
    assert [m["date"] for m in members] == [
        "2022-02-16", "2022-02-17", "2022-02-18", "2022-02-19"]
    assert [m["speaker"] for m in members] == [
        "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Sergey Lavrov"]
    assert members[0]["text"].startswith(LINE) and members[0]["article"].endswith("a_stripes.txt")
    assert members[2]["text"].startswith("a false alarm spread by Western capitals")
    assert [m["reworded"] for m in members] == [False, True, False, False]
    assert [m["recredited"] for m in members] == [False, False, False, True]
    source = (folder / "a_stripes.txt").read_text(encoding="utf-8")
    assert source[members[0]["start"]:members[0]["end"]] == members[0]["text"]
    kuleba = groups[1]
    assert kuleba["articles"] == 2 and not kuleba["credited_differently"]
    assert (index_dir / FILE).exists()  # the groups live beside the index


def test_min_size_keeps_larger_groups_and_rejects_zero(capsys, corpus):
    folder, index_dir = corpus
    assert len(groups_json(capsys, folder, index_dir, "--min-size", "3")) == 1
    assert groups_json(capsys, folder, index_dir, "--min-size", "5") == []
    status, _, err = run(capsys, "provenance", str(folder), "--index-dir", str(index_dir),
                         "--min-size", "0")
    assert status == 2 and err.strip() == "warreader: --min-size must be at least 1"


def test_table_shows_flags_and_outlets(capsys, corpus):
    folder, index_dir = corpus
    status, out, _ = run(capsys, "provenance", str(folder), "--index-dir", str(index_dir))
    assert status == 0
    assert "worded differently" in out and "credited differently" in out
    assert "2022-02-16 · Stars and Stripes" in out
    words = " ".join(out.split())  # the count says flagged for what ("(1 flagged)" did not)
    assert "or more articles (1 of them worded or credited differently)" in words, out


def test_search_group_finds_quotes_in_n_or_more_articles(capsys, corpus):
    folder, index_dir = corpus

    def search(query):
        status, out, err = run(capsys, "search", query, str(folder), "--index-dir",
                               str(index_dir), "--json", "--kind", "quote")
        assert status == 0, err
        return json.loads(out)["hits"]

    four = search("group:4")
    assert len(four) == 4 and {h["path"].rsplit("/", 1)[-1] for h in four} == {
        "a_stripes.txt", "b_independent.txt", "c_baltic.txt", "d_gazette.txt"}
    two = search("group:2")
    assert len(two) == 6  # the four plus Kuleba's line in two articles
    assert [h["speaker"] for h in search("group:2 speaker:kuleba")] == ["Dmytro Kuleba"] * 2
    assert search("group:5") == []
    status, out, _ = run(capsys, "search", "group:4", str(folder), "--index-dir",
                         str(index_dir), "--json")
    assert json.loads(out)["query"] == "group:4"  # as asked, not "kind:quote "
    status, out, _ = run(capsys, "search", "group:4", str(folder), "--index-dir",
                         str(index_dir))
    assert "hits for 'group:4'" in out, out
    status, _, err = run(capsys, "search", "group:many", str(folder), "--index-dir",
                         str(index_dir))
    assert status == 2 and "group: takes a number of articles" in err


def test_adding_an_article_updates_the_saved_groups(capsys, corpus):
    folder, index_dir = corpus
    groups_json(capsys, folder, index_dir)
    (folder / "e_wire.txt").write_text(
        "Wire report\n\nBy Ann Lee for Wire Daily\n\nSunday, February 20, 2022\n\n"
        "“We see no sign of a pullback of forces on the ground,” Ukrainian Foreign "
        "Minister Dmytro Kuleba said again.\n", encoding="utf-8")
    groups = groups_json(capsys, folder, index_dir)
    assert [g["articles"] for g in groups] == [4, 3]
    db = sqlite3.connect(index_dir / FILE)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    db.close()
