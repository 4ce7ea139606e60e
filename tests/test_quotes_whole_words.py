"""whole_words gives what the per-word regexes it replaces give, on invented texts."""

import random
import re

from warreader.index.quotes.whole_words import has_bounded, word_starts

_ALPHABET = ["a", "b", "A", " ", "-", "_", "é", "1", "'", ".", "\u00b2", "\u0661"]


def _texts(rng: random.Random, count: int, longest: int) -> list[str]:
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, longest))) for _ in range(count)]


def test_word_starts_is_the_lookaround_regex():
    rng = random.Random(7)
    words = _texts(rng, 300, 3) + ["Security", "a a", "aa", "-a", ""]
    bodies = _texts(rng, 200, 30) + ["Security warning over. Security, security_ Securitye"]
    for word in words:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        for body in bodies:
            assert word_starts(word, body) == [m.start() for m in pattern.finditer(body)]


def test_has_bounded_is_the_word_boundary_regex():
    rng = random.Random(11)
    words = _texts(rng, 300, 3) + ["Kraft", "-a", "a-", ""]
    bodies = _texts(rng, 200, 30) + ["Kraft cuts snack ads; kraft paper. Krafty"]
    for word in words:
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        for body in bodies:
            assert has_bounded(word, body) == (pattern.search(body) is not None)


def test_finds_the_words_of_a_headline_in_a_body():
    body = "Security firms warned. The security of it; Securityless and _Security."
    assert word_starts("Security", body) == [0]
    assert word_starts("security", body) == [27]
    assert has_bounded("Security", body) and not has_bounded("Securit", body)
