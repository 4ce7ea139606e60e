"""A fault of the quote engine on one article is that article's one-line problem: the
commands that read many files report it and go on with the others (no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index import quotes as quotes_package
from warreader.index.quotes.extract import extract_quotes as real_extract
from warreader.index.quotes.guarded import ExtractionFailure, guarded_quotes
from warreader.index.search.indexer import ParseFailure
from warreader.index.search.sources import default_parse
from warreader.tui.cli import main

CALM = 'Harbour fees\n\n"The fees stay as they are," said Ada Lune, the harbour master.\n'
FRAGILE = 'Brittle text\n\n"This one breaks the engine," said Olek Varga.\n'


@pytest.fixture
def faulty_engine(monkeypatch):
    """The engine raises on any article whose headline says 'Brittle'."""

    def extract(article, aliases=None):
        if article.headline is not None and "Brittle" in article.headline.text:
            raise RuntimeError("index out of\nrange")
        return real_extract(article, aliases)

    monkeypatch.setattr(quotes_package, "extract_quotes", extract, raising=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    root.mkdir()
    (root / "calm.txt").write_text(CALM, encoding="utf-8")
    (root / "fragile.txt").write_text(FRAGILE, encoding="utf-8")
    return root


def test_a_fault_becomes_a_one_line_failure_naming_the_error(faulty_engine, folder):
    from warreader.index.articles import read_article

    with pytest.raises(ExtractionFailure) as caught:
        guarded_quotes(read_article(folder / "fragile.txt"))
    assert str(caught.value) == "quote extraction failed (RuntimeError: index out of range)"
    assert [q.speaker for q in guarded_quotes(read_article(folder / "calm.txt"))] == ["Ada Lune"]


def test_the_indexers_parse_skips_the_article_with_the_reason(faulty_engine, folder):
    parse = default_parse({})
    with pytest.raises(ParseFailure, match=r"quote extraction failed \(RuntimeError"):
        parse(str(folder / "fragile.txt"))
    article, found = parse(str(folder / "calm.txt"))
    assert article.headline.text == "Harbour fees" and found[0].speaker == "Ada Lune"


def test_quotes_command_reports_the_article_and_prints_the_others(faulty_engine, folder,
                                                                   capsys):
    status = main(["quotes", str(folder), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0
    assert "Ada Lune" in out and "Olek Varga" not in out
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith("warreader: skipped ") and "fragile.txt" in lines[0]
    assert lines[0].endswith("quote extraction failed (RuntimeError: index out of range)")


def test_index_command_skips_the_article_and_indexes_the_others(faulty_engine, folder,
                                                                tmp_path, capsys):
    index_dir = tmp_path / "index"
    status = main(["index", str(folder), "--index-dir", str(index_dir)])
    out, err = capsys.readouterr()
    assert status == 0 and "Traceback" not in out + err
    assert "fragile.txt" in out + err and "quote extraction failed" in out + err
    main(["search", "fees", str(folder), "--index-dir", str(index_dir), "--no-update",
          "--json"])
    found, _ = capsys.readouterr()
    assert "calm.txt" in found
