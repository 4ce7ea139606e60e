"""`warreader articles [PATH...] [--json]`: list the parsed articles.

Without ``--json`` a table for people (title, date, author, outlet, paragraphs);
with it, a JSON array of ``Article.to_dict()`` (id, path, title, title_derived, date,
author, outlet, url, paragraphs). Unreadable files are reported on stderr and skipped.
"""

from __future__ import annotations

from argparse import Namespace

from rich.console import Console
from rich.table import Table
from warreader.index.model import Article
from warreader.tui.commands._common import (
    corpus_paths,
    dump_json,
    fail,
    load_articles_reporting,
    load_config_or_exit,
    missing_status,
)
from warreader.tui.safe_text import plain_text

NAME = "articles"


def register(subparsers, add_common_options) -> None:
    """Add the `articles` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list the parsed articles (title, date, author, outlet, paragraphs)",
        description="Read the articles under PATHs (default: the configured corpus) and "
        "list what was found in each. Files that cannot be read are reported and skipped.",
    )
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    p.set_defaults(func=run)


def _table(articles: list[Article]) -> Table:
    table = Table(title=f"{len(articles)} articles", expand=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("date", no_wrap=True)
    table.add_column("author", ratio=1)
    table.add_column("outlet", ratio=1)
    table.add_column("¶", justify="right")
    for a in articles:  # cells are Text: a title is never read as markup
        title = plain_text(a.title, "italic" if a.title_derived else "")
        table.add_row(
            a.id, title, plain_text(a.date), plain_text(a.author), plain_text(a.outlet),
            str(len(a.paragraphs)),
        )
    return table


def run(args: Namespace) -> int:
    """List the articles; exit 2 when none could be read or a PATH does not exist."""
    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    articles = load_articles_reporting(paths)
    if args.json:
        dump_json([a.to_dict() for a in articles])
    elif articles:  # no empty table above the one-line error below
        Console().print(_table(articles))
        if any(a.title_derived for a in articles):
            Console().print("[dim]italic titles are derived from the article's lead[/dim]")
    if not articles:
        return fail("no articles found in " + ", ".join(str(p) for p in paths))
    return missing_status(paths)
