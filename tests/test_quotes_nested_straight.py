"""A quotation nested in a straight-quoted passage with the same straight marks is part
of the outer record (tests/fixtures/devset/README.md: "A nested quote ... is part of the
outer record"; sport/260's "fake"): `index/quotes/nested_marks.py`. Before, the outer
passage was cut at the nested pair's opening mark, as if the speech were reopened there,
and its words after the nested pair were lost or made a record of their own. A mark
after a sentence's end still reopens the speech, and a passage whose closing mark was
forgotten (an attribution inside it, or no mark after the pair to end it) still ends
where it did. Every sentence is invented for this test."""

from __future__ import annotations

from warreader.index.quotes.nested_marks import nested_pair_end

from tests.quote_support import kinds_of, said, spans_of

HEAD = "Storm hits coast\n\n"


# -- positive cases: the nested pair stays inside the outer record ------------------------


def test_a_nested_exclamation_stays_inside_the_outer_quotation():
    text = (
        'At one point Ann Kell wrote, "Witnesses say the driver yelled "Stop the boat!" as '
        'he jumped." The post was later deleted.'
    )
    assert spans_of(text) == ['Witnesses say the driver yelled "Stop the boat!" as he jumped.']
    assert said(HEAD + text) == [
        ('Witnesses say the driver yelled "Stop the boat!" as he jumped.', "Ann Kell")
    ]


def test_a_nested_word_before_the_attribution():
    text = '"He called it "fake" and walked away," Ann Kell said.'
    assert said(HEAD + text) == [('He called it "fake" and walked away,', "Ann Kell")]


def test_a_nested_title_and_a_nested_word_in_a_question():
    text = '"I watched "Sea Song" twice last week," said Tom Brell, the harbour master.'
    assert said(HEAD + text) == [('I watched "Sea Song" twice last week,', "Tom Brell")]
    text = '"Did he really say "never" to you?" Ann Kell asked the clerk.'
    assert said(HEAD + text) == [('Did he really say "never" to you?', "Ann Kell")]


def test_a_nested_pair_in_a_speech_reopened_sentence_by_sentence():
    # The passage's own closing mark is left off, the next sentence reopened (BBC style):
    # the nested pair stays inside, the passage ends before the reopening mark.
    text = (
        '"I wish to be clear," said Tom Brell. "The skipper told the crew he would "fake" '
        'a leak and turn back. "He did not apologise to them."'
    )
    assert said(HEAD + text) == [
        ("I wish to be clear,", "Tom Brell"),
        ('The skipper told the crew he would "fake" a leak and turn back.', "Tom Brell"),
        ("He did not apologise to them.", "Tom Brell"),
    ]
    text = '"We tried," said Tom Brell. "Then "Sea Song" came on the radio. "It was over."'
    assert said(HEAD + text) == [
        ("We tried,", "Tom Brell"),
        ('Then "Sea Song" came on the radio.', "Tom Brell"),
        ("It was over.", "Tom Brell"),
    ]


# -- near misses: a new quotation, or a passage whose closing mark was forgotten ----------


def test_a_mark_after_a_sentence_end_reopens_the_speech():
    text = '"I wish to be clear," said Tom Brell. "Ferries run late. "We will fix it by May."'
    assert said(HEAD + text) == [
        ("I wish to be clear,", "Tom Brell"),
        ("Ferries run late.", "Tom Brell"),
        ("We will fix it by May.", "Tom Brell"),
    ]


def test_a_quotation_after_a_closed_one_is_its_own():
    text = '"We lost," Ann Kell said of the "bad" match on Sunday.'
    assert [t for t, _ in said(HEAD + text)] == ["We lost,", "bad"]


def test_a_forgotten_closing_mark_before_an_attribution_is_not_nesting():
    # An attribution inside the passage: its closing mark was forgotten, and the
    # quoted words after it are not nested in the speech.
    for text in (
        '"The port is finished, said Ann Kell, who called the plan "a disaster" for the town.',
        '"The port is finished, said Ann Kell, who called the plan "a disaster" for the '
        'town. "We will fight," she added.',
        '"We will fight on, Ann Kell said, calling the plan "reckless" and "cruel".',
    ):
        spans = spans_of(text)
        assert spans[0].startswith("The port is finished, said Ann Kell, who called the plan") or (
            spans[0].startswith("We will fight on")
        ), text
        assert not any('"' in s for s in spans), spans


def test_nested_pairs_in_a_row_stay_inside():
    text = '"He kept saying "no" and "never" all night," Ann Kell said.'
    assert said(HEAD + text) == [('He kept saying "no" and "never" all night,', "Ann Kell")]


def test_pairs_after_an_attribution_or_with_nothing_to_end_them_are_not_nested():
    text = '"Fine, Ann Kell said. The board called it "late" but "fair."'
    assert not any('"' in s for s in spans_of(text))
    text = '"Ferries are late again and the "new" timetable is a joke "for everyone" we know'
    assert not any('"' in s for s in spans_of(text))


def test_a_pair_with_no_mark_after_it_in_the_paragraph_is_not_nested():
    text = HEAD + '"We will go on and the "reform" plan will pass\n\n"It will," Ann Kell said.'
    assert "reform" in kinds_of(text)
    assert nested_pair_end('"We will go on and the "reform" plan will pass', 22, 0) is None


def test_a_nested_pair_needs_a_lower_case_word_before_and_after_it():
    # 'it "fake",' (no space after the pair) and quotations in narration keep their own
    # records.
    assert nested_pair_end('"Everyone called it "fake"," Ann Kell said.', 20, 0) is None
    text = 'Tom Brell said the ferry was "late" and the crew "tired" after the storm.'
    assert said(HEAD + text) == [("late", "Tom Brell"), ("tired", "Tom Brell")]


def test_single_marks_inside_double_ones_are_unchanged():
    text = "\"He called it 'fake' and walked away,\" Ann Kell said."
    assert said(HEAD + text) == [("He called it 'fake' and walked away,", "Ann Kell")]


def test_a_nested_quotation_after_says_and_a_comma():
    text = (
        '"If a man walks in and says, "I want ten boats," you would worry about it," said '
        "Tom Brell."
    )
    assert said(HEAD + text) == [
        ('If a man walks in and says, "I want ten boats," you would worry about it,', "Tom Brell")
    ]
    # a clause's own verb after a comma is no attribution
    text = '"When I got there, the driver yelled "Stop!" at me," said Tom Brell.'
    quoted = 'When I got there, the driver yelled "Stop!" at me,'
    assert said(HEAD + text) == [(quoted, "Tom Brell")]
    # but not after an attribution inside a passage whose closing mark was forgotten
    text = '"We will fight on, said Ann Kell, "and we will win" on Monday.'
    assert not any('"' in s for s in spans_of(text))
