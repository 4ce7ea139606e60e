"""A double-quoted passage closed by a single mark (issue 10, extraction, third
round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_single_closing_mark_after_a_sentence_ends_an_open_double_quote():
    text = (
        '"We play the winners off," Dale Ruiz said. "It is only a show, but it feels like more.\' '
        "The band plays more than 100 cues a night and fills the adverts too.\n\n"
        "\"It's a long evening,\" he added."
    )
    found = [q.text for q in quotes_of(text)]
    assert "It is only a show, but it feels like more." in found
    assert not any("The band" in t for t in found)
