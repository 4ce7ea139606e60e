"""An unnamed source ("a spokesman for the union", "an aide to the president") is no
antecedent of a description of another office ("the chairman", "the president", "the
party leader"): its own job is its first person's noun, nationality words aside, never a
word of what follows it (``entities._unnamed_other``,
``unnamed_sources.unnamed_job``). Near misses keep what the engine gave before: the same
job, a word any source may be ("the person", "the man"), a job that is no office's
title, a person named with the office. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("source", "description", "speaker"),
    [
        ("a spokesman for the National Farmers Union", "NFU chairman", "the NFU chairman"),
        ("a spokeswoman for the National Farmers Union", "NFU president", "the NFU president"),
        ("an aide to the president", "president", "the president"),
        ("a Labour spokesman", "party leader", "the party leader"),
    ],
)
def test_an_unnamed_source_is_no_other_office(source, description, speaker):
    text = f'"Talks have stalled," said {source}. "We are close," the {description} said.'
    assert said(text)[-1] == ("We are close,", speaker)


@pytest.mark.parametrize(
    ("source", "description", "speaker"),
    [
        ("a senior minister", "minister", "a senior minister"),
        ("a senior official", "official", "a senior official"),
        ("a Mexican official who asked not to be named", "official",
         "a Mexican official who asked not to be named"),
        ("a source close to the minister", "person", "a source close to the minister"),
        ("a man at the rally", "man", "a man"),
        ("a spokesman for the minister", "minister's spokesman", "the minister's spokesman"),
        ("a spokesman for the union", "spokesperson", "the spokesperson"),
    ],
)
def test_an_unnamed_source_keeps_its_own_job(source, description, speaker):
    text = f'"Talks have stalled," said {source}. "We are close," the {description} said.'
    assert said(text)[-1] == ("We are close,", speaker)


def test_a_person_named_with_the_office_is_still_that_office():
    text = (
        "Tom Varley, the party leader, spoke on Monday. \"Talks have stalled,\" said a Labour "
        "spokesman. \"We are close,\" the party leader said."
    )
    assert said(text)[-1] == ("We are close,", "Tom Varley")
