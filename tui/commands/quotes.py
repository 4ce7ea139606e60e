"""`warreader quotes`: every quotation of the articles, with its speaker.

``--format jsonl`` prints one object a line with exactly the keys ``article``,
``start``, ``end``, ``text``, ``kind``, ``speaker``, ``role``, ``mention``, ``cue``,
``via`` (offsets into the file's decoded text, marks excluded; ``via`` says how the
speaker was found: named, pronoun, description, label, document, carried, colon or
none, and is null for terms); ``csv`` the same columns;
``table`` a Rich table for people. ``--kind`` keeps quotes or terms only.
"""

from __future__ import annotations

import csv
import sys

from warreader.tui.commands._common import (
    corpus_paths,
    display_path,
    dump_json,
    load_articles_reporting,
    load_config_or_exit,
)
from warreader.tui.safe_text import plain_text, terminal_safe

NAME = "quotes"
FIELDS = ("article", "start", "end", "text", "kind", "speaker", "role", "mention", "cue", "via")


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


def _records(args) -> list[dict]:
    from warreader.index.quotes import extract_quotes
    from warreader.index.quotes.speakers import build_directory

    config = load_config_or_exit(args)
    articles = load_articles_reporting(corpus_paths(args, config))
    pairs = [(a, extract_quotes(a, config.aliases)) for a in articles]
    directory = build_directory(pairs, config.aliases)
    records = []
    for article, quotes in pairs:
        for quote in quotes:
            if args.kind and quote.kind != args.kind:
                continue
            record = quote.to_record(display_path(article.path))
            if quote.speaker:
                record["speaker"] = directory.canonical(quote.speaker, article.id)
            records.append(record)
    return records


def _table(records: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(records)} quotations", show_lines=False, expand=True)
    table.add_column("speaker", style="bold cyan", ratio=1, overflow="fold")
    table.add_column("quote", ratio=3, min_width=30, overflow="fold")
    table.add_column("cue · via", style="dim", max_width=12)
    table.add_column("article", style="dim", max_width=12, overflow="ellipsis")
    for r in records:  # cells are Text: quotes and names are never read as markup
        text = plain_text(f"“{r['text']}”")
        if r["kind"] == "term":
            text.stylize("italic")
            text.append(" (term)")
        if r["speaker"] or r["kind"] == "term":
            speaker = plain_text(r["speaker"])
        else:
            speaker = plain_text("unknown", "dim")
        if r["role"]:
            speaker.append_text(plain_text(f"\n{r['role']}", "dim"))
        name = r["article"].rsplit("/", 1)[-1]
        how = plain_text(r["cue"])
        if r["via"]:
            how.append_text(plain_text(f"\n{r['via']}", "italic"))
        table.add_row(speaker, text, how, plain_text(name))
    Console().print(table)


def run(args) -> int:
    """Print the quotations in the chosen format."""
    records = _records(args)
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
    return 0
