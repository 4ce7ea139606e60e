"""Benchmark how fast the reader repaints after each key that moves a cursor.

Run:  .venv/bin/python bench/bench_keys.py [--only bbc|10k] [--runs N] [--corpus DIR]

Drives the real app headless with Textual's Pilot on the BBC corpus (1,808 articles) and
on a 10,000-article copy of it (made as bench/bench_index.py makes it), each indexed
once beforehand. For every key in :data:`SCRIPT` it times from the key press until the
app is settled and has painted: the key handled, every worker it started (the article
preview) finished, their messages handled, and the screen composited. Keys are pressed
one at a time, after a pause (so the article list previews at once, its costliest
case); each run presses every key ``REPEAT`` times. Then ``j`` is held down in the list
(a key every 33 ms, as a terminal repeats it): each key is timed to its first paint, and
the preview of where the cursor came to rest to the settled screen. Prints, per key and mode
over all runs, the time to the first paint after the key (the cursor has moved) and to
the settled screen (p50 / p95 / max), and the CPU time, with the load average before
and after (the machine is shared, so read the figures next to it). Asserts nothing.
Target (issue 11): every cursor key repaints within 50 ms at 1,808 articles and 100 ms
at 10,000.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual import events

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_index import BBC, make_copies  # noqa: E402

SIZE = (160, 45)
REPEAT = 8
PAUSE = 0.15  # seconds between timed keys: longer than the list's preview coalescing
HELD = 1 / 30  # seconds between the keys of a held key
# (label, keys pressed first to get there, the timed key)
SCRIPT = [
    ("list", (), "j"), ("list", (), "k"), ("list", (), "pagedown"), ("list", (), "G"),
    ("list", (), "g"),
    ("list, corpus sidebar", ("s", "1"), "j"), ("list, corpus sidebar", (), "k"),
    ("list, corpus sidebar", (), "G"), ("list, corpus sidebar", (), "g"),
    ("sidebar, corpus", ("3",), "j"), ("sidebar, corpus", (), "k"),
    ("sidebar, corpus", (), "G"), ("sidebar, corpus", (), "g"),
    ("sidebar, article", ("s",), "j"), ("sidebar, article", (), "k"),
    ("body", ("2",), "j"), ("body", (), "right_square_bracket"),
    ("body", (), "left_square_bracket"), ("body", (), "G"), ("body", (), "g"),
]


def _busy(app) -> bool:
    """Whether a worker, an animation, a waiting preview or an unhandled message is
    still pending."""
    if any(not w.is_finished for w in app.workers) or app.animator._animations:
        return True
    if app.main_screen.articles.preview_pending:
        return True
    pumps = [app, *app.screen.walk_children(with_self=True)]
    return any(not pump._message_queue.empty() for pump in pumps)


async def settled(pilot) -> None:
    """Wait until no worker runs, no animation plays and every message is handled, then
    paint. (Polls every 0.5 ms: ``Pilot.press`` itself would add two idle waits of at
    least 20 ms each, and up to a second on a busy machine.)"""
    app = pilot.app
    quiet = 0
    while quiet < 2:  # idle twice in a row: no handler is about to post another message
        await pilot._wait_for_screen()
        quiet = 0 if _busy(app) else quiet + 1
        if quiet == 0:
            await asyncio.sleep(0.0005)
    app.screen._on_timer_update()  # composite and render the update now


def key_event(key: str) -> events.Key:
    """The event a terminal sends for ``key`` (as ``Pilot.press`` makes it)."""
    char = {"right_square_bracket": "]", "left_square_bracket": "["}.get(key)
    return events.Key(key, char or (key if len(key) == 1 else None))


async def timed(pilot, key: str) -> tuple[float, float, float, float]:
    """Seconds from the key's arrival until the first paint after it (the cursor moved),
    until the app has settled and painted (the article previewed, say), and the CPU
    time of the process (all its threads) until then and until the first paint, which
    a busy machine inflates less than the wall clock."""
    app = pilot.app
    event = key_event(key)
    event.set_sender(app)
    painted: list[float] = []
    display = app._display

    def first_paint(screen, renderable) -> None:
        if renderable is not None and not painted:
            painted.append(time.perf_counter())
            painted.append(time.process_time())
        display(screen, renderable)

    app._display = first_paint
    start, cpu = time.perf_counter(), time.process_time()
    try:
        app._driver.send_message(event)
        await settled(pilot)
    finally:
        del app._display  # the class's method again
    end = time.perf_counter()
    cpu_end = time.process_time()
    return ((painted[0] if painted else end) - start, end - start, cpu_end - cpu,
            (painted[1] if painted else cpu_end) - cpu)


async def drive(corpus: Path, index_dir: Path, runs: int) -> dict[tuple[str, str], list]:
    """Open the reader on ``corpus`` ``runs`` times; every key's latencies in seconds."""
    from warreader.index.config import load_config
    from warreader.tui.app import WarReaderApp

    aliases = load_config(None).aliases
    times: dict[tuple[str, str], list] = {}
    for _ in range(runs):
        app = WarReaderApp([corpus], index_dir, aliases, "textual-dark")
        async with app.run_test(size=SIZE) as pilot:
            while app.main_screen.corpus is None or app.main_screen.report is None:
                await pilot.pause(0.05)
            await settled(pilot)
            for label, before, key in SCRIPT:
                for k in before:
                    await pilot.press(k)
                    await settled(pilot)
                for _ in range(REPEAT):
                    if key in ("G", "g"):  # a jump: from the other end, so that it moves
                        await pilot.press("g" if key == "G" else "G")
                        await settled(pilot)
                    await asyncio.sleep(PAUSE)
                    times.setdefault((label, key), []).append(await timed(pilot, key))
            await pilot.press("1", "g")
            await settled(pilot)
            times.setdefault(("list, j held", "j"), []).extend(await held(pilot, "j"))
    return times


