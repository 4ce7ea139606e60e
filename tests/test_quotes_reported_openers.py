"""A common noun opening a clause that a pronoun reports ("Growth would slow next year,
it said") is no antecedent of a later "it" or "they" either
(``reported_openers.skipping_openers``): "The central bank published its forecast.
Growth would slow, it said. "...," it added" is not Growth's, and with no body named the
quotation is left without a speaker rather than given to the noun. Near misses keep
what the engine gave before: a body that opens its own reported clause (Ryanair, alone or
having spoken), a name of two words, a clause "he" reports, a verb that is no cue ("it
seems"), a quotation's own words, a body named before the noun. Every name and sentence
is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "The central bank published its forecast on Thursday.\n\nGrowth would slow to "
            '1% next year, it said.\n\n"The risks are to the downside," it added.',
            "The risks are to the downside,",
        ),
        (
            'The unions met on Monday. Wages fell last year, they said. "We will strike," '
            "they added.",
            "We will strike,",
        ),
        (
            'The ministry spoke. Exports rose, it said. "Trade is strong," it added.',
            "Trade is strong,",
        ),
        (  # a surname opening the reported clause is no "it" either
            'Varley will stay at the club, it said.\n\n"He is our captain," it added.',
            "He is our captain,",
        ),
    ],
)
def test_the_opener_of_a_reported_clause_is_no_later_it(text: str, quoted: str) -> None:
    assert (quoted, None) in said(text)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            'Ryanair expects fares to fall next year, it said. "We will keep cutting '
            'prices," it added.',
            "We will keep cutting prices,", "Ryanair",
        ),
        (
            'Ryanair expects fares to fall next year, it said.\n\n"We will keep cutting '
            'prices," it added.',
            "We will keep cutting prices,", "Ryanair",
        ),
        (
            "Ryanair said fares would fall. Profits rose 5% in the year, it said. "
            '"We will keep cutting prices," it added.',
            "We will keep cutting prices,", "Ryanair",
        ),
        (
            "Tesco said sales rose at Christmas.\n\nTesco expects more growth next year, "
            'it said.\n\n"We are confident," it added.',
            "We are confident,", "Tesco",
        ),
        (
            "Corvel Foods published its results on Tuesday.\n\nGrowth would slow next "
            'year, it said.\n\n"The risks are to the downside," it added.',
            "The risks are to the downside,", "Corvel Foods",
        ),
        (
            'Corvel Foods published its results on Tuesday. "Growth will slow next year," '
            'it said. "The risks are to the downside," it added.',
            "The risks are to the downside,", "Corvel Foods",
        ),
        (
            "Shares in Corvel Foods rose on Tuesday after the grocer reported strong "
            'trading.\n\nSales rose 5% in the quarter, it said. "We are pleased with the '
            'progress," it added.',
            "We are pleased with the progress,", "Corvel Foods",
        ),
        (
            "Tom Varley, the chief executive of Corvel Foods, was upbeat on Tuesday.\n\n"
            'Profits fell in the quarter, he said. "We are pleased with the progress," he '
            "added.",
            "We are pleased with the progress,", "Tom Varley",
        ),
        (
            "The nurses marched on Monday. Wages had fallen, they said. \"We will strike,\" "
            "said Ann Kell, their leader.",
            "We will strike,", "Ann Kell",
        ),
    ],
)
def test_near_misses_keep_their_speaker(text: str, quoted: str, speaker: str) -> None:
    assert (quoted, speaker) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        'Kestrel Air expects fares to fall next year, it said. "We will keep cutting '
        'prices," it added.',
        "Corvel Foods published its results on Tuesday. Sales fell, he said.\n\n"
        '"We are disappointed," it said.',
        "Sales fell sharply, it said.\n\nNestor Group, the other bidder, published its own "
        'results.\n\n"We are disappointed," it said.',
    ],
)
def test_near_misses_stay_unresolved(text: str) -> None:
    assert all(speaker is None for _, speaker in said(text))
