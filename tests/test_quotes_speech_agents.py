"""A speech noun whose agent follows it ("a report by X that", "comments in a leading
newspaper that") says whose quoted words stand in its "that" clause (issue 10,
seventeenth round, extraction). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of, quotes_of


def _speaker(text: str, quoted: str) -> str | None:
    return next(q.speaker for q in quotes_of(text) if q.text == quoted)


def test_a_speech_nouns_agent_after_by_speaks_the_quoted_words():
    text = (
        "The harbour row grew on Monday after a report by Ferry Weekly that the mayor had "
        '"fabricated" the accounts.\n\n'
        "The suggestion by a rival candidate that someone \"ought to look into\" the port's "
        "books angered the mayor.\n\n"
        "The council cited a warning from Ada Quell that the pier was \"falling apart\" and "
        "closed it."
    )
    kinds = kinds_of(text)
    assert kinds["fabricated"] == "quote"
    assert kinds["ought to look into"] == "quote"
    assert kinds["falling apart"] == "quote"
    assert _speaker(text, "fabricated") == "Ferry Weekly"
    assert _speaker(text, "ought to look into") == "a rival candidate"


def test_a_description_after_in_speaks_and_the_clause_may_open_on_the_quotation():
    text = (
        "Fares stayed high despite recent comments in a leading island newspaper that the "
        '"time is ripe" for a cut.'
    )
    assert kinds_of(text)["time is ripe"] == "quote"
    assert _speaker(text, "time is ripe") == "a leading island newspaper"


def test_no_agent_no_speech_noun_or_a_named_thing_stays_a_term():
    text = (
        "Comments in an interview that the port was a \"shambles\" were read out.\n\n"
        'There was a photograph by Ada Quell that showed a "ghost ship" in the bay.\n\n'
        'A claim from Ada Quell that Ben Dunn kept a "slush fund" is being checked by '
        "auditors."
    )
    kinds = kinds_of(text)
    assert kinds["shambles"] == "term"  # an interview is no speaker
    assert kinds["ghost ship"] == "term"  # a photograph is no speech noun
    assert kinds["slush fund"] == "term"  # a named thing after "a"
