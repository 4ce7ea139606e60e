"""An unnamed source's own words say its country ("a US official"): a later description
naming another country ("the Russian official") never means it. Issue 10, twentieth round
(found by review on invented text). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

FIRST = '"We are watching closely," said a US official.'


def test_another_countrys_official_is_not_the_unnamed_source():
    text = f'{FIRST} "There is no threat," the Russian official said.'
    assert said(text) == [
        ("We are watching closely,", "a US official"),
        ("There is no threat,", "the Russian official"),
    ]
    text = (
        'A US official said: "We are watching closely."\n\n'
        'Moscow denied it. "There is no threat," the Russian official said.'
    )
    assert said(text)[1] == ("There is no threat,", "the Russian official")
    text = '"Talks are stuck," a French diplomat said.\n\n"We disagree," the German diplomat said.'
    assert said(text)[1] == ("We disagree,", "the German diplomat")


def test_near_misses_keep_the_unnamed_source():
    for later in ("the official", "the American official", "the US official"):
        text = f'{FIRST} "There is no threat," {later} said.'
        assert said(text)[1] == ("There is no threat,", "a US official"), later
    text = (
        '"We are watching closely," said a Russian official. '
        '"There is no threat," the Russian official added.'
    )
    assert said(text)[1] == ("There is no threat,", "a Russian official")
    text = '"The deal is close," a UK minister said. "We are hopeful," the British minister added.'
    assert said(text)[1] == ("We are hopeful,", "a UK minister")
    text = '"We hold the line," a Ukrainian soldier said. "It is hard," the soldier added.'
    assert said(text)[1] == ("It is hard,", "a Ukrainian soldier")
    assert said(f'{FIRST} "There is no threat," he added.')[1] == (
        "There is no threat,", "a US official"
    )
    # A named person with a country in the role, as before.
    text = (
        "Sergei Lavrov, Russia's foreign minister, spoke on Monday. "
        '"There is no threat," the Russian minister said.'
    )
    assert said(text) == [("There is no threat,", "Sergei Lavrov")]
