"""The common nouns that open a clause a pronoun reports ("Growth would slow next year,
it said"): no later "it" or "they" of the article is that noun either ("The central bank
published its forecast. Growth would slow, it said. "...," it added": not Growth)."""

from __future__ import annotations

import re
from collections.abc import Callable

from warreader.index.quotes.cue_lex import CUE_VERBS
from warreader.index.quotes.entities import Entity

# A sentence opened by one capitalised word and a lower-case one ("Growth would"), a
# comma, then "it" or "they" and a word (its verb, checked against the cues).
_REPORTED = re.compile(
    r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z]+)\s+[a-z][^.!?\"“”]*?,\s+(?:it|they)\s+([a-z]+)"
)


def reported_openers(texts: list[str], upto: int, back: int) -> frozenset[str]:
    """The words opening a reported clause before ", it said" / ", they added" in the
    paragraphs ``upto - back`` to ``upto`` of ``texts``."""
    found = set()
    for text in texts[max(0, upto - back) : upto + 1]:
        for m in _REPORTED.finditer(text):
            if m.group(2) in CUE_VERBS:
                found.add(m.group(1))
    return frozenset(found)


def skipping_openers(
    avoid: Callable[[Entity], bool] | None, openers: frozenset[str]
) -> Callable[[Entity], bool] | None:
    """``avoid`` widened by the entities ``openers`` name: one word of no known kind,
    never seen speaking nor inside a quotation (as ``owned_sources.reported_opener``
    asks of the pronoun's own sentence's opener; "Ryanair said ..." keeps Ryanair)."""
    if not openers:
        return avoid

    def skipped(entity: Entity) -> bool:
        if entity.name in openers and entity.kind == "unknown" and " " not in entity.name and not (
            entity.inside or entity.speaks
        ):
            return True
        return avoid is not None and avoid(entity)

    return skipped
