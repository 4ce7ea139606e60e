"""Short narration paragraphs, as wire and web copy write them, for a pronoun's window.

A BBC paragraph holds several sentences, so a "he" or "she" searching three paragraphs
back reads a dozen sentences; wire copy and US web pages give each sentence its own
paragraph, and the same window reads three. :func:`paragraph_places` says where each
paragraph stands for that window: an *aside*, a paragraph of one sentence of narration
about things (``thing_narration.about_things``: no name, no pronoun or noun for a
person, no person or body opening the sentence, no question, colon or bracket) and no
quotation, counts half a paragraph; any other paragraph one. A paragraph that names or
introduces somebody ("A driver was waiting at the depot.", "His son was there.") counts
in full, so the search never reaches further back past a new person.
"""

from __future__ import annotations

from collections.abc import Sequence

from warreader.index.quotes.sentences import sentence_bounds

ONE_SENTENCE = 0.5  # the part of a paragraph an aside counts for a pronoun's window
_QUOTE_MARKS = "\"“”‘’«»"


def aside(text: str) -> bool:
    """Is ``text`` (a paragraph) one sentence of narration about things ("The road was
    closed for six weeks.")?"""
    if any(m in text for m in _QUOTE_MARKS) or len(sentence_bounds(text, [])) != 1:
        return False
    from warreader.index.quotes.thing_narration import about_things  # (it imports reading,
    # which imports the entities that import this module)

    return about_things(text.strip())


def paragraph_places(texts: Sequence[str]) -> list[float]:
    """Each paragraph's place for the window of a "he" or "she"'s search (one more at
    the end): an :func:`aside` counts :data:`ONE_SENTENCE`, any other paragraph one."""
    places, at = [], 0.0
    for text in texts:
        places.append(at)
        at += ONE_SENTENCE if aside(text) else 1.0
    places.append(at)
    return places
