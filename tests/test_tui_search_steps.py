"""A keystroke's first page in two steps (issue 15): true hits first, marked "ranking…",
then the full ranking from the same worker, which replaces them with the cursor kept on
its hit; the count never shown before it is made; the next keystroke cancels the second
step; enter searches in one step.

The engine's first step is stood in for by ten true hits of the plain ranking (its 11th
to 20th) marked provisional, so what the screen does is known exactly; the engine's own
first step is tested in tests/test_search_first_step.py."""

from __future__ import annotations

import threading
import time

from warreader.index import corpus as corpus_module
from warreader.tui.screens import searching

from tests import test_tui_search_count as counted
from tests.test_tui_search_count import SIZE, search_line, until
from tests.tui_support import screen_text, settle, wait_ready

built, app = counted.built, counted.app  # 60 articles indexed once; the reader on a copy


class TwoSteps:
    """``Corpus.search`` with a first step of known true hits; the second step of
    ``held`` queries waits for :attr:`gate` (or for its worker's cancelling)."""

    def __init__(self, monkeypatch, held: set[str] = frozenset()) -> None:
        self.gate, self.entered = threading.Event(), threading.Event()
        self.calls: list[tuple[str, float | None]] = []
        self.cancelled_seen: list[bool] = []
        real = corpus_module.Corpus.search
        steps = self

        def search(corpus, query, limit=50, kind=None, as_you_type=False, start=0,
                   count=False, cancelled=None, first_step=None):
            steps.calls.append((query, first_step))
            if first_step is not None:
                r = real(corpus, query, limit=limit, kind=kind, as_you_type=as_you_type)
                r.hits, r.exact, r.provisional = r.hits[10:20], False, True
                r.total = len(r.hits)
                return r
            if query in held and start == 0 and cancelled is not None:  # the worker's
                steps.entered.set()
                waited = time.monotonic()
                while not steps.gate.is_set() and time.monotonic() - waited < 30:
                    if cancelled is not None and cancelled():
                        break
                    time.sleep(0.01)
                steps.cancelled_seen.append(cancelled is not None and cancelled())
            return real(corpus, query, limit=limit, kind=kind, as_you_type=as_you_type,
                        start=start, count=count, cancelled=cancelled)

        monkeypatch.setattr(corpus_module.Corpus, "search", search)


def keys(hits) -> list[tuple]:
    return [(h.article_id, h.quote_span) for h in hits]


async def test_a_first_step_is_marked_then_replaced_with_the_cursor_kept(app, monkeypatch):
    expected = {}
    steps = TwoSteps(monkeypatch, held={"Russia"})
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        with screen.corpus_lock:  # the plain search, before the stand-in's first step
            expected["hits"] = keys(screen.corpus.search("Russia", limit=50,
                                                         as_you_type=True).hits)
        assert len(expected["hits"]) == 50
        await pilot.press("slash")
        await pilot.pause(0.2)
        await pilot.press(*"Russia")
        await until(pilot, steps.entered.is_set, "the second step begun")
        await until(pilot, lambda: screen.results is not None and screen.results.provisional,
                    "the first step shown")
        await pilot.pause(0.1)
        assert keys(screen.results_list.hits) == expected["hits"][10:20]
        assert "10+ results, ranking…" in search_line(app)
        assert "10 of 10+ results" in screen_text(app)
        await pilot.press("enter", "j", "j")  # to the list (no new search), third hit
        await pilot.pause(0.1)
        assert screen.results_list.highlighted == 2
        # the test's own search, the first step and its second: enter ran nothing new
        assert steps.calls == [("Russia", None), ("Russia", searching.FIRST_STEP),
                               ("Russia", None)]
        steps.gate.set()
        await until(pilot, lambda: not screen.results.provisional, "the full ranking")
        await settle(pilot)
        assert keys(screen.results_list.hits) == expected["hits"]
        assert screen.results_list.highlighted == 12  # the same hit, now 13th
        line = search_line(app)
        assert "ranking" not in line
        with screen.corpus_lock:
            total = screen.corpus.search("Russia", limit=1, as_you_type=True, count=True).total
        assert f"{total} results" in line and "+" not in line
        assert steps.cancelled_seen == [False]


async def test_a_keystroke_during_the_second_step_cancels_it(app, monkeypatch):
    monkeypatch.setattr(searching, "DEBOUNCE", 0.5)
    steps = TwoSteps(monkeypatch, held={"Russia"})
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("slash")
        await pilot.pause(0.2)
        await pilot.press(*"Russia")
        await until(pilot, steps.entered.is_set, "the second step of 'Russia' begun")
        await pilot.press("n")  # "Russian": the ranking of "Russia" is moot
        await until(pilot, lambda: steps.cancelled_seen == [True], "the second step cancelled")
        await until(pilot, lambda: screen.results is not None and screen.results.query
                    == "Russian" and not screen.results.provisional, "'Russian' ranked")
        await settle(pilot)
        with screen.corpus_lock:
            want = keys(screen.corpus.search("Russian", limit=50, as_you_type=True).hits)
        assert keys(screen.results_list.hits) == want
        assert "ranking" not in search_line(app)
        assert not steps.gate.is_set()  # "Russia"'s second step ended by the cancel alone


async def test_enter_searches_in_one_step(app, monkeypatch):
    monkeypatch.setattr(searching, "DEBOUNCE", 5.0)  # enter comes before any debounce
    steps = TwoSteps(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await pilot.press("slash")
        await pilot.pause(0.2)
        await pilot.press(*"Russia", "enter")
        await until(pilot, lambda: screen.results is not None, "results")
        await settle(pilot)
        assert [c for c in steps.calls if c[0] == "Russia"][0] == ("Russia", None)
        assert not screen.results.provisional and len(screen.results_list.hits) == 50
        assert "ranking" not in search_line(app)


async def test_the_hit_counter_follows_the_quote_and_n_goes_on_from_it(tmp_path):
    """ux19: after ] the body kept saying the hit left behind ("quote 11 / 27 · hit 4 /
    8"), and n went back up the article to the hit after that one."""
    from tests.test_tui_search_burst import _counter
    from tests.tui_support import make_app, pane_text, press, type_query

    def hit_counter(app) -> str:
        text = pane_text(app, app.main_screen.body)
        return text[text.rfind("hit "):].split("─")[0].strip()

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash")
        await type_query(pilot, "peskov")
        await press(pilot, "enter", "right_square_bracket")
        spans, current = screen.hit_spans, screen.quotes[screen.body.current]
        held = [i for i, (para, start, _end) in enumerate(spans)
                if para == current.paragraph and current.para_start <= start < current.para_end]
        assert held, "the quote after the first result's holds a hit"
        assert hit_counter(app) == f"hit {held[0] + 1} / {len(spans)}"
        before = _counter(app)
        await press(pilot, "n")  # on down the article, never back up it
        after = screen.body.hit_index
        assert after == held[0] + 1 and spans[after][:2] > spans[held[0]][:2]
        assert _counter(app) != before
