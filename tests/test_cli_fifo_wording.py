"""A FIFO in the corpus is worded one way by every command (ux29): `quotes`,
`speakers`, `articles`, `provenance` and `export` said "not a regular file (a FIFO)",
`index` and `search` (the index's listing) "cannot read: not a regular file (a FIFO)".
One skip line, as the README shows it and the reader's `u` list says it:
``warreader: skipped PATH: not a regular file (a FIFO)``."""

from __future__ import annotations

import os

import pytest
from warreader.tui.cli import main

from tests.search_support import small_corpus

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)


@pytest.mark.parametrize("argv", [
    ["quotes"], ["speakers"], ["articles"], ["index"], ["search", "kyiv"],
    ["provenance"], ["corrections"], ["export", "--all", "--format", "txt"],
])
def test_a_fifo_is_not_a_regular_file_in_every_command(capsys, tmp_path, argv):
    folder = small_corpus(tmp_path / "articles")
    os.mkfifo(folder / "pipe.txt")
    main([*argv, str(folder), "--index-dir", str(tmp_path / "index")])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "pipe.txt" in line]
    assert lines == [f"warreader: skipped {folder / 'pipe.txt'}: not a regular file (a FIFO)"], err


def test_search_says_it_alike_when_the_index_is_already_built(capsys, tmp_path):
    folder = small_corpus(tmp_path / "articles")
    os.mkfifo(folder / "pipe.txt")
    index = ["--index-dir", str(tmp_path / "index")]
    main(["index", str(folder), *index])
    capsys.readouterr()
    main(["search", "kyiv", str(folder), *index])
    err = capsys.readouterr().err
    assert f"skipped {folder / 'pipe.txt'}: not a regular file (a FIFO)" in err, err
    assert "cannot read" not in err
