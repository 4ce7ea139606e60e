"""`warreader search` checks the query before any work (ux27): a bad query answered only
after the index refresh (seconds on a large corpus, and the index written). Now it says
its one-line error and exits 2 at once, with no index opened, made or updated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from warreader.index.corpus import Corpus
from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)


@pytest.mark.parametrize(("query", "message"), [
    ("speaker:(", "unbalanced '('"),
    ("colour:red", "unknown field 'colour:'"),
    ("date:2022-13", "date"),
    ("nato group:x", "group: takes a number"),
    ("nato OR", "'OR' needs a word after it"),
])
def test_a_bad_query_touches_no_index(capsys, tmp_path, monkeypatch, query, message):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    index_dir = tmp_path / "index"

    def no_open(*args, **kwargs):
        raise AssertionError("the corpus was opened for a bad query")

    monkeypatch.setattr(Corpus, "open", no_open)
    status = main(["search", query, str(corpus), "--index-dir", str(index_dir)])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith("warreader: bad query: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert not index_dir.exists()


def test_a_good_query_still_searches(capsys, tmp_path):
    status = main(["search", "speaker:(peskov)", str(SEEDS), "--index-dir",
                   str(tmp_path / "index")])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "Peskov" in out and tmp_path.joinpath("index").exists()
