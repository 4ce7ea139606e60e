"""`warreader articles`: the seeds by default from any directory, JSON and table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEYS = ["id", "path", "title", "title_derived", "date", "author", "outlet", "url", "paragraphs"]


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("WARREADER_")}
    environ["PYTHONPATH"] = str(REPO)
    environ["XDG_CONFIG_HOME"] = str(cwd / "xdg")  # no user config file
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "warreader.tui.cli", *args],
        capture_output=True, text=True, cwd=cwd, env=environ, timeout=120,
    )


def test_json_lists_the_seeds_from_any_directory(tmp_path):
    proc = _run(["articles", "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data) == 5
    assert all(list(item) == KEYS for item in data)
    by_name = {Path(item["path"]).name[:3]: item for item in data}
    assert by_name["000"]["title"].startswith("Allies are Ready for a False-Flag")
    assert by_name["004"]["date"] == "2023-01-05" and by_name["000"]["date"] == "2023-03-31"
    assert by_name["004"]["author"] == "M. K. Bhadrakumar"
    assert by_name["002"]["title_derived"] is True
    assert all(isinstance(p, str) for item in data for p in item["paragraphs"])


def test_paths_given_and_skips_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    seed = REPO / "seeds" / "004_d1cc334512f7a4ab.txt"
    proc = _run(["articles", "--json", str(seed), str(tmp_path)], tmp_path)
    assert proc.returncode == 0
    titles = [a["title"] for a in json.loads(proc.stdout)]
    assert titles == ["US Climbs Escalation Ladder in Ukraine"]
    assert proc.stderr == f"warreader: skipped {tmp_path / 'empty.txt'}: empty file\n"


def test_nothing_readable_exits_2(tmp_path):
    proc = _run(["articles", str(tmp_path / "missing")], tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert lines[0].endswith("missing: no such file or folder")
    assert len(lines) == 1  # said once: no "no articles found" after it (revU3 #5)


def test_table_for_people(tmp_path):
    proc = _run(["articles"], tmp_path, COLUMNS="160")
    assert proc.returncode == 0, proc.stderr
    assert "5 articles" in proc.stdout
    assert "US Climbs Escalation Ladder in Ukraine" in proc.stdout
    assert "M. K. Bhadrakumar" in proc.stdout


def test_table_names_each_file_and_leaves_out_empty_columns(tmp_path):
    # the table showed an id no other command takes, and for an undated corpus (the
    # BBC) three empty columns that squeezed the titles into two lines
    for folder in ("harbour", "market"):
        (tmp_path / "c" / folder).mkdir(parents=True)
        (tmp_path / "c" / folder / "001.txt").write_text(
            f"News from the {folder}\n\nThe {folder} reopened on Tuesday.\n", encoding="utf-8")
    proc = _run(["articles", str(tmp_path / "c")], tmp_path, COLUMNS="100")
    assert proc.returncode == 0, proc.stderr
    head = proc.stdout.splitlines()[2]
    assert [cell.strip() for cell in head.split("┃")[1:-1]] == ["file", "title", "¶"], head
    assert "harbour/001.txt" in proc.stdout and "market/001.txt" in proc.stdout
    proc = _run(["articles"], tmp_path, COLUMNS="160")  # the seeds: dated, with authors
    head = proc.stdout.splitlines()[2]
    assert [cell.strip() for cell in head.split("┃")[1:-1]] == [
        "file", "title", "date", "author", "outlet", "¶"]
    assert "000_7c7ef417ac8399c4.txt" in proc.stdout
