"""Speakers, twenty-ninth round (issue 10; task desc29): descriptions cut or swallowed when
the mention is built.

A description whose noun is followed by "of" or "for" ("a close associate of", "the wife
of", "the chairman of") names the person it describes, not the person named after the
preposition, however that person is introduced ("former oil boss Tom Vale", "Ann Roe's
campaign in Ohio"); a lower-case plural before a job ("children's commissioner") belongs to
the job; a party's name before "member of" describes a person, not a body; short given
names ("Al") are given names. Each test failed on main a51cd7a (the round's merge) unless it
says it is a near miss that must not change. Every sentence was written for this test; the
names are invented.
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # main: 'Tom Vale' (mention 'boss Tom Vale')
            'A close associate of former oil boss Tom Vale has told the court the deal was '
            '"clean".',
            "A close associate of former oil boss Tom Vale",
        ),
        (  # main: 'Tom Vale'
            'The wife of former oil boss Tom Vale said he was "innocent".',
            "the wife of former oil boss Tom Vale",
        ),
        (  # main: 'Tom Vale'
            'The son of football club owner Tom Vale said the sale was "a mistake".',
            "the son of football club owner Tom Vale",
        ),
        (  # main: 'Tom Vale' (after the verb, with no job at all)
            '"It was clean," said the wife of Tom Vale.',
            "the wife of Tom Vale",
        ),
        (  # main: 'Tom Vale'
            '"It was clean," said a close associate of former minister Tom Vale.',
            "a close associate of former minister Tom Vale",
        ),
    ],
)
def test_a_description_of_someone_named_after_of_is_not_that_person(text, speaker):
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: the named person speaks, or a body after "for" (as on main)
        ('Former oil boss Tom Vale said the deal was "clean".', "Tom Vale"),
        ('Oil boss Tom Vale told the court the deal was "clean".', "Tom Vale"),
        ('Ann Roe, a friend of oil boss Tom Vale, said the deal was "clean".', "Ann Roe"),
        ('A rival of oil boss Tom Vale, Ann Roe, said the deal was "dirty".', "Ann Roe"),
        ('"It was clean," said a spokesman for Ofcom.', "Ofcom"),
    ],
)
def test_the_named_person_or_a_body_still_speaks(text, speaker):
    assert only_speaker(text) == speaker


def test_an_owned_object_and_a_place_after_it_keep_the_description_whole():
    # main: None (the mention cut at "Trump's"), and 'Leeds' with a relative clause
    assert only_speaker(
        "The chairman of Donald Blake's campaign in Pennsylvania said the count was "
        '"rigged".'
    ) == "the chairman of Donald Blake's campaign in Pennsylvania"
    assert only_speaker(
        "The wife of Tom Vale's lawyer in Leeds, who was in court, said the verdict was "
        '"cruel".'
    ) == "the wife of Tom Vale's lawyer in Leeds"
    # near miss: a name in apposition still speaks
    assert only_speaker(
        "The chairman of Donald Blake's campaign in Pennsylvania, Tom Vale, said the count "
        'was "rigged".'
    ) == "Tom Vale"


def test_a_plural_before_a_job_is_part_of_the_job():
    # main: "children's commissioner" (the owner and the ordinal dropped)
    assert only_speaker(
        "Wessex's first children's commissioner has said schools are \"failing\" pupils."
    ) == "Wessex's first children's commissioner"
    # near miss: an owner that is a person of its own stays a person's description
    assert only_speaker(
        "The victims' lawyer said the ruling was \"a disgrace\"."
    ) == "the victims' lawyer"


def test_a_party_member_of_a_parliament_is_a_person_named_next():
    # main: the body 'UK Independence Party member of the European Parliament'
    found = speakers(
        "A Wessex Independence Party member of the European Parliament has resigned the whip, "
        'saying the party had been "taken over by cranks".',
        "Ashley Marsh said he would sit as an independent.",
    )
    assert found == ["Ashley Marsh"]
    # near miss: a capitalised title all through stays a name; a lower-case word between
    # the party and the noun is read as before
    assert only_speaker(
        'A Green Party member of the council said the vote was "a farce".'
    ) == "A Green Party member of the council"


def test_a_short_given_name_names_the_lead_description():
    # main: the commissioner stayed unnamed ("Al" was no given name); with "Tom" it was named
    found = speakers(
        "Wessex's first children's commissioner has said detention is \"unacceptable\".",
        "Professor Al Brennard said he had met children held for a month.",
    )
    assert found == ["Al Brennard"]


def test_a_description_cut_at_its_objects_owner_before_a_participle_clause():
    # main: "the chairman of Donald Blake's" (cut at the owner, "campaign" read as its verb)
    assert only_speaker(
        "The chairman of Donald Blake's campaign in a Wessex county resigned Friday after "
        'saying in an interview that voters had "no interest in anything" but money.'
    ) == "the chairman of Donald Blake's campaign in a Wessex county"
    # main: the mention ran on through the verb ("... county resigned Friday after")
    assert only_speaker(
        "The chairman of the campaign in a Wessex county resigned Friday after saying that "
        'voters had "no interest in anything" but money.'
    ) == "the chairman of the campaign in a Wessex county"


def test_the_campaign_or_family_of_a_person_speaks_as_itself():
    # main: 'Tom Vale' (the campaign's words given to the man it belongs to)
    assert only_speaker(
        'The campaign of Tom Vale said the poll was "rigged".'
    ) == "the campaign of Tom Vale"
    assert only_speaker(
        'The family of Tom Vale, who died in May, said he was "a kind man".'
    ) == "the family of Tom Vale"
    # near misses: a capitalised office is a name's title; a person after "Speaking for"
    assert only_speaker(
        'Speaking for the campaign of Tom Vale, Ann Roe said the poll was "rigged".'
    ) == "Ann Roe"
    assert only_speaker(
        'The University of Wessex said fees were "fair".'
    ) == "University of Wessex"


def test_a_name_inside_a_description_is_still_met_for_its_surname_later():
    # tip before this rule: 'Vale' (the name inside "the wife of oil boss Tom Vale" was
    # never read on its own, so the bare surname met no one)
    found = speakers(
        'The wife of oil boss Tom Vale said he was "innocent".',
        'Vale later said the deal was "fine".',
    )
    assert found == ["the wife of oil boss Tom Vale", "Tom Vale"]
