"""A query that found nothing because a name in it is misspelt: "did you mean
speaker:greenspan?" (ux29: `speaker:greenspen`, `greenspen` and `speaker:pesk` found
nothing and said only "try fewer words, a prefix or a fuzzy word").

The corpus's speakers are the names a reader searches for; a query word (a bare word or
a ``speaker:`` value) that is none of their words but close to one (rapidfuzz's ratio)
is swapped for it, and the swap is suggested only if the query then finds something.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from warreader.tui.safe_text import one_line

CLOSE = 80
"""The least rapidfuzz ratio (0-100) for a name's word to be offered for a query word:
"greenspen"/"greenspan" 89, "zelenskiy"/"zelenskyy" 89, "pesk"/"peskov" 80."""
_TOKEN = re.compile(r"(?<![\w:-])(?:(speaker):)?([^\W\d_]{4,})(?![\w:*~])", re.IGNORECASE)
LINE = 78
"""At most this long, as every reason of tui.query_hints (one line of the bar at 80
columns): a long name is left out."""
_OPERATORS = frozenset({"and", "or", "not", "to"})


def name_words(names: Iterable[str]) -> dict[str, str]:
    """Each word of ``names`` (lower case, 3 letters or more) -> the first name it is in
    (names most quoted first: the best known)."""
    words: dict[str, str] = {}
    for name in names:
        for word in one_line(name).split():
            word = word.strip(".,()\"'’").casefold()
            if len(word) > 2 and word.isalpha():
                words.setdefault(word, name)
    return words


def near_name(query: str, names: Callable[[], Iterable[str]],
              finds: Callable[[str], int], speaker_only: bool = False) -> str | None:
    """"did you mean speaker:greenspan, as in Alan Greenspan?" for ``query``,
    which found nothing, when one of its words is close to a word of ``names()`` and the
    query with that word finds something (``finds(query)``: how many hits); None
    otherwise, and for a query with a phrase or a group (their words are not swapped).
    ``speaker_only``: only ``speaker:`` values are tried (the article filter, whose bare
    words are title words)."""
    if '"' in query or "(" in query:
        return None
    tokens = [m for m in _TOKEN.finditer(query) if m[2].casefold() not in _OPERATORS
              and (m[1] or not speaker_only)]
    if not tokens:
        return None
    words = name_words(names())
    if not words:
        return None
    from rapidfuzz import fuzz, process

    for match in tokens:
        typed = match[2].casefold()
        if typed in words:
            continue
        best = process.extractOne(typed, list(words), scorer=fuzz.ratio, score_cutoff=CLOSE)
        if best is None:
            continue
        word = best[0]
        fixed = f"{query[:match.start(2)]}{word}{query[match.end(2):]}"
        if finds(fixed):
            said = f"{match[1].lower()}:{word}" if match[1] else word
            whole = f"did you mean {said}, as in {one_line(words[word])}?"
            return whole if len(whole) <= LINE else f"did you mean {said}?"
    return None


_SPEAKER_VALUE = re.compile(r'(?<![\w-])speaker:("[^"]+"|[^\s()"]+)', re.IGNORECASE)
_NOT_ANDED = re.compile(r"\b(?:NOT|OR)\b|(?<![\w-])-\w")
CLI_LISTING = "warreader speakers lists them"
"""How `warreader search` says to list the corpus's speakers."""
APP_LISTING = "{key} lists every speaker in the sidebar"
"""How the reader says to list the corpus's speakers (the sidebar's corpus mode; ``key``
the key of toggle-speakers as the config maps it)."""
_SHOWN_NAME = 24


def unknown_speaker(query: str, speaker_hits: Callable[[str], int],
                    listing: str = CLI_LISTING) -> str | None:
    """"no speaker named blair is quoted here; warreader speakers lists them" for
    ``query``, which found nothing, when a ``speaker:`` value of it finds no quote alone
    (``speaker_hits(value)``) and the query ANDs it (not under NOT or OR); ``listing``
    says how to list the speakers. None otherwise (ux29: `speaker:blair` on the BBC got
    the generic "try fewer words")."""
    if _NOT_ANDED.search(query):
        return None
    for match in _SPEAKER_VALUE.finditer(query):
        value = match[1]
        if speaker_hits(value) == 0:
            shown = one_line(value)
            if len(shown) > _SHOWN_NAME:
                shown = shown[:_SHOWN_NAME - 1] + "…"
            return f"no speaker named {shown} is quoted here; {listing}"
    return None
