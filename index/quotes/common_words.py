"""Words English writes in lower case ("wages", "exports", "former", "compares"), from
``data/common_words.txt`` (built by ``bench/build_common_words.py`` from the BBC corpus's
vocabulary, with each word's counts in lower case and capitalised inside sentences).

A one-word name that is one of these, only ever opening a sentence and never speaking, is
nobody a later "it" or "they" stands for ("Wages fell, they said": ``entities``). A
capitalised word of a title-case headline that is one of these and ends in "s" is a verb,
no part of a name ("Ann Pike Compares Varley's Plan To Theft": ``name_runs``, ``phrases``);
one that is hardly ever capitalised (``never_name``: "Former", "Latest") and opens a
sentence before a job and a name is no subject ("Former radio presenter Colin Asher has
...": ``clause_subjects``). Names that are also words ("Shell", "Apple") are written
capitalised inside sentences often enough to stay off the list.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from warreader.index.quotes import job_lex, name_lex


@cache
def _counts() -> dict[str, tuple[int, int]]:
    """word -> (times in lower case, times capitalised) inside the corpus's sentences."""
    path = Path(__file__).with_name("data") / "common_words.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    counts = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, lower, upper = line.split("\t")
            counts[word] = int(lower), int(upper)
    return counts


def common(word: str) -> bool:
    """Is ``word`` (any case) a word English writes in lower case?"""
    return word.lower() in _counts()


_NEVER_NAME_RATIO = 20


def never_name(word: str) -> bool:
    """Is ``word`` a common word hardly ever capitalised inside a sentence ("former",
    "latest"; not "young", a surname too), and no given name ("Will") nor a word for a
    person ("Chairman Vivian Hale")?"""
    low = word.lower()
    lower, upper = _counts().get(low, (0, 0))
    return lower >= _NEVER_NAME_RATIO * max(upper, 1) and not (
        low in name_lex.first_names() or low in job_lex.PERSON_NOUNS
    )
