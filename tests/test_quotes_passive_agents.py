"""A description after a passive labelling verb's "by" names whoever holds its role, never
the one so called (issue 10, twenty-first round, from bbc-dev13's census: 'Buhecha, who
made £26,000 per month from his illegal trade, was called "…" by the sentencing judge'
was given to Buhecha, the nearest person). With nobody whose role holds it, the
description speaks as itself. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_CASES = [
    # The one so called is the subject of the passive: never its speaker.
    ('Tom Reed was jailed for six years on Tuesday.\n\nReed, who sold fake watches, was '
     'called "a greedy man" by the sentencing judge.', ["the sentencing judge"]),
    ('Tom Reed was jailed for six years on Tuesday.\n\nHe was called "a greedy man" by the '
     "judge.", ["the judge"]),
    ('Tom Reed scored twice.\n\nThe striker was hailed as "the best in Europe" by the '
     "coach.", ["the coach"]),
    # Nobody named holds the role: the description, not the person named before; but
    # with a thing so called the person named before stays a candidate (review revT24
    # #2: a role given by 'became manager' is not read as the person's role).
    ('Ann Cole spoke after the match.\n\nHe was called "a hero" by the manager.',
     ["the manager"]),
    ('Ann Cole spoke after the match.\n\nThe win was called "deserved" by the manager.',
     ["Ann Cole"]),
    # Near misses: a person whose role holds the description; a name; an appositive
    # name; a group; an owner's description; a document; no passive at all.
    ('Judge Ann Cole jailed Tom Reed for six years.\n\nReed was called "a greedy man" by '
     "the judge.", ["Ann Cole"]),
    ('Coach Tom Reed praised the team.\n\nThe side was hailed as "brilliant" by the coach.',
     ["Tom Reed"]),
    ('Tom Reed was jailed.\n\nReed was called "a greedy man" by Judge Ann Cole.',
     ["Ann Cole"]),
    ('Ann Cole died on Monday aged 90.\n\nShe was described as "a kind and gentle soul" by '
     "friends.", ["friends"]),
    ('Tom Reed was jailed.\n\nReed was described as "a broken man" by his lawyer.',
     ["Tom Reed's lawyer"]),
    ('Tom Reed ran the fund.\n\nHe was called "reckless" by the report.', ["the report"]),
    ('Tom Reed was quoted as saying "we will win" by the Times.', ["Tom Reed"]),
    ('Tom Reed said the plan was "urgent" and must be signed by Friday.', ["Tom Reed"]),
    ('Judge Ann Cole called Tom Reed "a greedy man" on Tuesday.', ["Ann Cole"]),
    # A person in between; a role given by an appositive; another role; a body.
    ("Judge Ann Cole heard the case in May.\n\nTom Reed, 45, was jailed on Tuesday. Reed "
     'was called "a greedy man" by the judge.', ["Ann Cole"]),
    ("Ann Cole, the trial judge, spoke on Tuesday.\n\nTom Reed was called \"a greedy man\" "
     "by the judge.", ["Ann Cole"]),
    ('Prosecutor Ann Cole spoke first.\n\nReed was called "a greedy man" by the judge.',
     ["the judge"]),
    ('Tom Reed ran the club for ten years.\n\nHe was called "a disgrace" by the Football '
     "Association.", ["Football Association"]),
    ('Tom Reed lost the vote.\n\nHe was called "a coward" by the party leader, who voted '
     "against him.", ["the party leader"]),
    # A thing so called: the person the role was given to some other way may be the agent
    # (review revT24 #2: 'became manager', 'was elected mayor').
    ('Nia Ford became head teacher in March.\n\nThe new timetable was described as "a '
     'mess" by the head teacher.', ["Nia Ford"]),
    ('Nia Ford won the vote for mayor in June.\n\nThe parking scheme was called "a '
     'failure" by the mayor.', ["Nia Ford"]),
]


@pytest.mark.parametrize(("text", "speakers"), _CASES)
def test_passive_agent_speakers(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker in said(text)] == speakers
