"""One spelling for every name: soft hyphens, decomposed accents and mojibake in article
text read as the clean spelling, offsets pointing into the same normalised text. Every
text here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warreader.index.articles import read_article, read_source_text
from warreader.index.articles.normalise import normalise
from warreader.index.articles.segment import as_read
from warreader.index.quotes import extract_quotes


def _mojibake(text: str) -> str:
    """``text`` saved as UTF-8 and read back as cp1252 (Latin-1 where cp1252 has no
    character): what a careless copy between systems leaves."""
    data = text.encode("utf-8")
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data
    )


@pytest.mark.parametrize(
    ("mangled", "clean"),
    [
        ("Jos\u00c3\u00a9 Mar\u00c3\u00ada", "José María"),  # UTF-8 read as Latin-1
        ("don\u00e2\u20ac\u2122t", "don’t"),  # a curly apostrophe read as cp1252
        ("\u00e2\u20ac\u0153Yes\u00e2\u20ac\u009d", "“Yes”"),  # cp1252 has no 0x9D
        ("Fran\u00c3\u0083\u00c2\u00a7ois", "François"),  # mangled twice
        ("Pe" + "A\u0303" + "\u00b1a", "Peña"),  # mangled, then decomposed (NFD)
        ("G" + "A\u0303" + "1\u20444" + "len", "Gülen"),  # and compatibility-decomposed
        ("Garc" + "A\u0303" + "\u00ad" + "a", "García"),  # a mangled byte that is U+00AD
        ("Jes" + "A\u0303" + "os", "Jesús"),
        ("Milo\u00c5\u00a1evi\u00c4\u2021", "Milošević"),
        ("\u00c2\u00a310", "£10"),
        ("Jose\u0301", "José"),  # NFD
        ("Doug \u00adAn\u00addres", "Doug Andres"),  # soft hyphens
        ("Zo\u200be", "Zoe"),  # a zero-width space
    ],
)
def test_a_name_reads_as_its_clean_spelling(mangled, clean):
    assert normalise(mangled)[0] == clean
    assert normalise(_mojibake(clean))[0] == clean


@pytest.mark.parametrize(
    "text",
    [
        "SÃO PAULO and São Paulo",  # Portuguese capitals
        "CAFÉ” and PÅ” and NÃO”",  # capitals before a closing mark
        "naïve café in Kraków, £5 for 2½ hours",
        "Ægir’s 3⁄4 share",
        "one line\n\u200b\nand the next",  # a zero-width space alone keeps its line
    ],
)
def test_text_that_is_not_mojibake_stays_as_it_is(text):
    assert normalise(text) == (text, 0)


_ARTICLE = (
    "Harbour workers vote to strike.\n\n"
    "The harbour workers' union voted on Monday to strike for two days next week, its "
    "leader {name} said after the count in the union hall on the quay.\n\n"
    "\u201cWe have waited long enough for the company to talk to us,\u201d {name} told "
    "reporters. \u201cNow it will have to listen to {name2}.\u201d\n\n"
    "The company said it was disappointed by the vote and would meet the union again "
    "before the strike was due to begin.\n"
)


@pytest.mark.parametrize(
    "spelling",
    [
        "Jos\u00c3\u00a9 Mar\u00c3\u00adn",  # mojibake
        "Jose\u0301 Mari\u0301n",  # NFD
        "Jos\u00e9 Ma\u00adr\u00edn",  # a soft hyphen
    ],
)
def test_speakers_and_offsets_use_the_clean_spelling(tmp_path: Path, spelling: str):
    path = tmp_path / "strike.txt"
    path.write_text(
        _ARTICLE.format(name=spelling, name2=spelling.split()[0]), encoding="utf-8"
    )
    article = read_article(path)
    source = read_source_text(path)  # the file's own text: offsets index it
    assert spelling in source
    texts = [p.text for p in article.paragraphs]
    assert any("its leader José Marín said" in t for t in texts)
    quotes = [q for q in extract_quotes(article) if q.kind == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We have waited long enough for the company to talk to us,", "José Marín"),
        ("Now it will have to listen to José.", "José Marín"),
    ]
    for q in quotes:  # the file's offsets hold the quotation the reader shows
        assert as_read(source[q.start : q.end]) == q.text
        record = json.loads(json.dumps(q.to_record(str(path), source)))
        assert as_read(record["source_text"]) == q.text
    names = [p for p in article.paragraphs if "José Marín" in p.text]
    for p in names:  # and every character of a paragraph maps back into the file
        i = p.text.index("José Marín")
        assert as_read(source[p.raw_offset(i) : p.raw_offset(i + len("José Marín"))]) == (
            "José Marín"
        )
    if "\u00c3" in spelling:  # "José" three times, "Marín" twice
        note = "5 mis-decoded characters (UTF-8 read as Latin-1) read as meant"
        assert article.warnings == [note]
    else:
        assert article.warnings == []


def test_a_page_spelling_a_name_with_entities_reads_clean(tmp_path: Path):
    body = (
        "<p>The harbour workers' union voted on Monday to strike, its leader "
        "Jos&#101;&#769; Ma&shy;r&iacute;n said after the count in the union hall.</p>"
        "<p>The company said it was disappointed by the vote and would meet the union "
        "again before the strike was due to begin next week.</p>"
        "<p>Ferries to the island will run as usual, the harbour office said on Monday "
        "evening, but cargo will wait at the quay.</p>"
    )
    path = tmp_path / "strike.html"
    path.write_text(
        "<html><head><title>Harbour workers vote to strike</title></head><body><article>"
        f"<h1>Harbour workers vote to strike</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    texts = [p.text for p in read_article(path).paragraphs]
    assert any("leader José Marín said" in t for t in texts), texts


def test_a_page_warns_of_the_mojibake_its_article_reads_not_of_its_scripts(tmp_path: Path):
    # the warning counted mojibake over the whole page: a script's comment made a page
    # whose article had none warn "5 mis-decoded characters ... read as meant"
    body = (
        "<p>The harbour workers' union voted on Monday to strike, its leader "
        f"{_mojibake('José Muñoz')} said after the count in the union hall.</p>"
        "<p>The company said it was disappointed by the vote and would meet the union "
        "again before the strike was due to begin next week.</p>"
        "<p>Ferries to the island will run as usual, the harbour office said on Monday "
        "evening, but cargo will wait at the quay.</p>"
    )
    script = f"<script>// {_mojibake('não há espaço até o fim da função')}\nvar x = 1;</script>"
    path = tmp_path / "strike.html"
    path.write_text(
        f"<html><head><title>Harbour workers vote to strike</title>{script}</head><body>"
        f"<article><h1>Harbour workers vote to strike</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert any("leader José Muñoz said" in p.text for p in article.paragraphs)
    assert article.warnings[0] == "2 mis-decoded characters (UTF-8 read as Latin-1) read as meant"
