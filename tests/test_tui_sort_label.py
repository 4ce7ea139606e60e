"""The list's order says what it really is: in a corpus without dates or outlets (the
BBC's) "by date" listed business/001.txt first, and `o` to "by outlet" moved nothing;
now `o` passes over an order that changes nothing ("by file" came twice in the cycle)."""

from __future__ import annotations

from pathlib import Path

from tests.tui_support import make_app, press, wait_ready


def _corpus(root: Path) -> Path:
    for folder in ("harbour", "market"):
        (root / folder).mkdir(parents=True)
        for n in (1, 2):
            (root / folder / f"00{n}.txt").write_text(
                f"Stalls return to the {folder} {n}\n\nTraders came back on Monday.\n",
                encoding="utf-8")
    return root


async def test_an_undated_corpus_is_listed_by_file_and_says_so(tmp_path):
    app = make_app(tmp_path / "ix", [_corpus(tmp_path / "corpus")])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        articles = app.main_screen.articles
        assert articles.border_subtitle == "4 · by file"
        assert [Path(s.path).parent.name for s in articles.rows][:2] == ["harbour", "harbour"]
        seen = []
        for _ in range(4):
            await press(pilot, "o")
            seen.append(articles.border_subtitle)
        # by outlet, without outlets, is the file order again: passed over
        assert seen == ["4 · by title", "4 · by quote count", "4 · by file", "4 · by title"]
        assert articles.sort_by == "title"


async def test_the_seeds_keep_their_sort_names(tmp_path):
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        articles = app.main_screen.articles
        assert articles.border_subtitle == "5 · by date"
        await press(pilot, "o", "o")
        assert articles.border_subtitle == "5 · by outlet"


async def test_by_outlet_without_outlets_is_passed_over_when_dates_order_it(tmp_path):
    from tests.tui_support import SEEDS

    seeds = [next(SEEDS.glob(f"{n}_*.txt")) for n in ("004", "001")]  # dated; no outlets
    app = make_app(tmp_path / "ix", seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        articles = app.main_screen.articles
        assert articles.border_subtitle == "2 · by date"
        await press(pilot, "o", "o")  # title, then outlet: none, so the date order again
        assert articles.border_subtitle == "2 · by quote count"
        await press(pilot, "o")
        assert articles.border_subtitle == "2 · by date"
        assert Path(articles.rows[0].path).name.startswith("004")


def test_a_list_not_stored_yet_passes_over_the_same_order():
    from warreader.index.search.article_view import MemoryView
    from warreader.index.search.summary import ArticleSummary
    from warreader.tui.screens.listing import sorted_view

    def summary(n: int, date: str | None, outlet: str | None) -> ArticleSummary:
        return ArticleSummary(str(n), f"/c/{n}.txt", f"Title {3 - n}", date, None, outlet, n)

    undated = MemoryView([summary(n, None, None) for n in (1, 2)])
    assert sorted_view(undated, None, "outlet", cycling=True).sort == "quotes"
    assert sorted_view(undated, None, "outlet", cycling=False).sort == "outlet"  # asked for
    assert sorted_view(undated, None, "title", cycling=True).sort == "title"
    one_outlet = MemoryView([summary(1, None, None), summary(2, None, "Harbour Post")])
    assert sorted_view(one_outlet, None, "outlet", cycling=True).sort == "outlet"
