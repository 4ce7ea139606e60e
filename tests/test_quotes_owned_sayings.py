"""Speakers, twenty-fourth round (real27): quoted words in the "of" phrase of an owner's
saying noun are the owner's, whoever's verb governs the phrase ('Ann Roe mocked Tom Hale's
promise of "a new dawn"', 'his claim of a "clean sweep"', 'Hale's description of the talks
as "a farce"'); the sentence's subject had taken them. The near misses keep the old
readings: a noun for no saying ("memory", "version", "prospect"; "talk of" may quote the
subject's scorn), a title ('promise of a
"Clean Air Act"' is no one's words here), a thing as the owner ("the film's promise"), a
quotation outside the phrase ("description of the plan, calling it "…""), a body's own
promise, the subject's own accusation. All text is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

RIGHT = [
    ("assertion_of", "Ann Roe called Tom Hale's assertion of a \"duty to the nation\" absurd.",
     ["Tom Hale"]),
    ("promise_of", "Ann Roe mocked Tom Hale's promise of \"a new dawn for the north\".",
     ["Tom Hale"]),
    ("description_as", "Ann Roe rejected Tom Hale's description of the talks as \"a farce\".",
     ["Tom Hale"]),
    ("his_claim_of",
     "Ann Roe met Tom Hale. She mocked his claim of a \"clean sweep\" in the polls.",
     ["Tom Hale"]),
    ("two_quotes",
     "Ann Roe said Tom Hale's promise of \"jobs for all\" was \"a cruel joke\".",
     ["Tom Hale", "Ann Roe"]),
]

NEAR = [
    # review revR27 F3 and F5: criminal charges are no saying; a whole name opening the
    # sentence owns the noun as one word did ("Russia's claims ... were dismissed")
    ("criminal_charges",
     "The court dropped Ned Pryce's charges of \"reckless riding\" on Friday, Kay Dunn said.",
     ["Kay Dunn"]),
    ("full_name_opens",
     "Ivan Petrov's claims of a \"secret army\" were dismissed by Ann Roe.", []),
    ("talk_of", "Ann Roe scoffed at Tom Hale's talk of a \"landslide\" in May.", ["Ann Roe"]),
    ("memory_of", "Ann Roe mocked Tom Hale's memory of the \"good old days\" of the party.",
     ["Ann Roe"]),
    ("outside_phrase", "Ann Roe rejected Tom Hale's description of the plan, calling it \"a con\".",
     ["Ann Roe"]),
    ("thing_owner", "Ann Roe said the film's promise of a \"happy ending\" was a lie.",
     ["Ann Roe"]),
    ("body_owner", "Acme's promise of \"free delivery for life\" drew laughs from Ann Roe.",
     ["Acme"]),
    ("version_as", "Tom Hale attacked Ann Roe's version of events as \"pure fiction\".",
     ["Tom Hale"]),
    ("prospect_of", "Ann Roe welcomed the prospect of a \"fresh start\" after Tom Hale's exit.",
     ["Ann Roe"]),
    ("subject_accusation",
     "Tom Hale denied Ann Roe's accusation of \"gross negligence\" on Monday.", ["Ann Roe"]),
    ("next_sentence",
     "Ann Roe recalled Tom Hale's account of the war. \"It was hell,\" she said.", ["Ann Roe"]),
]


@pytest.mark.parametrize("case, text, speakers", RIGHT + NEAR, ids=[c[0] for c in RIGHT + NEAR])
def test_owned_saying(case: str, text: str, speakers: list[str | None]) -> None:
    assert [s for _, s in said(text)] == speakers


def test_subject_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the rule the subject takes the words: the test of the rule can fail."""
    from warreader.index.quotes import given_words

    monkeypatch.setattr(given_words, "owned_saying_speaker", lambda *args: None)
    text = "Ned Cole mocked Jo Penn's promise of \"a golden age for rail\"."
    assert [s for _, s in said(text)] == ["Ned Cole"]
