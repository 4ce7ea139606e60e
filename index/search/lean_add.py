"""A leaner ``add_document`` for the warreader schema: the same postings, fewer Python calls.

Whoosh's ``SegmentWriter.add_document`` runs, for every document, a boost lookup per
field and, for every term, a generator step, a UTF-8 encode call, a weight product and
a call of the posting pool's ``add``: about a quarter of the time a build spends in
``add_document`` on the BBC corpus. :func:`use_lean_add` gives a writer an
``add_document`` that does the same work a field at a time: the terms come from the
field's format as before, are encoded and paired with the document number by ``map`` and
``zip`` (C loops), and go into the pool as one batch per document
(:meth:`index.search.pool.ChunkedPool.add_batch`). Name, keyword, id and date fields
repeat from an article to its quotes (``author``, ``outlet``, ``path``, ``date``,
``kind``, a speaker's name), so their analysed terms are kept per value (a bounded
dict) instead of being analysed again.

The postings, lengths and stored values are exactly Whoosh's (``tests/
test_search_lean_add.py`` writes the same documents both ways and compares the
segments' files byte for byte). A document with a field this fast path does not cover
(a ``_boost`` key, a field with vectors, spelling or a column) goes through Whoosh's own
method.
"""

from __future__ import annotations

from datetime import datetime
from itertools import repeat
from typing import Any

from warreader.index.search.textfield import FastFrequency, FastPositions, TextAnalyzer

_KEEP_LIMIT = 20_000
"""Values whose analysed terms are kept per field (cleared when full)."""

_KEPT_FIELDS = frozenset({"kind", "id", "path", "date", "author", "outlet", "speaker"})
"""Fields whose values repeat from document to document (an article's and its quotes')."""


class _Field:
    """What the fast path needs to know about one schema field."""

    __slots__ = ("field", "indexed", "scorable", "stored", "fast", "kept")

    def __init__(self, name: str, field: Any) -> None:
        self.field = field
        self.indexed = bool(field.indexed)
        self.scorable = bool(field.scorable)
        self.stored = bool(field.stored)
        self.fast = (isinstance(field.format, (FastPositions, FastFrequency))
                     and isinstance(field.analyzer, TextAnalyzer))
        self.kept: dict | None = {} if name in _KEPT_FIELDS else None


def _plain(field: Any) -> bool:
    """True when the field needs nothing the fast path leaves out."""
    return not (field.separate_spelling() or field.vector or field.column_type)


class LeanAdd:
    """``add_document`` for one Whoosh ``SegmentWriter`` (see the module's docstring)."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.original = writer.add_document
        self.fields = {name: _Field(name, f) for name, f in writer.schema.items()
                       if _plain(f)}

    def __call__(self, **fields: Any) -> None:
        plans = self.fields
        if any(name not in plans for name in fields):  # a boost, an unknown field...
            self.original(**fields)
            return
        writer = self.writer
        writer._check_state()
        pdw = writer.perdocwriter
        docnum = writer.docnum
        batch: list = []
        size = 0
        names = []
        pdw.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                plan = plans[name]
                length = 0
                if plan.indexed:
                    terms = self._terms(plan, name, value)
                    if terms:
                        tbytes, weights, values, freq_sum, bytes_size = terms
                        if plan.scorable:
                            length = freq_sum
                        batch.extend(zip(repeat(name), tbytes, repeat(docnum),
                                         weights, values))
                        names.append(name)
                        size += bytes_size
                pdw.add_field(name, plan.field, value if plan.stored else None, length)
        except ValueError:
            pdw.cancel_doc()
            raise
        if batch:
            writer.pool.add_batch(batch, names, size)
        pdw.finish_doc()
        writer._added = True
        writer.docnum += 1

    @staticmethod
    def _terms(plan: _Field, name: str, value: Any) -> tuple | None:
        """``(term bytes, weights, encoded values, sum of frequencies, pool size)`` of
        ``value``: what Whoosh's ``field.index`` yields, weights times the document's
        field boost (1.0) as Whoosh applies it, and the pool's size estimate of the
        postings (:meth:`index.search.pool.ChunkedPool.add`)."""
        kept = plan.kept
        key = value if kept is not None and isinstance(value, (str, datetime)) else None
        if key is not None and (found := kept.get(key)) is not None:
            return found or None
        field = plan.field
        if plan.fast and isinstance(value, str):
            items = field.format.word_values(value, field.analyzer, mode="index")
            encode = True
        else:
            items = list(field.index(value))
            encode = False
        terms: tuple = ()
        if items:
            words, freqs, weights, values = zip(*items, strict=True)
            tbytes = tuple(map(str.encode, words)) if encode else words
            size = (len(tbytes) * (150 + len(name)) + 2 * sum(map(len, tbytes))
                    + sum(len(v) for v in values if v))
            terms = (tbytes, tuple(map(float, weights)), values, sum(freqs), size)
        if key is not None:
            if len(kept) >= _KEEP_LIMIT:
                kept.clear()
            kept[key] = terms
        return terms or None


def use_lean_add(writer: Any) -> None:
    """Give a new Whoosh ``SegmentWriter`` the lean ``add_document`` (only when its
    pool is our :class:`index.search.pool.ChunkedPool`, which takes batches)."""
    if hasattr(getattr(writer, "pool", None), "add_batch"):
        writer.add_document = LeanAdd(writer)
