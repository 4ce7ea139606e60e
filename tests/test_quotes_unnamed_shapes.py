"""Unnamed sources in cue shapes the engine did not read: documents after an inverted
verb and documents that "read" what they show."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _spoken(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.mention) for q in quotes_of(text) if q.kind == "quote"]


def test_a_document_after_an_inverted_verb_speaks_even_when_its_noun_is_a_verb_too():
    text = (
        "The ferry club wrote to its members on Sunday.\n\n"
        '"The new pier opens in May," read the email. "Bring your own lantern."'
    )
    assert _spoken(text)[0] == ("The new pier opens in May,", "the email", "the email")


def test_a_leaflet_after_an_inverted_verb_speaks():
    assert _spoken('"Keep the orchard open," reads the leaflet.') == [
        ("Keep the orchard open,", "the leaflet", "the leaflet")
    ]


def test_a_document_noun_before_read_shows_the_quotation():
    assert _spoken('"The orchard stays open," the email read.') == [
        ("The orchard stays open,", "the email", "the email")
    ]


def test_a_document_noun_inside_a_longer_description_is_not_the_speaker():
    found = _spoken('"It is over," said the email campaign manager, Dan Pike.')
    assert found[0][1] == "Dan Pike"
