"""Shapes of war reporting found by the invented probe (tests/fixtures/probe-war, scored
with ``bench/score_quotes.py --probewar``), each fixed by a general mechanism of English
grammar or news style. Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_an_irregular_past_makes_a_one_word_name_its_sentence_subject():
    # "Hartwell spoke" opens with a subject as "Hartwell visited" does (contrast_clauses.past_verb)
    verbs = ("spoke to soldiers", "gave a rare interview", "met Speaker Albee", "went to Kharkiv")
    for verb in verbs:
        text = f"Hartwell {verb} on Monday. “The front is holding,” he said."
        assert said(text) == [("The front is holding,", "Hartwell")], verb


def test_a_present_tense_or_a_noun_after_the_name_is_no_such_verb():
    from warreader.index.quotes.contrast_clauses import past_verb

    assert past_verb("spoke") and past_verb("fled") and past_verb("defied")
    assert not past_verb("put") and not past_verb("was") and not past_verb("Spoke")
