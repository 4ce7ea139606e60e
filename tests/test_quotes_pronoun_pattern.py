"""The subject-pronoun pattern of the name reading (sightings.SUBJECT_PRONOUN) is written
for speed; it must find exactly what the plain pattern finds."""

import random
import re

from warreader.index.quotes.sightings import SUBJECT_PRONOUN

PLAIN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _spans(pattern, text, *bounds):
    return [m.span() for m in pattern.finditer(text, *bounds)]


def test_finds_he_and_she_as_words_only():
    text = "She said he would. Shelley, the hero, shed her theme; Ashe? he's 'she' HE She-wolf"
    found = [text[a:b] for a, b in _spans(SUBJECT_PRONOUN, text)]
    assert found == ["She", "he", "he", "she", "She"]
    assert _spans(SUBJECT_PRONOUN, text) == _spans(PLAIN, text)


def test_same_matches_as_the_plain_pattern_on_random_text_and_bounds():
    rng = random.Random(5)
    letters = "hHsSe _x1é'’-\n"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        assert _spans(SUBJECT_PRONOUN, text, i, j) == _spans(PLAIN, text, i, j), (text, i, j)
