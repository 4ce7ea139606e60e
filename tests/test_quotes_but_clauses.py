"""A clause after "but" with a subject of its own, read as a sentence of its own for a
later "he" or "she" (issue 10, the fourteenth round): "Kell said ..., but Ames rejected
his comments." then '"...," he said' is Ames, the latest subject, who answers; the
speaker of the first clause no longer outranks him. Every case is text written for this
test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Kell said the port would close in May, but Frank Ames rejected his "
            'comments. "The port has a long future," he said.',
            "Frank Ames",
        ),
        (
            'Tom Kell said the port would close, but Frank Ames disagreed. "The port has a '
            'long future," he said.',
            "Frank Ames",
        ),
        (
            'Tom Kell accused Frank Ames of lying, but Ames denied it. "I have never lied," '
            "he said.",
            "Frank Ames",
        ),
        (
            "Tom Kell said the port would close, but Frank Ames said it would stay open. "
            '"The port has a long future," he said.',
            "Frank Ames",
        ),
        (  # the subject after an owner's name: "but the Harbour Board's Frank Ames"
            "Tom Kell said he had had enough of the delays but the Harbour Board's Frank "
            'Ames dismissed his complaints. "We did all we could," he said.',
            "Frank Ames",
        ),
        (
            'Greta Lind criticised the plan, but Ann Cole defended it. "It will save lives," '
            "she said.",
            "Ann Cole",
        ),
        (  # ", while" sets two clauses side by side as "but" does
            "Party leader Tom Kell accused the minister of ducking the issue, while rival "
            'leader Frank Ames said the plan was a mess. "It will not work," he said.',
            "Frank Ames",
        ),
    ],
)
def test_the_subject_of_a_clause_after_but_is_the_next_he(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "but" inside what Kell said: a modal after the name, no clause of its own
        "Tom Kell said the port would close but Frank Ames would keep his job. "
        '"The port has no future," he said.',
        # the clause after "but" has no person as its subject
        'Tom Kell said the port would close, but the board did not agree. "They are '
        'wrong," he said.',
        # "but" joins two verbs of one subject
        'Tom Kell thanked the staff, but said Frank Ames had let them down. "He should '
        'go," he said.',
    ],
)
def test_but_without_a_clause_of_its_own_keeps_the_first_speaker(text):
    assert said(text)[-1][1] == "Tom Kell"


def test_a_name_in_a_subordinate_clause_after_but_opens_no_clause():
    text = ('Tom Kell said the port would close, but when Frank Ames arrived it stayed open. '
            '"It was a mistake," he said.')
    assert said(text) == [("It was a mistake,", "Tom Kell")]
