"""The stored manifest of one commit as one compact file, read in a few C calls.

The stored data (:mod:`index.search.stored`) keeps every file's size and mtime in a
SQLite row; turning 100,000 rows into a dictionary costs ~0.15 s of CPU on every
reopen. ``manifest.bin`` in the generation folder holds the same table, made from those
rows the first time a commit is checked, in the order the walk found the files: the
paths joined by NUL bytes, then each file's size and mtime as 64-bit integers in one
array, after a header naming the commit it was made from (its :class:`CommitStamp`),
its length and a CRC-32 of what follows. Reading it back is one read and one array
copy, and comparing it with the walk's files, sizes and mtimes two comparisons of bytes
made in C, without a Python object made per stored file (another order, as another walk
may give, costs a lookup per path, and the file is written again in the new order).

It is a cache, never the truth: a file of another commit, of another format or byte
order, cut short or scribbled on (its CRC) is not used, and the rows are read again and
the file written anew (to a temporary file, then renamed). A folder that cannot be
written is read the slow way each time.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import zlib
from array import array
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from warreader.index.search.stamps import CommitStamp, read_small

NAME = "manifest.bin"
FORMAT = 1
_MAGIC = b"warreader manifest\n"
_LIMIT = 1 << 30
"""Largest file read (a larger one is damage: 100,000 files make ~4 MB)."""

States = dict[str, tuple[int, int]]
Reasons = dict[str, str]


class Kept(NamedTuple):
    """One commit's manifest as the file holds it: ``text``, the paths joined by NUL
    bytes (UTF-8, surrogates passed through), ``pairs``, each path's size then
    mtime_ns in one flat array, and the unreadable files' reasons."""

    text: bytes
    pairs: array
    reasons: Reasons

    def paths(self) -> list[str]:
        """The paths, in the file's order."""
        return self.text.decode("utf-8", "surrogatepass").split("\0") if self.pairs else []

    def matches(self, on_disk: States) -> bool | None:
        """True when ``on_disk`` holds exactly these paths with these sizes and mtimes
        in this order (the order of the walk that wrote the file): two comparisons of
        bytes, made in C; None when it holds them in another order; False when it
        differs."""
        if 2 * len(on_disk) != len(self.pairs):
            return False
        try:
            disk = array("q", list(chain.from_iterable(on_disk.values())))
            if disk == self.pairs and "\0".join(on_disk).encode(
                    "utf-8", "surrogatepass") == self.text:
                return True
            paths = self.paths()
            if on_disk.keys() != set(paths):  # a path twice in the file: another one missed
                return False
            disk = array("q", list(chain.from_iterable(map(on_disk.__getitem__, paths))))
        except (KeyError, TypeError, ValueError, OverflowError):
            return False
        return None if disk == self.pairs else False

    def states(self) -> States:
        """path -> (size, mtime_ns), as :meth:`StoredData.manifest` gives it."""
        values = iter(self.pairs)
        return dict(zip(self.paths(), zip(values, values, strict=True), strict=True))


def read(folder: Path, stamp: CommitStamp) -> Kept | None:
    """The manifest of ``stamp``'s commit from ``folder``'s file, or None when there is
    none for it (missing, another commit's, damaged)."""
    try:  # a regular file only, never followed through a link, never blocking
        data = read_small(folder / NAME, _LIMIT)
        if not data.startswith(_MAGIC):
            return None
        line, _, body = data[len(_MAGIC):].partition(b"\n")
        header = json.loads(line)
    except (OSError, ValueError, RecursionError):
        return None
    try:
        return _decode(header, body, stamp)
    except (KeyError, TypeError, ValueError, UnicodeError, OverflowError):
        return None


def _decode(header: dict, body: bytes, stamp: CommitStamp) -> Kept | None:
    """The manifest of a file whose header is ``header`` and the rest ``body`` (None:
    not this commit's, or not whole)."""
    if (header["format"] != FORMAT or header["byteorder"] != sys.byteorder
            or header["stamp"] != list(stamp) or len(body) != header["length"]
            or zlib.crc32(body) != header["crc"]):
        return None
    count, text_length = header["count"], header["text"]
    if not isinstance(count, int) or count < 0 or text_length + 16 * count != len(body):
        return None
    reasons = header["reasons"]
    if not isinstance(reasons, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in reasons.items()):
        return None
    pairs = array("q")
    pairs.frombytes(body[text_length:])
    kept = Kept(body[:text_length], pairs, reasons)
    if len(pairs) != 2 * count or (count and kept.text.count(b"\0") != count - 1):
        return None
    return kept


def write(folder: Path, stamp: CommitStamp, states: States, reasons: Reasons) -> None:
    """Write ``folder``'s file for ``stamp``'s commit (atomically), ``states`` in their
    order (the walk's, so that the next walk is compared in one pass); a folder that
    cannot be written is left as it is."""
    try:
        text = "\0".join(states).encode("utf-8", "surrogatepass")
        pairs = array("q", list(chain.from_iterable(states.values()))).tobytes()
    except (OverflowError, UnicodeError):  # a size or mtime beyond 64 bits: no cache
        return
    if text.count(b"\0") != max(len(states) - 1, 0):  # a NUL in a path: no cache
        return
    body = text + pairs
    header = {"format": FORMAT, "byteorder": sys.byteorder, "stamp": list(stamp),
              "count": len(states), "text": len(text), "length": len(body),
              "crc": zlib.crc32(body), "reasons": reasons}
    line = json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n"
    tmp = folder / f"{NAME}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(_MAGIC + line)
            f.write(body)
        os.replace(tmp, folder / NAME)
    except OSError:  # read-only, full: no cache
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
