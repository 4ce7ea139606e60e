"""Benchmark the corpus watcher: a folder of N articles copied into a watched corpus.

Run:  .venv/bin/python bench/bench_watch.py [--files 500] [--start 200]

Drives the real app headless (Textual's Pilot) with watching on, over a temporary corpus
of ``--start`` BBC articles (indexed once beforehand), the reader on an article at its
first quote. Then ``--files`` other BBC articles are copied in as one folder
(``shutil.copytree``, as ``cp -r`` does) and it measures: the time from the start of
the copy until every new article is listed; how many refreshes the watcher started
(issue 12: a burst is batched, not indexed once per file); the same for removing that
folder again; and whether the reader's article and quote stayed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.tui_support import make_app, press, settle, wait_ready  # noqa: E402

BBC = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "bbc"


async def _until(pilot, condition, limit: float = 600.0) -> float:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > limit:
            raise SystemExit("gave up waiting")
        await pilot.pause(0.02)
    return time.monotonic() - started


async def run(files: int, start: int) -> None:
    """Copy ``files`` articles into a watched corpus of ``start``; print the figures."""
    articles = sorted(BBC.resolve().rglob("*.txt"))
    articles = [a for a in articles if a.name != "README.txt"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus, source = tmp_path / "corpus", tmp_path / "new"
        for i, path in enumerate(articles[:start]):
            (corpus / path.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, corpus / path.parent.name / f"{i:04}-{path.name}")
        source.mkdir()
        for i, path in enumerate(articles[start:start + files]):
            shutil.copy(path, source / f"{i:04}-{path.name}")
        app = make_app(tmp_path / "ix", [corpus], watch=True)
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_ready(pilot)
            screen = app.main_screen
            await press(pilot, "enter", "right_square_bracket")
            place = (screen.article.id, screen.body.current)
            await asyncio.sleep(1.0)  # the watcher thread is set up
            before = screen.gate.refreshes
            began = time.monotonic()
            shutil.copytree(source, corpus / "new")
            copied = time.monotonic() - began
            await _until(pilot, lambda: len(screen.articles.summaries) == start + files)
            listed = time.monotonic() - began
            await settle(pilot)
            added_refreshes = screen.gate.refreshes - before
            kept = (screen.article.id, screen.body.current) == place
            before, began = screen.gate.refreshes, time.monotonic()
            shutil.rmtree(corpus / "new")
            await _until(pilot, lambda: len(screen.articles.summaries) == start)
            removed = time.monotonic() - began
            await settle(pilot)
            removed_refreshes = screen.gate.refreshes - before
        print(f"corpus of {start}, {files} copied in as a folder (copy took {copied:.2f} s)")
        print(f"  all listed {listed:.1f} s after the copy began; "
              f"{added_refreshes} refresh(es) started by the watcher")
        print(f"  folder removed: unlisted in {removed:.1f} s; "
              f"{removed_refreshes} refresh(es)")
        print(f"  reader's article and quote kept: {kept}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--start", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.files, args.start))


if __name__ == "__main__":
    main()
