"""`warreader quotes`: every quotation of the articles, with its speaker.

``--format jsonl`` prints one object a line with exactly the keys ``article``,
``start``, ``end``, ``text``, ``kind``, ``speaker``, ``role``, ``mention``, ``cue``,
``via``, ``source_text``, ``url`` (offsets into the file's decoded text, marks
excluded; ``via`` says how the speaker was found: named, pronoun, description, label,
document, carried, colon or none, and is null for terms; ``corrected`` where the
reader corrected it, see `warreader corrections`; ``source_text`` is the file's
text between the offsets; ``url`` the address the article states (a saved page's
canonical link or ``URL:`` line), else null); ``csv`` the same columns;
``table`` a Rich table for people; ``md`` Markdown with each quotation's citation (the
form ``y`` copies in the reader), grouped by speaker or by article (``--group``).
``--kind`` keeps quotes or terms only.
"""

from __future__ import annotations

import csv
import sys
from argparse import Namespace
from typing import TYPE_CHECKING

from warreader.tui.commands._common import (
    corpus_paths,
    display_path,
    dump_json,
    fail_no_articles,
    load_config_or_exit,
    missing_status,
    warn_no_articles,
)
from warreader.tui.file_labels import folder_labels
from warreader.tui.safe_text import plain_text, terminal_safe
from warreader.tui.wording import quotes_and_terms

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "quotes"
FIELDS = ("article", "start", "end", "text", "kind", "speaker", "role", "mention", "cue", "via",
          "source_text", "url")


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `quotes` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list quotations and who said them",
        description="Find every quotation in the articles and name its speaker.",
    )
    add_common_options(p)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "table", "md"),
        default=None,
        help="output format (default: table on a terminal, jsonl otherwise)",
    )
    p.add_argument(
        "--kind", choices=("quote", "term"), default=None, help="only quotations of this kind"
    )
    p.add_argument("--group", choices=("speaker", "article"), default="speaker",
                   help="Markdown: group the quotations by speaker (default) or by article")
    p.set_defaults(func=run)


def _pairs(args: Namespace) -> tuple[list, list]:
    """(article, quotes with corpus-canonical speakers, corrections applied) of each
    article, and the corpus paths."""
    from dataclasses import replace

    from warreader.index.quotes.speakers import build_directory
    from warreader.tui.commands._corrected import read_pairs

    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    _, pairs = read_pairs(args, paths, config)
    directory = build_directory(pairs, config.aliases)
    return [(a, [replace(q, speaker=directory.canonical(q.speaker, a.id)) if q.speaker else q
                 for q in quotes]) for a, quotes in pairs], paths


def _markdown(args: Namespace) -> int:
    """Print the quotations as Markdown with citations."""
    from warreader.index.export.formats import to_markdown
    from warreader.index.export.gather import items_of
    from warreader.index.search.fresh import with_lead
    from warreader.tui.clipboard import format_citation

    pairs, paths = _pairs(args)
    items = [item for article, quotes in pairs if any(q.kind == "quote" for q in quotes)
             for item in items_of(with_lead(article), quotes, paths)]
    names = ", ".join(p.name or str(p) for p in paths)
    text = to_markdown(items, format_citation, f"Quotations in {names}", args.group,
                       "exported by warreader")
    sys.stdout.write(terminal_safe(text))
    return missing_status(paths)


def _records(args: Namespace, fmt: str) -> tuple[list[dict], int, dict[str, str] | None]:
    """The quotation records, exit status 2 if a corpus path does not exist (or, for
    the table, no article was found: one line says so), and for the table (``fmt``)
    each article's name (:func:`~warreader.tui.file_labels.folder_labels`, keyed by the
    records' ``article``; None when no article was found, empty for other formats)."""
    pairs, paths = _pairs(args)
    table = fmt == "table"
    if not pairs and table:
        return [], fail_no_articles(paths), None
    if not pairs:  # JSON Lines and CSV stay empty, their status as before: said on stderr
        warn_no_articles(paths)
    labels = folder_labels((article.path for article, _ in pairs), paths) if table else {}
    records = []
    names: dict[str, str] = {}
    for article, quotes in pairs:
        source = _source(article.path) if quotes else None
        shown = display_path(article.path) if quotes else ""
        if table and quotes:
            names[shown] = labels[article.path]
        for quote in quotes:
            if args.kind and quote.kind != args.kind:
                continue
            record = quote.to_record(shown, source)
            record["url"] = article.url
            records.append(record)
    return records, missing_status(paths), names if pairs else None


