"""marks.marks_in skips the scan for quotation marks in an ASCII text without a straight
mark (most paragraphs): it must find exactly what the plain scan finds, on any text."""

import random

from warreader.index.quotes.marks import DOUBLE_MARK, SINGLE_MARK, find_spans, marks_in


def _found(pattern, straight, text):
    return [m.span() for m in marks_in(pattern, straight, text)]


def _plain(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_every_non_straight_mark_of_either_pattern_is_outside_ascii():
    # Why an ASCII text without the straight mark needs no scan: no other mark fits in it.
    for pattern, straight in ((DOUBLE_MARK, '"'), (SINGLE_MARK, "'")):
        ascii_hits = [chr(c) for c in range(128) if pattern.search(" " + chr(c) + " ")]
        assert ascii_hits == [straight]


def test_same_marks_as_the_plain_scan_on_random_text():
    rng = random.Random(7)
    letters = "ab .,\"'“”„«»‘’‹›é-"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert _found(DOUBLE_MARK, '"', text) == _plain(DOUBLE_MARK, text), text
        assert _found(SINGLE_MARK, "'", text) == _plain(SINGLE_MARK, text), text


def test_quotations_in_ascii_and_curly_paragraphs_are_still_found():
    paragraphs = [
        "No quotation here, and no mark at all.",
        'He said "we will win" and left.',
        "She called it ‘a disgrace’ on Monday.",
        "Café owners said “prices are up” this week.",
        "It is the council's plan.",
    ]
    spans = find_spans(paragraphs)
    found = [(s.paragraph, paragraphs[s.paragraph][s.start : s.end]) for s in spans]
    assert found == [(1, "we will win"), (2, "a disgrace"), (3, "prices are up")]