async def held(pilot, key: str) -> list[tuple[float, float, float, float]]:
    """``key`` sent ``REPEAT`` times ``HELD`` apart, as a held key repeats: each one's
    time to its first paint; the settled time and CPU are the last key's, to the
    settled screen (the preview of where the cursor came to rest)."""
    app = pilot.app
    out = []
    display = app._display
    for n in range(REPEAT):
        painted: list[float] = []

        def first_paint(screen, renderable, painted=painted) -> None:
            if renderable is not None and not painted:
                painted.append(time.perf_counter())
                painted.append(time.process_time())
            display(screen, renderable)

        event = key_event(key)
        event.set_sender(app)
        app._display = first_paint
        start, cpu = time.perf_counter(), time.process_time()
        app._driver.send_message(event)
        try:
            if n < REPEAT - 1:
                while not painted and time.perf_counter() - start < 1.0:
                    await asyncio.sleep(0.0005)
                first = (painted[0] if painted else time.perf_counter()) - start
                first_cpu = (painted[1] if painted else time.process_time()) - cpu
                await asyncio.sleep(max(0.0, HELD - (time.perf_counter() - start)))
                out.append((first, first, first_cpu, first_cpu))
            else:
                await settled(pilot)
                end = time.perf_counter()
                cpu_end = time.process_time()
                out.append(((painted[0] if painted else end) - start, end - start,
                            cpu_end - cpu, (painted[1] if painted else cpu_end) - cpu))
        finally:
            del app._display
    return out


def build_index(corpus: Path, index_dir: Path) -> None:
    """Index ``corpus`` once (not timed)."""
    from warreader.index.config import load_config
    from warreader.index.corpus import Corpus

    c = Corpus.open([corpus], index_dir, load_config(None).aliases)
    c.refresh()
    c.summaries()
    c.close()


def report(name: str, times: dict[tuple[str, str], list], target_ms: float) -> None:
    """Per key: the first paint's p50 and p95 (ms of wall clock) and its CPU p50, the
    settled screen's p50, p95 and max, and its CPU time's p50 and p95."""
    print(f"\n{name}: ms from key to painted screen (target {target_ms:.0f} ms)")
    print(f"{'where':<24}{'key':<22}{'n':>4}{'1st p50':>9}{'1st p95':>9}{'1st cpu':>9}"
          f"{'p50':>8}{'p95':>8}{'max':>8}{'cpu p50':>9}{'cpu p95':>9}")
    worst = worst_first = worst_cpu = worst_first_cpu = 0.0
    for (label, key), runs in times.items():
        first = sorted(f * 1000 for f, _, _, _ in runs)
        ms = sorted(wall * 1000 for _, wall, _, _ in runs)
        cpu = sorted(c * 1000 for _, _, c, _ in runs)
        first_cpu = sorted(c * 1000 for _, _, _, c in runs)
        worst, worst_first = max(worst, _p95(ms)), max(worst_first, _p95(first))
        worst_cpu = max(worst_cpu, _p95(cpu))
        worst_first_cpu = max(worst_first_cpu, _p95(first_cpu))
        print(f"{label:<24}{key:<22}{len(ms):>4}{statistics.median(first):>9.1f}"
              f"{_p95(first):>9.1f}{statistics.median(first_cpu):>9.1f}"
              f"{statistics.median(ms):>8.1f}{_p95(ms):>8.1f}{ms[-1]:>8.1f}"
              f"{statistics.median(cpu):>9.1f}{_p95(cpu):>9.1f}")
    print(f"worst p95: first paint {worst_first:.1f} ms (CPU {worst_first_cpu:.1f} ms), "
          f"settled {worst:.1f} ms ({'met' if worst <= target_ms else 'NOT met'}), "
          f"CPU {worst_cpu:.1f} ms")


def _p95(sorted_ms: list[float]) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, round(0.95 * (len(sorted_ms) - 1)))]


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("bbc", "10k"))
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the indexes (and the 10,000 copy) here between runs")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        work = args.work or Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="warreader-keys-")))
        corpora = []
        if args.only in (None, "bbc"):
            corpora.append(("bbc (1,808)", args.corpus, work / "ix-bbc", 50.0))
        if args.only in (None, "10k"):
            copy = work / "corpus-10k"
            if not copy.is_dir():
                make_copies(args.corpus, copy, 10_000)
            corpora.append(("10k (10,000)", copy, work / "ix-10k", 100.0))
        for name, corpus, index_dir, target in corpora:
            build_index(corpus, index_dir)
            load = os.getloadavg()
            times = asyncio.run(drive(corpus, index_dir, args.runs))
            after = os.getloadavg()
            print(f"\nload average before {load[0]:.2f}, after {after[0]:.2f} "
                  f"({os.cpu_count()} cores)")
            report(name, times, target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
