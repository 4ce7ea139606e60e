"""From what the user typed to a Whoosh query: checks, parsing, search-as-you-type.

Syntax is Whoosh's (AND between words, "phrases", OR/NOT/parentheses, ``field:value``,
``date:2022`` and ``date:[2022-02-01 to 2022-03-01]``, fuzzy ``word~``, ``word*``).
Malformed input raises :class:`QueryError` with a message for the user instead of
being silently reinterpreted, which is what Whoosh's forgiving parser would do.
"""

from __future__ import annotations

import re

from whoosh import qparser
from whoosh.query import NullQuery, Or, Prefix, Query, Term

from index.search.schema import (
    DEFAULT_FIELDS,
    FIELD_BOOSTS,
    QUERY_FIELDS,
    STEMMED_FIELDS,
    build_schema,
)

MIN_PREFIX = 3
"""A partial last word expands to a prefix only from this many characters on."""

_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_FIELD = re.compile(r"(?<![\w:/.])([A-Za-z_]\w*):(?!//)")
_DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
_DATE_VALUE = re.compile(r"date:(\[[^\]]*\]|\{[^}]*\}|\S+)")
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))(?:([A-Za-z_]\w*):)?([^\s\"()\[\]{}:*~^]+)$")
_CLOSERS = {")": "(", "]": "[", "}": "{"}


class QueryError(ValueError):
    """A query the user must fix; ``str()`` is the one-line explanation."""


def check(text: str) -> None:
    """Raise :class:`QueryError` for unbalanced quotes or brackets and unknown fields."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase needs a closing "')
    outside = re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)
    stack: list[str] = []
    for ch in outside:
        if ch in "([{":
            stack.append(ch)
        elif ch in _CLOSERS and (not stack or stack.pop() != _CLOSERS[ch]):
            raise QueryError(f"unbalanced '{ch}': nothing opened it")
    if stack:
        closer = {"(": ")", "[": "]", "{": "}"}[stack[-1]]
        raise QueryError(f"unbalanced '{stack[-1]}': add the closing '{closer}'")
    for name in _FIELD.findall(outside):
        if name not in QUERY_FIELDS:
            raise QueryError(f"unknown field '{name}:' (fields: {', '.join(QUERY_FIELDS)})")
    for value in _DATE_VALUE.findall(outside):
        ends = re.split(r"\s*\bto\b\s*", value.strip("[]{}"), flags=re.IGNORECASE)
        for end in ends:
            if end.strip() and not _DATE.fullmatch(end.strip()):
                raise QueryError(f"bad date '{end.strip()}': use 2022, 2022-02 or 2022-02-24,"
                                 " or a range like date:[2022-02-01 to 2022-03-01]")
    words = outside.split()
    if words and words[-1] in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"):
        raise QueryError(f"'{words[-1]}' needs a word after it")
    kinds = re.findall(r"kind:(\S+)", outside)
    for kind in kinds:
        if kind.strip(")") not in ("article", "quote", "term"):
            raise QueryError(f"unknown kind '{kind}': use kind:article, kind:quote or kind:term")


class QueryBuilder:
    """Parses user queries against the warreader schema (one instance, reused)."""

    def __init__(self) -> None:
        schema = build_schema()
        self.parser = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema,
                                               fieldboosts=FIELD_BOOSTS)
        self.parser.add_plugin(qparser.FuzzyTermPlugin())

    def build(self, text: str, reader=None, as_you_type: bool = False) -> Query | None:
        """The Whoosh query for ``text``; None when there is nothing to search for.

        With ``as_you_type`` the last word, still being typed, becomes a prefix when it
        has :data:`MIN_PREFIX` or more characters and is left out when shorter. ``reader``
        (optional) lets a prefix on stemmed fields also match the stem of the full word.
        """
        text = text.strip() if not as_you_type else text.lstrip()
        partial = None
        if as_you_type and text and not text[-1].isspace():
            text, partial = _split_partial(text)
        text = text.strip()
        if not text:
            return None
        check(text)
        q = self.parser.parse(text)
        if q is NullQuery:
            return None
        if partial and reader is not None:
            q = q.accept(lambda node: _widen_prefix(node, partial, reader))
        return q


def _split_partial(text: str) -> tuple[str, str | None]:
    """Rewrite a partial last word as a prefix (>= MIN_PREFIX chars) or drop it."""
    if text.count('"') % 2:
        return text, None  # inside a phrase: leave it alone
    m = _LAST_WORD.search(text)
    if m is None:
        return text, None
    word = m.group(2)
    if len(word) < MIN_PREFIX or word in _OPERATORS:
        head = text[: m.start()].rstrip()
        for op in ("AND", "OR", "NOT"):
            if head.endswith(" " + op) or head == op:
                head = head[: -len(op)].rstrip()
        return head, None
    return text + "*", word.lower()


def _widen_prefix(node: Query, word: str, reader) -> Query:
    """Let ``invasio*`` also find the stemmed term ``invas`` in stemmed fields."""
    if not isinstance(node, Prefix) or node.fieldname not in STEMMED_FIELDS:
        return node
    if node.text != word:
        return node
    extra = [Term(node.fieldname, word[:k], boost=node.boost)
             for k in range(max(4, len(word) - 3), len(word))
             if (node.fieldname, word[:k]) in reader]
    return Or([node, *extra]) if extra else node
