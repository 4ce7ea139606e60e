"""`warreader.index` is the engine: importing all of it never pulls in Textual (or `tui`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pkgutil, sys
import warreader.index as index
names = [m.name for m in pkgutil.walk_packages(index.__path__, "warreader.index.")]
for name in names:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules
             if m.split(".")[0] in ("textual", "tui") or m.startswith("warreader.tui"))
print(len(names), bad)
"""


def test_importing_every_index_module_leaves_textual_out():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    count, bad = proc.stdout.strip().split(" ", 1)
    assert int(count) >= 10  # the walk really found the package's modules
    assert bad == "[]"
