"""An article ("a", "an", "the") opens a speaker phrase: a word before it belongs to
another phrase unless it links the two ("the head of the agency", "a spokesman for the
firm"). An opening adjunct written without its comma ("In a statement the ministry
said", "On Monday the council said") no longer joins the verb's subject
(phrases.left_phrase). Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said

LINE = '"We will study the findings with care and answer in due course."'


def test_a_document_adjunct_without_its_comma_is_not_the_subject():
    text = f"The Border Office was criticised. In a statement the Border Office said: {LINE}"
    (quote,) = quotes_of(text)
    assert quote.speaker == "Border Office"
    assert quote.mention == "the Border Office"


def test_a_day_before_the_subject_is_not_part_of_it():
    text = f"In a letter on Monday the Border Office said: {LINE}"
    (quote,) = quotes_of(text)
    assert quote.mention == "the Border Office"


def test_a_description_after_a_document_adjunct_speaks():
    text = f"In the report the watchdog said: {LINE}"
    assert [q.mention for q in quotes_of(text)] == ["the watchdog"]


def test_linking_words_keep_one_phrase():
    assert said(f"The head of the agency said: {LINE}") == [
        (LINE.strip('"'), "the head of the agency")]
    assert [q.mention for q in quotes_of(f"A spokesman for the firm said: {LINE}")] == [
        "A spokesman for the firm"]
