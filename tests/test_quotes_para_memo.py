"""What the attribution works out once per paragraph (review revE24 F5: it had read the
whole paragraph again for each quotation, quadratic in a paragraph of thousands): kept
on the paragraph, it must still follow the paragraph's events when a later stage
replaces or adds to them (`index/quotes/headline_labels.py` does), and give what the
per-quotation reading gave. Speed is measured by ``bench/bench_quotes.py --many-only``.
Every sentence is invented for this test."""

from __future__ import annotations

from warreader.index.quotes.reading import prepare
from warreader.index.quotes.sentences import sentence_bounds

from tests.quote_support import said

TEXT = "Ann Kell said the plan was late. Tom Brell told reporters the plan was fine."


def _para():
    return prepare(TEXT, [], sentence_bounds(TEXT, []), {0, 1})


def test_events_by_sentence():
    para = _para()
    assert [e.cue for e in para.events_of(0)] == ["said"]
    assert [e.cue for e in para.events_of(1)] == ["told"]
    assert para.events_of(5) == []


def test_events_by_sentence_follow_events_replaced_or_added():
    para = _para()
    told = para.events_of(1)[0]
    assert para.events_of(0)  # grouped now
    para.events = [told]  # replaced
    assert para.events_of(0) == []
    para.events.append(told)  # added to
    assert para.events_of(1) == [told, told]


def test_many_quotations_in_one_paragraph_keep_their_speakers():
    # The sentence topic before a quotation alone, a reported question's answer, and a
    # list of terms, each met many times in one paragraph, read as each alone.
    one = (
        'Ann Kell was blunt. "No." "Never," she said later, calling the plan "late" and '
        '"costly". Tom Brell asked Ann Kell whether she would go. "Not now," she said. '
    )
    alone = said("Port talks\n\n" + one)
    words = ("No.", "Never,", "late", "costly", "Not now,")
    assert alone == [(w, "Ann Kell") for w in words]
    assert said("Port talks\n\n" + one * 40) == alone * 40
