"""Wire-style paragraphs, one sentence each (issue 10, seventeenth round, branch wire20):
the last speaker carries over narration that stays on their topic, a connective opening
goes on with the same voice, and a "he" opening a paragraph finds the name the paragraph
before was about. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_narration_about_things_keeps_the_last_speaker_across_two_paragraphs():
    text = (
        '"We will keep the mill open," Dora Vance told the Valley Post.\n\n'
        "The mill employs three hundred people in the town.\n\n"
        "Its roof was mended last year at great cost.\n\n"
        '"Nobody here will lose a job."'
    )
    assert said(text)[-1] == ("Nobody here will lose a job.", "Dora Vance")


def test_narration_whose_subject_is_the_speaker_by_pronoun_keeps_the_speaker():
    text = (
        '"The ward is short of beds," Ivo Brask told the council.\n\n'
        "He has run the clinic on the quay since the floods.\n\n"
        "The clinic has twelve beds on two floors.\n\n"
        '"We need more nurses before the winter."'
    )
    assert said(text)[-1] == ("We need more nurses before the winter.", "Ivo Brask")


def test_narration_whose_subject_is_another_person_ends_the_topic():
    text = (
        '"The ward is short of beds," Ivo Brask told the council.\n\n'
        "Nell Foy has run the clinic on the quay since the floods.\n\n"
        "The clinic has twelve beds.\n\n"
        '"We need more nurses before the winter."'
    )
    assert said(text)[-1] == ("We need more nurses before the winter.", None)


def test_narration_whose_subject_is_a_body_ends_the_topic():
    text = (
        '"The ward is short of beds," Ivo Brask told the council.\n\n'
        "The clinic has twelve beds on two floors.\n\n"
        "The nurses' association met on Friday to discuss the rota.\n\n"
        '"We need more nurses before the winter."'
    )
    assert said(text)[-1] == ("We need more nurses before the winter.", None)


def test_a_paragraph_ending_on_a_colon_introduces_and_does_not_carry():
    text = (
        '"The ward is short of beds," Ivo Brask told the council.\n\n'
        "The clinic posted a long notice on its door:\n\n"
        '"Visiting hours end at six."'
    )
    assert said(text)[-1] == ("Visiting hours end at six.", None)


def test_a_paragraph_opening_on_a_connective_and_a_quotation_goes_on_with_the_voice():
    text = (
        '"The bridge will not close this year," Tom Hale said on Monday.\n\n'
        'Instead, "the council will mend it one lane at a time."\n\n'
        '"Trust me," Ada Pike replied.\n\n'
        'But "nobody has costed that plan."'
    )
    assert said(text) == [
        ("The bridge will not close this year,", "Tom Hale"),
        ("the council will mend it one lane at a time.", "Tom Hale"),
        ("Trust me,", "Ada Pike"),
        ("nobody has costed that plan.", "Ada Pike"),
    ]


def test_a_pronoun_cue_opening_a_paragraph_finds_the_name_the_one_before_was_about():
    text = (
        "Quorvek toured the harbour on Monday with the port's engineers.\n\n"
        "Quorvek inspected the old cranes by the dock.\n\n"
        '"These cranes are older than I am," he told reporters.'
    )
    assert said(text) == [("These cranes are older than I am,", "Quorvek")]
