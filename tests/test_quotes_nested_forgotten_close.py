"""A straight-quoted passage whose closing mark was forgotten is not a passage with a
pair nested in it (tests/fixtures/devset/README.md: "A mark reopened inside a paragraph
without closing the previous one: the open span ends before the reopening mark, a new
record starts after it"): review revE24 F1-F3 of `index/quotes/nested_marks.py`. When a
sentence ends inside the open passage before the pair and the mark after the pair
reopens a quotation, the pair is a term or quotation of its own and the narration around
it is nobody's words; the attribution inside a passage is looked for over the whole
passage, however long; and a passage carried over from the paragraph before (its opening
mark unknown) has nothing nested in it, whatever the paragraph's last character. Every
sentence is invented for this test."""

from __future__ import annotations

import pytest
from warreader.index.quotes.nested_marks import nested_pair_end

from tests.quote_support import said, spans_of

HEAD = "Storm hits coast\n\n"

FORGOTTEN = [  # (paragraph, the pair's words)
    ('"The school will reopen, the headteacher Ruth Amsel said on Monday. Parents described '
     'the repairs as "overdue" and went home. "We are relieved," one father said.', "overdue"),
    ('"The road is open, the governor said. Drivers called the detour "madness" and honked. '
     '"It took hours," a driver said.', "madness"),
    ('Ruth Amsel wrote: "The lab is closed. He called the new rules "absurd" and resigned. '
     '"We will appeal," she added.', "absurd"),
    ('"No shells hit the market, an army officer told the press. Locals called the claim '
     '"nonsense" and left. "We saw the craters," a trader said.', "nonsense"),
    ('"The deal is dead. Ivo Marsh repeated it and Lena Ott replied "not yet" and laughed. '
     '"Wait," Marsh said.', "not yet"),
    ('"The grain left the port, according to the ministry. Farmers called the figures '
     '"inflated" and walked out. "Nothing moved," one farmer said.', "inflated"),
    ('"We will fix the bridge. He called the old design "a joke" and sat down. "This one '
     'will last," Ivo Marsh said.', "a joke"),
]


@pytest.mark.parametrize(("text", "pair"), FORGOTTEN)
def test_a_pair_after_a_sentence_end_in_a_passage_left_open_is_its_own(text, pair):
    spans = spans_of(text)
    assert pair in spans, spans
    assert not any('"' in s for s in spans), spans  # no narration swallowed with the pair


def test_a_sentence_end_before_a_real_closing_mark_still_nests():
    text = 'Ruth Amsel said, "We met twice. Then they called us "partners" for a year."'
    assert spans_of(text) == ['We met twice. Then they called us "partners" for a year.']


def test_an_attribution_far_back_in_the_passage_still_counts():
    # The attribution stands 700 characters before the pair: read, however far back.
    filler = "and the boats lay tied up along the quay while the harbour master waited " * 9
    text = f'"The port is shut, said Ivo Marsh, who {filler}called it "a shame" at last," he said.'
    i = text.index('"a shame')
    assert i - text.index("said Ivo") > 600
    assert nested_pair_end(text, i, 0) is None
    assert "a shame" in spans_of(text)


TAIL = "The sailors who named it \"the old lady\" after the war are ashore,\" Marsh said."


def test_a_stray_mark_ending_a_carried_paragraph_changes_nothing():
    # The paragraph before ends inside a quotation, so this one is carried; its last
    # character (a stray mark or not) does not decide whether the pair is nested.
    opening = 'Ivo Marsh said: "The ferries have stopped.\n\n'
    plain, stray = said(HEAD + opening + TAIL), said(HEAD + opening + TAIL + '"')
    assert plain == stray
    assert "the old lady" in [words for words, _ in plain]


def test_a_curly_pair_in_a_carried_paragraph_ending_on_a_stray_mark():
    opening = 'Ivo Marsh said: "The ferries have stopped.\n\n'
    tail = TAIL.replace('"the old lady"', "“the old lady”")
    assert said(HEAD + opening + tail) == said(HEAD + opening + tail + '"')
