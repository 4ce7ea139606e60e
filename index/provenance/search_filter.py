"""``group:N`` in a search: only quotes whose group spans N or more articles.

:func:`split_group_filter` takes the term out of the query text (the rest is an ordinary
query; nothing else: every such quote); :func:`quote_docs` turns the quotes' places into
the index's document numbers, which the search uses as its filter.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from warreader.index.provenance.model import MemberKey
from warreader.index.search.errors import QueryError

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus
    from whoosh.searching import Searcher

_GROUP = re.compile(r"(?<![\w:])group:(\S*)")


def split_group_filter(text: str) -> tuple[str, int | None]:
    """(the query without ``group:N``, N or None); :class:`QueryError` for a bad N."""
    found = _GROUP.findall(text)
    if not found:
        return text, None
    if len(found) > 1:
        raise QueryError("use group: once (group:3 finds quotes in 3 or more articles)")
    value = found[0]
    if not value.isdigit() or int(value) < 1:
        raise QueryError(f"group: takes a number of articles, e.g. group:3 (not '{value}')")
    rest = " ".join(_GROUP.sub(" ", text).split())
    # nothing else: every quote (the trailing space keeps search-as-you-type from
    # reading "quote" as a word still being typed)
    return rest or "kind:quote ", int(value)


def quote_docs(searcher: Searcher, keys: set[MemberKey]) -> set[int]:
    """Document numbers of the quote documents at ``keys`` (article id, start, end)."""
    reader = searcher.reader()
    wanted: dict[str, set[tuple[int, int]]] = {}
    for aid, start, end in keys:
        wanted.setdefault(aid, set()).add((start, end))
    docs: set[int] = set()
    for aid, spans in wanted.items():
        if ("id", aid) not in reader:
            continue
        for docnum in reader.postings("id", aid).all_ids():
            data = reader.stored_fields(docnum).get("data") or {}
            if "n" in data and (data["start"], data["end"]) in spans:
                docs.add(docnum)
    return docs


_DOCS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def grouped_query(corpus: Corpus, text: str) -> tuple[str, set[int] | None]:
    """(query text, allowed documents) for ``corpus.search``: with ``group:N`` the
    documents of quotes in groups spanning N or more articles (remembered per groups)."""
    rest, size = split_group_filter(text)
    if size is None:
        return text, None
    from warreader.index.provenance.corpus_groups import GroupingDeferred

    try:
        groups = corpus.provenance()
    except GroupingDeferred as exc:
        raise QueryError(f"group: needs the quote groups, and {exc}") from exc
    searcher = corpus._current_searcher()
    if groups is None or searcher is None:
        return rest, set()
    known = _DOCS.setdefault(groups, {})
    if size not in known:
        known[size] = quote_docs(searcher, groups.keys_in_groups(size))
    return rest, known[size]
