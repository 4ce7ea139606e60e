"""The commonest searches of a commit, made when the commit is made.

The first process that types a common word after a commit pays for its ranking
(:mod:`index.search.first_page`: every match scored, ``said`` ~0.7 s of CPU at 100,000
articles) and for the document sets its filters read from Whoosh (a partial word's
expansions, the days of ``date:2004``; :mod:`index.search.doc_cache`). :func:`warm`
makes them right after the commit, in the process that made it (``warreader index``,
the reader's own refresh), so that every keystroke of the commit reads them.

What is made is chosen from the index alone, the costliest first:

- the documents of every day (a date filter), then of every word of the default fields
  in :data:`SET_DOCS` or more documents (a partial word's filter ORs up to 64 of them
  a field, each read from Whoosh at about a microsecond a document);
- the ranking of every word typed alone, as typing it gives its queries: each prefix
  of a word in :data:`WORD_DOCS` or more documents of a default field, from
  :data:`index.search.query.MIN_PREFIX` letters (``sai``, ``said``), the whole word
  (``said ``) and the word opening a phrase (``"said ``), each named as
  :func:`index.search.first_page.same_ranking` names it (one ranking serves many of
  them), kept when its terms hold :data:`RANK_POSTINGS` or more postings (fewer cost
  under ~75 ms on demand), the most postings first (ranking costs ~9 µs a posting).

It stops after :func:`budget`'s CPU seconds (about an eighth of what the build took),
when the page file holds :data:`WARM_BYTES` (half what it may hold), or as soon as
``cancelled()`` turns true (checked between two sets or rankings and while ranking).
What it wrote is whole: each set and each page is one SQLite statement, committed or
not at all; what it did not make is made on demand as before. The hits are those of
the on-demand path: the same functions rank and store them.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from warreader.index.search import first_page, page_cache, query
from warreader.index.search.date_filter import FIELD as DATE_FIELD
from warreader.index.search.date_filter import DateDocs
from warreader.index.search.errors import QueryError
from warreader.index.search.expand import prefix_frequencies
from warreader.index.search.page_cache import Page
from warreader.index.search.schema import DEFAULT_FIELDS
from warreader.index.search.whole_rank import Leaves
from whoosh.query import NumericRange

SECONDS_PER_DOCUMENT = 0.25e-3
"""CPU seconds the warming may take in all, per document of the index (articles and
quotes): about an eighth of what building them took (136 s for the 543,000 documents
of 100,000 articles, whose build takes ~1,000 s), at least :data:`MIN_SECONDS`."""

MIN_SECONDS = 5.0

SET_DOCS = 2_000
"""Words in fewer documents are read from Whoosh when a filter first needs them (2 ms
at most each)."""

WORD_DOCS = 2_000
"""Words in fewer documents of every default field are not typed alone here."""

RANK_POSTINGS = 2 * first_page.MIN_POSTINGS
"""Rankings of fewer postings are made on demand (3-9 µs a posting: 25-75 ms)."""

RANK_SECONDS = 30.0
"""Wall-clock seconds one ranking may take (a keystroke's may take 5 s): a loaded
machine may take several times its CPU time."""

WARM_BYTES = page_cache.MAX_BYTES // 2
"""The page file the warming fills at most: the rest is for the pages of queries it did
not rank (ranked on demand; a full file would leave each of them to Whoosh's pruned
search on every keystroke, ~150 ms at 100,000 articles)."""

DONE = "\x00warmed"
"""The page that says this commit's warming ran to its end, its budget or its share of
the file, so that ``warreader index`` on an unchanged corpus does not warm it again (a
cancelled warming is not marked; a new commit empties the page file, and the mark
with it); no query is named so (:func:`page_key`)."""

_SET_CHUNK = 8
"""Words whose sets are read between two looks at the budget (and two releases of the
index pages read): at 100,000 articles the postings of the 64 commonest words, read at
once, left 133 MB of index pages in the warming's RSS (its peak, 253 MB)."""


@dataclass
class Warmed:
    """What :func:`warm` made, and why it stopped (None: everything chosen was made)."""

    days: int = 0
    sets: int = 0
    rankings: int = 0
    chosen: int = 0
    seconds: float = 0.0
    stopped: str | None = None
    skipped: list[str] = field(default_factory=list)


class _Stop(Exception):
    """The budget is spent or the caller cancelled."""


def budget(documents: int) -> float:
    """The CPU seconds :func:`warm` may take for an index of ``documents``."""
    return max(MIN_SECONDS, documents * SECONDS_PER_DOCUMENT)


def warm(searcher, builder=None, *, seconds: float | None = None,
         cancelled: Callable[[], bool] | None = None,
         release: Callable[[], None] | None = None) -> Warmed:
    """Make the day and word sets and the rankings of the commonest words of
    ``searcher``'s commit (see the module's docstring), in ``seconds`` of CPU at most
    (:func:`budget` if None); ``builder``: the
    :class:`index.search.query.QueryBuilder` to use (a new one if None); ``release``:
    lets go of the index pages read so far (:func:`index.search.segment_files.page_release`),
    called after each step, so that the warming's RSS does not grow towards the size of
    the postings it reads (at 100,000 articles: 842 MB without it)."""
    from warreader.index.search.searching import rank_every

    builder = builder or query.QueryBuilder()
    reader = searcher.reader()
    seconds = budget(reader.doc_count_all()) if seconds is None else seconds
    out = Warmed()
    started = time.thread_time()

    def check() -> None:
        if release is not None:
            release()
        if cancelled is not None and cancelled():
            raise _Stop("cancelled")
        if time.thread_time() - started > seconds:
            raise _Stop(f"out of time ({seconds:g} s of CPU)")

    leaves = Leaves()  # a word's terms' scores, for its other queries (next in the list)

    def ranker(q, n: int):
        return rank_every(searcher, q, n, cancelled, str(q), RANK_SECONDS, leaves)

    vocabulary = builder.vocabulary(reader)
    pages = builder.pages(reader)
    if pages is not None and pages.get(DONE) is not None:
        out.stopped = "made already for this commit"
        return out
    try:
        common = _common_words(reader)
        if vocabulary.stored() is not None:
            out.days = _days(reader, vocabulary)
            check()
            for field_name, words in _at_least(common, SET_DOCS):
                for i in range(0, len(words), _SET_CHUNK):
                    out.sets += len(vocabulary.read_sets(field_name, words[i:i + _SET_CHUNK]))
                    check()
        if pages is not None:
            chosen = _rankings(builder, reader, _at_least(common, WORD_DOCS))
            out.chosen = len(chosen)
            for text, q in chosen:
                check()
                if not pages.writable or pages.db is None:
                    raise _Stop("the page file is full or cannot be written")
                if pages.path.stat().st_size >= WARM_BYTES:
                    raise _Stop(f"the page file holds {WARM_BYTES // 2**20} MB")
                try:
                    first_page.stored_page(searcher, pages, q, ranker)
                except QueryError:
                    check()
                    out.skipped.append(text)  # too long on this machine now: on demand
                    continue
                out.rankings += 1
    except _Stop as stop:
        out.stopped = str(stop)
    if pages is not None and out.stopped != "cancelled":  # done, or as far as it may go
        pages.put(DONE, Page(array("I"), array("d"), complete=True))
    out.seconds = time.thread_time() - started
    return out


def _days(reader, vocabulary) -> int:
    """Store the documents of every day (one read of the date field's postings)."""
    if DATE_FIELD not in reader.schema:
        return 0
    dates = DateDocs(reader, vocabulary.stored)
    dates.docs(NumericRange(DATE_FIELD, None, None))
    return dates.day_count()


def _common_words(reader) -> dict[str, list[tuple[int, str]]]:
    """(documents, word) of each default field's words in :data:`SET_DOCS` or
    :data:`WORD_DOCS` or more documents, commonest first (each segment's term table
    walked once: :func:`index.search.expand.prefix_frequencies`)."""
    least = min(SET_DOCS, WORD_DOCS)
    out = {}
    for name in DEFAULT_FIELDS:
        if name in reader.schema:
            decode = reader.schema[name].from_bytes
            found = [(n, decode(text)) for n, text in prefix_frequencies(reader, name, "")
                     if n >= least]
            out[name] = sorted(found, key=lambda pair: (-pair[0], pair[1]))
    return out


def _at_least(common: dict[str, list[tuple[int, str]]], least: int
              ) -> list[tuple[str, list[str]]]:
    """(field, its words in ``least`` or more documents) from :func:`_common_words`."""
    return [(name, [w for n, w in found if n >= least]) for name, found in common.items()]


def _rankings(builder, reader, common: list[tuple[str, list[str]]]
              ) -> list[tuple[str, object]]:
    """(a text typed, its scored query) for each ranking to make, the most postings
    first, one per ranking (see the module's docstring)."""
    texts: set[str] = set()
    for _name, words in common:
        for word in words:
            if not word.isalnum():
                continue
            texts.update((word + " ", f'"{word} '))  # whole, and opening a phrase
            texts.update(word[:k] for k in range(query.MIN_PREFIX, len(word) + 1))
    best: dict[str, tuple[int, str, object]] = {}
    for text in sorted(texts):
        try:
            q, allow, _terms = builder.build_typing(text, reader, as_you_type=True)
        except QueryError:
            continue
        if q is None or allow is not None:
            continue
        q = first_page.same_ranking(q, reader)
        key = first_page.page_key(q)
        if key is None or key in best:
            continue
        postings = first_page.postings(q, reader)
        if postings >= RANK_POSTINGS:
            best[key] = (postings, text, q)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[1]))
    return [(text, q) for _postings, text, q in ranked]
