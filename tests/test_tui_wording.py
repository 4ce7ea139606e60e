"""Counts on screen read the same everywhere, large ones with thousands separated."""

from warreader.tui.wording import plural, quotes_and_terms


def test_counts_are_singular_for_one_and_plural_otherwise():
    assert plural(1, "quote") == "1 quote"
    assert plural(0, "quote") == "0 quotes"
    assert plural(2, "match", "matches") == "2 matches"


def test_large_counts_have_thousands_separated():
    assert plural(100_000, "article") == "100,000 articles"
    assert quotes_and_terms(401_099, 1_200) == "401,099 quotes · 1,200 terms"
    assert quotes_and_terms(999) == "999 quotes"
