"""`warreader speakers`: who speaks in the articles, merged across spellings.

Each speaker with role, aliases (other spellings and the mentions they were
resolved from), quote count and the articles they appear in; ``--json`` for scripts.
"""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from rich.text import Text
from warreader.tui.commands._common import (
    corpus_paths,
    display_path,
    dump_json,
    fail,
    fail_no_articles,
    load_config_or_exit,
    missing_status,
    warn_no_articles,
)
from warreader.tui.safe_text import plain_text
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "speakers"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `speakers` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list speakers with their quote counts",
        description="List every speaker quoted in the articles, most quoted first.",
    )
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="only the N most quoted (default: every speaker)")
    p.set_defaults(func=run)


ARTICLES_SHOWN = 3
"""How many of a speaker's articles, and of the other names it is called by, the table
shows; the rest are counted ("+11 more"): Alex Ferguson's 14 files made his row 14
lines at 80 columns (ux29 #18), then his 7 other names 15 lines (ux31). JSON has all."""


def few_of(names: list[str], shown: int = ARTICLES_SHOWN) -> str:
    """The first ``shown`` of ``names`` joined, then "+N more" for the rest."""
    head = ", ".join(names[:shown])
    return f"{head}, +{len(names) - shown} more" if len(names) > shown else head


def run(args: Namespace) -> int:
    """Print the speaker directory."""
    from warreader.index.quotes.speakers import build_directory
    from warreader.tui.commands._corrected import read_pairs

    if args.limit is not None and args.limit < 1:
        return fail("--limit must be at least 1")
    config = load_config_or_exit(args)
    given = corpus_paths(args, config)
    articles, pairs = read_pairs(args, given, config)
    paths = {a.id: display_path(a.path) for a in articles}
    every = build_directory(pairs, config.aliases).summaries()
    summaries = every[:args.limit]  # most quoted first
    if args.json:
        out = []
        for s in summaries:
            item = s.to_dict()
            item["articles"] = [paths[i] for i in s.articles]
            out.append(item)
        dump_json(out)
        if not articles:  # said on stderr as the other commands' JSON (revU3 #6)
            warn_no_articles(given)
        return missing_status(given)
    if not articles:
        return fail_no_articles(given)
    from rich.console import Console
    from rich.table import Table

    if not summaries:
        Console().print(Text(f"no speaker quoted in {plural(len(articles), 'article')}",
                             style="dim"))
        return missing_status(given)
    shown = "" if len(summaries) == len(every) else f"{len(summaries):,} of "
    table = Table(title=f"{shown}{plural(len(every), 'speaker')}", expand=True)
    # folded, never cut with "…": at 80 columns "000_7c7ef417a…" named no file (ux29)
    table.add_column("speaker", style="bold cyan", overflow="fold")
    table.add_column("role", style="dim", overflow="fold")
    table.add_column("quotes", justify="right")
    table.add_column("articles", style="dim", overflow="fold")
    table.add_column("also called", style="dim", overflow="fold")
    from warreader.tui.file_labels import distinct_labels

    # A file's name alone, or its path under the corpus folder where two files share it
    # (the BBC's sport/095.txt and business/095.txt).
    labels = distinct_labels((a.path for a in articles), given)
    by_id = {a.id: labels[a.path] for a in articles}
    for s in summaries:  # cells are Text: names are never read as markup
        names = few_of([by_id[i] for i in s.articles])
        table.add_row(plain_text(s.name), plain_text(s.role), str(s.quote_count),
                      plain_text(names), plain_text(few_of(list(s.aliases))))
    Console().print(table)
    return missing_status(given)
