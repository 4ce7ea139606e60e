"""Pointing at a quote so that the pointer survives re-indexing and edits elsewhere.

A :class:`QuoteAnchor` holds the article's path relative to the corpus folder it lies in
(so a renamed or moved corpus folder keeps it), the quote's words, and up to
:data:`CONTEXT` characters of the paragraph on either side. :func:`locate` finds the
quote again among an article's quotes: the words must match exactly (after folding
white space); where they occur more than once, the neighbourhood decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from warreader.index.model import Article, Quote

CONTEXT = 60
"""Characters of the paragraph kept on either side of the quote."""

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` with each run of white space made one space, ends trimmed."""
    return _SPACE.sub(" ", text).strip()


def relative_path(article_path: str | Path, roots: Iterable[str | Path]) -> str:
    """``article_path`` relative to the corpus folder holding it (POSIX separators).

    A root that is a file (an article given by itself) gives the file's name; a path under
    no root gives the file's name too, so an anchor never holds an absolute path.
    """
    path = Path(article_path).expanduser().resolve()
    best: str | None = None
    for root in roots:
        root_path = Path(root).expanduser().resolve()
        if root_path == path:
            return path.name
        try:
            rel = path.relative_to(root_path).as_posix()
        except ValueError:
            continue
        if best is None or len(rel) < len(best):
            best = rel
    return best if best is not None else path.name


def _paragraph_text(article: Article, quote: Quote) -> str | None:
    if quote.paragraph == -1:
        return article.headline.text if article.headline is not None else None
    if 0 <= quote.paragraph < len(article.paragraphs):
        return article.paragraphs[quote.paragraph].text
    return None


def neighbourhood(article: Article, quote: Quote) -> tuple[str, str]:
    """Up to :data:`CONTEXT` characters of the quote's paragraph before and after it."""
    text = _paragraph_text(article, quote)
    if text is None:
        return "", ""
    before = text[max(0, quote.para_start - CONTEXT):quote.para_start]
    after = text[quote.para_end:quote.para_end + CONTEXT]
    return fold(before), fold(after)


@dataclass(frozen=True)
class QuoteAnchor:
    """Where a quote is, in words: article path (relative), the quote, its neighbourhood."""

    path: str
    text: str
    before: str = ""
    after: str = ""

    @classmethod
    def of(cls, article: Article, quote: Quote, roots: Iterable[str | Path]) -> QuoteAnchor:
        """The anchor of ``quote`` in ``article``, whose corpus folders are ``roots``."""
        before, after = neighbourhood(article, quote)
        return cls(relative_path(article.path, roots), fold(quote.text), before, after)

    def to_dict(self) -> dict[str, str]:
        """The anchor as it is written to YAML."""
        return {"article": self.path, "text": self.text,
                "before": self.before, "after": self.after}

    @classmethod
    def from_dict(cls, data: object) -> QuoteAnchor | None:
        """The anchor read back from YAML, or None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        path, text = data.get("article"), data.get("text")
        if not isinstance(path, str) or not isinstance(text, str) or not path or not text:
            return None
        before, after = data.get("before", ""), data.get("after", "")
        return cls(path, fold(text), before if isinstance(before, str) else "",
                   after if isinstance(after, str) else "")


def _closeness(anchor: QuoteAnchor, before: str, after: str) -> float:
    left = SequenceMatcher(None, anchor.before[::-1], before[::-1]).ratio()
    right = SequenceMatcher(None, anchor.after, after).ratio()
    return left + right


def locate(anchor: QuoteAnchor, article: Article, quotes: Sequence[Quote]) -> Quote | None:
    """The quote of ``article`` that ``anchor`` points at, or None if its words are gone.

    The words must be the same (white space folded). If they occur more than once, the
    occurrence whose neighbourhood is closest to the anchor's wins.
    """
    same = [q for q in quotes if fold(q.text) == anchor.text]
    if len(same) <= 1:
        return same[0] if same else None
    return max(same, key=lambda q: _closeness(anchor, *neighbourhood(article, q)))
