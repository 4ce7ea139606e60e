""""Nobody" and "Nothing" opening a sentence name no one, so a later "he" is never
them (issue 10, attr-coref9). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_nobody_opening_a_sentence_is_no_antecedent_of_he():
    text = (
        'A defensive Tarrow said his critics "want more noise, not more work."\n\n'
        "Nobody mentioned the harbour plan - so Tarrow, eager to move on, "
        'raised the matter unprompted. He called it "reckless" and urged the council '
        '"to think again."'
    )
    assert [speaker for _, speaker in said(text)] == ["Tarrow", "Tarrow", "Tarrow"]
