"""Names glued together by a title-case headline: "Tom Hale Compares Ann Roe's Plan To
Theft" capitalises its verb like the names around it, so the run "Tom Hale Compares Ann
Roe" reads as one person's name, and a later "Roe said" goes to him. The closed list of
headline verbs (``cue_lex.HEADLINE_VERBS``) cuts "Says", "Slams"; the article's body
cuts the others: :func:`glued_at` finds the word where a headline's name ends when the
body writes the word before it capitalised and never writes that word so ("Hale" is in
the body, "Compares" is not). Only in a title-case headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warreader.index.quotes import name_lex
from warreader.index.quotes.quoted_context import title_cased


def title_case_headline(text: str) -> bool:
    """Is ``text`` a headline written in title case ("Tom Hale Compares Ann Roe's Plan To
    Theft"), five words at least, not a sentence-case one ("Latest Opera browser gets
    vocal")?"""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 5 and title_cased(words)


def glued_at(words: Sequence[str], body: str) -> int:
    """The index of the first word of the name ``words`` (a headline's capitalised run)
    that glues two names together: not the first word nor the last, no given name,
    title, particle or small word, never written capitalised in ``body`` (the article's
    other paragraphs), while the word before it, the end of a name and no given name,
    is written there ("Hale" of "Tom Hale Compares Ann Roe"; not "Tom" when the body
    never writes "Hale"); ``len(words)`` when there is none."""
    names = name_lex.first_names()
    for k in range(1, min(len(words) - 1, _LONGEST)):
        word = words[k]
        low = word.lower()
        if low in names or low in name_lex.TITLES or low in _SMALL:
            continue
        if not word[:1].isupper() or _written(word, body):
            continue
        before = words[k - 1].removesuffix("'s").removesuffix("’s")
        if before.lower() not in names and _written(before, body):
            return k
        return len(words)  # the word before it ends no name the body gives: leave it
    return len(words)


_LONGEST = 8  # words of a name looked at: a headline's names are short
_SMALL = name_lex.NAME_PARTICLES | {"of", "the", "and", "a", "an", "in", "on", "to", "for",
                                    "with", "at", "by", "from", "as", "&"}
_TITLED_SMALL = frozenset(word.title() for word in _SMALL)  # "Of", "The" in a title-case run


def unglued(text: str, at: int, stop: int, body: str) -> list[tuple[int, int]]:
    """(start, end) of the names in the headline's capitalised run ``text[at:stop]``,
    cut where a word glues two together (:func:`glued_at`), that word left out: "Chuck
    Hale" and "Roe's" of "Chuck Hale Rips Roe's"; a piece with a small word capitalised
    ("Bank Of England") is left to the body to spell."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text, at, stop)]
    pieces: list[tuple[int, int]] = []
    while len(spans) > 2 and (cut := glued_at([text[a:b] for a, b in spans], body)) < len(spans):
        pieces.append((spans[0][0], spans[cut - 1][1]))
        spans = spans[cut + 1 :]
    if not pieces:
        return [(at, stop)]
    if spans:
        pieces.append((spans[0][0], spans[-1][1]))
    return [(a, b) for a, b in pieces if not titled_small(text[a:b].split())]


def titled_small(words: Sequence[str]) -> bool:
    """Does a title-case headline's name hold a small word capitalised ("Bank Of
    England")?"""
    return not _TITLED_SMALL.isdisjoint(words)


_WORD = re.compile(r"\S+")


def _written(words: str, body: str) -> bool:
    """Does ``body`` hold ``words`` as whole words, capitalised as given?"""
    return re.search(rf"(?<![\w’']){re.escape(words)}(?![\w])", body) is not None
