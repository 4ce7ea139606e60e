"""Benchmark the command palette's keystrokes on a folder of many articles and speakers.

Run:  .venv/bin/python bench/bench_palette.py [--corpus DIR] [--runs N]

Drives the real app headless with Textual's Pilot on the BBC's ``tech`` folder (401
articles, ~500 speakers; indexed once into a temporary folder beforehand), opens the
palette and types the queries of :data:`QUERIES` a letter at a time. Prints, per query
and over all runs: the options the palette listed, the main thread's CPU time and the
wall time of each rebuild of its list (Textual's ``_refresh_command_list``), the
provider's CPU time to produce its hits, and the longest stall of the event loop while
typing (a 2 ms timer's largest gap), with the load average before and after (the
machine is shared: read the figures next to it). Asserts nothing.
Target (the brief): every key answers within 50 ms. revU3 #3: one letter listed ~920
options and each rebuild cost 30-47 ms CPU, 60-120 ms wall; capped at the best
:data:`warreader.tui.palette.PLACES_LISTED` articles and speakers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

SIZE = (160, 45)
TECH = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc" / "tech"
QUERIES = ["e", "s", "said", "go to article: mobile", "mob"]


async def _drive(corpus: Path, index_dir: Path, figures: dict) -> None:
    """One run: open the reader, then the palette, and type every query."""
    from textual import command
    from warreader.index.config import load_config
    from warreader.tui.app import WarReaderApp
    from warreader.tui.palette import ReaderCommands

    refreshes: list[tuple[float, float, int]] = []
    original = command.CommandPalette._refresh_command_list

    def timed(self, *args, **kwargs):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(self, *args, **kwargs)
        finally:
            refreshes.append((time.perf_counter() - wall, time.thread_time() - cpu,
                              self.query_one(command.CommandList).option_count))

    command.CommandPalette._refresh_command_list = timed
    try:
        app = WarReaderApp([corpus], index_dir, load_config(None).aliases, "textual-dark")
        async with app.run_test(size=SIZE) as pilot:
            while app.main_screen.corpus is None or app.main_screen.report is None:
                await pilot.pause(0.05)
            await pilot.pause(2)
            provider = ReaderCommands(app.screen)
            await pilot.press("ctrl+p")
            await pilot.pause(0.5)
            gaps: list[float] = []
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            timer = app.set_interval(0.002, tick)
            for query in QUERIES:
                refreshes.clear()
                gaps.clear()
                for ch in query:
                    await pilot.press(ch if ch != " " else "space")
                    await pilot.pause(0.15)
                stall = max(gaps, default=0.0)
                started = time.process_time()
                hits = [hit async for hit in provider.search(query)]
                provider_cpu = time.process_time() - started
                row = figures.setdefault(query, {"options": [], "cpu": [], "wall": [],
                                                 "provider": [], "stall": []})
                row["options"] += [n for _, _, n in refreshes]
                row["cpu"] += [c for _, c, _ in refreshes]
                row["wall"] += [w for w, _, _ in refreshes]
                row["provider"].append(provider_cpu)
                row["stall"].append(stall)
                row["hits"] = len(hits)
                for _ in query:
                    await pilot.press("backspace")
                await pilot.pause(0.4)
            timer.stop()
    finally:
        command.CommandPalette._refresh_command_list = original


def _ms(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values) * 1000:.0f}/{max(values) * 1000:.0f}"


def main() -> None:
    """Parse the arguments, index the corpus once, drive the palette, print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=TECH)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    print(f"load before: {os.getloadavg()[0]:.2f}")
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        for number in range(args.runs + 1):  # the first builds the index: not counted
            run: dict = {}
            asyncio.run(_drive(args.corpus, index_dir, run))
            if number > 0:
                for query, row in run.items():
                    kept = figures.setdefault(query, {k: [] for k in row if k != "hits"})
                    for key, values in row.items():
                        if key != "hits":
                            kept[key] += values
                    kept["hits"] = row["hits"]
    print(f"{'query':<24} {'hits':>5} {'options':>8} {'rebuild cpu':>12} {'rebuild wall':>13}"
          f" {'provider cpu':>13} {'stall':>10}   (ms: median/max)")
    for query, row in figures.items():
        print(f"{query!r:<24} {row['hits']:>5} {max(row['options'], default=0):>8}"
              f" {_ms(row['cpu']):>12} {_ms(row['wall']):>13} {_ms(row['provider']):>13}"
              f" {_ms(row['stall']):>10}")
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
