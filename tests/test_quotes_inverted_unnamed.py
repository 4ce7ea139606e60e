"""After an inverted verb, a determiner, modifiers the phrase reader does not know and a
capitalised word inside them ("said a former EU fish quota official", "said one
former GOP leadership aide") make one unnamed source: the whole description, never the
capitalised word alone (inverted.inverted_speaker); a description then a name ("said a
proud coach Tom Pell") stays the name. Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_an_unknown_modifier_after_a_capitalised_word_stays_in_the_description():
    text = '"It was handled lightly," said a former EU fish quota official.'
    assert said(text) == [("It was handled lightly,", "a former EU fish quota official")]


def test_a_party_word_inside_the_description_is_no_speaker():
    text = '"They both need this win," said one former GOP leadership aide.'
    assert said(text) == [("They both need this win,", "one former GOP leadership aide")]


def test_a_description_then_a_name_is_the_name():
    text = '"It went well," said a proud coach Tom Pell.'
    assert said(text) == [("It went well,", "Tom Pell")]
