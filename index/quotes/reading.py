"""What the attributor reads of an article: the outcome type, and which sentences of
which paragraphs are cut into tokens and speech events.

Sentences matter only where quotations are and just before them: :func:`prepare`
cuts the wanted sentences of a paragraph into tokens and finds their speech events;
:func:`wanted_sentences` says which those are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from warreader.index.quotes.common_words import CommonWords, mark_common_opening
from warreader.index.quotes.described_sightings import glanced_description
from warreader.index.quotes.events import Event, find_events
from warreader.index.quotes.marks import Span
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.tokens import Token, tokenize
from warreader.index.quotes.verbless import verbless_events
from warreader.index.quotes.word_surnames import WordSurnames, mark_surnames

CLOSE = 2  # sentences before a quotation read closely (tokens, speech events)


LOOK_BACK = 3  # sentences before a quotation glanced at for names


@dataclass(slots=True)
class Attribution:
    """The outcome for one span."""

    kind: str = "quote"
    speaker: str | None = None
    role: str | None = None
    mention: str | None = None
    cue: str | None = None
    via: str = "none"  # how the speaker was found: one of VIAS
    source: int | None = None  # the paragraph of ``mention``


# How a speaker is found: the cue names it, a pronoun or a description ("the minister")
# refers to it, a label (transcript, credit line, bullet) or a document gives it, the
# quotation goes on from an earlier one, a colon introduces it, or nothing does.
VIAS = ("named", "pronoun", "description", "label", "document", "carried", "colon", "none")


@dataclass(slots=True)
class Para:
    """One paragraph as the attribution reads it: its text, quotation spans, the tokens
    of the sentences wanted (with each token's sentence and sentence floor), the cue
    events found in them, and the token index of each quotation."""

    text: str
    spans: list[Span]
    tokens: list[Token]
    sentence_of: list[int]
    floor_of: list[int]
    events: list[Event]
    q_index: dict[int, int]  # span number -> token index
    # What is worked out once per paragraph for its quotations (quoted_sentences.py)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def sentences(self) -> list[tuple[int, int]]:
        """``sentences.sentence_bounds`` of the paragraph, cut once (read, never change)."""
        kept = self.memo.get("sentences")
        if kept is None:
            kept = self.memo["sentences"] = sentence_bounds(self.text, self.spans)
        return kept  # type: ignore[return-value]

    def events_of(self, s: int) -> list[Event]:
        """The events of sentence ``s``, in order (grouped once per paragraph, again
        when its events were replaced or added to: headline_labels does)."""
        kept = self.memo.get("events")
        if kept is None or kept[0] is not self.events or kept[1] != len(self.events):
            grouped: dict[int, list[Event]] = {}
            for event in self.events:
                grouped.setdefault(self.sentence_of[event.cue_index], []).append(event)
            kept = self.memo["events"] = (self.events, len(self.events), grouped)
        return kept[2].get(s, [])


def prepare(
    text: str, spans: list[Span], bounds: list[tuple[int, int]], wanted: set[int],
    surnames: WordSurnames | None = None, common: CommonWords | None = None,
) -> Para:
    """Tokens, sentences and events of the ``wanted`` sentences of a paragraph."""
    if not wanted:
        return Para(text, spans, [], [], [], [], {})
    tokens: list[Token] = []
    sentence_of: list[int] = []
    floor_of: list[int] = []
    q_index: dict[int, int] = {}  # filled by the tokenizer, in token order
    for s in sorted(wanted):
        floor = len(tokens)
        tokenize(text, spans, bounds[s][0], bounds[s][1], tokens, q_index)
        if surnames is not None:  # "says Early." after "Tom Early": a name
            mark_surnames(tokens, floor, surnames)
        if common is not None:  # "Casual games like poker ..." after "casual gamers"
            mark_common_opening(tokens, floor, common)
        sentence_of.extend([s] * (len(tokens) - floor))
        floor_of.extend([floor] * (len(tokens) - floor))
    events = verbless_events(tokens, floor_of, find_events(tokens, floor_of))
    return Para(text, spans, tokens, sentence_of, floor_of, events, q_index)


def quoted_sentences(
    bounds_of: list[list[tuple[int, int]]], spans_of: list[list[Span]]
) -> list[set[int]]:
    """For each paragraph, the sentences its quotations are in."""
    quoted: list[set[int]] = []
    for bounds, spans in zip(bounds_of, spans_of, strict=True):
        starts = [b[0] for b in bounds]
        quoted.append({max(0, bisect_right(starts, span.start) - 1) for span in spans})
    return quoted


def wanted_sentences(
    bounds_of: list[list[tuple[int, int]]], quoted: list[set[int]], reach: int
) -> list[set[int]]:
    """Sentences with quotations and the ``reach`` sentences before each of them.

    Attribution and coreference look back a few sentences from a quotation; the rest
    of an article only contributes names (registered cheaply elsewhere).
    """
    wanted: list[set[int]] = [set() for _ in bounds_of]
    for p, sentences in enumerate(quoted):
        for s in sentences:
            wanted[p].update(range(max(0, s - reach), s + 1))
            back = reach - s
            q = p - 1
            while back > 0 and q >= 0:
                count = len(bounds_of[q])
                wanted[q].update(range(max(0, count - back), count))
                back -= count
                q -= 1
    return wanted


_OPENING_PRONOUN = re.compile(r"\s*[\"“‘']?(?:He|She)\b")
_ANTECEDENT_REACH = 2  # sentences added before a glanced one that opens on "he"/"she"


def with_antecedents(
    texts: list[str], bounds_of: list[list[tuple[int, int]]], near: list[set[int]]
) -> list[set[int]]:
    """``near`` with the sentence before each first glanced sentence that opens on "He"
    or "She" ("Ana Ruiz, who ..., spoke on Sunday. She had ..."), or on a description of
    a person that the subject of the sentence before names (``glanced_description``), up to
    ``_ANTECEDENT_REACH`` sentences back: the pronoun's person is named there."""
    for p in range(len(near)):
        for _ in range(_ANTECEDENT_REACH):
            if not near[p]:
                break
            s = min(near[p])
            start, end = bounds_of[p][s]
            if not _OPENING_PRONOUN.match(texts[p], start, end) and (
                glanced_description(texts[p], start, end) is None
            ):  # nor "The senator ..." / "After ..., the Democrat is": see described_sightings
                break
            if s == 0:  # the last sentence of the paragraph before, if it is not read
                if p > 0 and bounds_of[p - 1] and not near[p - 1]:
                    near[p - 1].add(len(bounds_of[p - 1]) - 1)
                break
            near[p].add(s - 1)
    return near
