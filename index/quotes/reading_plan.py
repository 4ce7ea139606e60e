"""Which sentences of an article the attributor reads, and how closely.

:func:`plan_reading` is called once per article by ``attribution.ArticleAttributor``:
the paragraphs near a quotation are cut into sentences, the few sentences before each
quotation that may hold a speech event are read closely (:class:`reading.Para`), those a
little further back are glanced at for names, and the rest are only skimmed.
"""

from __future__ import annotations

from warreader.index.quotes.common_words import CommonWords
from warreader.index.quotes.events import may_speak
from warreader.index.quotes.marks import Span
from warreader.index.quotes.reading import (
    CLOSE,
    LOOK_BACK,
    Para,
    prepare,
    quoted_sentences,
    wanted_sentences,
    with_antecedents,
)
from warreader.index.quotes.sentences import dateline_end, sentence_bounds
from warreader.index.quotes.word_surnames import WordSurnames

Bounds = tuple[int, int]  # a sentence's (start, end) in its paragraph's text


def plan_reading(
    paragraphs: list[str], spans: list[Span], common: CommonWords | None = None
) -> tuple[list[Para], list[list[tuple[int, Bounds]]], list[list[tuple[int, Bounds]]]]:
    """The paragraphs read closely (one :class:`Para` each, its wanted sentences cut into
    tokens and speech events), and per paragraph the sentences (index, bounds) only
    skimmed for names and those glanced at for who was around before a quotation."""
    by_para: list[list[Span]] = [[] for _ in paragraphs]
    for span in spans:
        by_para[span.paragraph].append(span)
    # Sentences matter only where quotations are and just before them; elsewhere a
    # paragraph is one span of text that is only skimmed for names.
    near_quote = [False] * len(paragraphs)
    for p, spans_here in enumerate(by_para):
        if spans_here:
            for q in range(max(0, p - LOOK_BACK), p + 1):
                near_quote[q] = True
    bounds_of = [
        sentence_bounds(t, s) if near else [(dateline_end(t), len(t))]
        for t, s, near in zip(paragraphs, by_para, near_quote, strict=True)
    ]
    quoted = quoted_sentences(bounds_of, by_para)
    close = wanted_sentences(bounds_of, quoted, CLOSE)
    near = wanted_sentences(bounds_of, quoted, LOOK_BACK)
    near = with_antecedents(paragraphs, bounds_of, near)  # a glanced "She"'s person
    # A sentence before a quotation with no reporting cue in it holds no speech event;
    # glancing at its names is enough.
    for text, bounds, wanted, q in zip(paragraphs, bounds_of, close, quoted, strict=True):
        wanted -= {s for s in wanted - q if not may_speak(text, *bounds[s])}
    surnames = WordSurnames(paragraphs)  # "Tom Early": "says Early." names him
    common = common or CommonWords(paragraphs)  # "Casual games" after "casual gamers"
    paras = [
        prepare(t, s, b, w, surnames, common)
        for t, s, b, w in zip(paragraphs, by_para, bounds_of, close, strict=True)
    ]
    # Sentences a little further back are glanced at for names (who was around);
    # people's full names were all registered before reading
    # (``NameReading._know_full_names``).
    skimmed = [
        [(i, b) for i, b in enumerate(bounds) if i not in n]
        for bounds, n in zip(bounds_of, near, strict=True)
    ]
    glanced = [
        [(i, bounds[i]) for i in sorted(n - c)]
        for bounds, n, c in zip(bounds_of, near, close, strict=True)
    ]
    return paras, skimmed, glanced
