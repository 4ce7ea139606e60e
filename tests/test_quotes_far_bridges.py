"""Wire-style paragraphs, one sentence each (issue 10, eighteenth round, branch para21):
a paragraph of quotation alone goes on with the speaker named three to seven
paragraphs back when the narration between puts no new person forward as its subject
(things, bodies that never spoke, what is the speaker's own) and gives nobody a speech
verb. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

OPENING = '"We will keep the plant open," Dr Dora Vance told the Valley Post.\n\n'
CLOSING = '"We have never had a leak in twenty years."'


def _last(*narration: str) -> tuple[str, str | None]:
    return said(OPENING + "".join(n + "\n\n" for n in narration) + CLOSING)[-1]


def test_a_speaker_five_paragraphs_back_carries_over_things_and_a_silent_body():
    assert _last(
        "The plant, owned by Brightwater, opened in 1998 on the edge of the marsh.",
        "Brightwater runs two more plants on the coast.",
        "Vance's team checks the tanks every week.",
        "The tanks hold four million litres between them.",
    ) == (CLOSING.strip('"'), "Dora Vance")


def test_a_new_person_as_subject_ends_the_carry():
    assert _last(
        "The plant opened in 1998 on the edge of the marsh.",
        "Brightwater runs two more plants on the coast.",
        "Nell Foy has inspected the tanks since 2010.",
        "The tanks hold four million litres between them.",
    ) == (CLOSING.strip('"'), None)


def test_a_speech_verb_between_ends_the_carry():
    assert _last(
        "The plant opened in 1998 on the edge of the marsh.",
        "Brightwater runs two more plants on the coast.",
        "Inspectors said the tanks were sound.",
        "The tanks hold four million litres between them.",
    ) == (CLOSING.strip('"'), None)


def test_a_body_that_spoke_as_subject_ends_the_carry():
    text = (
        "Brightwater said on Monday it would invest in the coast.\n\n"
        + OPENING
        + "The plant opened in 1998 on the edge of the marsh.\n\n"
        "Brightwater runs two more plants on the coast.\n\n"
        "The tanks hold four million litres between them.\n\n" + CLOSING
    )
    assert said(text)[-1] == (CLOSING.strip('"'), None)


def test_narration_longer_than_six_sentences_ends_the_carry():
    assert _last(
        "The plant opened in 1998 on the edge of the marsh.",
        "The marsh floods most winters.",
        "The road to it was rebuilt in 2004.",
        "The tanks hold four million litres between them.",
        "The pumps date from 1998.",
        "The fence was raised last spring.",
        "The gate is locked at night.",
    ) == (CLOSING.strip('"'), None)


def test_the_speakers_own_reported_speech_between_keeps_the_carry():
    assert _last(
        "The plant opened in 1998 on the edge of the marsh.",
        "The plant is safe, argues Dr Vance.",
        "The tanks hold four million litres between them.",
    ) == (CLOSING.strip('"'), "Dora Vance")


def test_a_new_person_opening_a_sentence_with_a_relative_clause_ends_the_carry():
    assert _last(
        "The plant opened in 1998 on the edge of the marsh.",
        "State Sen. Nell Foy, who has seen a surge in the polls, named three faults.",
        "The tanks hold four million litres between them.",
    ) == (CLOSING.strip('"'), None)


def test_a_common_noun_opening_a_sentence_is_a_thing_not_a_new_speaker():
    assert _last(
        "The marsh drains through two pumps near the gate.",
        "Pumps like these are checked twice a day.",
        "The tanks hold four million litres between them.",
        "Their walls were relined in 2019.",
    ) == (CLOSING.strip('"'), "Dora Vance")


def test_a_common_noun_of_people_opening_a_sentence_ends_the_carry():
    assert _last(
        "The marsh drains through two pumps near the gate.",
        "Engineers like these check the tanks twice a day.",
        "The tanks hold four million litres between them.",
        "Their walls were relined by engineers in 2019.",
    ) == (CLOSING.strip('"'), None)
