"""Markup left in article text is no one's words (issue 10, extraction, eighth round).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_an_attribute_value_broken_over_lines_opens_no_quotation():
    # The post's date attribute runs into the next paragraph, so its closing mark stands
    # right before the tag's ">": the words after it are the post, not a quotation.
    text = (
        "The mayor shared a post.\n\n"
        '<post post-author="@harbourmayor" post-date="May 4, 2019\n\n'
        '">We open the pier on Monday. Come along!<post/>.\n\n'
        'Kell said: "The ferry is back."'
    )
    assert [(q.kind, q.text) for q in quotes_of(text)] == [("quote", "The ferry is back.")]


def test_a_quotation_ends_before_a_closing_tag_and_a_tag_alone_is_none():
    text = (
        'Fans cheered. “We want the pier back!” – @harbourfans #Ferries“<post/>.\n\n'
        'A fan wrote: “Open it now, please.<post/>.'
    )
    assert [q.text for q in quotes_of(text)] == ["We want the pier back!", "Open it now, please."]
