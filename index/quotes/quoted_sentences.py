"""What the attribution asks of a paragraph's sentences for each of its quotations,
worked out once per paragraph and kept on it (:attr:`reading.Para.memo`): a paragraph
of thousands of quotations costs time in proportion to its length, not to its length
times its quotations (review revE24 F5: 8,000 quotations in one paragraph took 10 s)."""

from __future__ import annotations

from bisect import bisect_left

from warreader.index.quotes.event_forms import sentence_topic
from warreader.index.quotes.reading import Para
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.subjects import clause_breaks, heard_passives


def worded_sentences(para: Para) -> set[int]:
    """The sentences of ``para`` with a word outside quotations (a token of kind "w")."""
    found = para.memo.get("worded")
    if found is None:
        found = para.memo["worded"] = {
            n for t, n in zip(para.tokens, para.sentence_of, strict=True) if t.kind == "w"
        }
    return found


def topic_before(para: Para, qi: int):
    """A quotation that is a sentence of its own, with no word outside quotations, after
    a sentence without quotations in the same paragraph: the person that sentence is
    about, as :func:`sentence_topic` gives it; else None. (The same for every quotation
    of a sentence: worked out once per sentence.)"""
    s = para.sentence_of[qi]
    if s == 0 or s in worded_sentences(para):
        return None
    topics = para.memo.setdefault("topics", {})
    if s not in topics:
        topics[s] = _topic_of(para, s)
    return topics[s]


def _topic_of(para: Para, s: int):
    """:func:`topic_before` of the quotations of sentence ``s`` (no word outside them)."""
    if "bounds" not in para.memo:
        para.memo["bounds"] = sentence_bounds(para.text, para.spans)
        para.memo["starts"] = sorted(sp.start for sp in para.spans)
    bounds, starts = para.memo["bounds"], para.memo["starts"]
    start, end = bounds[s - 1] if s < len(bounds) else (0, 0)
    if end <= start:
        return None
    first = bisect_left(starts, start)  # a quotation starting in the sentence before
    if first < len(starts) and starts[first] < end:
        return None
    return sentence_topic(para.text, para.spans, bounds[s - 1], pronouns=True)


def clause_breaks_of(para: Para) -> list[int]:
    """:func:`subjects.clause_breaks` of the tokens of ``para``."""
    found = para.memo.get("breaks")
    if found is None:
        found = para.memo["breaks"] = clause_breaks(para.tokens)
    return found


def heard_passives_of(para: Para) -> list[int]:
    """:func:`subjects.heard_passives` of the tokens of ``para``."""
    found = para.memo.get("heard")
    if found is None:
        found = para.memo["heard"] = heard_passives(para.tokens)
    return found
