"""Build articles from literal text for the quote-engine tests (no file reading)."""

from __future__ import annotations

import re
import sys

from warreader.index.model import Article, Paragraph, Quote
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.marks import find_spans


def article_from_text(text: str) -> Article:
    """An article whose paragraphs are ``text``'s blank-line-separated blocks."""
    paragraphs = [
        Paragraph(m.group(), m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)
    ]
    return Article(id="t", path="t.txt", title="t", paragraphs=paragraphs)


def quotes_of(text: str, aliases: dict[str, list[str]] | None = None) -> list[Quote]:
    """The quotes found in ``text``; offsets checked against it."""
    quotes = extract_quotes(article_from_text(text), aliases)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return quotes


def kinds_of(text: str) -> dict[str, str]:
    """Quoted words -> their kind ("quote" or "term") for every span found in ``text``."""
    return {q.text: q.kind for q in quotes_of(text)}


def said(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) for every quote of kind "quote"."""
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "quote"]


def speakers(*paragraphs: str) -> list[str | None]:
    """The speaker of every quote of kind "quote", in order, in ``paragraphs`` joined by
    blank lines (one argument: that text as it is)."""
    return [speaker for _, speaker in said("\n\n".join(paragraphs))]


def spans_of(text: str) -> list[str]:
    """The words of every quoted span the mark scanner finds in ``text`` (one paragraph)."""
    return [text[s.start : s.end] for s in find_spans([text])]


def only_speaker(text: str) -> str | None:
    """The speaker of the one quote of kind "quote" in ``text`` (fails on more or none)."""
    found = said(text)
    assert len(found) == 1, found
    return found[0][1]


def extraction_line_events(text: str, **options: object) -> tuple[int, list[Quote]]:
    """The Python line events while :func:`extract_quotes` reads ``text`` as one paragraph
    (a count of the work done that does not depend on the machine; ``options`` go to
    ``extract_quotes``), and the quotes it found."""
    return paragraphs_line_events([text], **options)


def paragraphs_line_events(texts: list[str], **options: object) -> tuple[int, list[Quote]]:
    """The same for an article of the paragraphs ``texts``."""
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(text, start, start + len(text)))
        start += len(text) + 2
    article = Article(id="x", path="x", title="x", paragraphs=paragraphs)
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += event == "line"
        return tracer

    sys.settrace(tracer)
    try:
        quotes = extract_quotes(article, **options)
    finally:
        sys.settrace(None)
    return count, quotes
