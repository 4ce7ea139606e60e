"""Tokenise a paragraph for the attribution rules, with each quotation as one token.

Words keep their offsets; abbreviations and initials keep their full stop ("Capt.",
"U.S.", "M."); a possessive ("Russia’s") is flagged; every quoted span, marks
included, becomes a single ``q`` token so rules read the narrative around quotes.
Derived forms (lower case, bare word, capitalisation) are computed once per token.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from index.quote_marks import Span
from index.sentences import ABBREVIATIONS

_TOKEN = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*\.?|[^\w\s]")


class Token:
    """A word (``kind`` "w"), punctuation ("p") or a whole quotation ("q").

    ``bare`` is the word without a possessive ending or final full stop, ``lower`` its
    lower case; ``possessive`` is true for "Russia’s" and "conscripts’".
    """

    __slots__ = (
        "kind",
        "text",
        "start",
        "end",
        "quote",
        "bare",
        "lower",
        "capitalised",
        "possessive",
    )

    def __init__(self, kind: str, text: str, start: int, end: int, quote: int = -1) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote  # index of the quotation in the paragraph's spans, for "q"
        bare = text
        possessive = False
        last = text[-1]
        if kind == "w" and len(text) > 2:
            if last == "s" and text[-2] in "’'":
                bare, possessive = text[:-2], True
            elif last in "’'":
                possessive = True
            elif last == "." and text.count(".") == 1:
                bare = text[:-1]
        self.bare = bare
        self.lower = bare.lower()
        self.capitalised = kind == "w" and text[0].isupper()
        self.possessive = possessive

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end})"


def _keep_dot(word: str) -> bool:
    core = word[:-1]
    return len(core) == 1 or "." in core or core.lower() in ABBREVIATIONS


def _words(text: str, start: int, end: int, tokens: list[Token]) -> None:
    append = tokens.append
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        a, b = match.span()
        if word[0].isalnum():
            if word[-1] == "." and not _keep_dot(word):
                append(Token("w", word[:-1], a, b - 1))
                append(Token("p", ".", b - 1, b))
                continue
            append(Token("w", word, a, b))
        else:
            append(Token("p", word, a, b))


def tokenize(
    text: str,
    spans: list[Span],
    start: int = 0,
    end: int | None = None,
    tokens: list[Token] | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]``; each span (and its marks) becomes one "q" token.

    ``spans`` are all the paragraph's spans (a "q" token's ``quote`` is the index in
    that list); only those inside the range are used. Tokens are appended to ``tokens``
    when it is given.
    """
    out: list[Token] = [] if tokens is None else tokens
    end = len(text) if end is None else end
    pos = start
    first = bisect_left(spans, start, key=lambda s: s.start)
    for k in range(first, len(spans)):
        span = spans[k]
        if span.start >= end:
            break
        q_start = max(pos, span.start - 1)
        q_end = min(len(text), span.end + (1 if span.closed else 0))
        _words(text, pos, q_start, out)
        out.append(Token("q", text[q_start:q_end], q_start, q_end, k))
        pos = q_end
    _words(text, pos, end, out)
    return out
