"""`warreader speakers --limit N`: the N most quoted speakers (the BBC's directory is
2,165 speakers, some 5,000 table lines at 80 columns, with no way to see only the top)."""

from __future__ import annotations

import json

from warreader.tui.cli import main

from tests.tui_support import SEEDS


def _speakers(capsys, *options: str) -> tuple[int, str, str]:
    status = main(["speakers", str(SEEDS), *options])
    out, err = capsys.readouterr()
    return status, out, err


def test_limit_keeps_the_most_quoted(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    status, out, _ = _speakers(capsys, "--json")
    every = json.loads(out)
    assert status == 0 and len(every) > 3
    status, out, _ = _speakers(capsys, "--json", "--limit", "3")
    assert status == 0 and json.loads(out) == every[:3]
    status, out, _ = _speakers(capsys, "--limit", "2")
    assert status == 0
    assert f"2 of {len(every)} speakers" in out
    rows = [line for line in out.splitlines() if line.startswith("│ ") and line[2] != " "]
    assert [r.split("│")[1].strip() for r in rows] == [s["name"] for s in every[:2]]
    status, out, _ = _speakers(capsys, "--limit", str(len(every) + 5))
    assert status == 0 and f"\n{len(every)} speakers" in "\n" + out.lstrip(), out[:200]


def test_a_limit_below_one_is_a_one_line_error(capsys):
    status, out, err = _speakers(capsys, "--limit", "0")
    assert status != 0 and out == ""
    assert err.strip() == "warreader: --limit must be at least 1"
