"""Single marks that stand for letters left out (`index/quotes/marks.py`, ``_ELISION``):
"how 'bout", "beat 'em", "rock 'n' roll" are apostrophes, never quotation marks, so they
neither open a quotation nor swallow the one after them. Every case is text written for
this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_an_elided_word_opens_no_quotation_and_hides_none():
    text = (
        "And how ‘bout this headline from the Courier, which hits them where they live: "
        "“Ferry fares rise, crews’ pay falls.” The town is ours."
    )
    assert [q.text for q in quotes_of(text)] == ["Ferry fares rise, crews’ pay falls."]


def test_rock_n_roll_and_em_are_no_terms():
    text = (
        "Fans of rock 'n' roll packed the pier for the show.\n\n"
        "Those who like shoot 'em ups will find the new game 'superb', Ann Kell said."
    )
    assert [(q.text, q.kind) for q in quotes_of(text)] == [("superb", "quote")]


def test_a_quoted_word_that_looks_like_an_elision_is_still_quoted():
    text = "The crews call the old pier 'em' for short, Ann Kell said."
    assert [q.text for q in quotes_of(text)] == ["em"]
