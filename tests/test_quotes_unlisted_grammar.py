"""Names no list of given names holds, told apart by grammar (nineteenth round, names22).

Kept: a job or title, then two capitalised words, after a reporting verb ("said Vesta
deputy enforcement director Borglu Tratre", "said Economic and Fiscal Policy Minister
Drastesnok Bugal"): the words after the title are the speaker's name; an age between
commas ("Fikfer Bond, 30, of Raleigh, N.C., who ..., said") makes the name before a town
the speaker. Withdrawn after review revN (they over-fired on invented text): a job in
apposition with no article making a person ("Kroll Associates, adviser to the board,"
became a person and lost its "it said"), and a bare surname going to an unlisted
namesake met first ("Gamble said" went to Procter Gamble); their near misses stay here
as tests.

Each has near misses of the same surface shape where it must not fire: a body or place in
apposition, a relative clause ("whose husband, ..."), a name governed by a place
preposition, a person named inside a description of another ("a friend of ... director
X"), an addressee, a place or a firm after the title. Every name here is invented and
checked to be absent from the list, so the tests fail if the engine leans on it.
"""

from __future__ import annotations

import pytest
from warreader.index.quotes import name_lex

from tests.quote_support import said

UNLISTED = ("Krilmo", "Dupalbo", "Glolron", "Degler", "Borglu", "Drastesnok", "Govenzor",
            "Kerso", "Orvek", "Orlis", "Vodil", "Tralmos")


def test_the_invented_given_names_are_not_in_the_list() -> None:
    names = name_lex.first_names()
    assert [n for n in UNLISTED if n.lower() in names] == []


# The earlier speaker a wrongly resolved pronoun would go to.
RIVAL = '"We are all getting more files," said Dupalbo Fuldronil, an analyst with a research firm. '


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Widgets, owner of the Zento brand, cut its prices on Monday.",  # a body's noun
        "Kryvo Brisk, home of the steel plant, came under fire.",  # a place: no job
        "In Vesta Marrow, capital of the region, officials met.",  # a place's preposition
        "Storm Kelvo, winner of the naming poll, arrived on Monday.",  # a body's noun
        "Orvek Tandem, which employs analyst staff, said nothing.",  # a relative clause
        "The Vela Dorn, flagship of the fleet, sank on Monday.",  # a ship: no job
        "After the game at Orlo Vensk, manager Ann Roe said little.",  # a job before a name
        "Brisco Tandem, maker of the Vox phone, cut prices.",  # no noun for a person
    ],
)
def test_no_person_from_an_appositive_that_is_no_job(sentence: str) -> None:
    # The rule does not make these names people: the "he" stays where it was before it
    # (the rival, or the name the engine already took before the rule; never a new one).
    text = RIVAL + sentence + ' "It was a mistake," he said.'
    speaker = said(text)[-1][1]
    assert speaker in ("Dupalbo Fuldronil", "Acme Widgets", "Orvek Tandem", "Storm Kelvo")
    assert speaker not in ("Kryvo Brisk", "Vesta Marrow", "Vela Dorn", "Brisco Tandem")


def test_a_relative_whose_is_no_appositive_job() -> None:
    # ", whose brother, ..." must not make Orlis Vesk a man (the brother's noun).
    text = (
        '"The harvest is late," Orlis Vesk told the radio station. Orlis Vesk, whose '
        "brother, the farmer Tomas Vesk, lost his barn, gave evidence on Thursday. "
        '"We need help now," she said.'
    )
    assert said(text)[-1] == ("We need help now,", "Orlis Vesk")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Orvek failed to disclose payments. "Shareholders have an interest," said Vesta '
            "deputy enforcement director Borglu Tratre.",
            "Borglu Tratre",
        ),
        (
            '"The economy has soft patches," said Economic and Fiscal Policy Minister '
            "Drastesnok Bugal.",
            "Drastesnok Bugal",
        ),
    ],
)
def test_a_name_after_a_title_after_the_verb(text: str, speaker: str) -> None:
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," Kerso Tasmul told Vesta political editor Orvek Tandem on Monday.',
         "Kerso Tasmul"),  # the addressee after a title
        ('"It is over," said Kerso Tasmul, thanking Vesta director Orvek Tandem.',
         "Kerso Tasmul"),
        ('"It is fair," said Kerso Tasmul and Vesta director Orvek Tandem.', "Kerso Tasmul"),
        ('"He denies it," said Kerso Tasmul\'s lawyer, director Orvek Tandem.',
         "Kerso Tasmul's lawyer"),
    ],
)
def test_a_titled_name_further_on_does_not_take_another_speaker(text: str, speaker: str) -> None:
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"It is cold," said Vesta director Port Brisk.',  # a place after the title
        '"Sales rose," said Vesta chief executive Orvek Holdings.',  # a firm after it
    ],
)
def test_no_name_after_a_title_when_the_words_are_no_persons(text: str) -> None:
    assert said(text)[0][1] not in ("Brisk", "Orvek Holdings")


@pytest.mark.parametrize(
    "first",
    [
        "Voters in Vesta heard from Bill Clinton on Monday, and from Tralmos Clinton on "
        "Tuesday.",  # the listed namesake came first
        "The rally was held in Ponte Clinton on Monday. Bill Clinton spoke first.",  # a place
        "The Kelvo Clinton award went to a nurse. Bill Clinton handed it over.",  # a thing's
        "Shares in Orvek Clinton Holdings fell. Bill Clinton spoke later.",  # a firm
        "Tralmos Clinton. Bill Clinton spoke on Monday.",  # only ever opening a sentence
        "On Monday Tralmos Clinton toured a mine. Bill Clinton spoke later.",  # "Monday T. C."
    ],
)
def test_a_bare_surname_stays_with_the_person_when_the_namesake_is_none(first: str) -> None:
    assert said(first + '\n\n"We will win," Clinton said.')[-1][1] == "Bill Clinton"


# An age between commas makes a name a person's, whatever the list knows, before "of
# Town, State" and a relative clause ("Fikfer Bond, 30, of Raleigh, N.C., who ..., said").


@pytest.mark.parametrize(
    "text",
    [
        '"Both of them scare me," Fikfer Bond, 30, of Raleigh, N.C., who took part in the '
        "survey, said by telephone.",
        "The survey is out. Fikfer Bond, 30, of Raleigh, N.C., who took part in it, said: "
        '"Both of them scare me."',
    ],
)
def test_an_age_makes_the_name_before_a_town_the_speaker(text: str) -> None:
    assert said(text)[0][1] == "Fikfer Bond"


@pytest.mark.parametrize(
    "text",
    [
        '"We won," Orvek Tandem, 2004, of Raleigh, N.C., who was there, said.',  # a year
        '"We won," Acme Holdings, 30, of Raleigh, N.C., which was there, said.',  # a firm
        '"We won," Kelvo Street, 130, of Raleigh, N.C., who was there, said.',  # no age
        '"Both scare me," Fikfer Bond, of Raleigh, N.C., who was polled, said.',  # no age
    ],
)
def test_no_age_no_unlisted_speaker_before_a_town(text: str) -> None:
    assert said(text)[0][1] not in ("Orvek Tandem", "Acme Holdings", "Kelvo Street", "Fikfer Bond")