def _source(path: str) -> str | None:
    """The file text every quote offset refers to (None if it vanished meanwhile)."""
    from warreader.index.articles import ArticleError, read_source_text

    try:
        return read_source_text(path)
    except ArticleError:
        return None


def _table(records: list[dict], names: dict[str, str]) -> None:
    """A table for people: speaker and role, the quotation, its cue and its article
    (``names``: each record's ``article`` as the corpus names it, ``sport/152.txt``).

    Terms (scare quotes) say ``term`` in the speaker column and show in single marks;
    roles wrap between words; article names are never cut.
    """
    from rich.console import Console
    from rich.table import Table
    from warreader.tui.colours import UNATTRIBUTED_LABEL

    console = Console()
    if not records:  # articles, but no quotation in them: no empty table
        console.print(plain_text("no quotations found in these articles", "dim"))
        return
    narrow = console.width < 120  # names fold onto a second line instead of being cut
    tiny = console.width < 80
    terms = sum(r["kind"] == "term" for r in records)  # counted apart, as the app does
    table = Table(title=quotes_and_terms(len(records) - terms, terms, True), show_lines=False,
                  expand=True)
    table.add_column("speaker", style="bold cyan", ratio=1, width=12 if tiny else 18,
                     overflow="fold")
    table.add_column("quote", ratio=3, width=16 if tiny else 24, overflow="fold")
    cue_width = _longest_word(records, ("cue", "via"), 9, CUE_WORD_MAX)  # whole words (ux27:
    table.add_column("cue · via", style="dim", min_width=cue_width,  # "descripti/on")
                     max_width=cue_width if narrow else None, overflow="fold")
    table.add_column("article", style="dim", max_width=12 if narrow else None, overflow="fold")
    for r in records:  # cells are Text: quotes and names are never read as markup
        if r["kind"] == "term":
            speaker = plain_text("term", "dim italic")
            text = plain_text(f"‘{r['text']}’", "italic")
        else:
            # "(unattributed)" as `search`, the reader and the exports say (was "unknown")
            speaker = plain_text(r["speaker"] or UNATTRIBUTED_LABEL,
                                 "" if r["speaker"] else "dim")
            text = plain_text(f"“{r['text']}”")
        if r["role"]:
            speaker.append_text(plain_text(f"\n{r['role']}", "dim"))
        how = plain_text(r["cue"])
        if r.get("via"):
            how.append_text(plain_text(f"\n{r['via']}", "italic"))
        table.add_row(speaker, text, how, plain_text(names[r["article"]]))
    console.print(table)


CUE_WORD_MAX = 14
"""The widest the cue column grows in a narrow table to keep its longest word whole."""


def _longest_word(records: list[dict], fields: tuple[str, ...], least: int, most: int) -> int:
    """The length of the longest word in ``fields`` of ``records``, kept within
    ``least``..``most``: the width at which a column of them breaks only between words."""
    words = (w for r in records for f in fields for w in (r.get(f) or "").split())
    return max(least, min(most, max(map(len, words), default=0)))


def _format(args: Namespace) -> str:
    """The output format asked for; by default a table on a terminal, else jsonl."""
    return args.format or ("table" if sys.stdout.isatty() else "jsonl")


def run(args: Namespace) -> int:
    """Print the quotations in the chosen format."""
    fmt = _format(args)
    if fmt == "md":
        return _markdown(args)
    records, status, names = _records(args, fmt)
    if fmt == "jsonl":
        for record in records:
            dump_json(record, indent=None)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        # CSV has no escapes: control characters are replaced (one for one, offsets hold)
        writer.writerows({k: terminal_safe(v) if isinstance(v, str) else v
                          for k, v in r.items()} for r in records)
    elif names is not None:  # no articles: the one line on stderr alone, no table
        _table(records, names)
    return status
