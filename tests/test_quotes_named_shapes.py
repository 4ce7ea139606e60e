"""Named speakers in sentence shapes other than "X said" (issue 10, NAME-resolved lines):
labels before a colon, and the subject of the clause a cue belongs to. Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_colon_label_naming_two_people_or_a_bracketed_party_names_the_first():
    text = (
        "GRAIN COUNTS WERE EARLY, NOT WRONG - Tess Hale and Ann Pike: \u201cThe counts "
        "ended a week before the harvest.\u201d [Farm Post.]\n\n"
        "The harvest turned late -More from Hale and Pike: \u201cOur own data shows "
        "the turn.\u201d [Farm Post.]\n\n"
        'Rep. Dan Ross (R-Iowa):"Who gave you that figure for the mills?"'
    )
    assert said(text) == [
        ("The counts ended a week before the harvest.", "Tess Hale"),
        ("Our own data shows the turn.", "Tess Hale"),
        ("Who gave you that figure for the mills?", "Dan Ross"),
    ]
