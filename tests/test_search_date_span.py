"""A `date:` search that finds nothing in a dated corpus says the dates the corpus holds
when the date alone is why (ux27: `kind:quote date:2022-02` on the seeds, dated
2023-01-05..2023-03-31, advised fewer words, a prefix or OR). The rest of the query
must find something on its own; else the usual advice stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui.cli import main

from tests.tui_support import flat, pane_text, press, ready_reader, search_for

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HELD = "no article dated 2022-02; articles are dated 2023-01-05..2023-03-31"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.mark.parametrize(("query", "said"), [
    ("date:2022-02", HELD),
    ("kind:quote date:2022-02", HELD),
    ("speaker:peskov date:2022-02", HELD),
    ("date:[2022-02-01 to 2022-02-28]",
     "no article dated 2022-02-01 to 2022-02-28; articles are dated 2023-01-05..2023-03-31"),
    ("zzqxw date:2022-02", None),  # the rest finds nothing either: not the date's fault
    ("zzqxw OR date:2022-02", None),  # not all ANDed
])
def test_the_cli_says_the_dates_the_corpus_holds(capsys, tmp_path, query, said):
    assert main(["search", query, str(SEEDS), "--index-dir", str(tmp_path / "ix")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(f"no hits for {query!r}"), out
    if said:
        assert f"({said})" in out, out
    else:
        assert "articles are dated" not in out, out


async def test_the_reader_says_the_dates_the_corpus_holds(tmp_path):
    async with ready_reader(tmp_path / "ix") as pilot:
        app, screen = pilot.app, pilot.app.main_screen
        await search_for(pilot, "kind:quote date:2022-02")
        await press(pilot, "enter")
        assert screen.results.total == 0
        pane = pane_text(app, screen.results_list, screen.results_list.content_region)
        assert f"No article or quote matches: {HELD}" in pane, pane
        assert "Try fewer words" not in pane
        assert HELD in flat(pane_text(app, screen.search_bar))
