"""The search bar's completion: fields, kinds and speaker names, never inside a phrase."""

from __future__ import annotations

import pytest
from warreader.tui.widgets.query_suggester import QuerySuggester


@pytest.fixture
def suggester():
    return QuerySuggester(["Dmitry Peskov", "Antony Blinken"])


@pytest.mark.parametrize(("typed", "suggested"), [
    ("spe", "speaker:"),
    ("oil ti", "oil title:"),
    ("kind:q", "kind:quote"),
    ("speaker:pes", "speaker:peskov"),
    ("nato speaker:bli", "nato speaker:blinken"),
])
async def test_completes_fields_kinds_and_speakers(suggester, typed, suggested):
    assert await suggester.get_suggestion(typed) == suggested


@pytest.mark.parametrize("typed", [
    '"world c',  # inside a phrase the word is a word ("cup"), never "cue:"
    '"world cu',
    'nato "false fl',
    "oil c",  # one letter is too little to offer a field
    "",
    "oil ",
])
async def test_no_suggestion_inside_a_phrase_or_from_one_letter(suggester, typed):
    assert await suggester.get_suggestion(typed) is None


async def test_after_a_closed_phrase_fields_are_offered_again(suggester):
    assert await suggester.get_suggestion('"world cup" spe') == '"world cup" speaker:'
