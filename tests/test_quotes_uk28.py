"""uk28's cases, each with a near miss where the rule must not fire (invented sentences):
a headline's quoted words that its own subject judges ("Pike attacks 'snobbery'", "Hale: ID
scheme 'not compulsory yet'"); a title with a complement closed by a comma and a name
("said the BMA's head of science and ethics, Dr Ann Hale"); "The Tories have branded"; and
"Another senior party figure said"."""

from __future__ import annotations

import re

from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

from tests.quote_support import speakers


def _headline_kinds(headline: str, *body: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the quoted words of ``headline``, read as the stated headline of
    an article whose paragraphs are ``body``."""
    text = "\n\n".join((headline, *body))
    paragraphs = [
        Paragraph(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
    ]
    article = Article(
        id="t", path="t.txt", title=headline, paragraphs=paragraphs[1:], headline=paragraphs[0]
    )
    quotes = extract_quotes(article)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.kind, q.speaker) for q in quotes if q.paragraph == -1]


_SPEAKS = 'Mr Pike said: "Working families do not need lectures about what to eat."'


def test_headline_words_its_subject_attacks_are_the_subjects_quote():
    assert _headline_kinds(
        "Pike attacks 'snobbery' over school meals",
        'Health Secretary Tom Pike has accused critics of his campaign of "snobbery".',
        _SPEAKS,
    ) == [("quote", "Tom Pike")]


def test_headline_words_after_a_label_are_the_labels_quote():
    assert _headline_kinds(
        "Hale: ID scheme 'not compulsory yet'",
        "Identity cards will not be compulsory for five years, Home Secretary Ann Hale said.",
        '"We will move only when Parliament agrees," Ms Hale said.',
    ) == [("quote", "Ann Hale")]


def test_the_noun_after_headline_words_is_no_speaker():
    assert _headline_kinds(
        "Roe attacks Pike over 'broken' rail promises",
        "Opposition leader Ann Roe has accused Tom Pike of breaking his word.",
        '"Every year he promises cheaper tickets," she said.',
    ) == [("quote", "Ann Roe")]


def test_headline_words_stay_a_term_when_the_subject_never_speaks_in_the_body():
    assert _headline_kinds(
        "Pike attacks 'snobbery' over school meals",
        "Health Secretary Tom Pike has accused critics of his campaign of snobbery.",
        'His shadow, Ann Roe, said Mr Pike was "confused".',
    ) == [("term", None)]


def test_headline_words_stay_a_term_the_body_quotes_as_a_term():
    assert _headline_kinds(
        "Vane attacks 'dumbed-down radio'",
        'Comedian Ed Vane has attacked radio. "You get tired of it," he said.',
        'Vane is the latest performer to bemoan the "dumbing down" of broadcasting.',
    ) == [("term", None)]


def test_headline_words_the_body_gives_to_others_are_not_the_subjects():
    assert _headline_kinds(
        "Pike hits out at 'nanny state' critics",
        'Tom Pike has answered his critics. "I am nobody\'s nanny," Mr Pike said.',
        'Critics have called his plans "the nanny state".',
    ) == [("term", None)]


def test_a_title_case_headline_keeps_its_reading():
    assert _headline_kinds(
        "Ann Hale: Tom Pike Is a 'Proven Failure' on Jobs",
        'Ann Hale said the governor had failed. "He has had four years," she said.',
    ) == [("term", None)]


def test_a_title_with_a_complement_closed_by_a_name_is_that_names():
    assert speakers(
        '"Bar staff deserve protection," said the BMA\'s head of science and ethics, '
        "Dr Ann Hale."
    ) == ["Ann Hale"]
    assert speakers(
        '"Fine words are not enough," said the head of policy at the union, Tom Pike.'
    ) == ["Tom Pike"]


def test_a_title_closed_by_a_relative_clause_or_a_body_is_no_name():
    assert speakers(
        '"It is wrong," said the head of the union, which represents 5,000 nurses.'
    ) == ["the head of the union"]


def test_a_plural_party_that_has_branded_something_speaks():
    assert speakers('The Conservatives have branded the asylum system "a shambles".') == [
        "Conservatives"
    ]
    assert speakers('The Tories have been branded "nasty" by Labour.') == ["Labour"]


def test_another_described_person_speaks():
    assert speakers('Another senior party figure said Mr Pike had "never been a team player".') == [
        "Another senior party figure"
    ]
    assert speakers('Another featured five old photos telling "the story of how they met."') == [
        None
    ]
