"""A description's country is told from a role's by whole words of a table
(``countries.countries_named``), never by the first letters: Austria's minister is no
Australian one, Niger's no Nigerian, Sudan's no South Sudanese, North Korea's no South
Korean (``countries.other_country``). Near misses keep what the engine gave before: the
same country by its name, its nationality or "of" it, an American by "US", a role of two
countries, a role with no qualifier for a description with one. Every name and sentence
is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_SPEAKS = "\n\n\"We stand with you,\" {description} said."


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("Australian Foreign Minister Penny Wang toured the port of Odesa.",
         "Austria's foreign minister"),
        ("Australian Foreign Minister Penny Wang toured the port of Odesa.",
         "the Austrian foreign minister"),
        ("Nigerian Foreign Minister Ade Okoro flew to Paris for the summit.",
         "Niger's foreign minister"),
        ("South Sudanese Foreign Minister Deng Mayen flew to Cairo for talks.",
         "Sudan's foreign minister"),
        ("South Korean Foreign Minister Park Min-jun arrived in Tokyo on Monday.",
         "North Korea's foreign minister"),
    ],
)
def test_a_country_whose_name_begins_alike_is_another(opening, description):
    text = opening + _SPEAKS.format(description=description)
    assert said(text) == [("We stand with you,", description)]


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Austrian Foreign Minister Karl Huber toured the port of Odesa.",
         "Austria's foreign minister", "Karl Huber"),
        ("Australian Foreign Minister Penny Wang toured the port of Odesa.",
         "Australia's foreign minister", "Penny Wang"),
        ("Nigerian Foreign Minister Ade Okoro flew to Paris for the summit.",
         "Nigeria's foreign minister", "Ade Okoro"),
        ("South Sudanese Foreign Minister Deng Mayen flew to Cairo for talks.",
         "South Sudan's foreign minister", "Deng Mayen"),
        ("South Korean Foreign Minister Park Min-jun arrived in Tokyo on Monday.",
         "South Korea's foreign minister", "Park Min-jun"),
        ("Korean Foreign Minister Park Min-jun arrived in Tokyo on Monday.",
         "South Korea's foreign minister", "Park Min-jun"),
        ("Ukrainian Foreign Minister Oleh Marchuk met officials in Rome.",
         "Ukraine's foreign minister", "Oleh Marchuk"),
        ("Oleh Marchuk, a Ukrainian-born British minister, met officials in Rome.",
         "the British minister", "Oleh Marchuk"),
        ("US Ambassador Ruth Okafor met officials in Rome.", "the American ambassador",
         "Ruth Okafor"),
        ("Ruth Okafor, who joined us last year, is the US ambassador to Rome.",
         "the US ambassador", "Ruth Okafor"),
        ("Georgian President Nino Beridze met officials in Tbilisi.", "Georgia's president",
         "Nino Beridze"),
    ],
)
def test_the_same_country_in_other_words_is_no_other(opening, description, speaker):
    text = opening + _SPEAKS.format(description=description)
    assert said(text) == [("We stand with you,", speaker)]
