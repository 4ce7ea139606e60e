"""Reopening an indexed corpus: the cached article list shows before Whoosh is imported;
the index behind it replaces anything the cache got wrong, and files changed since."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from textual.widgets import Label
from warreader.index.corpus import Corpus
from warreader.index.search.listing import LISTING, read_listing
from warreader.tui.screens.main import MainScreen

from tests.tui_support import ALIASES, SEEDS, make_app, settle, wait_ready

REPO = Path(__file__).resolve().parents[1]


async def _index_once(index_dir: Path, paths: list[Path] | None = None) -> None:
    """Start the reader once so the index and its listing exist."""
    app = make_app(index_dir, paths=paths)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
    assert read_listing(index_dir, ALIASES) is not None


def _hold_open(monkeypatch) -> threading.Event:
    """Hold Corpus.open until the returned event is set."""
    gate = threading.Event()
    real_open = Corpus.open.__func__

    def held_open(cls, *args, **kwargs):
        gate.wait(30)
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Corpus, "open", classmethod(held_open))
    return gate


def _status(screen) -> str:
    return str(screen.query_one("#status-text", Label).render())


async def test_the_cached_list_shows_before_the_corpus_opens(tmp_path, monkeypatch):
    await _index_once(tmp_path / "ix")
    gate = _hold_open(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.2)
        s = app.main_screen
        assert s.corpus is None and s.articles.row_count == 5
        assert "5 articles" in _status(s) and "checking files" in _status(s)
        assert app.sub_title.endswith("5 articles")
        for _ in range(200):  # the list previews once its cursor is painted (a timer)
            if s.deferred is not None:
                break
            await pilot.pause(0.05)
        assert s.article is None and s.deferred is not None  # the preview waits
        gate.set()
        await wait_ready(pilot)
        await settle(pilot)
        assert s.corpus is not None and s.article is not None
        assert s.article.id == s.articles.highlighted_id
        assert "Index ready: 5 articles" in _status(s)


async def test_an_article_chosen_early_opens_with_the_corpus(tmp_path, monkeypatch):
    await _index_once(tmp_path / "ix")
    gate = _hold_open(monkeypatch)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.2)
        s = app.main_screen
        last = s.articles.rows[-1].id
        await pilot.press("G", "enter")
        await pilot.pause()
        assert s.corpus is None and s.deferred == (last, None)
        gate.set()
        await wait_ready(pilot)
        await settle(pilot)
        assert s.article is not None and s.article.id == last


async def test_a_list_the_index_disagrees_with_is_replaced(tmp_path, monkeypatch):
    await _index_once(tmp_path / "ix")
    path = tmp_path / "ix" / LISTING
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"][0][2] = "A title the index never had"
    data["articles"] = data["articles"][:3]
    path.write_text(json.dumps(data), encoding="utf-8")  # same stamp, wrong rows
    gate = _hold_open(monkeypatch)
    real_open_corpus = MainScreen._open_corpus

    def open_corpus_then_wait(self, *args):  # the UI takes the corpus before the worker goes on
        opened = real_open_corpus(self, *args)
        for _ in range(500):
            if self.corpus is not None:
                break
            time.sleep(0.01)
        return opened

    monkeypatch.setattr(MainScreen, "_open_corpus", open_corpus_then_wait)
    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.2)
        s = app.main_screen
        assert s.articles.row_count == 3  # what the cache said, until the index is open
        gate.set()
        await wait_ready(pilot)
        titles = [r.title for r in s.articles.rows]
        assert len(titles) == 5 and "A title the index never had" not in titles
        assert "Index ready: 5 articles" in _status(s)
    assert read_listing(tmp_path / "ix", ALIASES).summaries[0].title != data["articles"][0][2]


async def test_files_changed_since_the_listing_replace_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for seed in seeds[:3]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    await _index_once(tmp_path / "ix", [corpus])
    (corpus / seeds[3].name).write_bytes(seeds[3].read_bytes())
    (corpus / seeds[0].name).unlink()
    app = make_app(tmp_path / "ix", paths=[corpus])
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot)
        s = app.main_screen
        for _ in range(1200):
            if s.report is not None:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        listed = {Path(r.path).name for r in s.articles.rows}
        assert listed == {seed.name for seed in seeds[1:4]}
        assert "Index ready: 3 articles" in _status(s)
    assert {Path(r.path).name for r in read_listing(tmp_path / "ix", ALIASES).summaries} == listed


PROBE = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.tui_support import ALIASES, SEEDS
from warreader.tui.app import WarReaderApp

class Probe(WarReaderApp):
    def corpus_ready(self):
        heavy = sorted({m.split(".")[0] for m in sys.modules if m.startswith(("whoosh", "yaml"))})
        print(self.main_screen.articles.row_count, self.main_screen.corpus is None, heavy)
        self.exit()

Probe([SEEDS], Path(sys.argv[2]), ALIASES).run(headless=True, size=(160, 45))
"""


async def test_the_first_screen_needs_no_whoosh(tmp_path):
    await _index_once(tmp_path / "ix")
    out = subprocess.run([sys.executable, "-c", PROBE, str(REPO), str(tmp_path / "ix")],
                         capture_output=True, text=True, cwd=REPO, timeout=120, check=True)
    assert out.stdout.strip().splitlines()[-1] == "5 True []"
