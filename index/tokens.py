"""Tokenise a paragraph for the attribution rules, with each quotation as one token.

Words keep their offsets; abbreviations and initials keep their full stop ("Capt.",
"U.S.", "M."); a possessive ("Russia’s") is flagged; every quoted span, marks
included, becomes a single ``Q`` token so rules read the narrative around quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.quote_marks import Span
from index.sentences import ABBREVIATIONS

_TOKEN = re.compile(r"(?P<w>[^\W_](?:[^\W_]|[.'’\-](?=[^\W_]))*\.?)|(?P<p>[^\w\s])", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Token:
    """A word (``kind`` "w"), punctuation ("p") or a whole quotation ("q")."""

    kind: str
    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation in the paragraph's span list, for "q"

    @property
    def lower(self) -> str:
        """The text in lower case, possessive ending and final full stop removed."""
        return self.bare.lower()

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        text = self.text
        if text.endswith(("’s", "'s")):
            return text[:-2]
        return text.rstrip(".") if text.endswith(".") and text.count(".") == 1 else text

    @property
    def possessive(self) -> bool:
        """True for "Russia’s", "conscripts’"."""
        return self.kind == "w" and bool(_POSSESSIVE.search(self.text)) and len(self.text) > 2

    @property
    def capitalised(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.kind == "w" and self.text[0].isupper()


def _keep_dot(word: str) -> bool:
    core = word[:-1]
    return len(core) == 1 or "." in core or core.lower() in ABBREVIATIONS


def tokenize(text: str, spans: list[Span]) -> list[Token]:
    """Tokens of ``text``; each span (and its marks) becomes one "q" token."""
    tokens: list[Token] = []
    k = 0
    regions = [(max(0, s.start - 1), min(len(text), s.end + (1 if s.closed else 0))) for s in spans]
    pos = 0
    while pos < len(text):
        if k < len(regions) and pos >= regions[k][0]:
            start, end = regions[k]
            tokens.append(Token("q", text[start:end], start, end, k))
            pos = max(end, pos + 1)
            k += 1
            continue
        limit = regions[k][0] if k < len(regions) else len(text)
        match = _TOKEN.search(text, pos, limit)
        if not match:
            pos = limit
            continue
        word = match.group()
        end = match.end()
        if match.lastgroup == "w" and word.endswith(".") and not _keep_dot(word):
            word, end = word[:-1], end - 1
        tokens.append(Token(match.lastgroup or "p", word, match.start(), end))
        pos = end if end > match.start() else match.start() + 1
        if match.lastgroup == "w" and end < match.end():
            tokens.append(Token("p", ".", end, end + 1))
            pos = end + 1
    return tokens
