"""Who spoke last: cueless quotation paragraphs after one paragraph of narrative (issue 10,
eighth round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_quotations_alone_after_a_paragraph_naming_the_last_speaker_are_his():
    text = (
        '"We will look at every option," Oskar Brandt told the Northern Herald.\n\n'
        'What "firm" means is left to the tenants to guess, since Brandt spoke only in '
        "slogans.\n\n"
        '"We must be firmer with the landlords."\n\n'
        '"Nobody is enforcing the rules."'
    )
    assert said(text) == [
        ("We will look at every option,", "Oskar Brandt"),
        ("We must be firmer with the landlords.", "Oskar Brandt"),
        ("Nobody is enforcing the rules.", "Oskar Brandt"),
    ]


def test_a_pause_between_keeps_the_last_speaker():
    text = (
        '"Good evening, I am calling about the library vote," Ruth Ellery said into the '
        "phone.\n\n"
        "Pause.\n\n"
        '"Then I hope to see you on Thursday."'
    )
    assert said(text)[-1] == ("Then I hope to see you on Thursday.", "Ruth Ellery")


def test_a_paragraph_about_someone_else_breaks_the_chain():
    text = (
        '"We will look at every option," Oskar Brandt told the Northern Herald.\n\n'
        "The tenants' union called a meeting for Monday in the church hall.\n\n"
        '"Nobody is enforcing the rules."'
    )
    assert said(text)[-1] == ("Nobody is enforcing the rules.", None)


def test_a_speaker_reported_after_the_last_quotation_spoke_last():
    # Nell Foy's quotation comes first, but Ivo Brask's reported speech closes the
    # paragraph: the quotation opening the next paragraph is his.
    text = (
        "Nell Foy missed the opening of the gallery. She said: \"I hoped to be there, but "
        'my train was cancelled." Crowds queued along the quay. The curator Ivo Brask said '
        "he regretted that Foy could not come.\n\n"
        '"It is a pity. Her prints are the heart of the show." Brask then cut the ribbon.'
    )
    assert said(text)[-1] == ("It is a pity. Her prints are the heart of the show.", "Ivo Brask")
