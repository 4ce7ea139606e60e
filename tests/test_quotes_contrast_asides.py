"""A contrastive subject with an adverb aside and then a relative clause ("Others,
however, who had stayed out, continued to warn that the "…"") is the subject of its
sentence's verb: the quotation in its predicate is that subject's, and is no longer
carried from the group named in an earlier sentence, the very group it is set against
(subjects.subject_at: after an aside of one adverb, a "who"/"which" aside may follow).
Near misses: the quotation inside the relative clause, an event of its own after the
quotation, a named person inside the clause, "though" (no adverb the reader lists).
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

CONTRASTS = [
    (
        "Local traders are expecting the index to climb further. Jubilant brokers cheered "
        "as trading closed on Friday, sure that the boom would last. Others, however, who had "
        'sold early fearing a crash, continued to warn that the "rally may end any day now". '
        '"Nonsense," exchange chief Omar Sadik told reporters.',
        [("rally may end any day now", "Others"), ("Nonsense,", "Omar Sadik")],
    ),
    (
        'Traders who had bought early said the rally was "only the start".\n\n'
        "Others, however, who had stayed out, continued to warn that the market was "
        '"badly overheated".',
        [("only the start", "Traders"), ("badly overheated", "Others")],
    ),
    (
        "Bond traders are betting on a cut. Others, however, who sold early, kept warning "
        'that the "rally may end any day now".',
        [("rally may end any day now", "Others")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTS)
def test_the_contrastive_subject_speaks(text, expected):
    assert said(text) == expected


NEAR_MISSES = [
    (
        "Bond traders are betting on a cut. Mr Hale, however, who sold early, dismissed the "
        'rally as "a sugar rush for fools".',
        [("a sugar rush for fools", "Hale")],
    ),
    (
        "Governor Pia Lund spoke first. Her rival, however, who had arrived late, told "
        'reporters: "She is wrong."',
        [("She is wrong.", "Pia Lund's rival")],
    ),
    (
        "Governor Pia Lund spoke first. Others, however, who had come from Dayton, were "
        '"not impressed", a local paper said.',
        [("not impressed", "a local paper")],
    ),
    (
        'Others, however, who heard Ms Pike describe the plan as "a disaster", stayed silent.',
        [("a disaster", "Pike")],
    ),
    (
        'Ann Bell, however, whose son was hurt, was "furious with the school", her sister said.',
        [("furious with the school", "Ann Bell's sister")],
    ),
    (
        "Mr Ortiz, however, who is 82, remains \"the party's best hope\", his aides insist.",
        [("the party's best hope", "his aides")],
    ),
    (
        "Ministers, however, who met on Monday, rejected what Senator Lara Dunne had called "
        '"a modest proposal".',
        [("a modest proposal", "Lara Dunne")],
    ),
    (
        'Others, however, who had read the memo, said nothing. "We were shocked," Ruth Amos '
        "told the BBC.",
        [("We were shocked,", "Ruth Amos")],
    ),
    (
        "Senator Ruth Amos backed the bill. The bill, however, which passed on Monday, "
        'contains "a sunset clause for the new levy".',
        [],
    ),
    (
        "Coach Ian Fell was upbeat. His players, though, who had lost three in a row, looked "
        '"utterly exhausted" to reporters.',
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_the_aside_elsewhere_leaves_the_reading(text, expected):
    assert said(text) == expected
