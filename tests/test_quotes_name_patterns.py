"""The capitalised-run patterns read a word's letters possessively (``*+``) for speed: a
capitalised word that no second one follows then fails at once instead of giving its
letters back one by one. They must match exactly what the plain patterns match."""

import random
import re

from warreader.index.quotes.far_names import CAPITALISED_RUN
from warreader.index.quotes.name_runs import FULL_NAME

PLAIN_FULL_NAME = re.compile(
    r"(?:[A-Z][\w’'.&-]*\s+)(?:(?:[A-Z][\w’'.&-]*|of|von|van|der|de|da|la|le|bin|al)\s+)*"
    r"[A-Z][\w’'&-]+"
)
PLAIN_RUN = re.compile(r"[A-Z][\w&'-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'-]*)+")


def _spans(pattern, text, *bounds):
    return [m.span() for m in pattern.finditer(text, *bounds)]


def test_names_found_as_before():
    text = "Bank of England chief Mervyn King met Ted Cruz's aide. Smith said. Procter & Gamble"
    assert [m.group() for m in FULL_NAME.finditer(text)] == [
        "Bank of England", "Mervyn King", "Ted Cruz's"
    ]  # "Procter & Gamble": no capital after "Procter", no full name
    assert [m.group() for m in CAPITALISED_RUN.finditer(text)] == [
        "Bank of England", "Mervyn King", "Ted Cruz's", "Procter & Gamble"
    ]


def test_same_matches_as_the_plain_patterns_on_random_text_and_bounds():
    rng = random.Random(3)
    pieces = ["A", "Bo", "x", " ", "  ", "\n", "of", "and", "&", "'", "’", ".", "-", "_", "1", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        assert _spans(FULL_NAME, text, i, j) == _spans(PLAIN_FULL_NAME, text, i, j), (text, i, j)
        assert _spans(CAPITALISED_RUN, text, i, j) == _spans(PLAIN_RUN, text, i, j), (text, i, j)
