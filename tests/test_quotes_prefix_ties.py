"""``tied_affiliations.PrefixTies``: the ties of a person in a paragraph cut at any
offset, the paragraph read once, are those ``person_ties`` reads in the cut text (ties
written right after a name that the cut splits, a surname ending at the cut)."""

from __future__ import annotations

import re

from warreader.index.quotes.affiliated_descriptions import TieReader
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tied_affiliations import PrefixTies, person_ties

TEXT = (
    "Texas Republican Tom Hale met Ann Roe, a Democrat from Ohio, on Monday. Hale, a "
    "Republican from Texas, spoke first. Rep. Ann Roe (D-Ohio) answered him. Later Roe, "
    "the Democratic nominee, and Hale, R-Texas, met Sen. Ben Hale of Vermont. Roe is a "
    "Democrat. The Vermont Democrat left early, and Ms Roe stayed with Hale"
)


def test_prefix_ties_are_the_ties_of_the_cut_text():
    for name in ("Tom Hale", "Ann Roe", "Ben Hale", "Ed Li"):
        prefix = PrefixTies(name, TEXT)
        cuts = [k for k in range(len(TEXT) + 1) if person_ties(name, [TEXT[:k]])]
        assert cuts or name == "Ed Li"  # the text ties each named person at some cut
        for k in range(len(TEXT) + 1):
            assert prefix.upto(k) == person_ties(name, [TEXT[:k]]), (name, k)


def test_named_at_a_cut_is_a_search_of_the_cut_text():
    reader = TieReader([Para(TEXT, [], [], [], [], [], {})])
    for name in ("Tom Hale", "Ann Roe", "Ed Li", "Tom Hal"):  # "Hal": "Hale" cut after l
        pattern = re.compile(rf"\b{re.escape(name.rsplit(' ', 1)[-1])}\b")
        found = [reader.named(name, 0, k) for k in range(len(TEXT) + 1)]
        assert found == [pattern.search(TEXT[:k]) is not None for k in range(len(TEXT) + 1)]
        assert any(found) == (name != "Ed Li")
