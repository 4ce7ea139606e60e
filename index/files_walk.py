"""The walk that finds article files, skipping the listing of folders known unchanged.

Checking a corpus of 100,000 files lists every folder and stats every file. A file's
edit never changes its folder's mtime, so every file is still stat-ed; but a folder's
*names* change only with its mtime and ctime (a file made, removed or renamed in it),
so a folder whose identity (inode, device, mtime, ctime) is the one recorded by the
last walk holds the same names (git's untracked cache does the same): its files are
stat-ed by name relative to the open folder, and it is not listed again.

A record is trusted only if it was *settled* when made: the folder's mtime and ctime
more than :data:`RACY_NS` older than the moment it was listed, so that a change made
after the listing within the same clock tick (or the 2 s of a FAT timestamp) cannot
leave the mtime as it was. A folder whose files are not all plain, stat-able files
(a link named like an article, a file that vanished) is never recorded: it is listed
every time. The records are kept by :class:`FolderCache` (``walk.bin`` in the index's
generation folder): a cache, never the truth, read around when damaged.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import threading
import time
import zlib
from array import array
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from stat import S_ISREG
from typing import NamedTuple

from warreader.index.files import special_file

RACY_NS = 2_000_000_000
"""A folder changed this close to its listing is listed again next time."""

NAME = "walk.bin"
FORMAT = 1
_MAGIC = b"warreader walk\n"
_LIMIT = 1 << 30
_FD_FLAGS = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_NOFOLLOW", 0))
BY_FD = (hasattr(os, "O_DIRECTORY") and os.stat in os.supports_dir_fd
         and os.scandir in os.supports_fd)
"""Folders are opened and their files stat-ed relative to them (POSIX); elsewhere the
walk uses paths and keeps no records."""

FileStats = dict[str, tuple[int, int]]

_now = time.time_ns
"""The clock a listing is dated by (the same as the file system's times)."""


class Rule(NamedTuple):
    """Which names of a folder are articles: a lower-cased name ending in one of
    ``suffixes``, not hidden, and not notes (starting with one of ``notes`` and
    ``is_notes``)."""

    suffixes: tuple[str, ...]
    notes: tuple[str, ...]
    is_notes: Callable[[str], bool]

    def wants(self, name: str) -> bool:
        """True when ``name`` is an article's name."""
        low = name.lower()
        return (low.endswith(self.suffixes) and not name.startswith(".")
                and not (low.startswith(self.notes) and self.is_notes(low)))


class Folder(NamedTuple):
    """What one listing of a folder found: its identity, when it was listed, its article
    files and the subfolders entered, each in the listing's order."""

    path: str
    ident: tuple[int, int, int, int]  # inode, device, mtime_ns, ctime_ns
    listed_ns: int
    files: list[str]
    subs: list[str]

    def settled(self) -> bool:
        """True when no change after the listing could have kept the folder's times."""
        return max(self.ident[2], self.ident[3]) < self.listed_ns - RACY_NS


_SIZE_MTIME = attrgetter("st_size", "st_mtime_ns")


def _ident(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_ino, st.st_dev, st.st_mtime_ns, st.st_ctime_ns


class FolderCache:
    """The folders recorded by the last walk (``known``, by path) and those of this
    one (``seen``); ``fresh`` when this walk listed a folder worth recording."""

    def __init__(self, known: dict[str, Folder] | None = None) -> None:
        self.known = known or {}
        self.seen: list[Folder] = []
        self.fresh = False
        self.listed = 0  # folders listed by this walk (the rest came from records)

    @classmethod
    def load(cls, folder: Path) -> FolderCache:
        """The records of ``folder``'s file (none when it is missing or damaged)."""
        try:
            data = _read_small(folder / NAME)
            if not data.startswith(_MAGIC):
                return cls()
            line, _, body = data[len(_MAGIC):].partition(b"\n")
            return cls(_decode(json.loads(line), body))
        except (OSError, ValueError, KeyError, TypeError, UnicodeError, OverflowError,
                RecursionError):
            return cls()

    def save(self, folder: Path) -> None:
        """Write this walk's records to ``folder`` (atomically) when it listed a settled
        folder; a folder that cannot be written is left as it is."""
        if not self.fresh:
            return
        try:
            text = "\0".join(
                [part for f in self.seen for part in (f.path, *f.files, *f.subs)]
            ).encode("utf-8", "surrogatepass")
            numbers = array("q", [n for f in self.seen for n in (
                *f.ident, f.listed_ns, len(f.files), len(f.subs))]).tobytes()
        except (UnicodeError, OverflowError):
            return
        body = text + numbers
        header = {"format": FORMAT, "byteorder": sys.byteorder, "folders": len(self.seen),
                  "text": len(text), "length": len(body), "crc": zlib.crc32(body)}
        tmp = folder / f"{NAME}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(_MAGIC + json.dumps(header).encode("ascii") + b"\n" + body)
            os.replace(tmp, folder / NAME)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _read_small(path: Path) -> bytes:
    from warreader.index.search.stamps import read_small

    return read_small(path, _LIMIT)


def _decode(header: dict, body: bytes) -> dict[str, Folder]:
    """The records of a file with ``header`` and ``body``; ValueError when not whole."""
    if (header["format"] != FORMAT or header["byteorder"] != sys.byteorder
            or len(body) != header["length"] or zlib.crc32(body) != header["crc"]):
        raise ValueError("not this format's, or not whole")
    count, cut = header["folders"], header["text"]
    numbers = array("q")
    numbers.frombytes(body[cut:])
    if len(numbers) != 7 * count:
        raise ValueError("not whole")
    parts = body[:cut].decode("utf-8", "surrogatepass").split("\0")
    known: dict[str, Folder] = {}
    at = 0
    for i in range(0, 7 * count, 7):
        ino, dev, mtime, ctime, listed, files, subs = numbers[i:i + 7]
        if files < 0 or subs < 0:
            raise ValueError("a negative count")
        end = at + 1 + files + subs
        known[parts[at]] = Folder(parts[at], (ino, dev, mtime, ctime), listed,
                                  parts[at + 1:at + 1 + files], parts[at + 1 + files:end])
        at = end
    if at != len(parts) and (count or parts != [""]):
        raise ValueError("names left over")
    return known


def walk(folder: str | Path, rule: Rule, stats: FileStats | None = None,
         cache: FolderCache | None = None) -> list[str]:
    """Article files under ``folder`` as path strings, sorted, and any folder under it
    that could not be listed (named like a file, so that reading it says why); with
    ``stats``, each file's (size, mtime_ns) put in it as it is found (a file that
    vanishes meanwhile is listed but not put in). One listing per folder, as ``os.walk``
    makes (hidden folders and links to folders not entered), unless ``cache`` vouches
    for the folder's names; ``cache`` then holds this walk's records."""
    found: list[str] = []
    pending = [os.fspath(folder)]
    collecting = gc.isenabled()
    gc.disable()  # 100,000 paths and tuples kept: no collection to walk them over and over
    try:
        _walk(pending, rule, found, stats, cache)
    finally:
        if collecting:
            gc.enable()
    found.sort()
    return found


def _walk(pending: list[str], rule: Rule, found: list[str], stats: FileStats | None,
          cache: FolderCache | None) -> None:
    """:func:`walk`'s loop over the folders in ``pending``."""
    while pending:
        path = pending.pop()
        base = os.path.join(path, "")  # joined once per folder, not per file
        try:
            if not BY_FD:
                _list(path, None, base, rule, found, stats, pending)
                continue
            fd = os.open(path, _FD_FLAGS)
            try:
                known = cache.known.get(path) if cache is not None else None
                if known is None or not _reuse(fd, known, base, found, stats, pending):
                    record = _list(fd, path, base, rule, found, stats, pending)
                    if cache is not None:
                        cache.listed += 1
                        known = record
                        cache.fresh |= record is not None and record.settled()
                if cache is not None and known is not None:
                    cache.seen.append(known)
            finally:
                os.close(fd)
        except OSError:  # unlisted: reading it says why
            found.append(path)
            if stats is not None:
                stat_into(stats, path)


def stat_into(stats: FileStats, path: str) -> None:
    """Put ``path``'s (size, mtime_ns) in ``stats`` unless it cannot be stat-ed."""
    try:
        st = os.stat(path)
    except OSError:
        return
    if special_file(st.st_mode) is None:  # a FIFO, device or socket is never read
        stats[path] = (st.st_size, st.st_mtime_ns)


def _reuse(fd: int, known: Folder, base: str, found: list[str], stats: FileStats | None,
           pending: list[str]) -> bool:
    """Put ``known``'s files (stat-ed now) and subfolders in the walk when the open folder
    ``fd`` is still the one it records and the record was settled; False otherwise
    (then nothing is put in)."""
    if _ident(os.fstat(fd)) != known.ident or not known.settled():
        return False
    paths = [base + name for name in known.files]
    if stats is not None:
        stat = os.stat
        try:
            states = [stat(name, dir_fd=fd) for name in known.files]
        except OSError:  # gone since (its folder's times kept): list it
            return False
        stats.update(zip(paths, map(_SIZE_MTIME, states), strict=True))
    found.extend(paths)
    pending.extend([base + name for name in known.subs])
    return True


def _list(target: int | str, path: str | None, base: str, rule: Rule, found: list[str],
          stats: FileStats | None, pending: list[str]) -> Folder | None:
    """List one folder (``target``: its open descriptor, or its path) into the walk;
    the record of what it found when ``path`` is given and every file in it is a plain
    file stat-ed (None otherwise)."""
    listed_ns = _now()
    ident = _ident(os.fstat(target)) if path is not None else (0, 0, 0, 0)
    files: list[str] = []
    subs: list[str] = []
    steady = False
    try:
        steady = _entries(target, base, rule, files, subs, stats)
    finally:  # what was found before a failure stays in the walk, as os.walk keeps it
        found.extend([base + name for name in files])
        pending.extend([base + name for name in subs])
    return Folder(path, ident, listed_ns, files, subs) if steady and path is not None else None


def _entries(target: int | str, base: str, rule: Rule, files: list[str], subs: list[str],
             stats: FileStats | None) -> bool:
    """Put ``target``'s article files and subfolders in ``files`` and ``subs`` (and the
    files' sizes and mtimes in ``stats``); False when the listing is not to be recorded
    (a link named like an article, a file not stat-ed)."""
    suffixes, notes, is_notes = rule
    steady = True
    with os.scandir(target) as entries:
        for entry in entries:  # the loop is inlined: it runs once per file
            name = entry.name
            try:
                folder_entry = entry.is_dir()
            except OSError:  # as os.walk takes it: not a folder
                folder_entry = False
            if folder_entry:
                if entry.is_symlink():  # not entered; named like an article: never recorded
                    steady = steady and not rule.wants(name)
                elif not name.startswith("."):
                    subs.append(name)
                continue
            low = name.lower()  # rule.wants(name), inlined:
            if not low.endswith(suffixes) or name.startswith(".") or (
                    low.startswith(notes) and is_notes(low)):
                continue
            files.append(name)
            if steady and entry.is_symlink():
                steady = False
            if stats is not None:
                try:
                    st = entry.stat()
                except OSError:  # vanished, or a link to nothing
                    steady = False
                    continue
                if not S_ISREG(st.st_mode):  # a FIFO, device or socket: listed, never
                    steady = False  # read (no size and mtime: reported unreadable)
                    continue
                stats[base + name] = (st.st_size, st.st_mtime_ns)
    return steady
