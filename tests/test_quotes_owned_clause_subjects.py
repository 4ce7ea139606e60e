"""A participle's clause subject may be an owner's noun ("his campaign sent ... saying:"),
and an opening phrase may start on a degree word before a time word ("Even before Hale
spoke, ...", "Shortly after ..., ..."): the main clause's subject follows its comma
(clause_subjects.first_subject, after_opening_phrase). Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.mention) for q in quotes_of(text) if q.kind == "quote"]


def test_an_owned_campaign_after_even_before_sends_the_message():
    text = 'Even before Tom Pell spoke, his campaign sent out a text message saying: "We won!"'
    assert _speakers(text) == [("We won!", "the Pell campaign", "his campaign")]


def test_shortly_after_opens_a_phrase_whose_comma_the_subject_follows():
    text = (
        "Shortly after lifting a Harbor Glass trophy and a large cheque, Tom Pell thanked the "
        'crowd and ended by saying "see you next year".'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Tom Pell"]
