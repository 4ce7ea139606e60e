"""The config's ``archive_quotes`` (off | on | auto): validated like the other keys, read
by the CLI and its indexing helpers, and an index built with another value is rebuilt
(with the reason said). Articles are invented."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from warreader.index.config import ConfigError, load_config
from warreader.index.quotes.archive_marks import MODE_ENV
from warreader.index.search.stamps import alias_fingerprint
from warreader.tui.widgets.index_status import rebuild_reason

REPO = Path(__file__).resolve().parents[1]
COUNCIL = (
    "Budget talks stall in Dunmore\n\n"
    "The council of Dunmore failed again on Monday to agree a budget.\n\n"
    "''We are further apart than ever,'' said Ruth Okafor, the council's finance chief.\n\n"
    "''Nobody wants to close the library,'' she added. ''But the money is gone.''\n"
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.delenv(MODE_ENV, raising=False)
    absent, cache = tmp_path / "absent.yaml", tmp_path / "config-cache.json"
    monkeypatch.setattr("warreader.index.config.user_config_path", lambda: absent)
    monkeypatch.setattr("warreader.index.config_cache.cache_path", lambda: cache)


def _write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_off_by_default():
    assert load_config().archive_quotes == "off"


@pytest.mark.parametrize(
    ("written", "mode"),
    [("on", "on"), ("off", "off"), ("auto", "auto"), ('"on"', "on"), ("true", "on"),
     ("false", "off")],
)
def test_values(tmp_path, written, mode):
    assert load_config(_write(tmp_path, f"theme: nord\narchive_quotes: {written}\n")
                       ).archive_quotes == mode


@pytest.mark.parametrize(
    ("written", "shown"),
    [("sometimes", "'sometimes'"), ("[on]", "a list"), ("2", "a number"), ("", "empty")],
)
def test_a_wrong_value_stops_with_one_line_naming_the_key(tmp_path, written, shown):
    path = _write(tmp_path, f"theme: nord\narchive_quotes: {written}\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message and "line 2" in message
    assert f"'archive_quotes' must be off, on or auto, not {shown}" in message


def test_a_misspelt_key_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"line 1: unknown key 'archive_quote' \(did you mean"):
        load_config(_write(tmp_path, "archive_quote: on\n"))


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "warreader.tui.cli", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=180, env=env)


def test_the_cli_reads_the_setting_and_rebuilds_the_index_when_it_changes(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "council.txt").write_text(COUNCIL, encoding="utf-8")
    index = tmp_path / "ix"
    off = _write(tmp_path, "archive_quotes: off\n", "off.yaml")
    on = _write(tmp_path, "archive_quotes: on\n", "on.yaml")

    def quotes(config: Path) -> tuple[list[dict], str]:
        run = _cli("quotes", str(articles), "--config", str(config), "--index-dir", str(index),
                   "--format", "jsonl", tmp_path=tmp_path)
        assert run.returncode == 0, run.stderr
        return [json.loads(line) for line in run.stdout.splitlines()], run.stderr

    run = _cli("index", str(articles), "--config", str(off), "--index-dir", str(index),
               tmp_path=tmp_path)
    assert run.returncode == 0 and "0 quotes" in run.stdout
    assert quotes(off)[0] == []
    run = _cli("index", str(articles), "--config", str(on), "--index-dir", str(index),
               tmp_path=tmp_path)
    assert run.returncode == 0 and "the archive_quotes setting changed" in run.stderr
    found, _ = quotes(on)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("We are further apart than ever,", "Ruth Okafor"),
        ("Nobody wants to close the library,", "Ruth Okafor"),
        ("But the money is gone.", "Ruth Okafor"),
    ]
    for q in found:  # offsets in the file: the words inside the two apostrophes
        assert COUNCIL[q["start"] - 2 : q["start"]] == "''" == COUNCIL[q["end"] : q["end"] + 2]
        assert COUNCIL[q["start"] : q["end"]] == q["text"]


def test_the_cli_stops_on_a_wrong_value_with_one_line(tmp_path):
    bad = _write(tmp_path, "archive_quotes: sometimes\n")
    run = _cli("articles", "--config", str(bad), tmp_path=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "'archive_quotes' must be off, on or auto" in run.stderr


def test_the_index_fingerprint_holds_the_setting_but_off_changes_nothing(monkeypatch):
    aliases = {"Sergey Lavrov": ["Sergei Lavrov"]}
    table = json.dumps(aliases, sort_keys=True, ensure_ascii=False)
    before = hashlib.sha1(table.encode("utf-8")).hexdigest()[:12]  # as main computed it
    assert alias_fingerprint(aliases) == before
    monkeypatch.setenv(MODE_ENV, "off")
    assert alias_fingerprint(aliases) == before  # an index built before is still usable
    monkeypatch.setenv(MODE_ENV, "on")
    on = alias_fingerprint(aliases)
    monkeypatch.setenv(MODE_ENV, "auto")
    assert len({before, on, alias_fingerprint(aliases)}) == 3


def test_the_status_line_names_the_setting():
    assert rebuild_reason("the archive_quotes setting changed") == (
        "the archive_quotes setting changed")
    assert rebuild_reason("the speaker aliases changed") == "the speaker aliases changed"
