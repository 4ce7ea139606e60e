"""Word lists of an open index, and the words a wildcard, prefix, fuzzy word or range means.

Whoosh expands such terms by walking its term dictionary in Python (about 15 µs a
word) and does so twice per search (once to check, once to match); its fuzzy
automaton took 5 s for ``peskov~2`` over the BBC index. Here each field's words are
read once per index reader into a sorted list when a term needs all of them (a
leading wildcard, a range); prefixes, wildcards with a literal prefix and fuzzy words
(whose first letter counts as typed) walk only their part of the term dictionary,
and fuzzy candidates are scored by one C call to rapidfuzz. Expansion stops
at ``cap + 1`` words so the caller can refuse a term that means too many.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from itertools import islice

from warreader.index.search import doc_cache
from warreader.index.search.doc_bits import DocBits
from warreader.index.search.doc_cache import DocCache
from warreader.index.search.page_cache import PageCache
from warreader.index.search.step_budget import StepBudget, filters_over
from whoosh.query import FuzzyTerm, MultiTerm, Prefix, TermRange, Wildcard

_WILD = frozenset("*?[")
FUZZY_PREFIX = 1
"""Letters of a fuzzy word (``word~``) that must match as typed."""


BITS_KEPT = 24_000_000
"""Bytes of bitmaps :meth:`Vocabulary.docs` keeps in all, the latest used (a bitmap is
an eighth of a byte per document of the index: ~130 KB each at 100,000 articles)."""

UNION_WORDS = 8
"""A filter of this many words or more is stored whole (see :meth:`Vocabulary.union`)."""

UNION_FIELD = "\x00union"
"""The on-disk cache's field for stored unions (no index field has this name)."""

_UNOPENED = object()


def _union_name(chosen: list[tuple[str, str]]) -> bytes:
    """A digest naming the set of ``(field, word)`` pairs ``chosen`` (order aside)."""
    digest = hashlib.blake2b(digest_size=16)
    for field, word in sorted(set(chosen)):
        digest.update(f"{field}\x00{word}\x00".encode())
    return digest.digest()


