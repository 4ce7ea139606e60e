"""Speakers, twenty-fourth round (real27): the evidential frame "As X reported, ..."
reports the clause after its comma as strongly as "said" does, so a partial quotation of
that clause is X's ("As the Daily Courier reported, the senator "gave $5,000""); the weak
cue "reported" had counted only right before a quotation, and the quotation went to
nobody or to the subject of a copula ("the firm is "close to collapse""). The near misses
keep the main clause's own speaker: a cue of its own ("Ann Roe said", "the council called
the plan", "the ministry described"), a passive with its agent, a possessive subject that
says, a frame that is no "As X reported," ("after the Courier reported the leak, which it
called"). All text is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

RIGHT = [
    ("reported_partial",
     "As the Daily Courier reported, the senator \"gave between $500 and $1,000\" to the fund.",
     "Daily Courier"),
    ("reported_on_day_copula",
     "As the Daily Courier reported on Monday, the firm is \"close to collapse\".",
     "Daily Courier"),
    ("has_reported",
     "As Tom Hale has reported, the scheme \"ran out of money in May\".", "Tom Hale"),
]

NEAR = [
    # review revR27 F2: a cue after the quotation, "as" for "while", a verb of thinking
    ("cue_after_quote",
     "As the Daily Courier reported, the plan was \"doomed from the start\", Ann Roe said.",
     "Ann Roe"),
    ("as_while",
     "As Tom Hale welcomed the guests, Ann Roe branded the dinner \"a waste of money\".",
     "Ann Roe"),
    ("as_thought",
     "As Tom Hale had feared, Ann Roe called the vote \"a disaster for the town\".", "Ann Roe"),
    ("main_clause_said",
     "As the Daily Courier reported, Ann Roe said the plan was \"dead in the water\".",
     "Ann Roe"),
    ("main_clause_called",
     "As Tom Hale reported, the council called the plan \"a farce\".", "the council"),
    ("main_clause_described",
     "As Ann Roe reported, the ministry described the attack as \"barbaric\".", "the ministry"),
    ("put_it_next_sentence",
     "The Daily Courier reported the leak. As Tom Hale put it, the firm was \"asleep\".",
     "Tom Hale"),
    ("relative_it_called",
     "Tom Hale spoke after the Courier reported the leak, which it called \"a scandal\".",
     "Courier"),
    ("possessive_subject_said",
     "As the Daily Courier reported, the firm's boss said the leak was \"regrettable\".",
     "the firm's boss"),
    ("passive_agent",
     "As Tom Hale reported, he was told by Ann Roe that the deal was \"off\".", "Ann Roe"),
    ("as_reported_by", "As reported by the Daily Courier, the senator \"gave $5,000\" to the fund.",
     None),
]


@pytest.mark.parametrize("case, text, speaker", RIGHT + NEAR, ids=[c[0] for c in RIGHT + NEAR])
def test_as_frame(case: str, text: str, speaker: str | None) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_reported_weak_without_the_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the frame the weak cue stays weak: the test of the rule can fail."""
    from warreader.index.quotes import events

    monkeypatch.setattr(events, "as_frame", lambda *args: False)
    text = "As the Weekly Herald reported, the mayor \"spent $9,000 on flowers\" in May."
    assert [s for _, s in said(text)] == [None]
