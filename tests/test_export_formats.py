"""The export formats and writing, on quotes found in real text: Markdown with the `y`
citations grouped by speaker or article, CSV safe from spreadsheet formulas, JSON Lines
with the `quotes` keys plus the article's, and files written whole, never over one."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from warreader.index.articles import read_article
from warreader.index.export.formats import md_escape, render, to_csv, to_jsonl, to_markdown
from warreader.index.export.gather import items_of
from warreader.index.export.items import FIELDS
from warreader.index.export.writing import default_folder, file_name, write_export
from warreader.index.quotes import extract_quotes
from warreader.tui.clipboard import format_citation

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

HOSTILE = (
    "Formula trouble\n\n"
    "\"=SUM(B1:B9) was the formula they used,\" said Mara Quist, a trader.\n\n"
    "\"-2 percent is <b>nothing</b> [see] `really`,\" said Mara Quist.\n\n"
    "\"@SUM(A1:A9) is what we owe,\" said John Ode, a banker.\n"
)


def _items(path: Path):
    article = read_article(path)
    return items_of(article, extract_quotes(article, {}), [path.parent])


@pytest.fixture
def seed_items():
    return _items(SEEDS / "003_eb25a154931aa076.txt")


@pytest.fixture
def hostile_items(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    items = _items(path)
    assert len(items) == 3
    return items


def test_markdown_by_speaker_lists_each_citation_under_its_speaker(seed_items):
    text = to_markdown(seed_items, format_citation, "Quotes of 003", "speaker", "seeds")
    lines = text.splitlines()
    assert lines[0] == "# Quotes of 003"
    assert lines[2] == f"seeds · {len(seed_items)} quotes"
    headings = [line[3:] for line in lines if line.startswith("## ")]
    counts = {}
    for item in seed_items:
        counts[item.quote.speaker or "Unattributed"] = counts.get(
            item.quote.speaker or "Unattributed", 0) + 1
    assert headings[0] == max(counts, key=lambda k: (k != "Unattributed", counts[k]))
    assert set(headings) == set(counts)
    peskov = lines.index("## Dmitry Peskov")
    block = lines[peskov + 2: peskov + 2 + 2 * counts["Dmitry Peskov"]]
    cited = [line for line in block if line.startswith("- ")]
    assert len(cited) == counts["Dmitry Peskov"]
    for line in cited:
        assert "” — Dmitry Peskov, Kremlin spokesman, in " in line
        assert "Stars and Stripes" in line
    assert block[1] == "  `003_eb25a154931aa076.txt`"


def test_markdown_by_article_heads_each_article_once(seed_items, hostile_items):
    text = to_markdown(seed_items + hostile_items, format_citation, "Two", "article")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == 2
    assert headings[1] == "## Formula trouble"
    assert headings[0].endswith("(Stars and Stripes)")


def test_markdown_escapes_what_the_article_says(hostile_items):
    text = to_markdown(hostile_items, format_citation, "Hostile [x](y)", "speaker")
    assert "# Hostile \\[x\\](y)" in text
    assert "\\<b\\>nothing\\</b\\> \\[see\\] \\`really\\`" in text
    assert "<b>" not in text and "[see]" not in text
    assert md_escape("a\nb  `c`") == "a b \\`c\\`"


def test_csv_has_every_field_and_neutralises_formulas(hostile_items):
    rows = list(csv.DictReader(io.StringIO(to_csv(hostile_items))))
    assert list(rows[0]) == list(FIELDS)
    texts = [r["text"] for r in rows]
    assert texts[0].startswith("'=SUM(B1:B9)")
    assert texts[1].startswith("'-2 percent")
    assert texts[2].startswith("'@SUM(A1:A9)")
    assert rows[0]["source_text"].startswith("'=SUM(B1:B9)")
    assert rows[0]["speaker"] == "Mara Quist" and rows[2]["speaker"] == "John Ode"
    assert rows[0]["title"] == "Formula trouble" and rows[0]["article"] == "hostile.txt"
    assert not any(c.startswith(("=", "+", "-", "@")) for r in rows for c in r.values() if c)


def test_jsonl_records_are_the_quotes_keys_plus_the_articles(seed_items):
    records = [json.loads(line) for line in to_jsonl(seed_items).splitlines()]
    assert len(records) == len(seed_items)
    source = (SEEDS / "003_eb25a154931aa076.txt").read_text(encoding="utf-8")
    for record, item in zip(records, seed_items, strict=True):
        assert list(record) == list(FIELDS)
        assert source[record["start"]:record["end"]] == record["source_text"]
        assert record["speaker"] == item.quote.speaker and record["via"] == item.quote.via
        assert record["outlet"] == "Stars and Stripes"
        assert record["title"] == item.article.title
        assert record["author"] == item.article.author


def test_citation_text_is_one_y_citation_a_line(seed_items):
    text = render("txt", seed_items, format_citation, "unused")
    assert text.splitlines() == [format_citation(i.quote, i.article) for i in seed_items]
    with pytest.raises(ValueError):
        render("xml", seed_items, format_citation, "unused")


def test_write_export_is_whole_and_never_over_an_existing_file(tmp_path):
    target = tmp_path / "new" / "out.md"
    write_export(target, "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    with pytest.raises(FileExistsError):
        write_export(target, "second\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    write_export(target, "second\n", overwrite=True)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(os.listdir(target.parent)) == ["out.md"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")

    def no_space(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(OSError, match="No space"):
        write_export(target, "new\n", overwrite=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]


def test_a_dangling_link_counts_as_an_existing_file(tmp_path):
    (tmp_path / "link.md").symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_export(tmp_path / "link.md", "x")
    assert not (tmp_path / "nowhere").exists()


def test_default_folder_and_names(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_EXPORT_DIR", str(tmp_path))
    assert default_folder() == tmp_path
    monkeypatch.delenv("WARREADER_EXPORT_DIR")
    from platformdirs import user_documents_dir

    assert default_folder() == Path(user_documents_dir())
    assert file_name("search speaker:peskov drones", "csv", "2026-12-04") == \
        "warreader-search-speaker-peskov-drones-2026-12-04.csv"
    assert file_name("Дмитрий Песков", "md", "2026-12-04") == \
        "warreader-дмитрий-песков-2026-12-04.md"
    assert file_name("../../etc/passwd", "md", "d") == "warreader-etc-passwd-d.md"
    assert file_name("???", "md", "d") == "warreader-quotes-d.md"
