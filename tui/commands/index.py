"""`warreader index [PATH...] [--rebuild]`: bring the search index up to date."""

from __future__ import annotations

from argparse import Namespace

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from warreader.tui.commands._corpus import open_corpus, print_problems
from warreader.tui.safe_text import one_line

NAME = "index"


def register(subparsers, add_common_options) -> None:
    """Add the `index` parser."""
    p = subparsers.add_parser(
        NAME,
        help="build or update the search index",
        description="Index the articles (default: the configured corpus). Only files whose "
        "size, mtime or content changed are read again.",
    )
    add_common_options(p)
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the index from scratch instead of updating it")
    p.set_defaults(func=run)


def run(args: Namespace) -> int:
    """Update the index with a progress bar on stderr; print what was done."""
    corpus = open_corpus(args)
    err = Console(stderr=True)
    columns = (TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.description}", markup=False))
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, path: str) -> None:
            name = one_line(path.rsplit("/", 1)[-1])  # a file name is text, not markup
            bar.update(task, completed=done, total=total, description=name)

        report = corpus.refresh(progress=progress, rebuild=args.rebuild)
    corpus.summaries()  # caches the article list, so the reader's next start shows it at once
    corpus.provenance()  # brings the quote groups saved beside the index up to date
    corpus.close()
    print_problems(report, skipped=False)
    how = "full build" if report.rebuilt else f"{report.files_seen - report.files_read} unchanged"
    print(f"files read: {report.files_read} ({how})")
    print(f"skipped: {len(report.skipped)}")
    for path, reason in report.skipped:
        print(f"  {one_line(path)}: {one_line(reason)}")
    if report.files_removed:
        print(f"removed: {report.files_removed}")
    print(f"quotes found: {report.quotes_found}")
    print(f"time: {report.seconds:.2f} s")
    return 0
