"""`warreader export`: the marked quotes, a speaker's, a search's, or the whole corpus's,
as Markdown with citations, CSV, JSON Lines or plain citations.

The index is updated first (as `warreader search` does). Without ``-o`` the export goes
to stdout (its control characters made visible; so with ``-o -``); with ``-o FILE`` it
is written whole, and an existing FILE is only replaced with ``--force``. Records carry the keys of
`warreader quotes` plus title, date, outlet and author (:mod:`index.export.items`).
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.export.formats import FORMATS, GROUPS, render
from warreader.index.export.gather import ExportError, NoSuchSpeaker
from warreader.tui.commands._common import fail, load_config_or_exit, missing_status, warn
from warreader.tui.commands._corpus import none_there, open_corpus, print_problems
from warreader.tui.safe_text import json_safe, terminal_safe
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "export"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `export` parser."""
    p = subparsers.add_parser(
        NAME,
        help="export quotes with their sources (marked, a speaker's, a search's)",
        description="Export quotations with their articles: the quotes marked with m in the "
        "reader, a speaker's, a search's quote hits or the whole corpus's.",
    )
    add_common_options(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--marked", action="store_true", help="the quotes marked in the reader")
    what.add_argument("--speaker", metavar="NAME", help="every quote of this speaker")
    what.add_argument("--query", metavar="Q", help="the quotes a search for Q finds")
    what.add_argument("--all", action="store_true", help="every quote of the corpus")
    p.add_argument("--format", choices=tuple(FORMATS), default="md",
                   help="md: Markdown with citations (default), csv, jsonl, "
                   "txt: one citation a line")
    p.add_argument("--group", choices=GROUPS, default="speaker",
                   help="Markdown: group by speaker (default) or by article")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (default, or -: stdout)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=run)


def _gather(args: Namespace, corpus: Corpus) -> tuple[list, str]:
    """The items asked for and a title for them (raises ExportError)."""
    from warreader.index.export import gather

    roots = corpus.paths
    if args.speaker is not None:
        items = gather.speaker_items(corpus, args.speaker, roots)
        return items, f"Quotes of {items[0].quote.speaker if items else args.speaker}"
    if args.query is not None:
        return gather.query_items(corpus, args.query, roots), f"Quotes found by {args.query}"
    if args.all:
        return gather.corpus_items(corpus, roots), "Every quote of the corpus"
    from warreader.index.annotations.marks import MarkStore
    from warreader.index.annotations.store import AnnotationFileDamaged

    try:
        anchors = MarkStore(roots).load()
    except AnnotationFileDamaged as exc:
        raise ExportError(str(exc)) from None
    if not anchors:  # nothing to export, not a usage error (as --query finding nothing)
        return [], "Marked quotes"
    items, missing = gather.marked_items(corpus, anchors, roots)
    if missing:
        warn(f"{missing} of {len(anchors)} marked quotes were not found "
             "(their article or words have changed)")
    return items, "Marked quotes"


def _nothing_found(args: Namespace, corpus: Corpus) -> str:
    """The line for an export that found no quotation: for a query whose articles match
    but hold no quotation that does, how many articles it finds (export takes quotes)."""
    if args.query is not None:
        articles = corpus.search(args.query, limit=1, kind="article").total
        if articles:
            match = "matches" if articles == 1 else "match"
            return (f"{plural(articles, 'article')} {match} {args.query!r}, but none of "
                    "their quotations: nothing to export")
        return f"nothing to export: no quotation matches {args.query!r}"
    if args.marked:  # no mark, or (said above) none of them found
        from warreader.tui.keymap import first_key, keymap_problems

        # the key as remapped, unless the remaps are ones the reader refuses (revU27 U3)
        keys = load_config_or_exit(args).keys
        mark = first_key({} if keymap_problems(keys) else keys, "toggle-mark")
        return f"nothing to export: no marked quote found in this corpus ({mark} marks one in " \
            "the reader)"
    return "nothing to export: no quotations found"


def run(args: Namespace) -> int:
    """Gather, format, write."""
    from warreader.index.export.writing import write_export
    from warreader.tui.clipboard import format_citation

    if args.output == "-":  # the usual name of standard output (it wrote a file "-")
        args.output = None
    if args.output is None and args.force:
        return fail("--force only applies with -o FILE")
    if args.output and Path(args.output).expanduser().exists() and not args.force:
        return fail(f"{args.output} exists; use --force to replace it")
    corpus = open_corpus(args)
    if (status := none_there(corpus)) is not None:
        return status
    print_problems(corpus.refresh())
    try:
        items, title = _gather(args, corpus)
        empty = None if items else _nothing_found(args, corpus)
    except NoSuchSpeaker as exc:  # how to see who is quoted, as `search` says it
        return fail(f"{exc} (warreader speakers lists who is quoted)")
    except ExportError as exc:
        return fail(str(exc))
    finally:
        corpus.close()
    if empty is not None:  # found nothing: not an error (as `search` without hits)
        warn(empty)
        return missing_status(corpus.paths)
    from warreader.tui.export_note import corpus_label, export_note

    text = render(args.format, items, format_citation, title, args.group,
                  export_note(corpus_label(list(corpus.paths))))
    if args.output is None:
        if args.format == "jsonl":
            sys.stdout.write(json_safe(text))
        else:  # a terminal's lines end in \n (CSV's \r\n would show as a space)
            sys.stdout.write(terminal_safe(text.replace("\r\n", "\n")))
        return missing_status(corpus.paths)
    try:
        write_export(Path(args.output), text, overwrite=args.force)
    except FileExistsError:
        return fail(f"{args.output} exists; use --force to replace it")
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    print(f"wrote {plural(len(items), 'quote')} to {args.output}", file=sys.stderr)
    return missing_status(corpus.paths)
