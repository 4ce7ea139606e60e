"""Found nothing is not an error: `search` without hits and `export --query` whose hits
hold no quotation both exit 0 and say why on stderr; `export` says how many articles
the query does find when they hold no quotation it matches (ux29 #16, #17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "ix"))
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_export_of_a_query_matching_articles_only_says_so_and_exits_0(capsys, tmp_path):
    target = tmp_path / "kyiv.md"
    status, out, err = run(capsys, "export", str(SEEDS), "--query", "kyiv",
                           "-o", str(target))
    assert status == 0 and out == ""
    assert err == ("warreader: 3 articles match 'kyiv', but none of their quotations: "
                   "nothing to export\n")
    assert not target.exists()  # no empty file left behind


def test_export_of_a_query_matching_nothing_exits_0_as_search_does(capsys):
    status, out, err = run(capsys, "search", "zzqqx", str(SEEDS))
    assert status == 0 and "no hits for 'zzqqx'" in out
    status, out, err = run(capsys, "export", str(SEEDS), "--query", "zzqqx",
                           "--format", "jsonl")
    assert status == 0 and out == ""
    assert err == "warreader: nothing to export: no quotation matches 'zzqqx'\n"


@pytest.mark.parametrize("argv", [["--query", "speaker:("], ["--speaker", "Nobody Atall"]])
def test_user_errors_still_exit_2(capsys, argv):
    status, _, err = run(capsys, "export", str(SEEDS), *argv)
    assert status == 2 and err.startswith("warreader: ")
