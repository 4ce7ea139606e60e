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


def test_a_country_word_joined_or_of_a_subject_is_no_nationality():
    """Revised after review (revK finding 1): "the Polish-born official", "the
    Ukrainian-speaking diplomat", "the Russia specialist" describe the unnamed source
    again; only a plain word of nationality clashes."""
    cases = [
        ('"Supplies will arrive on Friday," a British official said.',
         '"The convoy is ready," the Polish-born official added.', "a British official"),
        ('"We expect talks soon," an American diplomat said.',
         '"Nothing is signed yet," the Ukrainian-speaking diplomat added.', "an American diplomat"),
        ('"Sanctions will bite," a US official said.',
         '"Their economy is weaker than it looks," the Russia specialist added.', "a US official"),
        ('"The talks went well," a German official said.',
         '"We will meet again in May," the Russia-based official added.', "a German official"),
    ]
    for first, second, speaker in cases:
        assert [s for _, s in said(f"{first} {second}")] == [speaker, speaker], second


def test_plain_nationality_words_still_clash():
    """Near misses of the narrowing: the other country is named as a nationality."""
    pairs = [
        ('"We are ready," a US official said.', "the Russian official"),
        ('"We are ready," a Russian-born US official said.', "the Russian official"),
        ('"We are ready," a US official in Russia said.', "the Russian official"),
        ('"Aid is coming," a US envoy to Ukraine said.', "the Ukrainian envoy"),
        ('"We are ready," an official of Russia said.', "the US official"),
        ('"We are ready," a US official said.', "the Russian-speaking Ukrainian official"),
        ('"We are ready," a US official said.', "the American-born Russian official"),
        ('"The border is open," a UK minister said.', "the French minister"),
    ]
    for first, later in pairs:
        text = f'{first} "Nobody is ready," {later} said.'
        assert said(text)[1] == ("Nobody is ready,", later), later
    text = (
        "Anna Berg, a Russian-born US official, spoke on Monday. "
        '"We are ready," Ms Berg said. "Nobody is ready," the Russian official said.'
    )  # no person named "US" either
    assert said(text)[1] == ("Nobody is ready,", "the Russian official")
    text = (
        "Tom Hale, the US envoy to Ukraine, arrived on Monday. "
        '"Aid is coming," Mr Hale said. "It is late," the Ukrainian envoy said.'
    )
    assert said(text)[1] == ("It is late,", "the Ukrainian envoy")
    text = (
        '"We are watching," a US official said. Ivan Petrov, a Russian official, '
        'disagreed. "There is no threat," the Russian-born official said.'
    )
    assert said(text)[1] == ("There is no threat,", "Ivan Petrov")
