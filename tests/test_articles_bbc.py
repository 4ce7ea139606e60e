"""All 1,808 BBC articles parse; line 1 is the headline of each (its HTML character
references, "&#163;", read as the characters they name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.articles import load_articles, read_source_text
from warreader.index.articles.normalise import unescape_references

BBC = Path(__file__).resolve().parents[2] / "shared/corpora/bbc"
CATEGORIES = ("business", "entertainment", "sport", "tech")


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not beside the repo")
def test_every_bbc_article_parses_with_its_headline():
    skipped: list[tuple[Path, str]] = []
    articles = load_articles(
        [BBC / c for c in CATEGORIES], on_skip=lambda p, r: skipped.append((p, r))
    )
    assert skipped == []
    assert len(articles) == 1808
    for article in articles:
        source = read_source_text(article.path)
        assert article.title == unescape_references(source.split("\n", 1)[0].strip()), article.path
        assert not article.title_derived and article.paragraphs
        first = article.paragraphs[0]
        n = min(20, len(first.text))
        assert first.text[:n] == unescape_references(source[first.raw_offset(0) :])[:n]
