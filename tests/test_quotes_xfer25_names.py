"""Speakers, twenty-second round (issue 10; task xfer25): a person's full name is known
by its shape and its second mention, not by the list of given names. Before reading, the
attributor registers the full names of paragraphs far from any quotation only when the
list knows the given name (or a title stands before it); "For Aigerim Sultanova, who won
..." then "says Sultanova" left a speaker "Sultanova", a one-word name of no known kind
that a later "she" could not reach. A two-word name shaped like a person's whose surname
the article writes alone is registered too (``unlisted.named_again``). Near misses:
bodies and places whose last word is written alone ("Aston Villa" ... "Villa", "Goldman
Sachs" ... "Sachs", "Capitol Hill" ... "Hill"), "The Bat", "Chennai-based Tata". Every
sentence was written for this test; the names are invented.
"""

from __future__ import annotations

import pytest
from warreader.index.quotes.unlisted import named_again

from tests.quote_support import said

FAR = "The ceremony was long. The hall was full. The lights were hot. The speeches ran late.\n\n"


def test_an_unlisted_full_name_far_back_names_its_surname_and_her():
    text = (
        "Three of the nominees were British. For Aigerim Sultanova, who won the category, "
        "the month was a whirl.\n\n" + FAR + "The winners met in Beverly Hills afterwards. "
        "\"I felt so privileged,\" says Sultanova.\n\nSet in her home town, the film tells "
        "the story of a young mother. \"I start with an image,\" she explains."
    )
    assert [s for _, s in said(text)] == ["Aigerim Sultanova", "Aigerim Sultanova"]


@pytest.mark.parametrize(
    ("opening", "after", "speaker"),
    [
        pytest.param("Aston Villa beat Leeds on Saturday at a packed ground.",
                     "Villa scored late. Villa's manager Tom Hale was pleased. "
                     "\"We were lucky,\" he said.", "Tom Hale", id="club"),
        pytest.param("Goldman Sachs raised its forecast on Monday in a note.",
                     "Analysts at Sachs expect growth to slow. The economist Ruth Adler "
                     "disagreed. \"Growth will hold up,\" she said.", "Ruth Adler", id="bank"),
        pytest.param("Protesters gathered at Capitol Hill on Monday morning.",
                     "Hill staff were sent home. The senator Ruth Adler spoke to reporters. "
                     "\"They have every right to be here,\" she said.", "Ruth Adler",
                     id="place"),
        pytest.param("Visual Radio launched a new handset on Monday in London.",
                     "Radio sales have fallen. Tom Hale, an analyst, was doubtful. \"It is "
                     "too expensive,\" he said.", "Tom Hale", id="brand"),
    ],
)
def test_bodies_and_places_named_again_stay_no_one(opening, after, speaker):
    text = opening + "\n\n" + FAR + after
    assert [s for _, s in said(text)] == [speaker]


@pytest.mark.parametrize(
    ("run", "texts", "expected"),
    [
        ("Aigerim Sultanova", ["For Aigerim Sultanova, who won.", "says Sultanova."], True),
        ("Aigerim Sultanova", ["For Aigerim Sultanova, who won.", "Sultanova's film."], True),
        ("Aigerim Sultanova", ["For Aigerim Sultanova, who won it."], False),
        ("Aigerim Sultanova", ["Aigerim Sultanova won.", "The Sultanova Group said."], False),
        ("Chennai-based Tata", ["Chennai-based Tata", "but Tata is running"], False),
        ("The Bat", ["The Bat", "Bat told the BBC"], False),
        ("Nova Kakhovka", ["Nova Kakhovka was hit.", "Kakhovka burned."], False),
        ("British American Tobacco", ["British American Tobacco", "Tobacco sales"], False),
    ],
)
def test_named_again(run, texts, expected):
    assert named_again(run, texts) is expected
