"""Words between a closing mark and a stray closing one (`index/quotes/marks.py`,
``_goes_on``): a quotation of their own after a new sentence, or when an attribution
follows them; none when they go on with the sentence of a nested pair or an inch sign.
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_words_going_on_after_a_nested_pair_are_no_quotation_of_their_own():
    # A curly pair nested in a curly passage: the words after its closing mark go on
    # with the sentence, and the passage's closing mark is no stray one opening them.
    text = (
        "Ann Bell, a ferry campaigner, posted: “Crowds at the pier wearing “Save Our "
        "Ferries” shirts at the meeting in Leeds… superb.”\n\n"
        "“He is a man of 5’2”. You know what they say about short captains.”"
    )
    found = [q.text for q in quotes_of(text)]
    assert "shirts at the meeting in Leeds… superb." not in found
    assert ". You know what they say about short captains." not in found
    assert "You know what they say about short captains." not in found


def test_words_after_a_closing_mark_that_open_a_sentence_or_carry_an_attribution_stay():
    text = (
        "“The crews are ready.” They have waited for months and want to sail now.” "
        "Ann Bell said so on Monday.\n\n"
        "“Dunn’s claim that a “ferry tax” pays for the pier shows that he has no clue about "
        "the harbour,” wrote Omar Lund, a boatman."
    )
    quotes = quotes_of(text)
    texts = [q.text for q in quotes]
    assert "They have waited for months and want to sail now." in texts
    tail = next(q for q in quotes if q.text.startswith("pays for the pier"))
    assert tail.speaker == "Omar Lund"
