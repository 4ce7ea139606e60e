"""A list row of an undated article names its file; where the label under its folder does
not fit, the folder is cut first, never the end that tells one file from the next: at 100
columns every BBC row read "business/01… · 3 quotes", then "…/012.txt · 3 quotes" (five
BBC folders hold a 012.txt)."""

from __future__ import annotations

from pathlib import Path

from warreader.tui.widgets.article_list import fit_meta

from tests.tui_support import make_app, screen_text, wait_ready


def test_a_lone_label_loses_its_folder_before_its_name():
    assert fit_meta("business/012.txt", "3 quotes", 40, True) == "business/012.txt · 3 quotes"
    # the folder is cut from its end: "…/012.txt" was every BBC folder's 012.txt
    assert fit_meta("business/012.txt", "3 quotes", 23, True) == "bus…/012.txt · 3 quotes"
    assert fit_meta("business/012.txt", "3 quotes", 19, True) == "012.txt · 3 quotes"
    # the terms' count gives way before the folder (at 80 columns every BBC row with a
    # term read "097.txt · 7 quotes · 1 term")
    assert fit_meta("business/097.txt", "7 quotes · 1 term", 28, True) == (
        "business/097.txt · 7 quotes")
    assert fit_meta("entertainment/106.txt", "4 quotes · 1 term", 40, True) == (
        "entertainme…/106.txt · 4 quotes · 1 term")
    assert fit_meta("entertainment/106.txt", "4 quotes · 1 term", 28, True) == (
        "entertai…/106.txt · 4 quotes")
    assert fit_meta("sport/154.txt", "10 quotes · 1 term", 27, True) == (
        "sport/154.txt · 10 quotes")
    # a folder too short to cut keeps the label whole beside the bare number (at 100
    # columns the BBC's tech rows read "094.txt · 16 quotes")
    assert fit_meta("tech/094.txt", "16 quotes", 23, True) == "tech/094.txt · 16"
    assert fit_meta("sport/154.txt", "10 quotes · 1 term", 19, True) == "sport/154.txt · 10"
    # then the name alone; no room for the name: it is cut from its end
    assert fit_meta("sport/154.txt", "10 quotes · 1 term", 18, True) == "sport/154.txt · 10"
    assert fit_meta("sport/154.txt", "10 quotes · 1 term", 17, True) == "154.… · 10 quotes"
    assert fit_meta("sport/154.txt", "10 quotes · 1 term", 13, True) == "10 quotes"


def test_the_terms_count_gives_way_before_the_details_are_cut():
    # at 120 columns the seeds' rows read "2023-01… · 5 quotes · 4 terms", "Stars a… ·
    # 27 quotes · 1 term", "001_a1… · 15 quotes · 3 terms"
    assert fit_meta("2023-01-05 · 004_d1cc334512f7a4ab.txt", "5 quotes · 4 terms", 28) == (
        "2023-01-05 · 004… · 5 quotes")
    assert fit_meta("Stars and Stripes · 003_e.txt", "27 quotes · 1 term", 28) == (
        "Stars and Strip… · 27 quotes")
    assert fit_meta("001_a1de6b8a233f47ea.txt", "15 quotes · 3 terms", 28, True) == (
        "001_a1de6b8a233… · 15 quotes")
    assert fit_meta("2023-01-05", "5 quotes · 4 terms", 40) == "2023-01-05 · 5 quotes · 4 terms"


def test_dates_and_outlets_are_cut_as_before():
    details = "2022-02-16 · Stars and Stripes · a/b.txt"
    assert fit_meta(details, "15 quotes", 40) == "2022-02-16 · Stars and Stri… · 15 quotes"
    assert fit_meta("001_a1de6b8a2b5e3c41.txt", "15 quotes", 27, True) == (
        "001_a1de6b8a2b… · 15 quotes")  # a name without a folder: cut as before


def _write(root: Path) -> Path:
    for folder in ("kharkiv-region", "lviv-region"):
        (root / folder).mkdir(parents=True)
        for n in (1, 2):
            (root / folder / f"00{n}.txt").write_text(
                f"Power returns to {folder} district {n}\n\n“The lights are back on,” "
                f"engineer Oleh Example said of district {n}.\n", encoding="utf-8")
    return root


async def test_rows_at_100_columns_keep_the_file_names(tmp_path):
    app = make_app(tmp_path / "ix", [_write(tmp_path / "corpus")])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        region = app.main_screen.articles.content_region
        rows = [line[region.x:region.right]
                for line in screen_text(app).splitlines()[region.y:region.bottom]]
        metas = [row.strip() for row in rows if "quote" in row]
        assert len(metas) == 4
        # each keeps enough of its folder to tell the two 001.txt apart
        assert len(set(metas)) == 4, metas
        assert sorted(m.split("…/")[0] for m in metas) == [
            "khark", "khark", "lviv-", "lviv-"], metas
