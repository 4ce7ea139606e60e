"""bench/rule_census.py: every switch names a function the engine has, a kept transfer set
is scored as the issue's scorer scores it, the table's net counts read sets only, and the
CPU shares are shares of extraction (invented text only)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import rule_census  # noqa: E402
from warreader.index.model import Article, Paragraph  # noqa: E402

TEXT = (
    "Ferry talks stall\n\n"
    "Harbour master Olwen Prys said: \u201cThe ferry will not sail this week.\u201d\n\n"
    "\u201cWe need a new engine,\u201d said the council leader, Tom Ashby.\n"
)


def _switches() -> list[tuple[str, list[str]]]:
    out = []
    for line in (REPO / "bench" / "rule_census.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, specs = line.strip().split("|")
            out.append((name, specs.split(";")))
    return out


def test_every_switch_names_a_function_and_a_known_neutral_value():
    switches = _switches()
    assert len(switches) > 150
    assert len({name for name, _ in switches}) == len(switches)
    for name, specs in switches:
        for spec in specs:
            target, neutral = spec.split("=")
            assert neutral in rule_census.NEUTRAL, name
            modname, attr = target.split(":")
            obj = importlib.import_module(f"warreader.index.quotes.{modname}")
            for part in attr.split("."):
                obj = getattr(obj, part)
            assert callable(obj), name


def _line(quote: str, speaker: str) -> dict:
    start = TEXT.index(quote)
    return {"article": "a.txt", "start": start, "end": start + len(quote), "text": quote,
            "kind": "quote", "speaker": speaker, "mention": speaker}


def test_a_transfer_set_is_scored_line_by_line(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    path = tmp_path / "articles" / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    first = _line("The ferry will not sail this week.", "Olwen Prys")
    second = _line("We need a new engine,", "Tom Ashby")
    (tmp_path / "gold.jsonl").write_text(
        "".join(json.dumps(g) + "\n" for g in (first, second)), encoding="utf-8"
    )
    monkeypatch.setitem(rule_census.TRANSFER, "transfer/a.txt", path)
    gold, family = rule_census._gold()
    assert family["transfer/a.txt"] == "transfer"
    pred = {"transfer/a.txt": [
        {**first, "speaker": "Olwen Prys"},  # right
        {**second, "speaker": "Olwen Prys"},  # wrong speaker
        {**_line("Ferry talks stall", ""), "speaker": None},  # spurious
    ]}
    status, spurious = rule_census.statuses(pred, gold, family, {"transfer/a.txt"})
    assert sorted(status.values()) == ["ok", "wrong"]
    assert spurious["transfer"] == 1
    pred["transfer/a.txt"] = pred["transfer/a.txt"][:1]
    status, spurious = rule_census.statuses(pred, gold, family, {"transfer/a.txt"})
    assert sorted(status.values()) == ["miss", "ok"] and spurious["transfer"] == 0


def test_the_table_nets_the_read_sets_and_leaves_transfer_apart(tmp_path, capsys):
    rows = {f: (0, 0, 0) for f in rule_census.FAMILY_ORDER}
    rows.update(bbcdev=(3, 1, 0), polnear=(2, 0, 1), transfer=(0, 5, 4))
    out = tmp_path / "c.jsonl"
    out.write_text(json.dumps({"rule": "x.y", "fired_articles": 4, "changed": 9,
                               "right_wrong_spurious": rows, "cpu_pct": 0.5}) + "\n")
    rule_census.table(out)
    last = capsys.readouterr().out.splitlines()[-1]
    cells = [c.strip() for c in last.strip("|").split("|")]
    # right 5, wrong 1, one spurious quotation added: net +3; transfer's 0/5 shown apart
    assert cells[0] == "`x.y`" and cells[3] == "3/1" and cells[9] == "0/5"
    assert cells[-3:] == ["+1", "+3", "0.5"]


def test_the_table_names_the_transfer_column_by_the_census_folder(tmp_path, capsys):
    rows = {f: (0, 0, 0) for f in rule_census.FAMILY_ORDER}
    rec = {"rule": "x.y", "fired_articles": 1, "changed": 1, "right_wrong_spurious": rows}
    out = tmp_path / "c.jsonl"
    out.write_text(json.dumps({**rec, "transfer": "para-split"}) + "\n")
    rule_census.table(out)
    assert "| PolNeAR train | para-split | spurious |" in capsys.readouterr().out
    out.write_text(json.dumps(rec) + "\n")
    rule_census.table(out)
    head = capsys.readouterr().out.splitlines()[0]
    assert "| PolNeAR train | transfer | spurious |" in head and "names-world" not in head


def test_cpu_shares_are_shares_of_extraction():
    art = Article(id="a", path="a", title="Ferry talks stall",
                  paragraphs=[Paragraph(p, 0, len(p)) for p in TEXT.split("\n\n")[1:]])
    shares = rule_census.cpu_shares(
        {"bbc/a.txt": art},
        [("rs.whole", ["extract:extract_quotes=none"]), ("ev.none", ["marks:no_such=none"])],
    )
    assert 99.0 <= shares["rs.whole"] <= 100.0
    assert shares["ev.none"] == 0.0
