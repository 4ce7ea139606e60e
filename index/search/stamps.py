"""What identifies the live index without opening it (and without importing Whoosh).

The index folder names its live generation in ``CURRENT``; inside it, each Whoosh
commit writes a new ``_MAIN_<n>.toc``. A :class:`CommitStamp` (generation folder, TOC
file name, its mtime and size) names one commit of one generation, so a cache made
from that commit can be checked with one small read, one directory listing and one
``stat``. The schema version and the alias fingerprint live here too: both decide
whether an index is usable by this warreader, and the app needs them before Whoosh
is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import NamedTuple

SCHEMA_VERSION = 5
"""Bump whenever fields, analyzers or document contents change: an index with another
version is rebuilt (see :mod:`index.search.schema`)."""

POINTER = "CURRENT"
"""File in the index folder naming the live generation folder."""

META = "meta.json"
"""File in a generation folder holding its schema version and alias fingerprint."""

_TOC = re.compile(r"^_MAIN_([0-9]+)\.toc$")  # Whoosh's TOC name for the index "MAIN"


class CommitStamp(NamedTuple):
    """One Whoosh commit of one generation: equal stamps mean the same index contents.

    (A named tuple, not a dataclass: it is made while the reader starts, and a
    dataclass costs a millisecond to define.)
    """

    generation: str
    toc: str
    mtime_ns: int
    size: int

    def to_list(self) -> list:
        """A JSON-ready form."""
        return list(self)


def alias_fingerprint(aliases: dict[str, list[str]] | None) -> str:
    """A short hash of the alias table: an index built with other aliases is rebuilt."""
    table = {k: list(v) for k, v in (aliases or {}).items()}
    blob = json.dumps(table, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:12]


def live_dir(index_dir: Path) -> Path | None:
    """The live generation folder, or None if the index was never built."""
    try:
        name = (index_dir / POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return index_dir / name if name else None


def commit_stamp(generation: Path, commit: int) -> CommitStamp | None:
    """The stamp of Whoosh commit ``commit`` in ``generation`` (None: its TOC is gone)."""
    toc = f"_MAIN_{commit}.toc"
    try:
        st = os.stat(generation / toc)
    except OSError:
        return None
    return CommitStamp(generation.name, toc, st.st_mtime_ns, st.st_size)


def live_stamp(index_dir: Path) -> CommitStamp | None:
    """The stamp of the latest commit of the live generation (None: no index yet)."""
    generation = live_dir(index_dir)
    if generation is None:
        return None
    try:
        names = os.listdir(generation)
    except OSError:
        return None
    commits = [int(m.group(1)) for m in map(_TOC.match, names) if m]
    return commit_stamp(generation, max(commits)) if commits else None