class Vocabulary:
    """The sorted indexed words of each field of one reader, read when first asked for,
    and the documents of the words lately used as filters."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self._words: dict[str, list[str]] = {}
        self._docs: OrderedDict[tuple[str, str], DocBits] = OrderedDict()
        self._kept = 0
        self._cache: object = _UNOPENED
        self._pages: object = _UNOPENED

    def stored(self) -> DocCache | None:
        """The on-disk sets of this reader's commit (:mod:`index.search.doc_cache`),
        opened when first needed; None when there are none to be had."""
        if self._cache is _UNOPENED:
            self._cache = DocCache.for_reader(self.reader)
        return self._cache  # type: ignore[return-value]

    def pages(self) -> PageCache | None:
        """The stored first pages of this reader's commit
        (:mod:`index.search.page_cache`), opened when first needed; None when there
        are none to be had."""
        if self._pages is _UNOPENED:
            self._pages = PageCache.for_reader(self.reader)
        return self._pages  # type: ignore[return-value]

    def docs(self, field: str, word: str) -> DocBits:
        """The documents holding ``word`` in ``field``."""
        return self.union([(field, word)])

    def union(self, chosen: list[tuple[str, str]], budget: StepBudget | None = None) -> DocBits:
        """The documents holding any of the ``(field, word)`` pairs ``chosen``: each
        word's set kept in memory (typing "oil pri", "oil pric", "oil price" asks for
        mostly the same words again), else read from the on-disk cache, else from
        Whoosh (and then written to the cache when it is large). A union of
        :data:`UNION_WORDS` or more words not all in memory is itself kept on disk
        (under :data:`UNION_FIELD`, named by a digest of its words): a partial word's
        filter, up to 64 words a field, is then one read instead of one per word.
        ``budget`` (a keystroke's first step): once spent, the words not yet read are
        left out (``budget.cut`` set; such a part of the union is neither kept whole
        nor stored)."""
        bits = 0
        missing: dict[str, list[str]] = {}
        for key in chosen:
            found = self._docs.get(key)
            if found is None:
                missing.setdefault(key[0], []).append(key[1])
            else:
                self._docs.move_to_end(key)
                bits |= found.bits
        if not missing:
            return DocBits(bits)
        name = _union_name(chosen) if len(chosen) >= UNION_WORDS else None
        whole = self._stored_union(name) if name is not None else None
        if whole is not None:
            return whole
        for field, words in missing.items():
            if filters_over(budget):
                budget.cut = True  # type: ignore[union-attr]
                break
            for word, found in self._read(field, words, budget).items():
                self._keep((field, word), found)
                bits |= found.bits
        whole = DocBits(bits)
        if budget is not None and budget.cut:
            return whole  # a part of the union: not stored under its words' name
        cache = self.stored() if name is not None else None
        if cache is not None:
            cache.put(UNION_FIELD, name, whole)
        return whole

    def _stored_union(self, name: bytes) -> DocBits | None:
        """The union stored as ``name`` (None: not stored, or no cache)."""
        cache = self.stored()
        return cache.get(UNION_FIELD, name) if cache is not None else None

    def read_sets(self, field: str, words: list[str]) -> dict[str, DocBits]:
        """The sets of ``words`` in ``field``, from the on-disk cache or from Whoosh (and
        then stored there when large), not kept in memory (see :mod:`index.search.warm`)."""
        return self._read(field, words)

    def _read(self, field: str, words: list[str], budget: StepBudget | None = None
              ) -> dict[str, DocBits]:
        """The sets of ``words`` in ``field``, from the on-disk cache or from Whoosh
        (``budget``: the words read from Whoosh once it is spent are left out, and
        ``budget.cut`` set)."""
        reader = self.reader
        to_bytes = reader.schema[field].to_bytes
        least = doc_cache.MIN_DOCS
        common = {to_bytes(w): w for w in words if reader.doc_frequency(field, w) >= least}
        cache = self.stored() if common else None
        stored = cache.get_many(field, common) if cache is not None else {}
        out = {common[term]: bits for term, bits in stored.items()}
        fresh: dict[bytes, DocBits] = {}
        for word in words:
            if word not in out:
                if filters_over(budget):
                    budget.cut = True  # type: ignore[union-attr]
                    break
                out[word] = DocBits.of(reader.postings(field, word).all_ids())
                if cache is not None:
                    fresh[to_bytes(word)] = out[word]
        if fresh and cache is not None:
            cache.put_many(field, fresh)
        return out

    def _keep(self, key: tuple[str, str], found: DocBits) -> None:
        self._docs[key] = found
        self._kept += found.bits.bit_length() // 8 + 1
        while self._kept > BITS_KEPT and len(self._docs) > 1:
            _, dropped = self._docs.popitem(last=False)
            self._kept -= dropped.bits.bit_length() // 8 + 1

    def words(self, field: str) -> list[str]:
        """Every indexed word of ``field``, sorted as the index sorts them."""
        if field not in self._words:
            decode = self.reader.schema[field].from_bytes
            self._words[field] = [decode(b) for b in self.reader.lexicon(field)]
        return self._words[field]

    def prefixed(self, field: str, prefix: str) -> list[str]:
        """The words of ``field`` starting with ``prefix``."""
        words = self.words(field)
        if not prefix:
            return words
        lo = bisect_left(words, prefix)
        return words[lo : bisect_left(words, prefix + "\U0010ffff", lo)]

    def expand(self, node: MultiTerm, cap: int) -> list[str] | None:
        """The words ``node`` stands for (at most ``cap + 1``), or None for a kind of
        term this module does not expand (Whoosh then does)."""
        field = node.field()
        if field not in self.reader.schema:
            return []
        if isinstance(node, Prefix):  # a bounded walk: no need to read the whole field
            decode = self.reader.schema[field].from_bytes
            found = islice(self.reader.expand_prefix(field, node.text), cap + 1)
            return [decode(b) for b in found]
        if isinstance(node, Wildcard):
            prefix = _literal_prefix(node.text)
            match = re.compile(fnmatch.translate(node.text)).match
            return _first(w for w in self._starting(field, prefix) if match(w))(cap)
        if isinstance(node, FuzzyTerm):
            # The first letter is taken as typed (FUZZY_PREFIX): candidates are then a
            # bounded walk of the term dictionary, never the whole vocabulary.
            prefix = node.text[: max(node.prefixlength, FUZZY_PREFIX)]
            from rapidfuzz import process  # here: ~90 ms to import, only for fuzzy words
            from rapidfuzz.distance import Levenshtein

            found = process.extract(node.text, self._starting(field, prefix),
                                    scorer=Levenshtein.distance,
                                    score_cutoff=int(node.maxdist), limit=cap + 1)
            return sorted(w for w, _, _ in found)
        if isinstance(node, TermRange):
            return self._range(field, node)[: cap + 1]
        return None

    def _starting(self, field: str, prefix: str) -> list[str]:
        """Words starting with ``prefix``: from the word list if it is read already (or
        there is no prefix), else by a walk of just that part of the term dictionary."""
        if not prefix or field in self._words:
            return self.prefixed(field, prefix)
        decode = self.reader.schema[field].from_bytes
        return [decode(b) for b in self.reader.expand_prefix(field, prefix)]

    def _range(self, field: str, node: TermRange) -> list[str]:
        words = self.words(field)
        lo, hi = 0, len(words)
        if node.start:
            bound = bisect_right if node.startexcl else bisect_left
            lo = bound(words, node.start)
        if node.end:
            bound = bisect_left if node.endexcl else bisect_right
            hi = bound(words, node.end)
        return words[lo:max(lo, hi)]


def prefix_frequencies(reader, field: str, prefix: str) -> list[tuple[int, bytes]]:
    """(documents, word) of every word of ``field`` starting with ``prefix``, the same
    numbers ``reader.iter_prefix`` gives: summed over the segments here, each segment's
    term table walked in order, where a multi-segment reader looks every word up again in
    every segment (two thirds of a keystroke's prefix walk at 1,808 articles)."""
    leaves = reader.leaf_readers()
    if len(leaves) <= 1:
        return [(info.doc_frequency(), text) for text, info in reader.iter_prefix(field, prefix)]
    counts: dict[bytes, int] = {}
    for leaf, _offset in leaves:
        for text, info in leaf.iter_prefix(field, prefix):
            counts[text] = counts.get(text, 0) + info.doc_frequency()
    return [(n, text) for text, n in sorted(counts.items())]


class Expanded(MultiTerm):
    """A wildcard, prefix, fuzzy word or range with its words already looked up.

    Matches and scores exactly like the term it replaces (same field, boost and
    constant scoring), without Whoosh walking the term dictionary again.
    """

    def __init__(self, original: MultiTerm, words: list[str]) -> None:
        self.original = original
        self.fieldname = original.field()
        self.text = getattr(original, "text", "")
        self.boost = original.boost
        self.constantscore = getattr(original, "constantscore", True)
        self.words = words
        self.startchar = getattr(original, "startchar", None)
        self.endchar = getattr(original, "endchar", None)

    def field(self) -> str:
        return self.fieldname

    def _btexts(self, ixreader) -> Iterable[bytes]:
        to_bytes = ixreader.schema[self.fieldname].to_bytes
        return [to_bytes(w) for w in self.words]

    def __eq__(self, other: object) -> bool:
        return (type(other) is Expanded and other.original == self.original
                and other.words == self.words)

    def __hash__(self) -> int:
        return hash(self.original) ^ hash(tuple(self.words))

    def __repr__(self) -> str:
        return f"Expanded({self.original!r}, {len(self.words)} words)"


def _literal_prefix(pattern: str) -> str:
    for i, ch in enumerate(pattern):
        if ch in _WILD:
            return pattern[:i]
    return pattern


def _first(words: Iterable[str]):
    """A function returning at most ``cap + 1`` of ``words``."""
    def take(cap: int) -> list[str]:
        out: list[str] = []
        for w in words:
            out.append(w)
            if len(out) > cap:
                break
        return out
    return take
