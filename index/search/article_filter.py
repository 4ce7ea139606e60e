"""Filtering and sorting the article list: the filter syntax, and its SQL.

A filter is typed as a line (``outlet:reuters speaker:peskov date:2022-02..2022-03
folder:politics oil``): fields by name, a value quoted when it holds spaces
(``speaker:"Dmitry Peskov"``), and bare words, which must all appear in the title.
Filters combine (all must hold). They become a ``WHERE`` clause on the stored data's
``articles`` table (:mod:`index.search.stored`), so a list of 100,000 articles is
filtered and sorted by SQLite, never loaded to be sorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from warreader.index.names import fold
from warreader.index.search.calendar_dates import date_problem
from warreader.index.search.summary import ArticleSummary

SORTS = ("date", "title", "outlet", "quotes")
"""The article list's orders, in the order ``o`` cycles through them."""



def sort_after(sort: str) -> str:
    """The order after ``sort`` in :data:`SORTS`, as ``o`` cycles them."""
    return SORTS[(SORTS.index(sort) + 1) % len(SORTS)]


SORT_LABELS = {"date": "date", "title": "title", "outlet": "outlet", "quotes": "quote count"}

FIELDS = ("outlet", "author", "date", "folder", "speaker")

_TOKEN = re.compile(r'([A-Za-z]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+)')
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATE_HINT = "use 2022, 2022-02, 2022-02-24 or a range like 2022-02..2022-03"


class FilterError(ValueError):
    """A filter line that cannot be read (the message says why, in the user's words)."""


@dataclass(frozen=True)
class ArticleFilter:
    """What the listed articles must match; empty fields match everything."""

    outlet: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    folder: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # in the title
    date_from: str | None = None
    date_to: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def chips(self) -> list[str]:
        """One short label per condition, as the list's border shows them."""
        out = []
        for name in ("outlet", "author", "folder", "speaker"):
            out.extend(f"{name}:{_quoted(v)}" for v in getattr(self, name))
        if self.date_from or self.date_to:
            if self.date_from == self.date_to:
                out.append(f"date:{self.date_from}")
            else:
                out.append(f"date:{self.date_from or ''}..{self.date_to or ''}")
        out.extend(f'"{w}"' for w in self.words)
        return out


def _quoted(value: str) -> str:
    return f'"{value}"' if " " in value else value


def parse_filter(text: str) -> ArticleFilter:
    """The filter typed as ``text``; raises :class:`FilterError`. A field with no value
    yet (``speaker:`` while typing) is left out, not an error."""
    found: dict[str, list[str]] = {name: [] for name in ("outlet", "author", "folder",
                                                         "speaker", "words")}
    dates: list[tuple[str | None, str | None]] = []
    for m in _TOKEN.finditer(text):
        field, quoted, plain, phrase, word = m.groups()
        if field is not None:
            name, value = field.lower(), (quoted if quoted is not None else plain).strip()
            if name not in FIELDS:
                raise FilterError(f"unknown filter '{field}:': use {', '.join(FIELDS)}, "
                                  "or words of the title")
            if not value:
                continue
            if name == "date":
                dates.append(_date_range(value))
            else:
                found[name].append(value)
        elif (phrase if phrase is not None else word).strip():
            found["words"].append((phrase if phrase is not None else word).strip())
    date_from = max((f for f, _ in dates if f), default=None)
    date_to = min((t for _, t in dates if t), default=None)
    return replace(ArticleFilter(), date_from=date_from, date_to=date_to,
                   **{k: tuple(v) for k, v in found.items()})


def _date_range(value: str) -> tuple[str | None, str | None]:
    """``2022`` -> (2022, 2022); ``2022-02..2022-03``; ``..2022``; ``2022-02..``."""
    if value.endswith(".") and not value.endswith(".."):
        value = value[:-1]  # "2022-02." on the way to a range
    start, sep, end = value.partition("..")  # "2022-" while typing: 2022
    start = start.strip().rstrip("-") or None
    end = (end.strip().rstrip("-") or None) if sep else start
    for part in (start, end):
        if part is not None and not _DATE.match(part):
            raise FilterError(f"bad date '{part}': {_DATE_HINT}")
        problem = date_problem(part) if part is not None else None
        if problem is not None:  # "2023-13": no such month, never an empty list
            raise FilterError(f"bad date '{part}': {problem}")
    if start is None and end is None:
        raise FilterError(f"bad date '{value}': {_DATE_HINT}")
    return start, end


def _like(value: str) -> str:
    """``value`` as a LIKE pattern matching it anywhere (its own % and _ literal)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(filt: ArticleFilter) -> tuple[str, list]:
    """A ``WHERE`` clause (``1`` for none) over ``articles a`` and its arguments."""
    clauses, args = [], []
    for column, values in (("a.outlet", filt.outlet), ("a.author", filt.author),
                           ("a.title", filt.words)):
        for value in values:
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            args.append(_like(value))
    for value in filt.folder:  # a folder of the path: a whole segment, or its start
        clauses.append("replace(a.path, '\\', '/') LIKE ? ESCAPE '\\'")
        args.append(f"%/{_like(value.strip('/'))[1:-1]}%/%")
    for value in filt.speaker:  # any spelling of a speaker whose name holds the value
        clauses.append(
            "a.id IN (SELECT q.article FROM quotes q JOIN names m ON m.name = q.speaker"
            " WHERE q.kind = 'quote' AND m.canonical IN (SELECT canonical FROM names"
            " WHERE folded LIKE ? ESCAPE '\\' OR canonical LIKE ? ESCAPE '\\'))")
        args.extend([_like(fold(value)), _like(value)])
    if filt.date_from:
        clauses.append("a.date >= ?")
        args.append(filt.date_from)
    if filt.date_to:
        clauses.append("substr(a.date, 1, ?) <= ?")
        args.extend([len(filt.date_to), filt.date_to])
    return (" AND ".join(clauses) or "1"), args


_ORDER = {
    "date": "a.date IS NULL, a.date DESC, a.path, a.id",
    "title": "a.title COLLATE NOCASE, a.path, a.id",
    "outlet": "a.outlet IS NULL, a.outlet COLLATE NOCASE, a.date IS NULL, a.date DESC, "
              "a.path, a.id",
    "quotes": "a.quotes DESC, a.date IS NULL, a.date DESC, a.path, a.id",
}


def order_sql(sort: str) -> str:
    """The ``ORDER BY`` terms of ``sort`` (one of :data:`SORTS`)."""
    return _ORDER[sort]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(text: str | None) -> str:
    """As SQLite's NOCASE compares: only A-Z folded."""
    return (text or "").translate(_ASCII_LOWER)


def sorted_summaries(summaries: list[ArticleSummary], sort: str) -> list[ArticleSummary]:
    """``summaries`` in the order :func:`order_sql` gives (for lists not yet stored)."""
    def newest(s: ArticleSummary) -> tuple:
        return (s.date is None, _Desc(s.date or ""), s.path, s.id)

    keys = {
        "date": newest,
        "title": lambda s: (_nocase(s.title), s.path, s.id),
        "outlet": lambda s: (s.outlet is None, _nocase(s.outlet), *newest(s)),
        "quotes": lambda s: (-s.quote_count, *newest(s)),
    }
    return sorted(summaries, key=keys[sort])


class _Desc:
    """A string key sorting in reverse."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __lt__(self, other: _Desc) -> bool:
        return self.value > other.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value
