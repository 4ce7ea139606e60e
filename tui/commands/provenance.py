"""`warreader provenance [PATH...] [--json] [--min-size N]`: the same quote across articles.

Lists each group of quotes (the same words, a part of them, or a near-identical version)
that appears in ``--min-size`` or more articles: its members earliest first (article,
start, end, date, outlet, speaker as credited there, text) and the two flags, *worded
differently* and *credited differently*. The index is brought up to date first.
"""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text
from warreader.index.provenance.flags import changed_spans
from warreader.index.provenance.model import Group as QuoteGroup
from warreader.tui.commands._common import (
    display_path,
    dump_json,
    fail,
    fail_no_articles,
    missing_status,
    warn_no_articles,
)
from warreader.tui.commands._corpus import none_there, open_corpus, print_problems
from warreader.tui.safe_text import one_line, plain_text
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "provenance"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `provenance` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list quotes that appear in several articles",
        description="List groups of the same quotation across articles: the same words "
        "(case, marks and punctuation aside), a partial quote of a longer one, or a "
        "near-identical version; each with its members earliest first and the flags "
        "'worded differently' (same speaker, other words) and 'credited differently' "
        "(same words, another speaker).",
    )
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print the groups as JSON")
    p.add_argument("--min-size", type=int, default=2, metavar="N",
                   help="only groups whose quotes appear in N or more articles (default 2)")
    p.set_defaults(func=run)


def run(args: Namespace) -> int:
    """Update the index, group the quotes, print the groups."""
    if args.min_size < 1:
        return fail("--min-size must be at least 1")
    corpus = open_corpus(args)
    if (status := none_there(corpus)) is not None:
        return status
    print_problems(corpus.refresh())
    groups = corpus.provenance()
    empty = corpus.article_count() == 0
    corpus.close()
    if groups is None:
        return fail(corpus.damage or "no index: run `warreader index`")
    if empty and not args.json:  # not "no quote appears...": there was nothing to group
        return fail_no_articles(corpus.paths)
    if empty:  # the JSON as before, its status too: where it looked, on stderr
        warn_no_articles(corpus.paths)
    found = groups.groups(args.min_size)
    if args.json:
        out = []
        for g in found:
            item = g.to_dict()
            for member in item["members"]:
                member["article"] = display_path(member["article"])
            out.append(item)
        dump_json({"groups": out})
        return missing_status(corpus.paths)
    console = Console()
    if not found:
        console.print(Text(f"no quote appears in {args.min_size} or more articles", style="dim"))
        return missing_status(corpus.paths)
    flagged = sum(g.worded_differently or g.credited_differently for g in found)
    terms = sum(g.earliest.kind == "term" for g in found)
    console.print(Text(f"{plural(len(found) - terms, 'quote')} and {plural(terms, 'quoted term')} "
                       f"appear in {args.min_size} or more articles ({flagged} of them "
                       "worded or credited differently)",  # was "(14 flagged)": by what?
                       style="bold"))
    for g in found:
        console.print(_block(g))
    return missing_status(corpus.paths)


def _title(g: QuoteGroup) -> Text:
    kind = "term · " if g.earliest.kind == "term" else ""
    text = Text(f"group {g.id} · {kind}{len(g.articles)} articles", style="bold")
    if g.worded_differently:
        text.append(" · worded differently", style="bold yellow")
    if g.credited_differently:
        text.append(" · credited differently", style="bold red")
    return text


def _block(g: QuoteGroup) -> Group:
    """The group's title, then per member a line of where and who, and its words."""
    lines: list = [Text(""), _title(g)]
    for m in g.members:
        head = Text("  ")
        head.append(one_line(m.date or "undated"), style="cyan")
        head.append(f" · {one_line(m.outlet)}" if m.outlet else "", style="cyan")
        head.append(f" · {one_line(display_path(m.path or m.article))}:{m.start}-{m.end}",
                    style="dim")
        head.append(" · ")
        head.append(one_line(m.speaker or "(unattributed)"),
                    style="bold red" if m.key in g.recredited else "bold")
        if m.key in g.recredited:
            head.append(" (credited differently)", style="red")
        quote = Text("“", style="italic")
        quote.append_text(plain_text(m.text))  # one for one: the changed spans still fit
        quote.append("”")
        if m.key in g.reworded:
            for start, end in changed_spans(m.text, g.earliest.text):
                quote.stylize("bold reverse yellow", start + 1, end + 1)
        lines += [head, Padding(quote, (0, 0, 0, 4))]
    return Group(*lines)
