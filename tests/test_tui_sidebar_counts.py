"""The sidebar's subtitle (how many speakers and quotes, how many unattributed) fits
its border at 160x45 and at 80x24: shorter wording when narrow, never cut mid-word
("0 speakers · 1 quote (1 unattribute…"), and in words a first-time user reads (review
U9: "2,156 spk · 7,294 q · 72 unattr." was cryptic)."""

from __future__ import annotations

import re

import pytest
from warreader.tui.widgets.sidebar import fit_counts

from tests.tui_support import make_app, press, screen_text, settle, wait_ready


def _bottom_border(app) -> str:
    """The sidebar's lower border as the terminal shows it."""
    region = app.main_screen.sidebar.region
    line = screen_text(app).splitlines()[region.bottom - 1]
    return line[region.x:region.right]


@pytest.mark.parametrize(("size", "wording"), [
    ((160, 45), "0 speakers · 1 quote"),  # the list's "(unattributed)" row says it
    ((80, 24), "0 speakers · 1 quote"),
])
async def test_the_counts_fit_the_sidebar_border(tmp_path, size, wording):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "A notice\n\n“Nobody is to come in here without a pass, and that is the end of it.”"
        "\n\nThe door stayed shut all week.\n", encoding="utf-8")
    app = make_app(tmp_path / "index", [corpus])
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await press(pilot, "enter")
        await press(pilot, "3")  # at 80 columns the sidebar shows in the list's place
        await settle(pilot)
        border = _bottom_border(app)
        assert border.startswith("╰") and border.endswith("╯")
        assert f" {wording} ─╯" in border and "…" not in border


def test_the_wording_shortens_to_fit_in_words():
    assert fit_counts(7, 14, 3) == "7 speakers · 14 quotes (3 unattributed)"
    assert fit_counts(7, 14, 0, 21) == "7 speakers, 14 quotes"
    assert fit_counts(7, 14, 0, 20) == "7 names, 14 quotes"
    assert fit_counts(7, 14, 0, 22) == "7 speakers · 14 quotes"
    bbc = (2156, 7294, 72)
    assert fit_counts(*bbc, 47) == "2,156 speakers · 7,294 quotes (72 unattributed)"
    assert fit_counts(*bbc, 36) == "2,156 speakers · 7,294 quotes"  # 160x45
    assert fit_counts(*bbc, 28) == "2,156 speakers, 7,294 quotes"
    assert fit_counts(*bbc, 26) == "2,156 names, 7,294 quotes"  # 80x24
    assert fit_counts(*bbc, 10) == "7,294 quotes"  # the last resort: no cut number
    for room in range(10, 60):
        shown = fit_counts(*bbc, room)
        assert len(shown) <= room or shown == "7,294 quotes"
        assert not re.search(r"\bspk\b|\bq\b|unattr\.", shown), shown


async def test_the_corpus_counts_in_words_at_80_and_160(tmp_path):
    """The seeds' corpus counts under the sidebar in corpus mode, whole at both sizes."""
    for size, wording in (((160, 45), "31 speakers · 72 quotes"), ((80, 24),
                                                                   "31 speakers · 72 quotes")):
        app = make_app(tmp_path / "ix")
        async with app.run_test(size=size) as pilot:
            await wait_ready(pilot)
            await press(pilot, "s", "3")
            await settle(pilot)
            assert f" {wording} ─╯" in _bottom_border(app), _bottom_border(app)
            assert app.main_screen.sidebar.tooltip == wording
