"""`warreader quotes`: every quotation of the articles, with its speaker.

``--format jsonl`` prints one object a line with exactly the keys ``article``,
``start``, ``end``, ``text``, ``kind``, ``speaker``, ``role``, ``mention``, ``cue``,
``via``, ``source_text``, ``url`` (offsets into the file's decoded text, marks
excluded; ``via`` says how the speaker was found: named, pronoun, description, label,
document, carried, colon or none, and is null for terms; ``corrected`` where the
reader corrected it, see `warreader corrections`; ``source_text`` is the file's
text between the offsets; ``url`` the address the article states (a saved page's
canonical link or ``URL:`` line), else null); ``csv`` the same columns;
``table`` a Rich table for people. ``--kind`` keeps quotes or terms only.
"""

from __future__ import annotations

import csv
import os
import sys

from warreader.tui.commands._common import (
    corpus_paths,
    display_path,
    dump_json,
    load_articles_reporting,
    load_config_or_exit,
    missing_status,
)
from warreader.tui.safe_text import plain_text, terminal_safe

NAME = "quotes"
FIELDS = ("article", "start", "end", "text", "kind", "speaker", "role", "mention", "cue", "via",
          "source_text", "url")


def register(subparsers, add_common_options) -> None:
    """Add the `quotes` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list quotations and who said them",
        description="Find every quotation in the articles and name its speaker.",
    )
    add_common_options(p)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "table"),
        default=None,
        help="output format (default: table on a terminal, jsonl otherwise)",
    )
    p.add_argument(
        "--kind", choices=("quote", "term"), default=None, help="only quotations of this kind"
    )
    p.set_defaults(func=run)


def _records(args) -> tuple[list[dict], int]:
    """The quotation records, and exit status 2 if a corpus path does not exist."""
    from warreader.index.quotes.speakers import build_directory
    from warreader.tui.commands._corrected import corrected_pairs

    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    articles = load_articles_reporting(paths)
    pairs = corrected_pairs(articles, paths, config.aliases)
    directory = build_directory(pairs, config.aliases)
    records = []
    for article, quotes in pairs:
        source = _source(article.path) if quotes else None
        for quote in quotes:
            if args.kind and quote.kind != args.kind:
                continue
            record = quote.to_record(display_path(article.path), source)
            if quote.speaker:
                record["speaker"] = directory.canonical(quote.speaker, article.id)
            record["url"] = article.url
            records.append(record)
    return records, missing_status(paths)


def _short_names(paths: list[str]) -> dict[str, str]:
    """Each article path relative to the folder all of them share (``business/001.txt``)."""
    folders = {os.path.dirname(p) for p in paths}
    try:
        root = os.path.commonpath(sorted(folders)) if folders else ""
    except ValueError:  # absolute and relative paths mixed
        root = ""
    return {p: os.path.relpath(p, root) if root else p for p in paths}


def _source(path: str) -> str | None:
    """The file text every quote offset refers to (None if it vanished meanwhile)."""
    from warreader.index.articles import ArticleError, read_source_text

    try:
        return read_source_text(path)
    except ArticleError:
        return None


def _table(records: list[dict]) -> None:
    """A table for people: speaker and role, the quotation, its cue and its article.

    Terms (scare quotes) say ``term`` in the speaker column and show in single marks;
    roles wrap between words; article names are never cut.
    """
    from rich.console import Console
    from rich.table import Table

    console = Console()
    narrow = console.width < 120  # names fold onto a second line instead of being cut
    tiny = console.width < 80
    names = _short_names(sorted({r["article"] for r in records}))
    table = Table(title=f"{len(records)} quotations", show_lines=False, expand=True)
    table.add_column("speaker", style="bold cyan", ratio=1, width=12 if tiny else 18,
                     overflow="fold")
    table.add_column("quote", ratio=3, width=16 if tiny else 24, overflow="fold")
    table.add_column("cue · via", style="dim", max_width=9 if narrow else None, overflow="fold")
    table.add_column("article", style="dim", max_width=12 if narrow else None, overflow="fold")
    for r in records:  # cells are Text: quotes and names are never read as markup
        if r["kind"] == "term":
            speaker = plain_text("term", "dim italic")
            text = plain_text(f"‘{r['text']}’", "italic")
        else:
            speaker = plain_text(r["speaker"] or "unknown", "" if r["speaker"] else "dim")
            text = plain_text(f"“{r['text']}”")
        if r["role"]:
            speaker.append_text(plain_text(f"\n{r['role']}", "dim"))
        how = plain_text(r["cue"])
        if r.get("via"):
            how.append_text(plain_text(f"\n{r['via']}", "italic"))
        table.add_row(speaker, text, how, plain_text(names[r["article"]]))
    console.print(table)


def run(args) -> int:
    """Print the quotations in the chosen format."""
    records, status = _records(args)
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt == "jsonl":
        for record in records:
            dump_json(record, indent=None)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        # CSV has no escapes: control characters are replaced (one for one, offsets hold)
        writer.writerows({k: terminal_safe(v) if isinstance(v, str) else v
                          for k, v in r.items()} for r in records)
    else:
        _table(records)
    return status
