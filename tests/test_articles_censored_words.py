"""A word censored with asterisks keeps them: "**" is Markdown bold only on its own, not
inside a longer run of asterisks (issue 10, extraction, eighth round). Text written for
this test."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes


def test_a_censored_word_in_a_quotation_keeps_its_asterisks(tmp_path: Path):
    path = tmp_path / "pier.txt"
    path.write_text(
        "Row at the pier.\n\n"
        "The harbour master lost his temper on Monday, witnesses told the council.\n\n"
        "He told one skipper to \u201cget the h*** off my quay!\u201d and walked away.\n\n"
        "A **full** inquiry will follow, the council said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    texts = [p.text for p in article.paragraphs]
    assert "He told one skipper to \u201cget the h*** off my quay!\u201d and walked away." in texts
    assert "A full inquiry will follow, the council said." in texts  # bold markers go
    quoted = [q.text for q in extract_quotes(article) if q.kind == "quote"]
    assert quoted == ["get the h*** off my quay!"]
