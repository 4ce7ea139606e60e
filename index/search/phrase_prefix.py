"""A phrase whose last word is still being typed, as a Whoosh query.

Whoosh has no phrase prefix; its span queries take one (``"world cu`` as ``world``
followed by any of the words ``cu`` begins, :func:`index.search.query._phrase_prefix`).
Whoosh's ``SpanNear2`` has no boost, where the parser gives each field's phrase one
(``FIELD_BOOSTS``): :class:`PhrasePrefix` carries it.
"""

from __future__ import annotations

from whoosh.matching import WrappingMatcher
from whoosh.query.spans import SpanNear2


class PhrasePrefix(SpanNear2):
    """Whoosh's ``SpanNear2`` with the phrase's boost, applied as a ``Phrase`` applies
    its own (its matcher wrapped, the scores multiplied): while its last word is typed a
    phrase ranks its fields by their boosts (title 3, text 2) as it does once whole."""

    def __init__(self, qs, slop=1, ordered=True, mindist=1, boost: float = 1.0):
        super().__init__(qs, slop=slop, ordered=ordered, mindist=mindist)
        self.boost = boost

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, boost={self.boost!r})"

    def __eq__(self, other) -> bool:
        return super().__eq__(other) and self.boost == other.boost

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.boost)

    def apply(self, fn) -> PhrasePrefix:
        return self.__class__([fn(q) for q in self.qs], slop=self.slop, ordered=self.ordered,
                              mindist=self.mindist, boost=self.boost)

    def matcher(self, searcher, context=None):
        m = super().matcher(searcher, context)
        return WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m

