"""Shared helpers for the reader's Pilot, snapshot and tmux tests."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from textual.worker import WorkerCancelled
from warreader.index.paths import bundled_seeds_dir
from warreader.tui.app import WarReaderApp
from warreader.tui.user_files import UserFiles

SEEDS = bundled_seeds_dir()
INDEX_TIMEOUT = 120.0
SIZE = (160, 45)  # the terminal most Pilot tests run the reader in

ALIASES = {
    "Volodymyr Zelenskyy": ["Zelensky", "Zelenskiy", "Volodymyr Zelensky"],
    "Sergey Lavrov": ["Sergei Lavrov"],
}


def make_app(index_dir: Path, paths: list[Path] | None = None, **kwargs) -> WarReaderApp:
    """The reader on the seeds (or ``paths``), its index kept under ``index_dir`` and its
    state file and last citation beside it (never the user's own). Its notifications
    last :data:`TOAST_SECONDS` (see :func:`_lasting`)."""
    kwargs.setdefault("user_files", UserFiles.under(Path(index_dir).parent / "user-files"))
    app = WarReaderApp(paths or [SEEDS], index_dir, kwargs.pop("aliases", ALIASES),
                       kwargs.pop("theme", "textual-dark"), **kwargs)
    app.notify = _lasting(app.notify)  # type: ignore[method-assign]
    return app


@contextlib.asynccontextmanager
async def ready_reader(index_dir: Path, paths: list[Path] | None = None,
                       size: tuple[int, int] = SIZE, **kwargs) -> AsyncIterator:
    """The reader of :func:`make_app` (same arguments) run headless at ``size``: yields
    its Pilot once the index is ready (:func:`wait_ready`)."""
    app = make_app(index_dir, paths, **kwargs)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        yield pilot


# A toast's own timeout (2-15 s) is shorter than a loaded machine may take between the
# notification and the test's look at it: Textual drops an expired notification from
# app._notifications and from the screen, and the test failed only under load.
TOAST_SECONDS = 600.0


def _lasting(notify: Callable[..., None]) -> Callable[..., None]:
    """``notify`` with every notification lasting :data:`TOAST_SECONDS`; what it says,
    its severity and markup are unchanged."""

    def lasting_notify(message: str, **options: object) -> None:
        options["timeout"] = TOAST_SECONDS
        notify(message, **options)

    return lasting_notify


async def wait_ready(pilot) -> None:
    """Wait until the index worker has finished and the lists are filled."""
    app = pilot.app
    started = time.monotonic()
    while not app.main_screen.is_mounted or (
        app.main_screen.corpus is None and not app.main_screen.status.has_class("-error")
    ):
        if time.monotonic() - started > INDEX_TIMEOUT:
            raise AssertionError("the index was not ready in time")
        await pilot.pause(0.05)
    await settle(pilot)


async def settle(pilot) -> None:
    """Let workers finish and their messages be handled (a worker cancelled by a newer
    one of its exclusive group, say an article preview, counts as finished), and a
    preview that waits for the list's keys to pause be shown."""
    articles = getattr(pilot.app.main_screen, "articles", None)
    while articles is not None and articles.preview_pending:
        await pilot.pause(0.02)
    for _ in range(3):
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    """Press ``keys`` one at a time, settling after each."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def article_id_of(app, name_part: str) -> str:
    """The id of the listed article whose path contains ``name_part``."""
    for summary in app.main_screen.articles.summaries:
        if name_part in summary.path:
            return summary.id
    raise AssertionError(f"no article with {name_part!r} in its path")


async def open_article(pilot, name_part: str) -> None:
    """Move the article list cursor to the article and press enter."""
    screen = pilot.app.main_screen
    await press(pilot, "1")
    screen.articles.select_id(article_id_of(pilot.app, name_part))
    await settle(pilot)
    await press(pilot, "enter")


def screen_text(app) -> str:
    """What the terminal shows now, as plain text (one line per row), toasts included."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def notices(app) -> list[str]:
    """The messages of every notification the app has shown, oldest first."""
    return [str(n.message) for n in app._notifications]


def flat(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as single spaces (for phrases
    that wrap on screen)."""
    return " ".join(text.split())


def pane_text(app, pane, region=None) -> str:
    """What ``pane`` shows now, its lines joined (its columns of the screen; ``region``:
    another of the pane's regions, e.g. its ``content_region`` inside the border)."""
    region = region or pane.region
    rows = screen_text(app).splitlines()[region.y:region.bottom]
    return flat(" ".join(row[region.x:region.right] for row in rows))


async def type_query(pilot, text: str) -> None:
    """Type ``text`` into the focused input and wait past the search debounce."""
    await pilot.press(*text)
    await pilot.pause(0.4)
    await settle(pilot)


async def search_for(pilot, query: str) -> None:
    """Open the search bar (``/``) and type ``query`` there (:func:`type_query`)."""
    await press(pilot, "slash")
    await type_query(pilot, query)


async def press_and_wait(pilot, *keys: str, seconds: float = 0.3) -> None:
    """Press ``keys`` in one burst (no settling between them), wait ``seconds`` and
    settle: for a key whose answer comes from a worker or a timer, say enter on a query."""
    await pilot.press(*keys)
    await pilot.pause(seconds)
    await settle(pilot)


async def enter_query(pilot, query: str, seconds: float = 0.3) -> None:
    """Type ``query`` in the search bar (:func:`search_for`), press enter and wait
    ``seconds`` for its answer (:func:`press_and_wait`)."""
    await search_for(pilot, query)
    await press_and_wait(pilot, "enter", seconds=seconds)


def hold_refresh(monkeypatch) -> threading.Event:
    """Hold every index refresh until the returned event is set (at most 30 s)."""
    from warreader.index.corpus import Corpus  # here: importing this module stays light

    gate = threading.Event()
    real_refresh = Corpus.refresh

    def held_refresh(self, progress=None, rebuild=False, **kwargs):
        gate.wait(30)
        return real_refresh(self, progress, rebuild, **kwargs)

    monkeypatch.setattr(Corpus, "refresh", held_refresh)
    return gate


async def choose_speaker(pilot, sidebar, index: int) -> None:
    """Put the sidebar's cursor on its ``index``-th speaker row and press enter."""
    speaker_rows = [i for i, row in enumerate(sidebar.rows) if row.id.startswith("s:")]
    sidebar.move_to(speaker_rows[index])
    await pilot.press("enter")
    await pilot.pause(0.2)
    await settle(pilot)
