"""The counted and quantified group readers share one walk to the plural that ends the
group (group_subjects): read through their public faces, counted_group and
quantified_group, on phrases written for this test. (This file compared them with the
two loops they replaced through the module's private names; those loops are gone.)"""

from __future__ import annotations

import pytest
from warreader.index.quotes.group_subjects import counted_group, quantified_group
from warreader.index.quotes.tokens import tokenize


def _counted(text: str, stop_before: int = 0):
    tokens = tokenize(text, [])
    found = counted_group(tokens, 0, len(tokens) - stop_before)
    return None if found is None else (found[0].text, found[0].head, found[1])


def _quantified(text: str):
    tokens = tokenize(text, [])
    found = quantified_group(tokens, 0)
    return None if found is None else (found[0].text, found[0].head, found[1])


@pytest.mark.parametrize(("text", "group"), [
    ("About 300 farmers said", ("About 300 farmers", "farmers", 3)),
    ("at least some 50 protesters", ("at least some 50 protesters", "protesters", 5)),
    ("Hundreds of pro-Sanders demonstrators marched",
     ("Hundreds of pro-Sanders demonstrators", "demonstrators", 4)),
    ("dozens of angry local young fans", ("dozens of angry local young fans", "fans", 6)),
    ("300 Farmers", ("300 Farmers", "farmers", 2)),  # a count takes a capital plural
    ("about nearly almost roughly 50 farmers", None),  # three amount words at most
    ("dozens of angry local young old fans", None),  # the plural four words on at most
    ("300 Ann's farmers", None),  # a possessive ends the walk
    ("300 Republicans", None),  # party members only after a quantifier
    ("thousands said", None),
])
def test_a_counted_group_runs_from_its_count_to_a_plural_for_people(text, group):
    assert _counted(text) == group


def test_a_counted_group_ends_before_its_stop():
    assert _counted("300 farmers") == ("300 farmers", "farmers", 2)
    assert _counted("300 farmers", stop_before=1) is None


@pytest.mark.parametrize(("text", "group"), [
    ("Some Republicans said", ("Some Republicans", "republicans", 2)),
    ("Several Tories said", ("Several Tories", "tories", 2)),
    ("two Democrats said", ("two Democrats", "democrats", 2)),
    ("many senior GOP officials said", ("many senior GOP officials", "officials", 4)),
    ("most of the voters", ("most of the voters", "voters", 4)),
    ("Many pro-Sanders young senior fans", ("Many pro-Sanders young senior fans", "fans", 5)),
    ("some farmers said", ("some farmers", "farmers", 2)),
    ("Some Farmers said", None),  # a capital plural only as a party
    ("many a b c d officials", None),  # the plural four words on at most
    ("many , officials", None),  # words alone
    ("the officials said", None),  # no quantifier opens it
])
def test_a_quantified_group_runs_from_its_quantifier_to_a_plural_or_a_party(text, group):
    assert _quantified(text) == group
