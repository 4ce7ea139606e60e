"""resolution._unnamed_before: a definite description ("the man") repeats an earlier
unnamed source ("a man at the rally") unless the person found for it is known by that
job, one of the words of their role or name: "man" is not a word of "chairman".
Names and words written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from warreader.index.quotes.entities import Entity
from warreader.index.quotes.resolution import _unnamed_before


def _setting(found_role: str):
    source = Entity("a man at the rally", kind="person")
    results = {0: SimpleNamespace(speaker="a man at the rally")}
    mention = SimpleNamespace(text="the man", head="man")
    found = Entity("Tom Pell", kind="person", role=found_role)
    return [source], mention, found, results


def test_a_role_holding_the_head_inside_a_longer_word_does_not_know_the_job():
    entities, mention, found, results = _setting("council chairman")
    assert _unnamed_before(entities, mention, found, results) is entities[0]


def test_a_role_holding_the_head_as_a_word_knows_the_job():
    entities, mention, found, results = _setting("the man in charge")
    assert _unnamed_before(entities, mention, found, results) is None
