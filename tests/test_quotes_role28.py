"""Speakers, twenty-eighth round (issue 10; task role28): role descriptions.

A candidate's role says nothing of the office the candidate holds: when the search for
"the Virginia senator" passes over "Democratic vice presidential nominee Tim Kaine"
(his role names another job) and lands on a person of no known role, the one candidate
in reach whose candidacy names another race is meant (``candidacies``); a candidacy for
that office ("presidential nominee" for "the president"), a bare "nominee", or a person
whose role gives the office keeps the search's answer. A description opening a sentence
("The governor, a former mayor, has focused ...") is its person's subject sighting even
after an apposition, and a person whose role names another office seen in between
("Cooper, the attorney general, said") no longer hides its sole holder
(``noun_holders``, ``described_sightings``). Every sentence was written for this test;
the names are invented.
"""

from __future__ import annotations

from tests.quote_support import said

_KAINE = (
    "Democratic vice presidential nominee Tom Kale said on Sunday that Ed Rumble should "
    'release his tax returns. "It is time," Kale said.\n\n'
    "Mark Spence, the Indiana governor, will face Kale on Tuesday.\n\n"
    'The Virginia senator said he expected the Indiana governor to be "disciplined."'
)


def test_candidate_for_another_race_is_the_senator():
    # main before: "disciplined." -> Ed Rumble, a person of no role.
    assert dict(said(_KAINE))["disciplined."] == "Tom Kale"


def test_candidate_for_that_office_is_not_the_president():
    text = (
        "Republican presidential nominee Ed Rumble attacked Barry Oban on Monday.\n\n"
        '"He has failed," Rumble said.\n\n'
        'The president said the attacks were "beneath the office."'
    )
    assert dict(said(text))["beneath the office."] == "Barry Oban"


def test_titled_holder_outranks_a_candidate():
    text = (
        "Democratic presidential nominee Ann Pike campaigned with Sen. Tom Hale in Ohio.\n\n"
        '"We will win," Pike said.\n\n'
        'The senator said the race was "far from over."'
    )
    assert dict(said(text))["far from over."] == "Tom Hale"


def test_bare_nominee_keeps_the_search():
    text = (
        "Democratic gubernatorial nominee Ed Vale met Tom Hale.\n\n"
        '"We will win," Vale said.\n\n'
        'The governor said the state was "ready for change."'
    )
    assert dict(said(text))["ready for change."] != "Ed Vale"


_GOVERNOR = (
    'Roy Cooke, the attorney general, is challenging Gov. Pat McCrane this fall. "We need '
    'a change," Cooke said.\n\n'
)


def test_he_after_a_described_subject_with_apposition():
    # main before: -> Roy Cooke, the last person named.
    text = _GOVERNOR + (
        "The governor, a former mayor of Charlotte, has focused on the economy. "
        '"We have cut taxes," he said.'
    )
    assert dict(said(text))["We have cut taxes,"] == "Pat McCrane"


def test_he_after_a_described_subject_without_apposition():
    # main before: -> Roy Cooke.
    text = _GOVERNOR + 'The governor has focused on the economy. "We have cut taxes," he said.'
    assert dict(said(text))["We have cut taxes,"] == "Pat McCrane"


def test_person_named_after_the_described_subject_keeps_he():
    text = _GOVERNOR + (
        "The governor, a former mayor of Charlotte, has focused on the economy. Tom Hale, "
        'his aide, agreed. "We have cut taxes," he said.'
    )
    assert dict(said(text))["We have cut taxes,"] == "Tom Hale"


def test_she_skips_a_governor_of_the_other_sex():
    text = (
        'Ann Pike, the attorney general, is challenging Gov. Mark Vale this fall. "We need '
        'a change," Pike said.\n\n'
        "The governor, a former mayor of Charlotte, has focused on the economy. "
        '"We have cut taxes," she said.'
    )
    assert dict(said(text))["We have cut taxes,"] == "Ann Pike"


def test_body_subject_is_no_description_of_the_governor():
    text = _GOVERNOR + (
        "The state legislature, a Republican body, has backed the governor. "
        '"We have cut taxes," he said.'
    )
    assert dict(said(text))["We have cut taxes,"] != "Pat McCrane"


def test_holder_two_paragraphs_back_past_a_person_of_another_office():
    # main before: -> Roy Cooke, the attorney general between the governor and "he".
    text = (
        "Gov. Pat McCrane and Attorney General Roy Cooke are locked in a tie.\n\n"
        "Mr. Cooke, a Democrat, has made the law the centre of his campaign. He told "
        'supporters the law had "made us a laughingstock."\n\n'
        'The governor, a former mayor, has focused on the economy. "We have cut taxes," '
        "he said."
    )
    assert dict(said(text))["We have cut taxes,"] == "Pat McCrane"



def test_described_subject_never_skips_a_sentence_naming_a_holder():
    # role28 before this mend: "We cut taxes 2," -> Pat Birch, the governor of the
    # paragraph before, past "Gov. Pat Dunn" in the sentence before the description.
    text = (
        "Roy Alder, the attorney general, is challenging Gov. Pat Birch. The governor, a "
        'former mayor, has focused on jobs. "We cut taxes 1," he said.\n\n'
        "Roy Cedar, the attorney general, is challenging Gov. Pat Dunn. The governor, a "
        'former mayor, has focused on jobs. "We cut taxes 2," he said.'
    )
    found = dict(said(text))
    assert found["We cut taxes 1,"] == "Pat Birch"
    assert found["We cut taxes 2,"] != "Pat Birch"
