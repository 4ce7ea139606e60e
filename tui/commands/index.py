"""`warreader index [PATH...] [--rebuild]`: bring the search index up to date, then the
commonest searches of a new commit (:mod:`index.search.warm`), then the quote groups
saved beside it (provenance; a "grouping quotes" bar while articles need it).

The warming comes right after the commit (issue 15, the build's peak RSS): its rankings
take ~200 MB at 100,000 articles, which there reuse the memory the indexing freed instead
of coming on top of what the article list and the grouping leave in the process.

stdout says what the index holds and what this run changed; unreadable files, one
line each with the reason, and notices go to stderr.
"""

from __future__ import annotations

import os
from argparse import Namespace
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from warreader.index.search.results import IndexReport
from warreader.tui.commands._common import missing_status, warn_no_articles
from warreader.tui.commands._corpus import none_there, open_corpus, print_problems
from warreader.tui.safe_text import one_line

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "index"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `index` parser."""
    p = subparsers.add_parser(
        NAME,
        help="build or update the search index",
        description="Index the articles (default: the configured corpus). Only files whose "
        "size, mtime or content changed are read again (all of them after an upgrade that "
        "changed warreader's article reader or quote engine).",
    )
    add_common_options(p)
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the index from scratch instead of updating it")
    p.add_argument("--allow-empty", action="store_true",
                   help="update even when the PATHs hold no article file (an empty "
                   "folder, a broken link), removing every article the index holds")
    p.set_defaults(func=run)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def summary_lines(report: IndexReport, articles: int, quotes: int) -> list[str]:
    """What the index holds after ``report``'s run, and what the run changed."""
    unchanged = report.files_seen - report.files_read
    if report.rebuilt:
        changed = f"full build: {_plural(report.files_read, 'file')} read"
    elif report.files_read or report.files_removed:
        parts = [f"{_plural(report.files_read, 'file')} read ({unchanged:,} unchanged)"]
        if report.files_removed:
            parts.append(f"{_plural(report.files_removed, 'file')} removed")
        changed = "updated: " + ", ".join(parts)
    else:
        changed = f"unchanged: {_plural(report.files_seen, 'file')} checked, none read"
    held = f"index: {_plural(articles, 'article')}, {_plural(quotes, 'quote')}"
    missing = sum(not os.path.lexists(path) for path, _why in report.skipped)
    problems = [_plural(n, noun) for n, noun in ((len(report.skipped) - missing,
                                                   "unreadable file"),
                                                  (missing, "path not found")) if n]
    if problems:  # a folder named that does not exist is no unreadable file (ux27)
        held += f", {', '.join(problems)} (listed on stderr)"
    return [held, changed, f"time: {report.seconds:.2f} s"]


def run(args: Namespace) -> int:
    """Update the index with a progress bar on stderr; print what it holds and what changed."""
    corpus = open_corpus(args)
    if (status := none_there(corpus, args.allow_empty)) is not None:
        return status
    err = Console(stderr=True)
    quiet = not err.is_terminal  # a log or a pipe: no bars (each left a blank line there)
    columns = (TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.description}", markup=False))
    with Progress(*columns, console=err, transient=True, disable=quiet) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, path: str) -> None:
            name = one_line(path.rsplit("/", 1)[-1]) or "writing the index…"  # text, not markup
            bar.update(task, completed=done, total=total, description=name)

        report = corpus.refresh(progress=progress, rebuild=args.rebuild)
    with Progress(TextColumn("preparing searches"), TimeElapsedColumn(), console=err,
                  transient=True, disable=quiet):
        corpus.warm_searches()  # the commonest words' rankings, so typing them is quick
    summaries = corpus.summaries()  # also caches the list for the reader's next start
    articles, quotes = len(summaries), sum(s.quote_count for s in summaries)
    del summaries  # (not held while the quotes are grouped: ~0.4 KB an article)
    with Progress(TextColumn("grouping quotes"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True, disable=quiet) as bar:
        task = bar.add_task("", total=None, visible=False)

        def grouped(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, visible=True)

        corpus.provenance(grouped)  # the quote groups saved beside the index, brought up to date
    corpus.close()
    print_problems(report)
    if not articles:  # the wrong folder, or files of another kind: where and what was read
        warn_no_articles(corpus.paths)
    for line in summary_lines(report, articles, quotes):
        print(line)
    return missing_status(corpus.paths)
