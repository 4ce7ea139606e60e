"""Speakers, twenty-second round (issue 10; tasks xfer25, mendX25): bodies, clubs, brands
and places whose last word an article writes alone are nobody's name. xfer25 registered
any two-word name shaped like a person's whose surname recurs alone
(``unlisted.named_again``, "For Aigerim Sultanova, who won ..." then "says Sultanova");
review revX25 showed it took firms, clubs and bands ("<Firm> ... <Surname-word> said it
...") as people a later "he"/"she" then reached, 13 right speakers made wrong, so mendX25
withdrew it. These near misses keep the quotation with the person just named. Every
sentence was written for this test; the names are invented.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

FAR = "The ceremony was long. The hall was full. The lights were hot. The speeches ran late.\n\n"


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
    ("opening", "after", "speaker"),
    [
        pytest.param("Harlow Dynamics cut four hundred jobs at its plant on Friday.",
                     "\"The cuts were expected,\" said Mark Ellery, a union official. Dynamics "
                     "said it would hire again next year. \"Nobody believes that,\" he said.",
                     "Mark Ellery", id="firm-said-it"),
        pytest.param("Quarry Rovers lost their third match in a row on Saturday.",
                     "\"The squad is tired,\" said Jane Orme, a pundit. Rovers said a new coach "
                     "would start soon. \"It cannot come fast enough,\" she said.",
                     "Jane Orme", id="club-said"),
    ],
)
def test_a_body_written_alone_leaves_he_and_she_with_the_person(opening, after, speaker):
    text = opening + "\n\n" + FAR + after
    assert [s for _, s in said(text)] == [speaker, speaker]
