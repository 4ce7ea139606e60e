"""People whose given names the engine's list lacks (sixteenth round, names19).

Users bring war coverage and wire copy full of names no list of given names holds. The
text, not the list, must say who is a person: the subject of a sentence a "he" or "she"
then continues, a job in apposition (before the name, after it, or as the predicate of
"the director is ..."), a title after an organisation's words, a relative "who". All
names of the people here are invented and checked to be absent from the list, so the
tests would fail if the engine still leaned on it.
"""

from __future__ import annotations

import pytest
from warreader.index.quotes import name_lex

from tests.quote_support import said

UNLISTED = ("Tavo", "Quillan", "Brindle", "Ostrava")


def test_the_invented_given_names_are_not_in_the_list() -> None:
    names = name_lex.first_names()
    assert [n for n in UNLISTED if n.lower() in names] == []
    assert "mark" in names  # the distractors' given names are listed ones


@pytest.mark.parametrize("rival", ["Mark Pike", "Sarah Pike"])
def test_an_unlisted_subject_then_he_is_that_person(rival: str) -> None:
    # The rival spoke before; the unlisted name is the subject of the last sentence, the
    # apposition gives it a job, and its unknown gender fits "he" whatever the rival's.
    text = (
        f"{rival} said the tool was useful. Tavo Brindle, head of research at "
        "a consultancy, tried the product but has since removed it. "
        '"It was just not very interesting," he said.'
    )
    assert said(text)[-1] == ("It was just not very interesting,", "Tavo Brindle")


def test_an_unlisted_subject_agrees_with_she_too() -> None:
    text = (
        "Mark Pike said the tool was useful. Quillan Ostrava, head of research at a "
        'consultancy, removed it on Friday. "It was dull," she said.'
    )
    assert said(text)[-1] == ("It was dull,", "Quillan Ostrava")


def test_a_description_of_a_person_refers_to_an_unlisted_subject() -> None:
    text = (
        "Tavo Brindle has pulled out of the indoor championships with a calf strain.\n\n"
        'The double world champion said: "I am gutted to miss the trip."'
    )
    assert said(text) == [("I am gutted to miss the trip.", "Tavo Brindle")]


def test_a_job_before_the_comma_with_a_prepositional_phrase() -> None:
    # "specialist at the agency, X,": the apposition's head is the specialist, so X is a
    # person, not the agency the preposition governs.
    text = (
        '"We will look at it," said Mark Pike, a spokesman. Computer specialist at the '
        "agency, Tavo Brindle, would like to use game engines. "
        '"The screens you now see are flat," he said.'
    )
    assert said(text)[-1] == ("The screens you now see are flat,", "Tavo Brindle")


def test_an_analyst_with_a_group_is_a_person() -> None:
    text = (
        '"It is new," said Mark Pike. "Any new chip has two sides," said Tavo Brindle, '
        'an analyst with Meta Group. He said: "It has the vision of a product."'
    )
    assert said(text)[-1] == ("It has the vision of a product.", "Tavo Brindle")


def test_a_title_after_a_court_names_a_person() -> None:
    text = (
        '"It was fine," said Mark Pike, chief executive of the association. Supreme Court '
        "Justice Quillan Ostrava said the inventions had been useful. He said the software "
        'had "some quite excellent uses".'
    )
    assert said(text)[-1] == ("some quite excellent uses", "Quillan Ostrava")


def test_the_holder_of_a_job_after_is() -> None:
    text = (
        "Producer Mark Pike said the show would open in March. The musical's director is "
        "Tavo Brindle, best known for a staging of a fable. "
        '"The production will mix text and music," he said.'
    )
    assert said(text)[-1] == ("The production will mix text and music,", "Tavo Brindle")


def test_an_unlisted_name_before_a_definite_description_and_a_cue() -> None:
    text = (
        '"What happens here today, we will see in a year," Tavo Brindle, the '
        "broadcaster's futurologist told the website. Mark Pike disagreed."
    )
    assert said(text)[0] == ("What happens here today, we will see in a year,", "Tavo Brindle")


def test_a_place_opening_a_sentence_is_still_no_person() -> None:
    # The grammar that makes an unlisted subject a person does not make a place one.
    text = (
        "Mark Pike watched from the stand. West Bromwich beat the visitors on Saturday. "
        '"It was a fair result," he said.'
    )
    assert said(text) == [("It was a fair result,", "Mark Pike")]


