"""Where the index lives on disk, and how it is opened, locked, checked and replaced.

Layout of an index folder::

    CURRENT          name of the live generation folder ("gen-000003"), replaced atomically
    gen-000003/      a Whoosh index plus meta.json (schema version, alias fingerprint)
    refresh.lock     held (fcntl, via Whoosh's FileLock) by the one process updating it

Incremental updates commit into the live generation (Whoosh writes new segment files,
then renames its TOC: a crash leaves the previous TOC in charge). A full rebuild is
written into a fresh ``build-*`` folder and only becomes live when ``CURRENT`` is
replaced, so the old index answers until the new one is complete.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from pathlib import Path

from warreader.index.search.schema import build_schema
from warreader.index.search.stamps import META as _META
from warreader.index.search.stamps import POINTER as _POINTER
from warreader.index.search.stamps import SCHEMA_VERSION, live_dir
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex


class StoreProblem(Exception):
    """The live index is missing, from another version, or damaged; ``str`` says which."""


class RefreshLock:
    """The cross-process lock held while updating an index folder."""

    def __init__(self, index_dir: Path) -> None:
        index_dir.mkdir(parents=True, exist_ok=True)
        self._lock = FileStorage(str(index_dir)).lock("refresh.lock")

    def acquire(self, timeout: float, delay: float = 0.1) -> bool:
        """Wait up to ``timeout`` seconds for the lock; True when held."""
        deadline = time.monotonic() + timeout
        while True:
            if self._lock.acquire():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(delay)

    def release(self) -> None:
        """Release the lock."""
        self._lock.release()


def open_live(index_dir: Path, fingerprint: str) -> FileIndex:
    """Open the live index, checking its version; raise :class:`StoreProblem` if unusable."""
    gen = live_dir(index_dir)
    if gen is None:
        raise StoreProblem("no index yet")
    try:
        meta = json.loads((gen / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreProblem(f"index at {gen} is damaged ({_why(exc)})") from exc
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise StoreProblem(f"index at {index_dir} is from another warreader version")
    if meta.get("aliases") != fingerprint:
        raise StoreProblem("the speaker aliases changed")
    try:
        return FileIndex(FileStorage(str(gen)), schema=build_schema())
    except Exception as exc:  # any failure to read the TOC means damage
        raise StoreProblem(f"index at {gen} is damaged ({_why(exc)})") from exc


def new_build(index_dir: Path, fingerprint: str) -> tuple[Path, FileIndex]:
    """A fresh empty index in a private ``build-*`` folder (not live yet)."""
    build = index_dir / f"build-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    build.mkdir(parents=True)
    meta = {"schema_version": SCHEMA_VERSION, "aliases": fingerprint}
    (build / _META).write_text(json.dumps(meta), encoding="utf-8")
    return build, FileIndex.create(FileStorage(str(build)), build_schema())


def publish(index_dir: Path, build: Path) -> Path:
    """Make a committed ``build`` folder the live index, then delete the old one."""
    old = live_dir(index_dir)
    number = 1
    if old is not None and old.name[4:].isdigit():
        number = int(old.name[4:]) + 1
    gen = index_dir / f"gen-{number:06d}"
    if gen.exists():
        shutil.rmtree(gen, ignore_errors=True)
    build.rename(gen)
    tmp = index_dir / f"{_POINTER}.{os.getpid()}.tmp"
    tmp.write_text(gen.name, encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / _POINTER)
    clean_stale(index_dir, keep=gen)
    return gen


def clean_stale(index_dir: Path, keep: Path | None) -> None:
    """Remove generation and build folders other than ``keep`` (call holding the lock)."""
    for child in index_dir.iterdir():
        if child.is_dir() and child != keep and child.name.startswith(("gen-", "build-")):
            shutil.rmtree(child, ignore_errors=True)


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
