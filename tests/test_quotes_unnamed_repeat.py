"""A definite description ("the man") repeats an earlier unnamed source ("a man at the
rally") unless the person found for it is known by that job, one of the words of their
role or name: "man" is not a word of "chairman" (unnamed_sources.unnamed_before).
Names and words written for this test."""

from __future__ import annotations

from tests.quote_support import said


def _story(role: str) -> str:
    return (
        '"Close the gates," said a man at the rally.\n\n'
        f"Tom Pell, the {role}, watched from the stage.\n\n"
        '"We will not go home," the man said.'
    )


def test_a_role_holding_the_head_inside_a_longer_word_does_not_know_the_job():
    assert said(_story("council chairman")) == [
        ("Close the gates,", "a man"), ("We will not go home,", "a man")]


def test_a_role_holding_the_head_as_a_word_knows_the_job():
    assert said(_story("man in charge")) == [
        ("Close the gates,", "a man"), ("We will not go home,", "Tom Pell")]
