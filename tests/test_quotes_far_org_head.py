"""A description of an organisation ("the department", "the commission") named only far
back: the one organisation the article named with that word (issue 10, attr-coref9).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def _article(filler: int) -> str:
    middle = "".join(
        f"The Harlow Trust funded {n} new projects in the region that year.\n\n"
        for n in range(2, 2 + filler)
    )
    return (
        "The Transport Department published its yearly report on Monday. "
        'It covers every road scheme in the county, and the work was "long overdue," it said.\n\n'
        + middle
        + 'A trust official said the grants had been "a lifeline for small towns."\n\n'
        + 'The department said the road schemes would "start again in the spring."'
    )


def test_a_description_takes_the_one_organisation_named_with_its_head_word_far_back():
    quotes = said(_article(6))
    assert quotes[0] == ("long overdue,", "Transport Department")
    assert quotes[-1] == ("start again in the spring.", "Transport Department")


def test_a_description_with_two_organisations_of_its_head_word_far_back_is_not_guessed():
    text = _article(6).replace(
        "It covers every road scheme",
        "The Housing Department disagreed with it. It covers every road scheme",
    )
    # two departments named far back: the rule does not pick one of them blindly
    assert said(text)[-1][1] not in ("Transport Department", "Housing Department")


def test_an_organisation_whose_name_only_opens_on_the_word_is_not_the_description():
    text = _article(6).replace("The Transport Department", "Department Watch").replace(
        "The department said", "The department said on Friday that"
    )
    # "Department Watch" is a pressure group named far back, not a department
    assert said(text)[-1][1] != "Department Watch"
