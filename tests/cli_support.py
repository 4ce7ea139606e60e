"""Shared by the CLI tests: run `warreader` through its real entry point and keep its
folders (index, data, config) the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``warreader ARGV``: its exit status (argparse's usage errors, which exit, too),
    stdout and stderr."""
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def quoted_speakers(capsys, *paths: Path) -> dict[tuple[str, int], str | None]:
    """``warreader quotes PATHS --format jsonl``: each quotation's speaker by (file name,
    start), as the CLI gives them (a folder's speakers merged across its articles)."""
    import json

    assert main(["quotes", *map(str, paths), "--format", "jsonl"]) == 0
    out, _ = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    return {(Path(r["article"]).name, r["start"]): r["speaker"] for r in records}


def together_and_alone(
    capsys, folder: Path, articles: dict[str, str]
) -> tuple[dict[tuple[str, int], str | None], dict[tuple[str, int], str | None]]:
    """Write ``articles`` (file name -> text) into ``folder`` and read them with
    :func:`quoted_speakers` twice: the folder in one call, then each file alone (the
    issue's test: a folder gives the attributions of its files one by one)."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    together = quoted_speakers(capsys, folder)
    alone: dict[tuple[str, int], str | None] = {}
    for name in articles:
        alone.update(quoted_speakers(capsys, folder / name))
    return together, alone


def own_folders(chdir: Path | None = None):
    """An autouse fixture for a test module (``_own_folders = own_folders()``): no user
    config, the index and the data dir (marks, corrections) under the test's tmp_path;
    ``chdir``: the working directory too (paths printed relative to it)."""

    @pytest.fixture(autouse=True)
    def _own_folders(tmp_path, monkeypatch):
        monkeypatch.delenv("WARREADER_CONFIG", raising=False)
        monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "ix"))
        monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
        if chdir is not None:
            monkeypatch.chdir(chdir)

    return _own_folders
