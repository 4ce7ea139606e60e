"""The export formats: Markdown with citations, CSV, JSON Lines, plain citations.

Each takes :class:`~.items.ExportItem` objects and returns the file's whole text.
Markdown and the plain citations use the citation the reader copies with ``y``, passed
in as ``cite(quote, article)`` (it lives with the app's clipboard code). Article text is
data: Markdown's special characters are escaped, so a quote renders as its words and
never as a link, HTML or a heading; a CSV cell that a spreadsheet would read as a
formula (``= + - @``, tab or carriage return first) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence

from warreader.index.export.items import FIELDS, ExportItem
from warreader.index.model import Article, Quote

Cite = Callable[[Quote, Article], str]

FORMATS = {"md": "Markdown with citations", "csv": "CSV", "jsonl": "JSON Lines",
           "txt": "Citations, one a line (the text y copies)"}
"""Format id -> what it is (the id is the file's extension)."""

GROUPS = ("speaker", "article")
UNATTRIBUTED = "Unattributed"

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def md_escape(text: str) -> str:
    """``text`` with Markdown's special characters backslash-escaped (one line)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _article_heading(article: Article) -> str:
    where = ", ".join(x for x in (article.outlet, article.date) if x)
    return f"{article.title} ({where})" if where else article.title


def _grouped(items: Sequence[ExportItem], by: str) -> list[tuple[str, list[ExportItem]]]:
    """Items in groups (speaker: most quoted first; article: in the order met)."""
    groups: dict[str, list[ExportItem]] = {}
    for item in items:
        key = (item.quote.speaker or UNATTRIBUTED) if by == "speaker" else item.path
        groups.setdefault(key, []).append(item)
    pairs = list(groups.items())
    if by == "speaker":
        pairs.sort(key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0].casefold()))
    return pairs


def to_markdown(items: Sequence[ExportItem], cite: Cite, title: str, group: str = "speaker",
                note: str = "") -> str:
    """A Markdown document: ``title``, ``note``, then the quotes grouped by ``group``
    (``speaker`` or ``article``), each its citation followed by the article's file."""
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)}")
    count = f"{len(items):,} quote{'' if len(items) == 1 else 's'}"
    lines = [f"# {md_escape(title)}", "", md_escape(f"{note} · {count}" if note else count), ""]
    for key, members in _grouped(items, group):
        heading = key if group == "speaker" else _article_heading(members[0].article)
        lines += [f"## {md_escape(heading)}", ""]
        for item in members:
            lines.append(f"- {md_escape(cite(item.quote, item.article))}  ")
            lines.append(f"  `{item.path.replace('`', '')}`")
        lines.append("")
    return "\n".join(lines)


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(items: Iterable[ExportItem]) -> str:
    """CSV with a header row (:data:`~.items.FIELDS`), formula-like cells neutralised."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: _cell(v) for k, v in item.record().items()})
    return out.getvalue()


def to_jsonl(items: Iterable[ExportItem]) -> str:
    """One JSON object a line (:data:`~.items.FIELDS`), non-ASCII text as is."""
    return "".join(json.dumps(item.record(), ensure_ascii=False) + "\n" for item in items)


def to_citations(items: Iterable[ExportItem], cite: Cite) -> str:
    """Each quote's ``y`` citation, one a line."""
    return "".join(cite(item.quote, item.article) + "\n" for item in items)


def render(fmt: str, items: Sequence[ExportItem], cite: Cite, title: str,
           group: str = "speaker", note: str = "") -> str:
    """The text of an export in format ``fmt`` (an id of :data:`FORMATS`)."""
    if fmt == "md":
        return to_markdown(items, cite, title, group, note)
    if fmt == "csv":
        return to_csv(items)
    if fmt == "jsonl":
        return to_jsonl(items)
    if fmt == "txt":
        return to_citations(items, cite)
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
