"""The index schema: one index, two kinds of document (articles and quotes).

Article documents carry ``title``, ``body`` (stemmed, with positions for phrase search,
never stored: the reader reads the file), ``date``, ``author``, ``outlet`` and ``path``.
Quote documents carry ``text``, ``speaker`` (names with alias variants), ``role``,
``cue`` and the article's ``date``/``author``/``outlet`` so filters apply to them too.
Files that could not be read get a ``kind:skipped`` document so an unchanged corpus is
not re-read; searches mask them out. Everything the result lists need is in the one
stored ``data`` field (a small dict), so no file is read to list or rank.

Bump :data:`SCHEMA_VERSION` (kept in :mod:`index.search.stamps`, which needs no
Whoosh) whenever fields, analyzers or document contents change:
an index with another version is rebuilt.
"""

from __future__ import annotations

from warreader.index.search.analysis import name_analyzer, text_analyzer
from warreader.index.search.stamps import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported
from warreader.index.search.textfield import prose_field
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

ARTICLE, QUOTE, TERM, SKIPPED = "article", "quote", "term", "skipped"

QUERY_FIELDS = (
    "title",
    "body",
    "text",
    "speaker",
    "role",
    "cue",
    "kind",
    "date",
    "author",
    "outlet",
    "path",
    "id",
)
"""Field names a query may use (``id`` is the article id)."""

DEFAULT_FIELDS = ("title", "body", "text", "speaker")
"""Fields searched by words without a ``field:`` prefix."""

FIELD_BOOSTS = {"title": 3.0, "text": 2.0, "speaker": 1.5, "body": 1.0}
"""BM25F weights: titles and quote text count more than body text."""

STEMMED_FIELDS = frozenset({"title", "body", "text", "role", "cue"})
NAME_FIELDS = frozenset({"speaker", "author", "outlet"})


def day_field() -> DATETIME:
    """The ``date`` field: one term per document, the exact value (whole days).

    Whoosh's ``DATETIME`` also indexes seven coarser "trie" terms per value so that a
    range over millions of distinct values reads few terms; our dates are days (a few
    thousand distinct values even over years), and a date ANDed into a query is a set of
    per-day documents (:mod:`index.search.date_filter`) that reads the exact terms
    alone. Without the trie terms a range Whoosh matches itself (a date under OR or NOT)
    is a ``TermRange`` over the days in it: the same documents, from one eighth of the
    postings a build writes for dates.

    Indexes written before (with the trie terms) stay valid, so :data:`SCHEMA_VERSION`
    did not change: their exact terms are these same terms, and every date query this
    schema compiles reads exact terms only (``tests/test_search_build_cost.py`` opens a
    trie-term index with this schema and finds the same documents).
    """
    field = DATETIME(stored=False)
    field.shift_step = 0
    return field


def build_schema() -> Schema:
    """A fresh :class:`whoosh.fields.Schema` for the warreader index."""
    text = text_analyzer()
    names = name_analyzer()
    return Schema(
        kind=KEYWORD(stored=False, scorable=False),
        id=ID(stored=False),
        path=ID(stored=False),
        title=prose_field(text),
        body=prose_field(text),
        text=prose_field(text),
        speaker=TEXT(analyzer=names, stored=False),
        role=prose_field(text, phrase=False),
        cue=prose_field(text, phrase=False),
        date=day_field(),
        author=TEXT(analyzer=names, stored=False),
        outlet=TEXT(analyzer=names, stored=False),
        data=STORED(),
    )
