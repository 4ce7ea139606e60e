"""Surnames that are words the engine otherwise never takes for a name ("Tom Early",
"Ann May", "Jo Still"): after the article has given the full name, the bare surname
next to a reporting verb ("says Early.", "Early said") names that person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warreader.index.quotes import cue_lex, lexicon, name_lex
from warreader.index.quotes.tokens import Token

# Words no name starts with that may end one ("Early", "Still", "May"; not "I" nor "He").
_WORDS = frozenset(
    w for w in lexicon.NOT_NAME_START if len(w) > 2 and w not in lexicon.PRONOUNS
)
# One of them, capitalised, after a space and a capitalised word ("Tom Early").
_SURNAME = re.compile(
    r"(?<=[a-z] )(?:"
    + "|".join(sorted((w.capitalize() for w in _WORDS), key=len, reverse=True))
    + r")\b(?! [A-Z])"
)
_GIVEN_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


class SurnameWord(Token):
    """A word token that is the surname of a person the article named in full."""

    __slots__ = ()


def word_surnames(texts: Sequence[str]) -> frozenset[str]:
    """The lower-case words of ``lexicon.NOT_NAME_START`` that one full name of the
    article ends on: a given name, then the word ("Tom Early" -> "early"); not when two
    given names share it ("Tom Early and his wife Ann Early": "said Early" is either)."""
    given = name_lex.first_names()
    firsts: dict[str, set[str]] = {}
    for text in texts:
        for m in _SURNAME.finditer(text):
            before = _GIVEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before is not None and (first := before.group()[:-1].lower()) in given:
                firsts.setdefault(m.group().lower(), set()).add(first)
    return frozenset(word for word, names in firsts.items() if len(names) == 1)


class WordSurnames:
    """An article's surnames that are words (:func:`word_surnames`), read from its
    paragraphs only when a sentence first asks about one: most articles never do."""

    __slots__ = ("_texts", "_found")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._found: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._found is None:
            self._found = word_surnames(self._texts)
        return word in self._found


def mark_surnames(tokens: list[Token], floor: int, surnames: WordSurnames) -> None:
    """Mark, in the sentence from ``floor``, the capitalised words of ``surnames`` that
    stand inside it after a reporting verb and before its end, a comma or a semicolon
    ('"...," says Early.') or right before a reporting verb ("..., Early said"): never a
    word opening the sentence, nor one that other words follow ("said May was", "says
    Early in the day")."""
    for k in range(floor + 1, len(tokens)):
        t = tokens[k]
        if t.lower not in _WORDS or not t.capitalised:
            continue
        before = tokens[k - 1]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        cue_before = before.kind == "w" and before.lower in cue_lex.CUE_VERBS and (
            after is None or after.text in (".", ",", ";"))
        cue_after = after is not None and after.kind == "w" and after.lower in cue_lex.CUE_VERBS
        if (cue_before or cue_after and before.kind == "p") and t.lower in surnames:
            tokens[k] = SurnameWord(
                t.kind, t.text, t.start, t.end, t.quote, t.bare, t.lower, t.capitalised,
                t.possessive,
            )
