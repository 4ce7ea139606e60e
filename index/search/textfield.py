"""Prose fields that index fast: one pass over a document's words instead of a token stream.

Whoosh analyzes text through a chain of generators (tokenizer, lower case, stop words,
stemmer), paying several Python calls per word; on the BBC corpus that was a third of
the build. :class:`TextAnalyzer` is the same analysis (Whoosh's ``StemmingAnalyzer``,
which still serves queries and highlighting) plus :meth:`TextAnalyzer.index_terms`, which
produces the identical indexed terms and positions from one regex ``findall`` and a word
cache. The formats below use it when indexing, so the postings written are exactly what
Whoosh's own analysis would have written (``tests/test_search_schema.py`` checks that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from whoosh.analysis import Analyzer, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis.filters import STOP_WORDS
from whoosh.fields import TEXT
from whoosh.formats import Frequency, Positions
from whoosh.lang.porter import stem
from whoosh.system import pack_uint

_WORD = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")  # Whoosh's default_pattern, no group
_MIN_SIZE = 2
_CACHE_LIMIT = 200_000
_ONCE: dict[int, bytes] = {}
"""Position -> Whoosh's encoding of that one position (``Positions.encode([pos])``, a
pickle: 2.5 µs a call; ~400,000 calls on the BBC corpus, most of them for one position)."""


CAPS_ACRONYMS = frozenset({"US", "IT"})
"""The stop words kept when written in capitals: indexed as written, never stemmed
(:class:`CapsStopFilter`). Only acronyms news writes often (the United States,
information technology); "WHO" is no stop word (kept anyway). Every other stop word in
capitals (THE, IN, OF, WE, AT, OR...) is a headline or shouting, and is left out as in
lower case, so "WAR IN UKRAINE" and a phrase over it search what lower case does."""


class CapsStopFilter(StopFilter):
    """Whoosh's ``LowercaseFilter`` then ``StopFilter``, except that "US" and "IT" written
    in capitals (:data:`CAPS_ACRONYMS`) are kept, as written: in news they are acronyms
    (the United States, information technology), not the common words. Its term
    stays in capitals, so it never meets a lower-cased word's stem ("use" stems to
    "us")."""

    def __init__(self) -> None:
        super().__init__(stoplist=STOP_WORDS, minsize=_MIN_SIZE)

    def __call__(self, tokens):
        stops = self.stops
        pos = None
        for t in tokens:
            text = t.text
            low = t.text = text.lower()
            if low in stops and text in CAPS_ACRONYMS:
                t.text = low = text  # "US": kept as written
            if len(low) >= _MIN_SIZE and (low not in stops or text is low):
                if t.positions:  # renumbered, as StopFilter(renumber=True) does
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


def _chain():
    """The token chain: Whoosh's ``StemmingAnalyzer`` with :class:`CapsStopFilter`."""
    return (RegexTokenizer() | CapsStopFilter()
            | StemFilter(stemfn=stem, ignore=CAPS_ACRONYMS, cachesize=50000))


class TextAnalyzer(Analyzer):
    """Lower-cased, stop words out (but "US" in capitals kept: :class:`CapsStopFilter`),
    Porter-stemmed: Whoosh's ``StemmingAnalyzer`` otherwise."""

    def __init__(self) -> None:
        self._chain = _chain()
        self._cache: dict[str, str] = {}

    def __call__(self, value, **kwargs):
        return self._chain(value, **kwargs)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __getstate__(self) -> dict:
        return {}  # pickled with the schema: the chain and the cache are rebuilt

    def __setstate__(self, state: dict) -> None:
        self.__init__()

    def index_terms(self, text: str) -> tuple[int, list[str]]:
        """(position of the first kept word, the kept words' indexed terms in order).

        Positions follow Whoosh's ``StopFilter(renumber=True)``: the first kept word keeps
        its position among all words, each later kept word is one more.
        """
        cache = self._cache
        words = _WORD.findall(text)
        terms = [cache.get(w) for w in words]
        if None in terms:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            for i, t in enumerate(terms):
                if t is None:
                    terms[i] = cache[words[i]] = _term(words[i])
        first = 0
        for first, t in enumerate(terms):  # noqa: B007 - the index is the result
            if t:
                break
        return first, [t for t in terms if t]


    def term_offsets(self, text: str) -> list[tuple[str, int, int]]:
        """(indexed term, start, end) of every kept word of ``text``: what the analyzer
        yields with ``chars=True``, for highlighting."""
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        out = []
        for m in _WORD.finditer(text):
            word = m.group()
            term = cache.get(word)
            if term is None:
                term = cache[word] = _term(word)
            if term:
                out.append((term, m.start(), m.end()))
        return out


def _term(word: str) -> str:
    """The indexed form of one word ('' for a stop word not in capitals, or a one-letter
    word)."""
    if word in CAPS_ACRONYMS:
        return word
    low = word.lower()
    if len(low) < _MIN_SIZE or low in STOP_WORDS:
        return ""
    return stem(low)


class FastPositions(Positions):
    """Whoosh's ``Positions`` format, fed by :meth:`TextAnalyzer.index_terms`."""

    def word_values(self, value, analyzer, **kwargs) -> Iterable[tuple]:
        if not isinstance(analyzer, TextAnalyzer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        first, terms = analyzer.index_terms(value)
        poses: dict[str, list[int]] = {}
        for pos, term in enumerate(terms, first):
            if term in poses:
                poses[term].append(pos)
            else:
                poses[term] = [pos]
        fb, encode, once = self.field_boost, self.encode, _ONCE
        out = []
        for w, p in poses.items():
            if len(p) == 1:  # most words of a text: one position, its encoding kept
                value = once.get(p[0])
                if value is None:
                    if len(once) > _CACHE_LIMIT:
                        once.clear()
                    value = once[p[0]] = encode(p)
                out.append((w, 1, fb, value))
            else:
                out.append((w, len(p), len(p) * fb, encode(p)))
        return out


class FastFrequency(Frequency):
    """Whoosh's ``Frequency`` format, fed by :meth:`TextAnalyzer.index_terms`."""

    def word_values(self, value, analyzer, **kwargs) -> Iterable[tuple]:
        if not isinstance(analyzer, TextAnalyzer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        freqs: dict[str, int] = {}
        for term in analyzer.index_terms(value)[1]:
            freqs[term] = freqs.get(term, 0) + 1
        fb = self.field_boost
        return [(w, n, n * fb, pack_uint(n)) for w, n in freqs.items()]


def prose_field(analyzer: TextAnalyzer, phrase: bool = True) -> TEXT:
    """A ``TEXT`` field (never stored) indexed through the fast formats."""
    field = TEXT(analyzer=analyzer, phrase=phrase, stored=False)
    boost = field.format.field_boost
    field.format = FastPositions(boost) if phrase else FastFrequency(boost)
    return field
