"""At 80 columns (a pipe, or a narrow terminal) the tables of `search` and `speakers`
name every file whole, folded over lines as `quotes` and `articles` fold them (ux29:
`search` showed "business/163…" and `speakers` "000_7c7ef417a…", a name no user can
open or tell from its neighbours)."""

from __future__ import annotations

import pytest
from warreader.tui.cli import main

from tests.search_support import write

LONG = "2022-02-24_kyiv-independent_evening-briefing.txt"
OTHER = "2022-02-24_kyiv-independent_morning-briefing.txt"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, LONG, "Kyiv at night",
          "“We will hold the line in every district,” said Ann Pike, the deputy "
          "commander of the eastern defence directorate.")
    write(folder, OTHER, "Kyiv at dawn",
          "“The line held through the night,” said Ann Pike, the deputy commander of "
          "the eastern defence directorate.")
    return folder


def _column(out: str, header: str) -> str:
    """Every line's cell under ``header`` in a Rich table, joined without spaces."""
    lines = out.splitlines()
    heads = next(line for line in lines if header in line)
    at = [cell.strip() for cell in heads.split("┃")].index(header)
    cells = [line.split("│")[at] for line in lines if line.startswith("│")]
    return "".join(cell.strip() for cell in cells)


def test_search_names_each_file_whole(capsys, tmp_path, corpus):
    main(["search", "line", str(corpus), "--index-dir", str(tmp_path / "index")])
    out = capsys.readouterr().out
    shown = _column(out, "article")
    assert LONG in shown and OTHER in shown, out
    assert "…" not in shown


def test_speakers_names_each_file_whole(capsys, tmp_path, corpus):
    main(["speakers", str(corpus), "--index-dir", str(tmp_path / "index")])
    out = capsys.readouterr().out
    files = _column(out, "articles")
    assert f"{LONG}," in files or f"{OTHER}," in files, out
    assert LONG in files and OTHER in files, out
