"""Which corpus files changed since the last index: size, mtime, then content hash.

The manifest is not a separate file: each article (or skipped-file) document stores
its file's size, mtime and SHA-1, so the manifest can never disagree with the index it
describes (both are committed together by Whoosh's atomic TOC write).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from warreader.index.files import open_regular
from warreader.index.files_walk import stat_into


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


Stat = tuple[int, int]
"""A file's (size, mtime_ns), as the walk and the stored manifest give it."""


@dataclass(slots=True)
class Manifest:
    """What the live index holds of its files: ``states`` (size, mtime_ns) by path;
    ``shas``, the SHA-1 of those whose size matches the file on disk but whose mtime
    does not (a ``touch`` is no change); ``reasons``, why the remembered unreadable
    ones could not be read."""

    states: dict[str, Stat]
    shas: dict[str, str]
    reasons: dict[str, str]


def stat_files(paths: list[str]) -> dict[str, Stat]:
    """Size and mtime of each path (files that vanished meanwhile are left out)."""
    out: dict[str, Stat] = {}
    for p in paths:
        stat_into(out, p)
    return out


def touched(on_disk: dict[str, Stat], indexed: dict[str, Stat]) -> list[str]:
    """The indexed files on disk whose mtime moved but whose size did not: the ones
    whose bytes are hashed before they count as changed."""
    return [p for p, (size, _) in on_disk.items() - indexed.items()
            if p in indexed and indexed[p][0] == size]


def compare(on_disk: dict[str, Stat], indexed: Manifest) -> Changes:
    """Files to (re-)read and files to drop.

    A file whose size and mtime match is unchanged without being opened. One whose
    mtime moved but whose bytes hash the same (a ``touch``, a checkout) is unchanged too.
    The common case, nothing changed, is one comparison of two dictionaries; otherwise
    only the paths where they differ are looked at.
    """
    states = indexed.states
    if states is on_disk or on_disk == states:  # the first: the manifest matched it
        return Changes([], [], len(on_disk))
    differ = {p for p, _ in on_disk.items() ^ states.items()}
    to_read: list[str] = []
    removed: list[str] = []
    for path in sorted(differ):
        state, old = on_disk.get(path), states.get(path)
        if state is None:
            removed.append(path)
        elif old is None:
            to_read.append(path)
        elif not (old[0] == state[0] and indexed.shas.get(path)
                  and _sha_or_none(path) == indexed.shas[path]):
            to_read.append(path)
            removed.append(path)
    return Changes(to_read, removed, len(on_disk) - len(to_read))


def _sha_or_none(path: str) -> str | None:
    try:
        return file_sha(path)
    except OSError:
        return None