def test_a_reflexive_gives_an_unlisted_subject_its_gender() -> None:
    # "herself" is bound by its clause's subject: the unlisted name is a woman's, so the
    # later "he" is the man named before, and "she" is hers.
    text = (
        "Mark Pike said the tool was useful. Quillan Ostrava defended herself on Monday. "
        '"It was dull," he said. "It was fine," she said.'
    )
    assert said(text) == [("It was dull,", "Mark Pike"), ("It was fine,", "Quillan Ostrava")]


def test_a_reflexive_after_a_clause_word_binds_nobody() -> None:
    # "told the girl to behave herself": "herself" is in the clause after "to", not the
    # name's, so nothing is learnt of the unlisted name's gender, which still fits "he".
    text = (
        "Sarah Pike said the tool was useful. Quillan Ostrava told the girl to behave "
        'herself on Monday. "It was fine," he said.'
    )
    assert said(text) == [("It was fine,", "Quillan Ostrava")]


def test_an_open_role_of_two_coordinated_jobs_after_an_unlisted_name() -> None:
    # "X, council president and conservative activist said:": the role's closing comma is
    # missing and two jobs are joined by "and"; X opens the sentence, so X speaks.
    text = (
        "The report came out on Monday. Tavo Brindle, council president and conservative "
        'activist said: "The channel sells trouble to children."'
    )
    assert said(text) == [("The channel sells trouble to children.", "Tavo Brindle")]


_BEFORE_AN_UNLISTED_PLACE = [
    ("Olena Zelenska visited Kherson on Monday.", "Kherson Oblast was shelled that night."),
    ("Joe Biden met his advisers.", "Tel Aviv has rejected the plan."),
    ("Joe Biden met his advisers.", "Capitol Hill was quiet on Monday."),
    ("Joe Biden met his advisers.", "Ramstein Air Base hosted the talks."),
    ("Emma Stone has been nominated.", "Poor Things won four awards."),
    ("The mayor, Mark Hale, toured the city.", "Kryvyi Rih was shelled overnight."),
]


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (*_BEFORE_AN_UNLISTED_PLACE[0], "Olena Zelenska"),
        (*_BEFORE_AN_UNLISTED_PLACE[1], "Joe Biden"),
        (*_BEFORE_AN_UNLISTED_PLACE[2], "Joe Biden"),
        (*_BEFORE_AN_UNLISTED_PLACE[3], "Joe Biden"),
        (*_BEFORE_AN_UNLISTED_PLACE[4], "Emma Stone"),
        (*_BEFORE_AN_UNLISTED_PLACE[5], "Mark Hale"),
    ],
)
def test_a_listed_person_before_outranks_an_unlisted_name_of_no_known_job(
    first: str, second: str, speaker: str
) -> None:
    # Review finding 1: a bare unlisted subject (a place, a work) in the latest sentence
    # no longer ends the search; the person named earlier in the paragraph speaks.
    pronoun = "she" if speaker in ("Olena Zelenska", "Emma Stone") else "he"
    text = f'{first} {second} "We are not afraid," {pronoun} said.'
    assert said(text) == [("We are not afraid,", speaker)]


def test_that_opening_a_clause_does_not_make_the_name_a_thing() -> None:
    # Review finding 11: "confirmed that Tavo Brindle" is a clause's subject, not a
    # determiner's thing; the reflexive makes it a man's name, who then speaks.
    text = (
        "Mark Pike met voters on Monday. Officials confirmed that Tavo Brindle would "
        'defend himself. "I am done," he said.'
    )
    assert said(text) == [("I am done,", "Tavo Brindle")]


def test_the_director_is_an_unlisted_name_then_she() -> None:
    # Review finding 13: "the musical's director is X" makes X a person even when X is
    # only glanced at, so "she" finds her.
    text = 'The musical\'s director is Tavo Brindle. "It is bold," she said.'
    assert said(text) == [("It is bold,", "Tavo Brindle")]


@pytest.mark.parametrize(
    "place", ["Kryvyi Rih", "Nova Kakhovka", "Velyka Novosilka", "Kherson Oblast", "Love Island"]
)
def test_a_name_shaped_like_a_place_is_no_he_or_she(place: str) -> None:
    # Review finding 12: a place's first or last word ("Nova", "Oblast") makes the name
    # no person's, so a lone such subject is not the "he" of the quotation that follows.
    text = f'{place} came under heavy shelling overnight. "We heard explosions," he said.'
    assert said(text) == [("We heard explosions,", None)]


def test_a_person_shaped_lone_subject_still_speaks() -> None:
    text = 'Tavo Brindle came under heavy fire overnight. "We heard explosions," he said.'
    assert said(text) == [("We heard explosions,", "Tavo Brindle")]
