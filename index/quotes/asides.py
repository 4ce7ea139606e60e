"""Short narration paragraphs, as wire and web copy write them, for a pronoun's window.

A BBC paragraph holds several sentences, so a "he" or "she" searching three paragraphs
back reads a dozen sentences; wire copy and US web pages give each sentence its own
paragraph, and the same window reads three. :func:`paragraph_places` says how far apart
two paragraphs stand for that window: an *aside*, a paragraph of one sentence of
narration about things (``thing_narration.about_things``: no name, no pronoun, noun or
age for a person, no person or body opening the sentence, no question, colon or bracket)
and no quotation, counts half a paragraph, but only when every paragraph between the two
is an aside; any other paragraph between ("A driver was waiting at the depot.", "A
45-year-old was arrested.", "His son was there.") makes the distance the plain count of
paragraphs, so the search never reaches further back past a new person, however many
asides stand around it (review revX25, F1 and F3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warreader.index.quotes.sentences import sentence_bounds

ONE_SENTENCE = 0.5  # the part of a paragraph an aside counts for a pronoun's window
_QUOTE_MARKS = "\"“”‘’«»"
_AGE = re.compile(r"\d+-year-olds?\b", re.IGNORECASE)  # "A 45-year-old was arrested"


def aside(text: str) -> bool:
    """Is ``text`` (a paragraph) one sentence of narration about things ("The road was
    closed for six weeks.")?"""
    if any(m in text for m in _QUOTE_MARKS) or _AGE.search(text):
        return False  # a quotation, or a person described by age: not about things
    if len(sentence_bounds(text, [])) != 1:
        return False
    from warreader.index.quotes.thing_narration import about_things  # (it imports reading,
    # which imports the entities that import this module)

    return about_things(text.strip())


@dataclass(frozen=True)
class Places:
    """Where each paragraph stands for a "he" or "she"'s window (:func:`paragraph_places`)."""

    at: list[float]  # each paragraph's place counting asides as half (one more at the end)
    full: list[int]  # how many paragraphs before each are not asides (one more at the end)

    def __len__(self) -> int:
        return len(self.at)

    def distance(self, back: int, here: int) -> float:
        """How far paragraph ``here`` stands from an earlier one, ``back``: in places when
        every paragraph between them is an aside, else in paragraphs."""
        if here > back + 1 and self.full[here] - self.full[back + 1] > 0:
            return float(here - back)  # a paragraph that is no aside between: no halves
        return self.at[here] - self.at[back]


def paragraph_places(texts: Sequence[str]) -> Places:
    """Each paragraph's place for the window of a "he" or "she"'s search: an :func:`aside`
    counts :data:`ONE_SENTENCE`, any other paragraph one (see :meth:`Places.distance`)."""
    at, full, place, count = [], [], 0.0, 0
    for text in texts:
        at.append(place)
        full.append(count)
        is_aside = aside(text)
        place += ONE_SENTENCE if is_aside else 1.0
        count += not is_aside
    at.append(place)
    full.append(count)
    return Places(at, full)
