"""Bare spokespeople and "it said" after a body the sentence before names (issue 10, round
26, branch spk30): "Downing Street said ... "...," a spokesman said.", "The housing charity
Halden Trust welcomed the plan. "...," a spokeswoman said.", "The Department of Transport
rejected the findings. A spokesman said: "..."", "The charity Wendover Relief backed the
review. "...," it said.". Every sentence is invented for this test; the cases marked
"fails on main 1375f0a" gave a bare "a spokesman" or another body there."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

SPOKESPEOPLE = [
    # fires (each fails on main 1375f0a: "a spokesman" / "a spokeswoman")
    ('Downing Street said the minister had its full support. "She did nothing wrong," a '
     'spokeswoman said.', "a Downing Street spokeswoman"),
    ('The housing charity Halden Trust welcomed the plan. "It is a step forward," a '
     'spokeswoman said.', "a Halden Trust spokeswoman"),
    ('The consumer group Fairdeal? welcomed the plan. "About time," a spokeswoman said.',
     "a Fairdeal? spokeswoman"),
    ('The Department of Transport rejected the findings. A spokesman said: "The figures are '
     'wrong."', "a Department of Transport spokesman"),
    ('Disability charity Openway said it would watch the plans. "The devil is in the '
     'detail," a spokeswoman said.', "an Openway spokeswoman"),
    ('The Department of Transport rejected the findings.\n\n"The figures are wrong," a '
     "spokesman said.", "a Department of Transport spokesman"),
    # near misses: a person, a body declining, another speaker or body in between, a body
    # criticising another, a spokesman for someone else, a clause on the subject
    ('Tom Hale said he would resign. "It was a hard year," a spokesman said.', "a spokesman"),
    ('The charity Halden Trust declined to comment. "We have nothing to add," a spokeswoman '
     "said.", "a spokeswoman"),
    ('The charity Halden Trust did not comment. "We will reply later," a spokeswoman said.',
     "a spokeswoman"),
    ('Downing Street said the talks went well. Tom Hale, the envoy, said the deal was close. '
     '"We are nearly there," a spokesman said.', "a spokesman"),
    ('Calloway Bank rejected the Home Office plan. "It will not work," a spokesman said.',
     "a spokesman"),
    ('Health Secretary Ann Voss rejected the findings. A spokesman said: "Targets work."',
     "A spokesman"),
    ('The Home Office said the scheme would go ahead. "It always was," a spokesman for the '
     'family said.', "a spokesman for the family"),
    ('Calloway Bank, which has 40 branches, welcomed the plan. "It is good news," a '
     'spokesman said.', "a spokesman"),
    ('The charity director Tom Hale welcomed the plan. "It is overdue," a spokesman said.',
     "a spokesman"),
    ('Tom Street said the plan was flawed. "It is not working," a spokesman said.',
     "a spokesman"),
    ('The charity Halden Trust was criticised by the Treasury. "We reject that," a spokesman '
     'said.', "a spokesman"),
    ("The Department of Transport rejected the findings.\n\nTom Hale, the shadow minister, "
     'said: "This is a disgrace."\n\n"Targets work," a spokesman said.', "a spokesman"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKESPEOPLE)
def test_a_bare_spokesperson_speaks_for_the_body_just_before(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


OFFICES = [
    # fires (fails on main 1375f0a: "a spokesman")
    ("The Green leader's office said it was disappointed. \"Mr Pell has been out of step,\" "
     "a spokesman said.", "a spokesman for the Green leader's office"),
    ("Mr Hale's office said he was unwell. \"He will be back soon,\" a spokesman said.",
     "a spokesman for Mr Hale's office"),
    # near misses: an office of nobody named, its office, a person's lawyer, a denied verb,
    # a person speaking in between
    ('The office said it was shut. "It is closed," a spokesman said.', "a spokesman"),
    ('Its office said it was shut. "It is closed," a spokesman said.', "a spokesman"),
    ("Mr Hale's lawyer said he was unwell. \"He will be back soon,\" a spokesman said.",
     "a spokesman"),
    ("Mr Hale's office did not comment. \"No comment,\" a spokesman said.", "a spokesman"),
    ("Mr Hale's office said he was unwell.\n\nAnn Roe said he was lying. \"He will be back "
     "soon,\" a spokesman said.", "a spokesman"),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICES)
def test_a_bare_spokesperson_speaks_for_the_office_just_before(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


RELEASE = ('Drug charity Easeway said a U-turn would confuse young people. Its director, Kirsty '
           'Vane, said: "The message will be muddled."')

IT_SAID = [
    # fires (fails on main 1375f0a: Easeway, the body of the paragraph before; None)
    ((RELEASE, 'The mental health charity Wendover Relief backed the review. "Cannabis is not '
      'harmless," it said.'), "Wendover Relief"),
    (('The charity Macbride Cancer Care said the figures were grim. "Every figure is a '
      'frightened patient," it said.',), "Macbride Cancer Care"),
    # near misses: another speaker's pronoun, a person opening the sentence before
    ((RELEASE, 'The mental health charity Wendover Relief backed the review. Its director '
      'Ann Lee was less sure. "It is not harmless," she said.'), "Ann Lee"),
    ((RELEASE, 'Tom Hale backed the review. "Cannabis is not harmless," it said.'),
     "Easeway"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), IT_SAID)
def test_it_said_is_the_body_that_took_a_stance_just_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker
