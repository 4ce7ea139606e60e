"""`warreader search QUERY [PATH...]`: ranked articles and quotes, as a table or JSON."""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text
from warreader.index.paths import shown_path
from warreader.index.search.results import SearchHit, SearchResults
from warreader.tui.commands._common import (
    display_path,
    dump_json,
    fail,
    fail_no_articles,
    missing_status,
    warn_no_articles,
)
from warreader.tui.commands._corpus import none_there, open_corpus, print_problems
from warreader.tui.file_labels import folder_labels
from warreader.tui.query_hints import EVERY_DATE, left_out_note, no_hits_hint, query_problem
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "search"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `search` parser (QUERY comes before the common PATH arguments)."""
    p = subparsers.add_parser(
        NAME,
        help="search articles and quotes",
        usage="%(prog)s [-h] QUERY [PATH ...] [--json] [--limit N]\n"  # wrapped as argparse's
        "                        [--kind {article,quote}] [--no-update] [--config FILE]\n"
        "                        [--index-dir DIR]",
        description="Search the corpus (the index is updated first, unless --no-update). "
        "Words are ANDed; "
        'use "phrases", OR, NOT, parentheses, word~ (fuzzy), word* (prefix) and the fields '
        "speaker:, role:, cue: (the reporting verb), text: (a quote's words) and title:, "
        "body: (an article's), kind:article|quote|term, date:2022, "
        "date:[2022-02-01 to 2022-03-01], author:, outlet:, and group:N (quotes whose words "
        "appear in N or more articles). Common words (the, we, will...) are not indexed in "
        'titles, bodies and quotes: "we will" alone finds nothing there (US and IT in '
        "capitals are: the acronyms).",
    )
    # optional to argparse, so that a missing QUERY is named alone (argparse's intermixed
    # parsing would also call the optional PATHs "required"); run() insists on it
    p.add_argument("query", nargs="?", metavar="QUERY",
                   help="the search query (quote it in the shell)")
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="at most N hits (default 20)")
    p.add_argument("--kind", choices=("article", "quote"), help="only articles or only quotes")
    p.add_argument("--no-update", action="store_true",
                   help="search the index as it is, without checking the files for changes "
                   "first (faster on a large corpus; `warreader index` updates it)")
    p.set_defaults(func=run, parser=p)


def run(args: Namespace) -> int:
    """Check the query, update the index quietly (unless --no-update), search, print."""
    if not args.query:
        args.parser.error("QUERY is missing (for example: warreader search 'speaker:peskov')")
    if args.limit < 1:
        return fail("--limit must be at least 1")
    problem = query_problem(args.query)  # at once: no index opened, checked or written
    if problem is not None:
        return fail(f"bad query: {problem}")
    corpus = open_corpus(args)
    if (status := none_there(corpus)) is not None:
        return status
    if not args.no_update:
        print_problems(corpus.refresh())
    results = corpus.search(args.query, limit=args.limit, kind=args.kind)
    def speaker_hits(word: str) -> int:
        return corpus.search(f"speaker:{word}", limit=1).total

    empty = not results.hits and not results.error and corpus.article_count() == 0
    hint = note = None
    if not results.error and not args.json and not empty:
        if results.hits:
            note = left_out_note(results.query, speaker_hits)
        else:
            hint = no_hits_hint(results.query,
                                lambda: corpus.search(EVERY_DATE, limit=1).total > 0,
                                speaker_hits, corpus.date_span,
                                lambda rest: corpus.search(rest, limit=1, kind=args.kind).total,
                                lambda: [s.name for s in corpus.speakers()],
                                named=corpus.names_any)
    corpus.close()
    if results.error:
        return fail(f"bad query: {results.error}")
    if empty and not args.json:  # not "no hits": nothing was there to search
        return fail_no_articles(corpus.paths)
    if empty:  # the JSON as for no hits, its status as before: where it looked, on stderr
        warn_no_articles(corpus.paths)
    if args.json:
        dump_json({"query": results.query, "total": results.total,
                   "hits": [hit_json(h) for h in results.hits]})
    else:
        Console().print(_table(results, corpus.paths, hint, note))
    return missing_status(corpus.paths)


def hit_json(hit: SearchHit) -> dict:
    """A hit's JSON: :meth:`SearchHit.to_dict` plus the keys ``quotes``, ``export`` and
    ``provenance`` give the same things: ``article`` (the file as ``quotes`` names it) and,
    for a quote hit, ``text``, ``start`` and ``end`` (the old ``path``, ``quote`` and
    ``quote_span`` stay, for the scripts that read them)."""
    out = hit.to_dict()
    out["article"] = display_path(hit.path)
    if hit.kind == "quote":
        out["text"] = hit.quote_text
        out["start"], out["end"] = hit.quote_span if hit.quote_span else (None, None)
    return out


def _table(results: SearchResults, roots: list, hint: str | None = None,
           note: str | None = None) -> Table | Text:
    """The hits as a table (``note``, the common words the query left out, under its
    title); none: a line saying so, and ``hint``, why (speaker:X title:Y; date: in a
    corpus without dates: :func:`no_hits_hint`)."""
    if not results.hits:
        why = f" ({hint})" if hint else ""
        return plain_text(f"no hits for {results.query!r}{why}", "dim")
    # the title is a Text, as every cell: nothing typed or read is taken as markup
    title = plain_text(f"{len(results.hits):,} of {plural(results.total, 'hit')} for "
                       f"{results.query!r}")
    if note:
        title.append(f"\n{note}", "dim")
    table = Table(title=title, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("score", justify="right")
    table.add_column("article", ratio=2, overflow="fold")  # a file name is never cut
    table.add_column("speaker", width=18)
    table.add_column("match", ratio=4)
    names = folder_labels((hit.path for hit in results.hits), roots)
    for n, hit in enumerate(results.hits, 1):
        table.add_row(str(n), f"{hit.score:.2f}", _article(hit, names[hit.path]),
                      _speaker(hit), _fragment(hit))
    return table


def _speaker(hit: SearchHit) -> Text:
    """Who said a quote hit; what a hit with no speaker is (an article, a quoted term, a
    quotation nobody was found for), never a blank that reads as any of them."""
    if hit.kind != "quote":
        return plain_text("(article)", "dim italic")
    if hit.term:
        return plain_text("(quoted term)", "dim italic")
    return plain_text(hit.speaker) if hit.speaker else plain_text("(unattributed)", "dim")


def _article(hit: SearchHit, name: str) -> Text:
    text = plain_text(hit.title, "bold")
    text.append(f"\n{one_line(shown_path(name))}", style="dim")
    return text


def _fragment(hit: SearchHit) -> Text:
    if hit.fragment is None:
        return plain_text(hit.quote_text)
    # one for one: the highlight offsets still fit the made-safe text
    text = plain_text(hit.fragment.text, "italic" if hit.kind == "quote" else "")
    for start, end in hit.fragment.highlights:
        text.stylize("bold reverse", start, end)
    return text
