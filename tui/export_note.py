"""The corpus's short name and the line under an exported document's title, the same
from the reader's export dialog and from `warreader export` (review U11: the CLI's said
only "exported by warreader", without the corpus or the day)."""

from __future__ import annotations

import time
from pathlib import Path

from warreader.tui.safe_text import one_line


def corpus_label(paths: list[Path]) -> str:
    """A short name for the corpus in the header: a folder name, or "N paths"."""
    if len(paths) == 1:
        name = one_line(paths[0].name or str(paths[0]))
        return "seeds" if paths[0].parent.name == "_bundled" or name == "seeds" else name
    return f"{len(paths)} paths"


def export_note(label: str, day: str | None = None) -> str:
    """"bbc · exported by warreader on 2026-12-07": the corpus ``label`` and the ``day``
    (default: today, local time)."""
    return f"{label} · exported by warreader on {day or time.strftime('%Y-%m-%d')}"
