"""A number with thousands separators ("12,500", "2,000,000") is one word, so its comma
closes no aside: "The federation, which speaks for 12,500 dockers, said ..." keeps its
subject, as "... for 900 dockers" did (review revU24 #4). Near misses: a list of numbers
("3, 4 and 5") and a year before a comma still cut where they did. Sentences written for
this test."""

from __future__ import annotations

import pytest
from warreader.index.quotes.tokens import tokenize

from tests.quote_support import said

SEPARATED = [
    ('The federation, which speaks for 12,500 dockers, said the offer was "derisory".',
     "the federation"),
    ('Unison, which lost 1,500 members in a year, called the offer "derisory".', "Unison"),
    ('The federation, which has 2,000,000 members, said the offer was "derisory".',
     "the federation"),
    ('The federation, which has 3.5 million members, said the offer was "derisory".',
     "the federation"),
]


@pytest.mark.parametrize(("text", "speaker"), SEPARATED)
def test_a_separated_number_in_an_aside_keeps_the_speaker(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


NEAR_MISSES = [
    ('The federation, which met on 3, 4 and 5 May, said the offer was "derisory".', None),
    ('In 2019, 14,000 dockers walked out and the federation said the offer was "derisory".',
     "the federation"),
]


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES)
def test_lists_and_years_cut_as_before(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


def test_the_tokens_of_numbers():
    words = [t.text for t in tokenize("In 2019, 14,000 and 2,000,000 or 3.5 but 3, 4 or 1,50.", [])]
    assert words == [
        "In", "2019", ",", "14,000", "and", "2,000,000", "or", "3.5", "but", "3", ",", "4",
        "or", "1", ",", "50", ".",
    ]
