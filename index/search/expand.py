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
import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from itertools import islice

from whoosh.query import FuzzyTerm, MultiTerm, Prefix, TermRange, Wildcard

_WILD = frozenset("*?[")
FUZZY_PREFIX = 1
"""Letters of a fuzzy word (``word~``) that must match as typed."""


DOCS_KEPT = 400_000
"""Document numbers :meth:`Vocabulary.docs` keeps in all (~25 MB), the latest used."""


class Vocabulary:
    """The sorted indexed words of each field of one reader, read when first asked for,
    and the documents of the words lately used as filters."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self._words: dict[str, list[str]] = {}
        self._docs: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()
        self._kept = 0

    def docs(self, field: str, word: str) -> frozenset[int]:
        """The documents holding ``word`` in ``field`` (kept: typing "oil pri", "oil
        pric", "oil price" asks for mostly the same words' documents again)."""
        key = (field, word)
        found = self._docs.get(key)
        if found is not None:
            self._docs.move_to_end(key)
            return found
        found = frozenset(self.reader.postings(field, word).all_ids())
        self._docs[key] = found
        self._kept += len(found)
        while self._kept > DOCS_KEPT and len(self._docs) > 1:
            _, dropped = self._docs.popitem(last=False)
            self._kept -= len(dropped)
        return found

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
