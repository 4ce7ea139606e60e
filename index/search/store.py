"""Where the index lives on disk, and how it is opened, locked, checked and replaced.

Layout of an index folder::

    .warreader-index marks the folder as warreader's (written when it is first used)
    CURRENT          name of the live generation folder ("gen-000003"), replaced atomically
    gen-000003/      a Whoosh index, meta.json (schema version, alias fingerprint, engine
                     stamp: :mod:`index.search.engine_stamp`),
                     stored-<commit>.sqlite (the stored data, :mod:`index.search.stored`),
                     and caches beside them: manifest.bin (the files' sizes and mtimes,
                     :mod:`index.search.manifest_file`), walk.bin (the folders' records,
                     :mod:`index.files_walk`), pages.sqlite and docsets.sqlite (stored
                     rankings and word sets, :mod:`index.search.page_cache`,
                     :mod:`index.search.doc_cache`), corrections.json (the corrections
                     this generation holds, :mod:`index.annotations.indexed`)
    gen-000001/      up to :data:`KEEP_OTHERS` generation of another maker (another
                     install of warreader sharing the folder), made live again by
                     :func:`adopt_kept` instead of a rebuild
    corrections.json the speaker corrections the index was last brought in line with
                     (:mod:`index.annotations.indexed`)
    refresh.lock     held (fcntl, via Whoosh's FileLock) by the one process updating it
    listing.json     the article list for a fast first screen (:mod:`index.search.listing`)
    listing-head.json  its first screen and counts, cut from it (same module)
    provenance.sqlite  the quote groups and their blocks (:mod:`index.provenance.tables`;
                     .bad: one set aside; -journal: SQLite's, while a change is made;
                     provenance.json: of earlier versions, removed)

warreader writes only into a folder that is new, empty, marked as its own, or (an
index made before the mark existed) holds nothing but these names; anything else is
refused with one line (:class:`IndexFolderError`), so ``--index-dir .`` can never touch
the user's files. Clean-up removes only names of exactly these shapes
(``gen-NNNNNN``, ``build-<pid>-<hex8>``, our temporary files), never following links.
A name of ours that is not what it should be (a symlink, a FIFO, an empty folder where a
file belongs) is removed and recreated; a non-empty folder in its place is reported.

Clean-up keeps, beside the live generation, the last live one of another maker (engine
stamp, schema version, alias table) that records its corrections, for :data:`KEEP_DAYS`
(:data:`KEEP_OTHERS`: one); a refresh that finds another maker's generation live makes
its own kept one live again (:func:`adopt_kept`).

Incremental updates commit into the live generation (Whoosh writes new segment files,
then renames its TOC: a crash leaves the previous TOC in charge). A full rebuild is
written into a fresh ``build-*`` folder and only becomes live when ``CURRENT`` is
replaced, so the old index answers until the new one is complete.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import time
import uuid
from pathlib import Path

from warreader.index.quotes.archive_marks import archive_quotes
from warreader.index.search.engine_stamp import engine_meta, same_engine, why_other
from warreader.index.search.errors import IndexFolderError
from warreader.index.search.safe_pickle import harden_whoosh
from warreader.index.search.schema import build_schema
from warreader.index.search.segment_files import MappedStorage
from warreader.index.search.stamps import (
    GENERATION,
    live_dir,
    meta_or_none,
    read_meta,
    read_small,
)
from warreader.index.search.stamps import META as _META
from warreader.index.search.stamps import POINTER as _POINTER
from warreader.index.search.stamps import SCHEMA_VERSION as SCHEMA_VERSION
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

harden_whoosh()  # before any index file is read: Whoosh's pickles may not run code


def storage(folder: Path | str) -> FileStorage:
    """Whoosh's file storage for an index folder, its segments read from a memory map
    without the copies whoosh3 3.54 makes of them (:mod:`index.search.segment_files`)."""
    return MappedStorage(str(folder))


class StoreProblem(Exception):
    """The live index is missing, from another version, or damaged; ``str`` says which."""


MARKER = ".warreader-index"
MARKER_TEXT = "warreader index folder: everything in it is made and removed by warreader\n"
LOCK = "refresh.lock"
_BUILD = re.compile(r"^build-[0-9]+-[0-9a-f]{8}$")
_TEMPORARY = re.compile(
    r"^(CURRENT|listing\.json|listing-head\.json|provenance\.json|corrections\.json"
    r"|\.warreader-index)\.[0-9]+\.tmp$")
_OWN_FILES = {MARKER, _POINTER, LOCK, "listing.json", "listing-head.json", "provenance.json",
              "provenance.json.bad", "corrections.json", "provenance.sqlite",
              "provenance.sqlite-journal", "provenance.sqlite.bad"}


def owns(name: str) -> bool:
    """True for a name warreader creates in an index folder."""
    return (name in _OWN_FILES or bool(GENERATION.match(name)) or bool(_BUILD.match(name))
            or bool(_TEMPORARY.match(name)))


def claim(index_dir: Path) -> None:
    """Make sure ``index_dir`` is a folder warreader may write in, creating and marking it.

    Raises :class:`IndexFolderError` when it is not a folder, cannot be created, or
    holds anything warreader did not make (unless it carries warreader's mark).
    """
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexFolderError(f"the index folder {index_dir} is not a folder: "
                               "choose another with --index-dir or index_dir in the config")
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        names = os.listdir(index_dir)
    except OSError as exc:
        raise IndexFolderError(f"cannot use the index folder {index_dir}: "
                               f"{exc.strerror or exc}") from exc
    if _marked(index_dir):
        return
    foreign = sorted(n for n in names if not owns(n))
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise IndexFolderError(
            f"the index folder {index_dir} holds files that are not warreader's ({shown}); "
            "warreader only writes into an empty folder or one it made: choose another "
            "with --index-dir or index_dir in the config")
    repair(index_dir, MARKER)
    with contextlib.suppress(OSError):  # read-only: nothing will be written here anyway
        _write_atomic(index_dir / MARKER, MARKER_TEXT)


def _marked(index_dir: Path) -> bool:
    try:
        return read_small(index_dir / MARKER, 4096).decode("utf-8") == MARKER_TEXT
    except (OSError, ValueError):
        return False


def repair(index_dir: Path, *names: str) -> None:
    """Clear each of our own ``names`` in ``index_dir`` that is not a regular file (a
    symlink, a FIFO or device, an empty folder), so it can be written again; raise
    :class:`IndexFolderError` for a non-empty folder in its place (never removed)."""
    for name in names:
        path = index_dir / name
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise IndexFolderError(f"cannot use {path}: {exc.strerror or exc}") from exc
        if stat.S_ISREG(st.st_mode):
            continue
        try:
            if stat.S_ISDIR(st.st_mode):
                path.rmdir()
            else:
                path.unlink()
        except OSError as exc:
            if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
                raise IndexFolderError(f"{path} is a folder, not warreader's file: "
                                       "move it away and index again") from exc
            raise IndexFolderError(f"cannot repair {path}: {exc.strerror or exc}") from exc


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def writable_problem(index_dir: Path, exc: OSError) -> IndexFolderError:
    """The one-line error for a failed write into ``index_dir`` (read-only, disk full...)."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    kept = "; the previous index is unchanged" if live_dir(index_dir) is not None else ""
    return IndexFolderError(f"cannot write the index at {index_dir}: {reason}{kept}")


class RefreshLock:
    """The cross-process lock held while updating an index folder (which must have
    been :func:`claim`-ed)."""

    def __init__(self, index_dir: Path) -> None:
        repair(index_dir, LOCK)
        self._lock = FileStorage(str(index_dir)).lock(LOCK)

    def acquire(self, timeout: float, delay: float = 0.1) -> bool:
        """Wait up to ``timeout`` seconds for the lock; True when held. OSError when the
        lock file cannot be created (a read-only folder)."""
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


def open_live(index_dir: Path, fingerprint: str, engine: bool = False) -> FileIndex:
    """Open the live index, checking its version; raise :class:`StoreProblem` if unusable.

    ``engine``: also unusable when another article reader or quote engine made it
    (:mod:`index.search.engine_stamp`; a refresh asks, to rebuild it; a reader opening
    it does not, and keeps answering from it until the rebuild is live)."""
    gen = live_dir(index_dir)
    if gen is None:
        raise StoreProblem("no index yet")
    try:
        meta = read_meta(gen)
    except (OSError, ValueError, RecursionError) as exc:
        raise StoreProblem(f"index at {gen} is damaged ({_why(exc)})") from exc
    if not isinstance(meta, dict):
        raise StoreProblem(f"index at {gen} is damaged ({_META} is not an object)")
    why = _unusable(index_dir, meta, fingerprint, engine)
    if why is not None:
        raise StoreProblem(why)
    try:
        return FileIndex(storage(gen), schema=build_schema())
    except Exception as exc:  # any failure to read the TOC means damage
        raise StoreProblem(f"index at {gen} is damaged ({_why(exc)})") from exc


def _unusable(index_dir: Path, meta: dict, fingerprint: str, engine: bool = True
              ) -> str | None:
    """Why the generation ``meta`` describes is not for this process (another schema
    version, other aliases, with ``engine`` another engine), or None."""
    if meta.get("schema_version") != SCHEMA_VERSION:
        return f"index at {index_dir} is from another warreader version"
    if meta.get("aliases") != fingerprint:
        if meta.get("archive_quotes", "off") != archive_quotes():
            return "the archive_quotes setting changed"
        return "the speaker aliases changed"
    if engine and not same_engine(meta):
        return why_other(meta)
    return None


def why_rebuilt(index_dir: Path, fingerprint: str) -> str | None:
    """Why a refresh will rebuild the live index (another schema version, other aliases,
    another engine, an unreadable ``meta.json``), judged from ``meta.json`` alone; None
    when there is no index yet or nothing there says so (damage found on opening it is
    still said when the rebuild is done: :func:`index.search.updating.rebuilt_notice`)."""
    gen = live_dir(index_dir)
    if gen is None:
        return None
    try:
        meta = read_meta(gen)
    except (OSError, ValueError, RecursionError) as exc:
        return f"index at {gen} is damaged ({_why(exc)})"
    if not isinstance(meta, dict):
        return f"index at {gen} is damaged ({_META} is not an object)"
    return _unusable(index_dir, meta, fingerprint)


def new_build(index_dir: Path, fingerprint: str) -> tuple[Path, FileIndex]:
    """A fresh empty index in a private ``build-*`` folder (not live yet)."""
    build = index_dir / f"build-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    build.mkdir(parents=True)
    try:
        meta = {"schema_version": SCHEMA_VERSION, "aliases": fingerprint,
                "archive_quotes": archive_quotes(), **engine_meta()}
        (build / _META).write_text(json.dumps(meta), encoding="utf-8")
        return build, FileIndex.create(storage(build), build_schema())
    except BaseException:
        _remove(build)
        raise


def publish(index_dir: Path, build: Path) -> Path:
    """Make a committed ``build`` folder the live index, then delete the old one (unless
    it is kept for another engine: :func:`clean_stale`). Its number is one past every
    generation's, so a kept one is never replaced."""
    numbers = [int(p.name[4:]) for p in _generations(index_dir)]
    gen = index_dir / f"gen-{max(numbers, default=0) + 1:06d}"
    _remove(gen)
    build.rename(gen)
    repair(index_dir, _POINTER)
    old = live_dir(index_dir)
    _write_atomic(index_dir / _POINTER, gen.name)
    _retire(old)
    clean_stale(index_dir, keep=gen)
    return gen


KEEP_OTHERS = 1
"""Generations of other makers kept beside the live one (see :func:`kept_others`): one,
for two installs sharing the folder; each costs the disk of a whole index."""
KEEP_DAYS = 30
"""A generation of another maker is kept this many days after it was last live."""


def _generations(index_dir: Path) -> list[Path]:
    """The ``gen-NNNNNN`` folders of ``index_dir`` (folders, not links to one: a link is
    never kept or made live), newest (highest number) first."""
    try:
        with os.scandir(index_dir) as entries:
            names = [e.name for e in entries
                     if GENERATION.match(e.name) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    return [index_dir / n for n in sorted(names, reverse=True)]


def _maker(gen: Path) -> tuple | None:
    """What made generation ``gen``: (schema version, alias fingerprint, engine stamp)
    from its ``meta.json``; None when it is unreadable or says no engine (not kept)."""
    meta = meta_or_none(gen)
    if meta is None or not isinstance(meta.get("engine"), str):
        return None
    return (meta.get("schema_version"), meta.get("aliases"), meta["engine"])


def kept_others(index_dir: Path, live: Path | None) -> list[Path]:
    """The generations kept beside ``live``: for each other maker (another install of
    warreader sharing the folder, with another engine, schema version or aliases; see
    :func:`_maker`), its newest generation if it holds its corrections record
    (:func:`adopt_kept` needs it) dated within :data:`KEEP_DAYS` (its mtime is when the
    generation was last replaced as the live one: :func:`_retire`), at most
    :data:`KEEP_OTHERS` of them, the last live first. A version that shares the folder opens
    its own again instead of rebuilding it; after an upgrade the previous version's
    index is removed :data:`KEEP_DAYS` days later (or when another maker's replaces it)."""
    from warreader.index.annotations.indexed import APPLIED

    seen = {_maker(live)} if live is not None else set()
    found: list[tuple[float, Path]] = []
    since = time.time() - KEEP_DAYS * 86400
    for gen in _generations(index_dir):
        maker = _maker(gen) if gen != live else None
        if maker is None or maker in seen:
            continue
        seen.add(maker)  # an older one of the same maker is never kept
        retired = _retired(gen / APPLIED)
        if retired is not None and retired > since:
            found.append((retired, gen))
    return [gen for _, gen in sorted(found, reverse=True)[:KEEP_OTHERS]]


def adopt_kept(index_dir: Path, fingerprint: str) -> tuple[Path, str] | None:
    """When the live generation was made by another engine, schema version or aliases
    and one this process's made is kept (:func:`kept_others`), make that one live (call
    holding the lock, in a :func:`claim`-ed folder), its corrections record becoming the
    folder's (what that index holds: a refresh then brings it up to date with the files
    and the corrections, as any index); (it, why the live one was not usable) or None."""
    live = live_dir(index_dir)
    meta = meta_or_none(live) if live is not None else None  # damage: rebuilt, as before
    why = _unusable(index_dir, meta, fingerprint) if meta is not None else None
    if why is None:
        return None
    gen = _adopt(index_dir, live, fingerprint)
    return (gen, why) if gen is not None else None


def _adopt(index_dir: Path, live: Path, fingerprint: str) -> Path | None:
    """Make the kept generation :func:`adopt_kept` looks for live (None: none)."""
    from warreader.index.annotations.indexed import APPLIED

    for gen in kept_others(index_dir, live):
        meta = meta_or_none(gen)
        if meta is not None and _unusable(index_dir, meta, fingerprint) is None:
            try:
                record = read_small(gen / APPLIED, 64 << 20).decode("utf-8")
            except (OSError, ValueError):
                continue
            repair(index_dir, _POINTER, APPLIED)
            _write_atomic(index_dir / APPLIED, record)
            _write_atomic(index_dir / _POINTER, gen.name)
            _retire(live)
            return gen
    return None


def _retired(path: Path) -> float | None:
    """The mtime of ``path`` if it is a regular file (not a link to one), else None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_mtime if stat.S_ISREG(st.st_mode) else None


def _retire(gen: Path | None) -> None:
    """Date ``gen``'s corrections record now: it stops being the live generation (the
    start of its :data:`KEEP_DAYS`)."""
    from warreader.index.annotations.indexed import APPLIED

    if gen is not None and _retired(gen / APPLIED) is not None:
        with contextlib.suppress(OSError):
            os.utime(gen / APPLIED)


def clean_stale(index_dir: Path, keep: Path | None) -> None:
    """Remove generation and build folders other than ``keep`` and those kept for other
    engines (:func:`kept_others`), and our leftover temporary files (call holding the
    lock, in a :func:`claim`-ed folder). Only names of exactly our shapes; links are
    removed, never followed."""
    kept = {keep, *kept_others(index_dir, keep)}
    for child in index_dir.iterdir():
        name = child.name
        if child in kept or not (GENERATION.match(name) or _BUILD.match(name)
                                 or _TEMPORARY.match(name)):
            continue
        if _TEMPORARY.match(name) and name.split(".")[-2] == str(os.getpid()):
            continue  # this process is writing it
        _remove(child)


def _remove(path: Path) -> None:
    """Delete a file, link or folder of ours (a link only as a link)."""
    try:
        if path.is_symlink() or not path.is_dir():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
    except OSError:
        pass


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
