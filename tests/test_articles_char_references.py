"""HTML character references left in a text file ("Jos&#233;", "&#163;1.8m", "&lt;"),
as some saved corpora have them: the reader shows the characters they name, in the title,
the paragraphs, a quotation and its speaker, while offsets still point into the file as
written. A reference that names no single printable character, and a bare "&", stay.
Text written for these tests."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article, read_source_text
from warreader.index.articles.normalise import entity_edits, unescape_references
from warreader.index.quotes import extract_quotes


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "fine.txt"
    path.write_text(
        "&#163;2m fine for harbour caf&#xE9; owner\n\n"
        "A harbour caf&#233; owner in Westhaven was fined on Monday for breaking the rules "
        "on R&B concerts after dark.\n\n"
        '"We will pay the &#163;2m and the clich&#233;s can stop," said Jos&#233; Ortega, '
        "the owner.\n\n"
        "The council said the fine was fair &lt;and final&gt;.\n",
        encoding="utf-8",
    )
    return path


def test_references_read_as_characters_in_title_paragraphs_and_quotes(tmp_path: Path):
    article = read_article(_article(tmp_path))
    assert article.title == "£2m fine for harbour café owner"
    texts = [p.text for p in article.paragraphs]
    assert any("harbour café owner" in t and "R&B concerts" in t for t in texts)
    assert any(t.endswith("fair <and final>.") for t in texts)
    [quote] = [q for q in extract_quotes(article) if q.kind == "quote"]
    assert quote.text == "We will pay the £2m and the clichés can stop,"
    assert quote.speaker == "José Ortega"


def test_a_quotation_keeps_its_place_in_the_file_as_written(tmp_path: Path):
    path = _article(tmp_path)
    source = read_source_text(path)
    [quote] = [q for q in extract_quotes(read_article(path)) if q.kind == "quote"]
    written = "We will pay the &#163;2m and the clich&#233;s can stop,"
    assert source[quote.start : quote.end] == written
    assert source[quote.end] == '"'


def test_only_references_to_one_printable_character_are_read():
    text = "R&B &amp; soul &#0; &bogus; &#x1F600; &#9;tab &nosemicolon"
    assert unescape_references(text) == "R&B & soul &#0; &bogus; \U0001f600 \ttab &nosemicolon"
    assert [(text[i:j], c) for i, j, c in entity_edits(text)] == [
        ("&amp;", "&"), ("&#x1F600;", "\U0001f600"), ("&#9;", "\t")]
    assert entity_edits("no references here") == []
