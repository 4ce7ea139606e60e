"""Counts in words, the same everywhere on screen: "1 quote", "14 quotes", "4 terms",
"100,000 articles" (thousands separated, as the article list's footer writes them)."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and ``word``, in the plural (``many``, default word + "s") unless 1."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def quotes_and_terms(quotes: int, terms: int = 0) -> str:
    """"14 quotes · 4 terms" (the terms left out when there are none)."""
    text = plural(quotes, "quote")
    return f"{text} · {plural(terms, 'term')}" if terms else text
