"""The CLI as a new user meets it: usage errors, missing paths, the index report, typos,
and the quotes table at 80 and 160 columns (issue 11, items 20-24)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli_support import SEEDS, run

SEED_004 = SEEDS / "004_d1cc334512f7a4ab.txt"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)


def test_search_without_a_query_names_only_the_query(capsys):
    status, out, err = run(capsys, "search")
    assert status == 2 and out == ""
    assert "QUERY is missing" in err and "PATH" not in err.splitlines()[-1]
    assert "required: QUERY, PATH" not in err


@pytest.mark.parametrize("command",
                         ["quotes", "speakers", "articles", "search", "index", "provenance"])
def test_a_missing_path_exits_2_after_saying_so(capsys, tmp_path, command):
    extra = ["nato"] if command == "search" else []
    status, _, err = run(capsys, command, *extra, str(tmp_path / "nope"), str(SEED_004),
                         "--index-dir", str(tmp_path / "ix"))
    assert status == 2
    assert "nope" in err and "Traceback" not in err


def test_index_reports_skips_on_stderr_and_totals_when_unchanged(capsys, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "004.txt").write_text(SEED_004.read_text(encoding="utf-8"), encoding="utf-8")
    ix = str(tmp_path / "ix")
    status, out, err = run(capsys, "index", str(folder), "--index-dir", ix)
    assert status == 0
    assert "empty.txt" not in out and "empty.txt: empty file" in err
    assert "full build: 2 files read" in out
    built = re.search(r"index: 1 article, (\d+) quotes, 1 unreadable file", out)
    assert built and int(built.group(1)) >= 4  # quotes only: terms are counted apart

    status, out, err = run(capsys, "index", str(folder), "--index-dir", ix)
    assert status == 0
    assert f"index: 1 article, {built.group(1)} quotes" in out  # the totals, not "found: 0"
    assert "unchanged: 2 files checked, none read" in out
    assert "quotes found: 0" not in out

    (folder / "004.txt").write_text("Title\n\nA new body.\n", encoding="utf-8")
    status, out, _ = run(capsys, "index", str(folder), "--index-dir", ix)
    assert "updated: 1 file read (1 unchanged)" in out and "index: 1 article, 0 quotes" in out


def test_index_to_a_log_says_each_problem_on_one_line_and_no_blank_ones(capsys, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    status, out, err = run(capsys, "index", str(tmp_path / "nope"), str(folder),
                           "--index-dir", str(tmp_path / "ix"))
    assert status == 2
    # stderr is not a terminal here: the progress bars are off (each left a blank line)
    assert sorted(err.splitlines()) == [
        f"warreader: 1 file found in {folder}, none readable",  # revU3 #5
        f"warreader: skipped {folder / 'empty.txt'}: empty file",
        f"warreader: skipped {tmp_path / 'nope'}: no such file or folder"]
    # the missing folder is no unreadable file (ux27)
    assert out.startswith("index: 0 articles, 0 quotes, 1 unreadable file, 1 path not found")


@pytest.mark.parametrize(("typed", "meant"), [
    ("quote", "quotes"), ("speaker", "speakers"), ("serch", "search"), ("artcles", "articles"),
])
def test_a_mistyped_command_gets_a_suggestion(capsys, tmp_path, monkeypatch, typed, meant):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, typed, str(SEEDS))
    assert status == 2 and out == ""
    assert err == f"warreader: no such command or file: {typed!r}; did you mean {meant!r}?\n"


def test_a_folder_named_like_no_command_is_still_a_path(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "seeds")
    assert status == 2 and err == "warreader: no such file or folder: seeds\n"


def _table(capsys, monkeypatch, columns: int, *paths: Path) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    status, out, _ = run(capsys, "quotes", *map(str, paths), "--format", "table")
    assert status == 0
    return out


def test_quotes_table_keeps_article_names_whole_at_160(capsys, monkeypatch):
    out = _table(capsys, monkeypatch, 160, SEED_004, SEEDS / "000_7c7ef417ac8399c4.txt")
    articles = {line.split("│")[4].strip() for line in out.splitlines() if line.startswith("│")}
    assert articles == {"004_d1cc334512f7a4ab.txt", "000_7c7ef417ac8399c4.txt", ""}


def test_quotes_table_wraps_roles_between_words_at_80(capsys, monkeypatch):
    out = _table(capsys, monkeypatch, 80, SEED_004)
    cells = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    status, jsonl, _ = run(capsys, "quotes", str(SEED_004), "--format", "jsonl")
    roles = {json.loads(line)["role"] for line in jsonl.splitlines()} - {None}
    words = {word for role in roles for word in role.split()}
    assert "Military-Political" in words
    for word in words:  # each role word sits whole in one line of the speaker column
        assert any(word in cell.split() for cell in cells), word


def test_quotes_table_shows_terms_as_terms(capsys, monkeypatch):
    out = _table(capsys, monkeypatch, 160, SEED_004)
    assert "(term)" not in out
    row = next(line for line in out.splitlines() if "surgical strikes" in line)
    assert row.split("│")[1].strip() == "term"
    assert "‘surgical strikes’" in row


def test_speakers_and_articles_say_in_one_line_when_there_is_nothing_to_list(capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for command in ("speakers", "articles"):
        for where, skipped in ((tmp_path / "nope", True), (empty, False)):
            status, out, err = run(capsys, command, str(where), "--index-dir", str(tmp_path / "x"))
            assert status == 2 and out == ""  # no empty table
            assert err.splitlines()[-1] == (  # a missing folder: its skip line, once
                f"warreader: skipped {where}: no such file or folder" if skipped else
                f"warreader: no articles found in {where} (warreader reads .txt, .md,"
                " .markdown, .html and .htm files, in folders and their subfolders)")
            assert ("no such file or folder" in err) == skipped
    quiet = tmp_path / "quiet"
    quiet.mkdir()
    (quiet / "a.txt").write_text("Budget\n\nThe council met on Monday and agreed the budget "
                                 "for next year without a vote.\n", encoding="utf-8")
    status, out, err = run(capsys, "speakers", str(quiet), "--index-dir", str(tmp_path / "x"))
    assert status == 0 and out.strip() == "no speaker quoted in 1 article" and err == ""
