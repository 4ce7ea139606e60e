"""`warreader articles [PATH...] [--json]`: list the parsed articles.

Without ``--json`` a table for people (file, title, date, author, outlet, paragraphs;
a column no article fills left out);
with it, a JSON array of ``Article.to_dict()`` (id, path, title, title_derived, date,
author, outlet, url, paragraphs). Unreadable files are reported on stderr and skipped.
"""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from warreader.index.model import Article
from warreader.tui.commands._common import (
    corpus_paths,
    dump_json,
    fail_no_articles,
    load_articles_reporting,
    load_config_or_exit,
    missing_status,
    warn_no_articles,
)
from warreader.tui.file_labels import folder_labels
from warreader.tui.safe_text import plain_text
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "articles"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `articles` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list the parsed articles (file, title, date, author, outlet, paragraphs)",
        description="Read the articles under PATHs (default: the configured corpus) and "
        "list what was found in each. Files that cannot be read are reported and skipped.",
    )
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    p.set_defaults(func=run)


def _table(articles: list[Article], roots: list, narrow: bool) -> Table:
    """The articles for people: each file as the corpus names it (``sport/152.txt``),
    title, date, author, outlet (a column none of the articles fills is left out: the
    BBC corpus states none of the three) and paragraphs."""
    table = Table(title=plural(len(articles), "article"), expand=True)
    # a long name folds (below 120 columns) rather than squeeze the title and names
    table.add_column("file", style="dim", overflow="fold", max_width=16 if narrow else None)
    table.add_column("title", ratio=3, min_width=16)
    fields = [f for f in ("date", "author", "outlet") if any(getattr(a, f) for a in articles)]
    for field in fields:
        if field == "date":
            table.add_column(field, no_wrap=True)
        else:
            table.add_column(field, ratio=1, min_width=8)
    table.add_column("¶", justify="right")
    names = folder_labels((a.path for a in articles), roots)
    for a in articles:  # cells are Text: a title is never read as markup
        title = plain_text(a.title, "italic" if a.title_derived else "")
        table.add_row(plain_text(names[a.path]), title,
                      *(plain_text(getattr(a, f)) for f in fields), str(len(a.paragraphs)))
    return table


def run(args: Namespace) -> int:
    """List the articles; exit 2 when a PATH does not exist or (the table) none could be
    read: the JSON is then an empty array, the line on stderr, as the other commands'."""
    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    articles = load_articles_reporting(paths)
    if args.json:
        dump_json([a.to_dict() for a in articles])
    elif articles:  # no empty table above the one-line error below
        console = Console()
        console.print(_table(articles, paths, console.width < 120))
        if any(a.title_derived for a in articles):
            console.print("[dim]italic titles are derived from the article's lead[/dim]")
    if not articles and not args.json:
        return fail_no_articles(paths)
    if not articles:  # the empty array, its status as the other commands' JSON (revU3 #6)
        warn_no_articles(paths)
    return missing_status(paths)
