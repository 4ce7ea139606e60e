"""A country's possessive before a job ("Ukraine's foreign minister") is named by the
nationality word of a role that holds the rest of the description ("Ukrainian Foreign
Minister ..."): that person speaks (``descriptions.not_owned_by``). Near misses keep what
the engine gave before: another portfolio, another country, a visitor with no role, a
role of another job, the minister's spokesman, a body of the country, a former holder.
Every name and sentence is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ukrainian Foreign Minister Dmytro Kuleba met Polish officials in Warsaw. "
         "\"We need more shells,\" Ukraine's foreign minister said.", "Dmytro Kuleba"),
        ("Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. Ann Colley, the "
         "Ukrainian health minister, visited Lviv. \"We need more shells,\" Ukraine's health "
         "minister said.", "Ann Colley"),
    ],
)
def test_a_countrys_job_is_the_one_whose_role_names_its_nationality(text, speaker):
    assert said(text) == [("We need more shells,", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russian Defence Minister Tom Varley inspected troops on Monday. \"We need more "
         "shells,\" Ukraine's defence minister said.", "Ukraine's defence minister"),
        ("Ann Colley visited Kyiv on Monday. \"We need more shells,\" Ukraine's foreign "
         "minister told her.", "Ukraine's foreign minister"),
        ("Ukrainian opposition leader Tom Varley spoke in Kyiv. \"We need more shells,\" "
         "Ukraine's foreign minister said.", "Ukraine's foreign minister"),
        ("Ukrainian Foreign Minister Dmytro Kuleba met Ann Colley, Britain's foreign "
         "secretary. \"We need more shells,\" Britain's foreign secretary said.",
         "Britain's foreign secretary"),
        ("Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. \"We need more shells,\" "
         "Ukraine's foreign minister's spokesman said.", "foreign minister's spokesman"),
        ("Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. \"We need more shells,\" "
         "Ukraine's defence minister said.", "Ukraine's defence minister"),
        ("Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. \"We need more shells,\" "
         "Ukraine's military said.", "Ukraine's military"),
        ("Russian President Tom Varley spoke in Moscow. \"We need more shells,\" Russia's "
         "former president said.", "Russia's former president"),
    ],
)
def test_a_countrys_job_is_nobody_whose_role_does_not_hold_it(text, speaker):
    assert said(text) == [("We need more shells,", speaker)]
