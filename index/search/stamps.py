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
import stat
from pathlib import Path
from typing import NamedTuple

from warreader.index.quotes.archive_marks import archive_quotes

SCHEMA_VERSION = 9
"""Bump whenever fields, analyzers or document contents change: an index with another
version is rebuilt (see :mod:`index.search.schema`). 9: of the stop words in capitals
only US and IT are indexed (8 kept them all: THE, IN, OF...). 7: the stored data keeps each
quote's ``via`` and ``mention_paragraph`` and each article's ``url``, so `warreader
quotes` can answer from a fresh index (6 was used for a while in development: skipped)."""

POINTER = "CURRENT"
"""File in the index folder naming the live generation folder."""

META = "meta.json"
"""File in a generation folder holding its schema version and alias fingerprint."""

_TOC = re.compile(r"^_MAIN_([0-9]+)\.toc$")  # Whoosh's TOC name for the index "MAIN"
GENERATION = re.compile(r"^gen-[0-9]{6}$")
"""Names of generation folders (``CURRENT`` naming anything else is damage)."""


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
    """A short hash of the alias table and of the config's ``archive_quotes`` (when it is
    not ``off``, the default: :func:`index.quotes.archive_marks.archive_quotes`): an
    index built with other aliases, or reading ''…'' quotations otherwise, is rebuilt."""
    table = {k: list(v) for k, v in (aliases or {}).items()}
    blob = json.dumps(table, sort_keys=True, ensure_ascii=False)
    mode = archive_quotes()
    if mode != "off":  # which quotations are found, so what the index holds
        blob += f"\x00archive_quotes={mode}"
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:12]


def read_meta(generation: Path) -> object:
    """The parsed ``meta.json`` of ``generation`` (at most 64 KiB, read by
    :func:`read_small`); OSError, ValueError or RecursionError when it is unreadable or
    damaged. The caller checks that it is an object."""
    return json.loads(read_small(generation / META, 65536).decode("utf-8"))


def meta_or_none(generation: Path) -> dict | None:
    """The parsed ``meta.json`` of ``generation`` when it is readable and an object,
    else None (:func:`read_meta`'s errors and any other JSON value alike)."""
    try:
        meta = read_meta(generation)
    except (OSError, ValueError, RecursionError):
        return None
    return meta if isinstance(meta, dict) else None


def read_small(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a symlink, FIFO or device) of at
    most ``limit`` bytes; OSError or ValueError otherwise. Never blocks, never reads more."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError(f"{path.name} is not a regular file")
        if st.st_size > limit:
            raise ValueError(f"{path.name} is larger than {limit} bytes")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ValueError(f"{path.name} is larger than {limit} bytes")
    return data


def live_dir(index_dir: Path) -> Path | None:
    """The live generation folder, or None if the index was never built or ``CURRENT``
    is damaged (not a small file naming a ``gen-NNNNNN`` folder in UTF-8)."""
    try:
        name = read_small(index_dir / POINTER, 64).decode("utf-8").strip()
    except (OSError, ValueError):
        return None
    return index_dir / name if GENERATION.match(name) else None


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
