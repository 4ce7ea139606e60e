"""Why a query found nothing, when the reason is the index's shape, for the search bar
and `warreader search`: fields of quotes and fields of articles ANDed together, or
``date:`` in a corpus whose articles have no date (the BBC's).

An article document carries ``title`` and ``body``; a quote document carries ``speaker``,
``text``, ``role``, ``cue`` (and the article's date, author and outlet). A hit is one or
the other, so ``speaker:peskov title:drones`` finds nothing, though a reporter means
Peskov's quotes in articles about drones. The article filter (`f`) answers that: it
keeps the articles quoting a speaker whose title has the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

QUOTE_FIELDS = ("speaker", "text", "role", "cue")
ARTICLE_FIELDS = ("title", "body")
_FIELD = re.compile(r'(?<![\w-])(\w+):("[^"]*"?|\S*)')
_PHRASE = re.compile(r'"[^"]*"?')
_TITLE = re.compile(r"(?<![\w-])title:", re.IGNORECASE)
_DATE = re.compile(r"(?<![\w-])date:", re.IGNORECASE)
EVERY_DATE = "date:[1000 to 9999]"
"""A query that finds every dated article (none: the corpus has no dates)."""
UNDATED = "no article here has a date, so date: finds nothing in this corpus"
FILTER_FIELDS = frozenset({"speaker", "title", "date", "author", "outlet"})
"""The fields the article filter (`f`) reads too (title: as its plain words)."""


# What joins terms otherwise than AND (outside phrases): NOT, OR, a group, a leading minus.
_NOT_ALL_ANDED = re.compile(r"\b(?:NOT|OR)\b|[()]|(?<![\w-])-\w")


def no_hits_hint(query: str, has_dates: Callable[[], bool]) -> str | None:
    """Why ``query``, which found nothing, could find nothing here: it is common words
    only (:func:`common_words`), a quote's field ANDed with an article's
    (:func:`fields_apart`), or ``date:`` where no article has a date (``has_dates()``,
    asked only then: a search); None when no such reason holds."""
    if common := common_words(query):
        return common
    if apart := fields_apart(query):
        return apart
    if _DATE.search(_outside_phrases_but_values(query)) and not has_dates():
        return UNDATED
    return None


def common_words(query: str) -> str | None:
    """Why ``query`` searches nothing when its words are all common ones, which the
    index leaves out ("'we' and 'will' are common words, left out of the index: ...");
    None when it searches something, or when it has no such word."""
    from warreader.index.search.common_words import dropped_words
    from warreader.index.search.errors import QueryError

    dropped = [word for part in dropped_words(query) for word in part.strip('"').split()]
    if not dropped:
        return None
    try:
        if _builder().build(query) is not None:
            return None
    except QueryError:
        return None
    listed = " and ".join(filter(None, [", ".join(map(repr, dropped[:-1])), repr(dropped[-1])]))
    are = "is a common word" if len(dropped) == 1 else "are common words"
    return f"{listed} {are}, left out of the index: nothing to search for; add a rarer word"


@cache
def _builder():
    from warreader.index.search.query import QueryBuilder

    return QueryBuilder()


def fields_apart(query: str) -> str | None:
    """Why ``query`` can find nothing when it names a quote's field and an article's
    ("speaker: matches quotes and title: matches articles, so no hit has both"), with
    the article filter's line that finds what it means where there is one; else None."""
    bare = _outside_phrases_but_values(query)
    if _NOT_ALL_ANDED.search(bare):
        return None  # "speaker:x NOT title:y", "speaker:x (title:y OR nato)": a hit may match
    fields: dict[str, str] = {}
    for name, value in _FIELD.findall(bare):
        fields.setdefault(name.lower(), value)
    kind = fields.get("kind", "").lower()
    quote = [f"{f}:" for f in QUOTE_FIELDS if f in fields]
    quote += [f"kind:{kind}"] if kind in ("quote", "term") else []
    article = [f"{f}:" for f in ARTICLE_FIELDS if f in fields]
    article += ["kind:article"] if kind == "article" else []
    if not quote or not article:
        return None
    why = f"{quote[0]} matches quotes and {article[0]} matches articles, so no hit has both"
    rest = _FIELD.sub(" ", _outside_phrases_but_values(query)).split()
    if {"speaker", "title"} <= set(fields) <= FILTER_FIELDS and not rest:
        line = " ".join(_TITLE.sub("", query).split())
        why += f". The article filter (f) finds the articles you mean: {line}"
    return why


def _outside_phrases_but_values(query: str) -> str:
    """``query`` with its phrases blanked, except a phrase that is a field's value."""
    out, last = [], 0
    for match in _PHRASE.finditer(query):
        out.append(query[last:match.start()])
        is_value = match.start() > 0 and query[match.start() - 1] == ":"
        out.append(match.group() if is_value else " ")
        last = match.end()
    out.append(query[last:])
    return "".join(out)
