"""`warreader speakers` names at most three of a speaker's articles, and of the other
names it is called by, in its table, then "+N more"; `--json` has every one (ux29 #18:
Alex Ferguson's 14 files made his row 14 lines tall at 80 columns; ux31: then his seven
other names made it 15)."""

from __future__ import annotations

import json

from warreader.tui.cli import main

MENTIONS = ("Ann Pike, the harbour master", "harbour master Ann Pike", "Ms Pike", "Pike",
            "the port's chief Ann Pike", "Harbour chief Ann Pike", "Port boss Ann Pike")


def test_the_table_names_three_then_counts_the_rest(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "ix"))
    monkeypatch.setenv("COLUMNS", "200")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, mention in enumerate(MENTIONS, 1):
        (corpus / f"day{n}.txt").write_text(
            f"Harbour talks, day {n}\n\nAnn Pike runs the port.\n\n\"The ferries will sail "
            f"again on day {n},\" said {mention}.\n", encoding="utf-8")
    assert main(["speakers", str(corpus), "--json"]) == 0
    [ann] = json.loads(capsys.readouterr().out)
    files = [a.rsplit("/", 1)[-1] for a in ann["articles"]]
    assert files == [f"day{n}.txt" for n in range(1, 8)]
    assert len(ann["aliases"]) > 3, ann["aliases"]
    assert main(["speakers", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "day1.txt, day2.txt, day3.txt, +4 more" in out, out
    assert "day4.txt" not in out
    shown = ", ".join(ann["aliases"][:3]) + f", +{len(ann['aliases']) - 3} more"
    assert shown in out, out
    assert ann["aliases"][3] not in out.replace(shown, "")
