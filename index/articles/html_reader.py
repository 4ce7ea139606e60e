"""Saved web pages: main text with trafilatura, metadata from the page's tags.

trafilatura extracts the article's main text (one paragraph per line) and reads the
page's metadata (``og:title``/``<title>``, ``author``, ``article:published_time`` and
the like, ``og:site_name``, the canonical link or ``og:url``); the text then goes
through the same cleaning as plain text. Each paragraph is looked up in the raw HTML:
verbatim where it is there, else character by character through the page's visible text
(:mod:`index.articles.html_offsets`: entities decoded, tags skipped), so a quotation's
offsets point at its words in the file. A paragraph found neither way (its text repaired
or recomposed by normalisation) gets an offset found from a shorter stretch of its text,
or the previous paragraph's end; the article then carries a warning saying how many
offsets are approximate.
"""

from __future__ import annotations

from warreader.index.articles.clean import Parsed, analyse, analyse_extracted
from warreader.index.articles.decoding import ArticleError
from warreader.index.articles.hover_cards import doubled_name, without_cards
from warreader.index.articles.html_offsets import Markup, PageText
from warreader.index.articles.normalise import normalise
from warreader.index.articles.segment import split_units
from warreader.index.articles.source_url import clean_url
from warreader.index.model import Paragraph

_PROBE = 40


def _locate(source: str, text: str, cursor: int) -> tuple[int, bool]:
    """Raw start of ``text`` at or after ``cursor``; ``(start, exact)``."""
    found = source.find(text, cursor)
    if found >= 0:
        return found, True
    for k in range(0, max(1, len(text) - _PROBE), _PROBE):
        probe = text[k : k + _PROBE]
        found = source.find(probe, cursor)
        if found >= 0:
            return max(cursor, found - k), False
    return cursor, False


def _extract(trafilatura, page):  # noqa: ANN001 - the module and a page or its tree
    """trafilatura's reading of ``page``: main text and metadata."""
    return trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True
    )


def parse_html(source: str) -> tuple[Parsed, list[Paragraph], list[str], int]:
    """Parse a page; returns the analysis, the paragraphs, any warnings and how many
    mis-decoded characters its text and title read as meant (none counted in the rest
    of the page: scripts, attributes)."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise ArticleError(f"cannot read HTML: trafilatura unavailable ({exc})") from None
    doc = _extract(trafilatura, source)
    if doc is not None and doubled_name(doc.text or ""):
        tree = trafilatura.load_html(source)
        if tree is not None and without_cards(tree):
            doc = _extract(trafilatura, tree) or doc
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no article text found in the page")
    units = split_units(doc.text, wrap=False, markdown=False)  # normalised as units are
    title, repaired = normalise(doc.title or "")
    title = " ".join(title.split())
    repaired += sum(unit.repaired for unit in units)
    parsed = analyse_extracted(units, title) if title else analyse(units)
    parsed.date = (doc.date or "")[:10] or parsed.date
    parsed.author = doc.author or parsed.author
    parsed.outlet = doc.sitename or parsed.outlet
    parsed.url = clean_url(doc.url)
    paragraphs: list[Paragraph] = []
    cursor, inexact = 0, 0
    page: PageText | None = None  # read only when a paragraph is not in the page verbatim
    markup = Markup(source)
    for m in parsed.paragraphs:
        found = source.find(m.text, cursor)
        while found >= 0 and not markup.visible(found, found + len(m.text)):
            found = source.find(m.text, found + 1)  # in a meta tag or a script: not shown
        if found >= 0:
            paragraphs.append(Paragraph(m.text, found, found + len(m.text)))
            cursor = found + len(m.text)
            continue
        page = page or PageText(source)
        mapped = page.locate(m.text, cursor)
        if mapped is not None:
            paragraphs.append(mapped.to_paragraph())
            cursor = mapped.end
            continue
        start, exact = _locate(source, m.text, cursor)
        inexact += 1
        paragraphs.append(Paragraph(m.text, start, start))
        cursor = max(cursor, start)
    warnings = []
    if inexact:
        warnings.append(
            f"HTML: raw offsets of {inexact} of {len(paragraphs)} paragraphs are approximate"
        )
    return parsed, paragraphs, warnings, repaired
