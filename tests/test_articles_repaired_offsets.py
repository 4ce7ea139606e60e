"""Offsets of text that normalisation repaired (index.articles.normalise): a quotation
or a paragraph that ends on a repaired character (mojibake, a decomposed accent) ends,
in the file, after every character that character stands for; a corpus found again
after a rename matches such a quotation's words; reading a file's source text does not
normalise it. Text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.annotations.adoption import matching
from warreader.index.annotations.anchor import QuoteAnchor
from warreader.index.annotations.corrections import Correction
from warreader.index.articles import decoding, read_article, read_source_text, segment
from warreader.index.articles.normalise import normalise_edits
from warreader.index.quotes import extract_quotes

# The last word of the quotation, as the file spells it, and as the article reads it.
ENDINGS = [
    ("caf\u00c3\u00a9", "caf\u00e9"),  # UTF-8 read as Latin-1: "cafÃ©"
    ("cafe\u0301", "caf\u00e9"),  # decomposed (NFD): "e" + a combining acute accent
    ("aqu\u00c3\u00ad", "aqu\u00ed"),  # "í" read as Latin-1: "Ã" + a soft hyphen
    ("Jos\u00c3\u0083\u00c2\u00a9", "Jos\u00e9"),  # mangled twice: "JosÃƒÂ©"
]


def _article_file(tmp_path: Path, last_word: str) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(
        "Harbour cafe reopens.\n\n"
        "The harbour cafe at Westhaven reopened on Monday after a winter of repairs.\n\n"
        f'"We missed our morning coffee at the {last_word}" said harbour master Ann Tully.\n\n'
        "The cafe will stay open late through the summer, its owner said.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("raw", "clean"), ENDINGS)
def test_a_quotation_ending_on_a_repaired_character_ends_after_it_in_the_file(
    tmp_path: Path, raw: str, clean: str
):
    path = _article_file(tmp_path, raw)
    source = read_source_text(path)
    [quote] = [q for q in extract_quotes(read_article(path)) if q.kind == "quote"]
    assert quote.text == f"We missed our morning coffee at the {clean}"
    assert quote.speaker == "Ann Tully"
    assert source[quote.start : quote.end] == f"We missed our morning coffee at the {raw}"
    assert source[quote.end] == '"'


@pytest.mark.parametrize(("raw", "clean"), ENDINGS)
def test_a_paragraph_ending_on_a_repaired_character_ends_after_it_in_the_file(
    tmp_path: Path, raw: str, clean: str
):
    path = tmp_path / "note.txt"
    path.write_text(
        "Harbour cafe reopens.\n\n"
        "The harbour cafe at Westhaven reopened on Monday after a winter of repairs.\n\n"
        "Its first customer on Monday morning was the harbour master, who said she had "
        f"waited all winter for a seat at the {raw}\n\n"
        "The cafe will stay open late through the summer, its owner said.\n",
        encoding="utf-8",
    )
    source = read_source_text(path)
    last = read_article(path).paragraphs[1]
    assert last.text.endswith(clean)
    assert source[last.start : last.end].endswith(raw)
    assert last.raw_end(len(last.text)) == last.end


def test_a_renamed_corpus_matches_a_quotation_with_repaired_words(tmp_path: Path):
    path = _article_file(tmp_path, "caf\u00c3\u00a9")
    [quote] = [q for q in extract_quotes(read_article(path)) if q.kind == "quote"]
    anchor = QuoteAnchor("harbour.txt", quote.text)
    assert "caf\u00e9" in anchor.text
    assert matching([Correction("speaker", anchor=anchor, to="Bo Tully")], [tmp_path]) == 1
    moved = QuoteAnchor("harbour.txt", "We missed our evening tea at the caf\u00e9")
    assert matching([Correction("speaker", anchor=moved, to="Bo Tully")], [tmp_path]) == 0


def test_reading_the_source_text_does_not_normalise_it(tmp_path: Path, monkeypatch):
    path = _article_file(tmp_path, "caf\u00c3\u00a9")
    texts: list[str] = []

    def counted(text: str) -> list:
        texts.append(text)
        return normalise_edits(text)

    monkeypatch.setattr(segment, "normalise_edits", counted)
    source = read_source_text(path)
    assert "caf\u00c3\u00a9" in source and texts == []
    assert decoding.read_decoded(path) == (source, None)  # repairs are counted as read
    article = read_article(path)
    assert article.warnings == ["1 mis-decoded character (UTF-8 read as Latin-1) read as meant"]
    # one pass: each paragraph normalised once, the count taken from it (no second pass
    # over the whole file for the warning)
    assert [t for t in texts if "\u00c3" in t] == [
        '"We missed our morning coffee at the caf\u00c3\u00a9" said harbour master Ann Tully.'
    ]
