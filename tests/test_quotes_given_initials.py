"""Two first names with the same initial and one surname: one person only for an initial,
a first name that starts the other, or a three-letter short form; never two longer
names, nor a man's and a woman's name (issue 10, attr-coref9). Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_two_longer_first_names_with_one_initial_are_two_people():
    text = (
        '"We play every night," said Marlon Quist, the band\'s singer.\n\n'
        'Maribel Quist, his sister, said the tour had been "exhausting but worth it."'
    )
    assert said(text) == [
        ("We play every night,", "Marlon Quist"),
        ("exhausting but worth it.", "Maribel Quist"),
    ]


def test_a_three_letter_short_form_of_a_first_name_is_the_same_person():
    text = (
        "James Holt, the club's chairman, spoke after the match.\n\n"
        '"We were unlucky," Jim Holt said.'
    )
    assert said(text) == [("We were unlucky,", "James Holt")]


def test_a_mans_name_that_starts_a_womans_is_another_person():
    text = (
        '"The shop stays open," said Eric Vandermolen, the owner.\n\n'
        'Erica Vandermolen, his daughter, said it was "the only job I ever wanted."'
    )
    assert said(text)[-1] == ("the only job I ever wanted.", "Erica Vandermolen")


def test_a_common_short_form_that_does_not_start_the_name_is_the_same_person():
    text = (
        "Michael Brannock, the county's treasurer, presented the budget on Monday.\n\n"
        '"We cannot spend what we do not have," Mike Brannock said.\n\n'
        'David Orrin, who chairs the council, called it "a fair plan." Dave Orrin added '
        'that the vote would be "close."'
    )
    assert said(text) == [
        ("We cannot spend what we do not have,", "Michael Brannock"),
        ("a fair plan.", "David Orrin"),
        ("close.", "David Orrin"),
    ]
