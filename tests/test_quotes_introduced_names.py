"""introduced_names.named_since reads the naming right after an introduction ("A man who
lives nearby, Tom Hale, ...", "a woman named Ann Cole", "He was later named as Tom Hale")
with patterns that are the same for every name and compares the surname after them,
instead of compiling two patterns per name and per call. These tests hold it to the
regular expressions it replaced (written out here) on invented texts made of the pieces
those patterns turn on, and on a few sentences written for the test.
"""

from __future__ import annotations

import random
import re

import pytest
from warreader.index.quotes.introduced_names import (
    _PASSIVE,
    _TITLES,
    _another_between,
    _names_another,
    named_since,
)
from warreader.index.quotes.owned_sources import _introduction

_BEFORE_NAME = r"(?P<between>[^,.;\"“”]{0,40}?)"


def _named_since_by_regex(pattern: re.Pattern[str], texts: list[str], name: str) -> bool:
    """named_since as it was written before: a pattern per surname and per call."""
    surname = re.escape(name.split()[-1]) + r"\b(?!['’]s)"
    right_after = re.compile(
        rf"{_BEFORE_NAME}(?:, |,?\s+(?:named|called)\s+(?:locally\s+)?(?:as\s+)?)"
        rf"{_TITLES}{surname}"
    )
    for k in range(len(texts) - 1, -1, -1):
        matches = list(pattern.finditer(texts[k]))
        if matches:
            end = matches[-1].end()
            head = matches[-1].group().split()[-1].lower()
            passive = re.compile(
                rf"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}{re.escape(head)})"
                rf"(?:,[^,.;\"“”]{{1,40}},)?\s*,?\s*(?:who\s+)?{_PASSIVE}{_TITLES}{surname}"
            )
            found = right_after.match(texts[k], end)
            if found is not None and not _names_another(found["between"], head):
                return True
            between = ""
            for n in range(k, len(texts)):
                text = texts[n][end:] if n == k else texts[n]
                naming = passive.search(text)
                if naming is not None:
                    return not naming["pronoun"] or not _another_between(
                        head, naming["pronoun"], between + " " + text[: naming.start()]
                    )
                between += " " + text
            return False
    return False


_PIECES = [
    ", ", ",", " ", "  ", "\n", "named ", "called ", "locally ", "as ", "Tom ", "Sgt ", "Dr ",
    "Ann ", "who lives next door", "aged 52", ".", ";", '"', "He ", "She ", "he ", "was ",
    "is ", "has been ", "had since been ", "has now been ", "later ", "named as ",
    "identified as ", "by police ", "by the Ministry of Defence ", "who ", "the minister",
    "solicitor", "at the clinic", "from Leeds", "X", "St. ", "-", "Van ", "da ", "'s", "’s",
]
_NAMES = ["Tom Hale", "Ann Cole", "Sean O'Neil", "Tom Hale-Smith", "Sam Jr.", "Bo da", "Li X"]


def test_named_since_gives_what_the_per_name_patterns_gave_on_made_up_texts():
    rng = random.Random(27)
    named = 0
    for _ in range(6000):
        head = rng.choice(["man", "woman", "officer"])
        name = rng.choice(_NAMES)
        surname = name.split()[-1]
        pool = _PIECES + [
            surname, surname + " ", surname + ",", "A " + head, "a " + head, "An " + head,
            "The " + head + " ", "the " + head + ", ",
        ] * 3
        texts = [
            "".join(rng.choice(pool) for _ in range(rng.randint(3, 25)))
            for _ in range(rng.randint(1, 3))
        ]
        pattern = _introduction(head)
        expected = _named_since_by_regex(pattern, texts, name)
        assert named_since(pattern, texts, name) == expected, (texts, name, head)
        named += expected
    assert named > 40  # the texts do name the introduced person often enough to tell


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("A man who lives next door, Tom Hale, heard the shots.", "Tom Hale", True),
        ("A woman named locally as Dr Ann Cole spoke first.", "Ann Cole", True),
        ("A man was arrested. He has since been named as Tom Hale.", "Tom Hale", True),
        ("A woman was hurt. The woman, from Leeds, was named as Ann Cole.", "Ann Cole", True),
        ("A man was arrested. The victim was named as Tom Hale.", "Tom Hale", False),
        ("A man in the crowd heckled the minister, Tom Hale.", "Tom Hale", False),
        ("A man, Tom Hale's neighbour, came out.", "Tom Hale", False),
        ("A man, Tom Haley, came out.", "Tom Hale", False),
        ("A man who lives next to Tom Hale, Sam Cole, came out.", "Tom Hale", False),
        ("A man, Sgt Dr Tom Hale, came out.", "Tom Hale", True),  # three title words
        ("A man, Rev Sgt Dr Tom Hale, came out.", "Tom Hale", False),  # four: too many
        ("A man was hurt. He was named as Sgt Dr Tom Hale.", "Tom Hale", True),
    ],
)
def test_named_since_on_written_sentences(text: str, name: str, named: bool):
    pattern = _introduction("woman" if "woman" in text else "man")
    assert named_since(pattern, [text], name) is named
    assert _named_since_by_regex(pattern, [text], name) is named


def test_named_since_compiles_no_pattern_per_name(monkeypatch):
    """Each person an introduction may name costs no pattern of its own: the naming
    right after the introduction, and a passive naming of someone else, are read with
    the module's patterns (a passive naming "as" the name itself still makes one; before,
    every call made two)."""
    pattern = _introduction("man")
    made: list[str] = []
    real = re.compile

    def counting(pattern, flags=0):
        made.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr("warreader.index.quotes.introduced_names.re.compile", counting)
    assert named_since(pattern, ["A man who lives near Ann Cole, Tom Hale, spoke."], "Tom Hale")
    assert not named_since(pattern, ["A man died. He was named as Sam Ode."], "Tom Hale")
    assert not named_since(pattern, ["A man, Tom Hale's son, spoke."], "Tom Hale")
    assert made == []
    assert named_since(pattern, ["A man died. He was named as Tom Hale."], "Tom Hale")
    assert len(made) == 1
