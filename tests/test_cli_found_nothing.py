"""Found nothing is not an error: `search` without hits and `export --query` whose hits
hold no quotation both exit 0 and say why on stderr; `export` says how many articles
the query does find when they hold no quotation it matches (ux29 #16, #17)."""

from __future__ import annotations

import pytest

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders()


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
