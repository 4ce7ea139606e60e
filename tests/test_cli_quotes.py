"""`warreader quotes` and `warreader speakers` through the real entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from warreader.index.articles.segment import as_read
from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KEYS = ["article", "start", "end", "text", "kind", "speaker", "role", "mention", "cue", "via",
        "source_text", "url"]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_has_exactly_the_documented_keys_and_true_offsets(capsys):
    status, out, _ = _run(capsys, "quotes", str(SEEDS), "--format", "jsonl")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) > 60
    for r in records:
        assert list(r) == KEYS
        source = Path(r["article"]).read_text(encoding="utf-8")
        assert source[r["start"] : r["end"]] == r["source_text"]
        assert as_read(r["source_text"]) == r["text"]
    peskov = [r for r in records if r["speaker"] == "Dmitry Peskov"]
    assert {Path(r["article"]).name[:3] for r in peskov} == {"000", "003"}


def test_options_may_follow_paths_and_kind_filters(capsys):
    status, out, _ = _run(capsys, "quotes", "--kind", "term", "--format", "jsonl", str(SEEDS))
    assert status == 0
    kinds = {json.loads(line)["kind"] for line in out.splitlines()}
    assert kinds == {"term"}


def test_csv_has_a_header_and_the_same_rows(capsys):
    _, out, _ = _run(capsys, "quotes", str(SEEDS / "000_7c7ef417ac8399c4.txt"), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == KEYS
    assert rows[0]["speaker"] == "Joe Biden"


def test_table_for_people(capsys):
    status, out, _ = _run(capsys, "quotes", str(SEEDS / "004_d1cc334512f7a4ab.txt"),
                          "--format", "table")
    assert status == 0
    # the app's counts: quotes and quoted terms apart (it said "9 quotations")
    assert "Lavrov" in out and "5 quotes · 4 quoted terms" in out


def test_speakers_json_merges_name_forms_across_articles(capsys):
    status, out, _ = _run(capsys, "speakers", str(SEEDS), "--json")
    assert status == 0
    speakers = {s["name"]: s for s in json.loads(out)}
    stoltenberg = speakers["Jens Stoltenberg"]
    assert len(stoltenberg["articles"]) == 3
    assert "Mr. Stoltenberg" in stoltenberg["aliases"]
    assert stoltenberg["quote_count"] >= 6
    assert speakers["Dmitry Peskov"]["role"]


def test_a_missing_path_is_one_line_and_the_rest_loads(capsys, tmp_path):
    status, out, err = _run(capsys, "quotes", str(tmp_path / "nope.txt"),
                            str(SEEDS / "000_7c7ef417ac8399c4.txt"), "--format", "jsonl")
    assert status == 2  # a user error, reported after the rest is printed
    assert out.count("\n") > 5
    assert "nope.txt" in err and "Traceback" not in err


def test_speakers_table_names_files_sharing_a_name_by_their_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    text = "Talks\n\n\"We will not sign this deal,\" said Maria Lopez, the union's leader.\n"
    for folder in ("business", "politics"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "095.txt").write_text(text, encoding="utf-8")
    (tmp_path / "politics" / "120.txt").write_text(text, encoding="utf-8")
    status, out, _ = _run(capsys, "speakers", str(tmp_path))
    assert status == 0
    row = next(line for line in out.splitlines() if "Maria Lopez" in line)
    # Two files called 095.txt: each is named by its folder; 120.txt is unique, so alone.
    assert "business/095.txt" in row and "politics/095.txt" in row
    assert "120.txt" in row and "politics/120.txt" not in row


def test_the_table_says_when_there_is_nothing_to_list(capsys, tmp_path):
    # an empty folder printed an empty "0 quotations" table with status 0 (speakers and
    # articles say "no articles found" and end with 2); articles without a quotation,
    # an empty table too
    (tmp_path / "empty").mkdir()
    status, out, err = _run(capsys, "quotes", str(tmp_path / "empty"), "--format", "table")
    assert status == 2 and out == ""
    assert err == (f"warreader: no articles found in {tmp_path / 'empty'} (warreader reads"
                   " .txt, .md, .markdown, .html and .htm files, in folders and their"
                   " subfolders)\n")
    (tmp_path / "calm").mkdir()
    (tmp_path / "calm" / "a.txt").write_text(
        "Calm day at the harbour\n\nNothing was said today at the harbour.\n", encoding="utf-8")
    status, out, err = _run(capsys, "quotes", str(tmp_path / "calm"), "--format", "table")
    assert status == 0 and err == ""
    assert out.strip() == "no quotations found in these articles"
    status, out, _ = _run(capsys, "quotes", str(tmp_path / "calm"), "--format", "jsonl")
    assert status == 0 and out == ""  # scripts get no line, as before


def test_an_unattributed_quotation_says_so_as_search_does(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "quiet.txt").write_text(
        "Talks stall\n\nThe port was quiet on Monday.\n\n\"Nobody wants this war any more, "
        "not here and not anywhere in the world.\"\n", encoding="utf-8")
    status, out, _ = _run(capsys, "quotes", str(corpus), "--format", "table")
    assert status == 0
    assert "(unattributed)" in out and "unknown" not in out, out
