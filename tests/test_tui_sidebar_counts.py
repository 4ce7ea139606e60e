"""The sidebar's subtitle (how many speakers and quotes, how many unattributed) fits
its border at 160x45 and at 80x24: shorter wording when narrow, never cut mid-word
("0 speakers · 1 quote (1 unattribute…")."""

from __future__ import annotations

import pytest
from warreader.tui.widgets.sidebar import fit_counts

from tests.tui_support import make_app, press, screen_text, settle, wait_ready


def _bottom_border(app) -> str:
    """The sidebar's lower border as the terminal shows it."""
    region = app.main_screen.sidebar.region
    line = screen_text(app).splitlines()[region.bottom - 1]
    return line[region.x:region.right]


@pytest.mark.parametrize(("size", "wording"), [
    ((160, 45), "0 speakers · 1 quote (1 unattr.)"),
    ((80, 24), "0 spk · 1 q · 1 unattr."),
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


def test_the_wording_shortens_to_fit_and_keeps_every_count_while_it_can():
    assert fit_counts(7, 14, 3) == "7 speakers · 14 quotes (3 unattributed)"
    assert fit_counts(7, 14, 0, 20) == "7 spk · 14 q"
    assert fit_counts(7, 14, 0, 22) == "7 speakers · 14 quotes"
    bbc = (2345, 10876, 1234)
    assert fit_counts(*bbc, 36) == "2,345 spk · 10,876 q · 1,234 unattr."
    assert fit_counts(*bbc, 41) == "2,345 spk · 10,876 quotes (1,234 unattr.)"
    assert fit_counts(*bbc, 10) == "2,345 spk · 10,876 q"  # the last resort: no cut number
    for room in range(10, 60):
        shown = fit_counts(*bbc, room)
        assert len(shown) <= room or shown == "2,345 spk · 10,876 q"
