"""Search results in two steps (issue 15): the hits of a keystroke's search come first,
uncounted ("50+ results, counting…"), then the count, which the next keystroke cancels;
the screen never shows a number that is not a count, and the next page can be had
while counting."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from warreader.index import corpus as corpus_module
from warreader.index.corpus import Corpus
from warreader.index.search import counting
from warreader.tui.screens import searching

from tests.tui_support import ALIASES, SEEDS, make_app, screen_text, settle, wait_ready

SIZE = (160, 45)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """60 articles (the seeds twelve times) and their index, made once."""
    root = tmp_path_factory.mktemp("counted")
    folder = root / "corpus"
    for n in range(12):
        shutil.copytree(SEEDS, folder / f"copy{n:02d}", ignore=shutil.ignore_patterns("*.md"))
    c = Corpus.open([folder], root / "ix", ALIASES)
    c.refresh()
    c.close()
    return folder, root / "ix"


@pytest.fixture
def app(built, tmp_path):
    folder, index_dir = built
    shutil.copytree(index_dir, tmp_path / "ix")
    return make_app(tmp_path / "ix", paths=[folder])


def hold_counts(monkeypatch) -> tuple[threading.Event, list[str]]:
    """Hold every slice of every count until the returned event is set; the queries
    whose slices were asked for, one entry a slice."""
    gate, slices = threading.Event(), []
    real = corpus_module.Corpus.count_step

    def held(self, counter):
        slices.append(counter.key[0])
        gate.wait(30)
        return real(self, counter)

    monkeypatch.setattr(corpus_module.Corpus, "count_step", held)
    return gate, slices


def search_line(app) -> str:
    return next(line for line in screen_text(app).splitlines() if " Search " in line)


async def until(pilot, condition, what: str) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > 60:
            raise AssertionError(f"never: {what}")
        await pilot.pause(0.05)


async def search_for(pilot, query: str):
    """Wait for the index, open search and type ``query``; the main screen."""
    await wait_ready(pilot)
    await pilot.press("slash")
    await pilot.pause(0.2)
    await pilot.press(*query)
    return pilot.app.main_screen


def true_count(app, query: str) -> int:
    screen = app.main_screen
    with screen.corpus_lock:
        return screen.corpus.search(query, limit=1, as_you_type=True, count=True).total


async def test_typed_hits_come_before_their_count_and_the_count_is_right(app, monkeypatch):
    gate, slices = hold_counts(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search_for(pilot, "Russia")
        await until(pilot, lambda: screen.results_list.hits and slices, "hits, then counting")
        await pilot.pause(0.1)
        assert len(screen.results_list.hits) == 50
        assert "50+ results, counting…" in search_line(app)
        assert "50 of 50+ results" in screen_text(app)
        gate.set()
        await settle(pilot)
        total = true_count(app, "Russia")
        assert total > 100
        line = search_line(app)
        assert f"{total} results" in line and "counting" not in line and "+" not in line
        assert f"50 of {total} results" in screen_text(app)
        assert screen.results.exact and screen.results.total == total


async def test_a_new_keystroke_cancels_the_count_of_the_query_before(app, monkeypatch):
    monkeypatch.setattr(counting, "STEP", 20)  # "Russia" takes several slices to count
    monkeypatch.setattr(searching, "DEBOUNCE", 1.0)  # the keystroke itself cancels, not
    # the search it starts after its debounce
    gate, slices = hold_counts(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search_for(pilot, "Russia")
        await until(pilot, lambda: slices == ["Russia"], "the count of 'Russia' begun")
        await pilot.press("n")  # "Russian": the count of "Russia" is moot
        await until(pilot, lambda: screen.search_bar.input.value == "Russian", "typed")
        gate.set()  # the slice held finishes; no further one is taken
        await pilot.pause(0.5)
        assert slices.count("Russia") == 1 and "Russian" not in slices  # still debouncing
        await until(pilot, lambda: screen.results is not None
                    and screen.results.query == "Russian", "results of 'Russian'")
        await settle(pilot)
        assert slices.count("Russia") == 1
        assert true_count(app, "Russia") > 20 * 2  # so counting it needed more slices
        total = true_count(app, "Russian")
        assert slices.count("Russian") >= 1 or total <= 50
        line = search_line(app)
        assert f"{total} results" in line and "counting" not in line
        assert screen.results.exact and screen.results.total == total


async def test_the_next_page_comes_while_counting_and_the_count_follows(app, monkeypatch):
    gate = threading.Event()
    real = searching.SearchMixin._count

    def held(self, query, as_you_type, cancelled):
        gate.wait(30)  # before the count takes the corpus lock: a page can be read
        return real(self, query, as_you_type, cancelled)

    monkeypatch.setattr(searching.SearchMixin, "_count", held)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search_for(pilot, "Russia")
        await until(pilot, lambda: screen.results_list.hits, "the first page")
        await pilot.press("enter", "G")  # the last hit shown: the next page is fetched
        await until(pilot, lambda: len(screen.results_list.hits) == 100, "the second page")
        await pilot.pause(0.1)
        assert "100 of 100+ results" in screen_text(app)
        assert "counting…" in search_line(app)
        gate.set()
        await settle(pilot)
        total = true_count(app, "Russia")
        assert f"100 of {total} results" in screen_text(app)
        assert f"{total} results" in search_line(app) and "+" not in search_line(app)
