"""Reading one article file into an :class:`~index.model.Article`."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from warreader.index.articles.clean import analyse
from warreader.index.articles.decoding import ArticleError, read_decoded, with_repairs
from warreader.index.articles.segment import split_units
from warreader.index.articles.source_url import url_from_text
from warreader.index.model import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


def article_id(path: str | Path) -> str:
    """Stable id of an article: 12 hex chars of a hash of its resolved path."""
    return _id_of(str(Path(path).expanduser().resolve()))


def _id_of(resolved: str) -> str:
    return hashlib.sha1(os.fsencode(resolved)).hexdigest()[:12]  # any bytes a name holds


def read_article(path: str | Path) -> Article:
    """Read, decode and clean one article file.

    Raises :class:`ArticleError` (with a one-line ``reason``) for a missing,
    unreadable, empty, binary, too large or unsupported file, or one with no text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES and path.is_file():
        raise ArticleError(f"unsupported file type '{suffix or path.name}' (want .txt/.md/.html)")
    source, warning = read_decoded(path)
    more: list[str] = []
    if suffix in HTML_SUFFIXES:
        from warreader.index.articles.html_reader import parse_html

        parsed, paragraphs, more, repaired = parse_html(source)
        headline = None
        url = parsed.url
    else:
        units = split_units(source)
        repaired = sum(unit.repaired for unit in units)
        parsed = analyse(units)
        paragraphs = [m.to_paragraph() for m in parsed.paragraphs]
        headline = parsed.headline.to_paragraph() if parsed.headline is not None else None
        url = url_from_text(source)
    if not paragraphs:
        raise ArticleError("no article text found")
    warning = with_repairs(warning, repaired)
    warnings = ([warning] if warning else []) + more
    # Path.resolve is this and a stat to report a symlink loop, which the read above
    # would have met first
    resolved = os.path.realpath(path.expanduser())
    return Article(
        id=_id_of(resolved),
        path=resolved,
        title=parsed.title or "",
        title_derived=parsed.title_derived,
        date=parsed.date,
        author=parsed.author,
        outlet=parsed.outlet,
        paragraphs=paragraphs,
        warnings=warnings,
        headline=headline,
        url=url,
    )
