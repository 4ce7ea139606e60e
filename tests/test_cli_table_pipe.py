"""`quotes --format table` through a pipe (ux27): Rich lays the table out at 80 columns
there, and the cue column, 9 wide, split its longest words ("descripti" / "on",
"underlini" / "ng"). The column is now as wide as its longest word (up to 14), so it
breaks between words only, and the table still fits the 80 columns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _quotes(fmt: str, cwd: Path) -> str:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("WARREADER_") and k not in ("COLUMNS", "LINES")}
    environ.update(XDG_CONFIG_HOME=str(cwd / "xdg"), XDG_CACHE_HOME=str(cwd / "cache"))
    proc = subprocess.run([sys.executable, "-m", "warreader.tui.cli", "quotes", str(SEEDS),
                           "--format", fmt], capture_output=True, text=True, cwd=cwd,
                          env=environ, stdin=subprocess.DEVNULL, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_piped_quotes_table_breaks_cues_between_words(tmp_path):
    table = _quotes("table", tmp_path)
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert rows and all(len(line) <= 80 for line in table.splitlines())
    cells = [row.split("│")[3].strip() for row in rows]
    records = [json.loads(line) for line in _quotes("jsonl", tmp_path).splitlines()]
    words = {w for r in records for f in ("cue", "via") for w in (r.get(f) or "").split()}
    assert {"description", "underlining"} <= words  # the seeds' longest cue words
    for word in words:  # each sits whole on one line of the cue column
        assert any(word in cell.split() for cell in cells), word
