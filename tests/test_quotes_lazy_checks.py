"""Checks made lazily for speed keep their answers: the labelling check asks whether a
quotation is title case only once a labelling verb is found, and the term check cuts a
quotation into at most nine words (it only counts them up to nine)."""

from __future__ import annotations

from warreader.index.quotes.labelling_verbs import labelled_before
from warreader.index.quotes.marks import find_spans
from warreader.index.quotes.reading import Para, prepare
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.terms import is_term


def _para(text: str) -> Para:
    spans = find_spans([text])
    bounds = sentence_bounds(text, spans)
    return prepare(text, spans, bounds, set(range(len(bounds))))


def _labelled(text: str) -> bool:
    para = _para(text)
    return labelled_before(para, para.q_index[0], para.spans[0])


def _term(text: str) -> bool:
    para = _para(text)
    return is_term(para, para.q_index[0], para.spans[0], False, False)


def test_a_labelling_verb_labels_a_lower_case_quotation() -> None:
    assert _labelled('Mayor Ann Dale called the new ferry timetable a "shambles" on Monday.')


def test_a_title_case_quotation_after_a_labelling_verb_is_no_label() -> None:
    assert not _labelled('Mayor Ann Dale called the new ferry timetable "Harbour Chaos" on Monday.')


def test_no_labelling_verb_no_label() -> None:
    assert not _labelled('Mayor Ann Dale said the new ferry timetable was a "shambles" on Monday.')


def test_a_title_in_a_title_slot_is_a_term_up_to_eight_words() -> None:
    assert _term('She spoke on "Coffee With Cal" last week.')
    assert _term('She spoke on "The Long Road Home With Ann Bell Dale" last week.')  # eight


def test_a_longer_title_case_quotation_is_no_title() -> None:
    assert not _term('She spoke on "The Long Road Home With Ann And Bob Dale" last week.')  # 9
    assert not _term(
        'She spoke on "The Long Road Home With Ann And Bob Dale Of Leeds Tonight" last week.'
    )
