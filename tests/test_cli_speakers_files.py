"""`warreader speakers` names at most three of a speaker's articles in its table, then
"+N more"; `--json` names every one (ux29 #18: Alex Ferguson's 14 files made his row 14
lines tall at 80 columns)."""

from __future__ import annotations

import json

from warreader.tui.cli import main


def test_the_table_names_three_articles_then_counts_the_rest(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "ix"))
    monkeypatch.setenv("COLUMNS", "200")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 6):
        (corpus / f"day{n}.txt").write_text(
            f"Harbour talks, day {n}\n\n\"The ferries will sail again on day {n},\" said "
            "Ann Pike, the harbour master.\n", encoding="utf-8")
    assert main(["speakers", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "day1.txt, day2.txt, day3.txt, +2 more" in out, out
    assert "day4.txt" not in out and "day5.txt" not in out
    assert main(["speakers", str(corpus), "--json"]) == 0
    [ann] = json.loads(capsys.readouterr().out)
    assert [a.rsplit("/", 1)[-1] for a in ann["articles"]] == [f"day{n}.txt" for n in range(1, 6)]
