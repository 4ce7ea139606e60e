"""The tables' titles count in words as the app does (ux17: `warreader articles` on one
file said "1 articles", `quotes` "1 quotations", `speakers` "1 speakers", and the BBC
corpus's "2143 speakers" had no thousands separator)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _table(command: str, path: Path, cwd: Path) -> str:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("WARREADER_")}
    environ.update(XDG_CONFIG_HOME=str(cwd / "xdg"), XDG_CACHE_HOME=str(cwd / "cache"),
                   COLUMNS="120")
    proc = subprocess.run(
        [sys.executable, "-m", "warreader.tui.cli", command, str(path), "--format", "table"]
        if command == "quotes" else [sys.executable, "-m", "warreader.tui.cli", command, str(path)],
        capture_output=True, text=True, cwd=cwd, env=environ, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_one_article_quote_and_speaker_are_counted_in_the_singular(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens after the storm\n\n"
                       "“We will open the harbour on Monday,” said Mara Quill, the harbour "
                       "master.\n\nBoats were tied up along the quay all week.\n",
                       encoding="utf-8")
    assert _table("articles", article, tmp_path).split("\n", 1)[0].strip() == "1 article"
    quotes = _table("quotes", article, tmp_path)
    assert quotes.split("\n", 1)[0].strip() == "1 quote" and "Mara Quill" in quotes
    speakers = _table("speakers", article, tmp_path)
    assert speakers.split("\n", 1)[0].strip() == "1 speaker" and "Mara Quill" in speakers
