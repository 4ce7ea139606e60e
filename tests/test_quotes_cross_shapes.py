"""Shapes that recur across the BBC sets (issue 10, cross-set round): mechanisms that
act on many sentences rather than one. Every case is text written for these tests."""

from __future__ import annotations

from tests.quote_support import said


def test_a_pronoun_that_goes_on_speaking_is_the_last_speaker_not_a_name_seen_since():
    text = (
        'Harlow Foods will recall two million jars. "We act out of caution," the firm '
        "said. The recall covers Jamboxes sold since 2003.\n\n"
        '"No injuries have been reported," it added.'
    )
    (_, first), (_, second) = said(text)
    assert second == first
    text = (
        'Winger Tom Vale has torn a hamstring. "It will take a month," he told a local '
        "radio station. The injury came in a clash with Rovers defender Sam Pike. "
        'And he added: "I felt it go at once."'
    )
    assert said(text)[1] == ("I felt it go at once.", "Tom Vale")


def test_going_on_gives_way_to_a_subject_named_after_the_speech():
    text = (
        'Ann Cole said the plan was "wrong". Tom Hale, the mayor, disagreed. '
        '"It is right," he added.'
    )
    assert said(text)[1] == ("It is right,", "Tom Hale")
    text = (
        "Weitz said he had met Pullman, who had told him the villain could "
        '"stand for any power". He added: "I will keep the story as it is."'
    )
    assert said(text)[1] == ("I will keep the story as it is.", "Weitz")


def test_a_person_with_a_job_between_commas_before_of_and_a_dash_aside_speaks():
    text = (
        "Ravi Mehta, managing director, of Dunmore Estates - a property company - "
        'told the BBC this was "a real gain."'
    )
    assert said(text) == [("a real gain.", "Ravi Mehta")]


def test_a_described_person_of_an_organisation_is_not_the_organisation():
    text = 'Talks went on late. "We are close," a senior spokesman for Ofcom said.'
    assert said(text) == [("We are close,", "a senior spokesman for Ofcom")]
    text = (
        "Ann Ruiz spoke in Ohio on Monday. The former secretary of State told the "
        'crowd: "It is reckless."'
    )
    assert said(text) == [("It is reckless.", "Ann Ruiz")]


def test_an_acronym_spelled_out_with_a_comma_in_the_name_is_the_full_name():
    text = (
        "Later, the National Board of Roads, Rails and Ports (NBRRP), which runs "
        'transport, met. The NBRRP said: "Fares will rise."'
    )
    assert said(text) == [("Fares will rise.", "National Board of Roads, Rails and Ports")]


def test_a_given_name_then_an_organisation_word_that_is_a_surname_is_a_person():
    text = (
        "The plan was agreed. Songwriter Ivy Chambers, who has worked with bands "
        "including Sam Orr, has backed the scheme. She said it would help "
        '"struggling" families.'
    )
    assert said(text) == [("struggling", "Ivy Chambers")]


def test_bandmates_agents_and_administrators_are_people_who_speak():
    assert said('A bandmate told the crowd Pike was "in the toilet".') == [
        ("in the toilet", "A bandmate")
    ]
    text = 'The novelist Ian Rusk stayed home. His agent told the paper: "He is resting."'
    assert said(text) == [("He is resting.", "Ian Rusk's agent")]


def test_a_futurologist_after_a_name_behind_a_quotation_is_that_persons_job():
    text = (
        'Viewing habits are shifting. "What happens there today, we will see here next '
        "year,\" Ann Rees, the channel's futurologist told the BBC."
    )
    assert said(text) == [
        ("What happens there today, we will see here next year,", "Ann Rees")
    ]


def test_the_object_a_verb_leads_to_a_speech_verb_speaks():
    text = 'The sketch led 40 listeners to complain it was "crude" and "cruel".'
    assert said(text) == [("crude", "40 listeners"), ("cruel", "40 listeners")]
    text = 'The ruling prompted Ann Cole to say the fee was "unfair".'
    assert said(text) == [("unfair", "Ann Cole")]


def test_a_document_titled_in_capitals_is_no_company():
    text = (
        "Harlow Foods is running adverts in six newspapers. In the adverts, entitled An "
        'Open Letter from chief executive Ann Lee, the company says critics "spread '
        'needless fear".'
    )
    assert said(text) == [("spread needless fear", "the company")]  # not "Open Letter"
