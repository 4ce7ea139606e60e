"""Which corpus files changed since the last index: size, mtime, then content hash.

The manifest is not a separate file: each article (or skipped-file) document stores
its file's size, mtime and SHA-1, so the manifest can never disagree with the index it
describes (both are committed together by Whoosh's atomic TOC write).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from warreader.index.files import open_regular


@dataclass(frozen=True, slots=True)
class FileState:
    """A file's identity for change detection."""

    size: int
    mtime_ns: int
    sha: str = ""


@dataclass(slots=True)
class Changes:
    """Result of comparing the corpus on disk with the index manifest."""

    to_read: list[str]  # new or modified paths, sorted
    removed: list[str]  # indexed paths no longer on disk (or modified: re-added)
    unchanged: int


def file_sha(path: str | Path) -> str:
    """SHA-1 of the file's bytes, hex (raises OSError for a FIFO, device or folder:
    only regular files are read, and opening one never blocks)."""
    h = hashlib.sha1()
    with open(open_regular(path), "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stat_files(paths: list[str]) -> dict[str, FileState]:
    """Size and mtime of each path (files that vanished meanwhile are left out)."""
    out: dict[str, FileState] = {}
    for p in paths:
        try:
            st = os.stat(p)
        except OSError:
            continue
        out[p] = FileState(st.st_size, st.st_mtime_ns)
    return out


def compare(on_disk: dict[str, FileState], indexed: dict[str, FileState]) -> Changes:
    """Files to (re-)read and files to drop.

    A file whose size and mtime match is unchanged without being opened. One whose
    mtime moved but whose bytes hash the same (a ``touch``, a checkout) is unchanged too.
    """
    to_read: list[str] = []
    removed = [p for p in indexed if p not in on_disk]
    unchanged = 0
    for path, state in on_disk.items():
        old = indexed.get(path)
        if old is None:
            to_read.append(path)
        elif old.size == state.size and (
            old.mtime_ns == state.mtime_ns or (old.sha and _sha_or_none(path) == old.sha)
        ):
            unchanged += 1
        else:
            to_read.append(path)
            removed.append(path)
    return Changes(sorted(to_read), sorted(removed), unchanged)


def _sha_or_none(path: str) -> str | None:
    try:
        return file_sha(path)
    except OSError:
        return None
