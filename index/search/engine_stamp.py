"""Which article reader and quote engine made an index: a stamp of their source files.

:data:`index.search.stamps.SCHEMA_VERSION` changes only when the index's fields do, and
the index re-reads a file only when its size, mtime or content changed; but titles,
paragraphs, quotes, speakers and groups are whatever the reader (``index/articles``)
and the quote engine (``index/quotes``, with ``index/names.py`` and ``index/files.py``)
made of the file. So each generation's ``meta.json`` also keeps the stamp of the code
that read its articles, and a refresh that finds another stamp re-reads every file (a
full build, the old index answering until it is live), as for another schema version.

Two keys are written: ``engine``, a hash of the source files' contents (3-5 ms of CPU to
compute), and ``engine_files``, a hash of their paths, sizes and mtimes (a directory
walk and ~80 ``stat`` calls, 0.5-0.9 ms). A check compares the cheap
key first and hashes the contents only when it differs (the sources were touched:
reinstalled, checked out again), so an unchanged install costs the walk once per process,
and touching the sources without changing them rebuilds nothing. Both are computed once
per process: a running reader's engine is the code it imported, whatever happens on disk
meanwhile. The package version is no stamp: it is not bumped when the engine changes.

The text read from an article also depends on libraries: trafilatura and what it reads
pages with (lxml, lxml_html_clean, jusText, htmldate, courlan, dateparser), dateutil
(date lines), rapidfuzz (the cleaner's fuzzy matches), and Python's Unicode tables
(normalisation, name folding). Their versions (:func:`library_versions`, read from the
installed ``*.dist-info`` folders' names: no import, ~2 ms of CPU) are part of both keys, so
upgrading one rebuilds the index once; each generation's ``meta.json`` also keeps them
(``libraries``), so the rebuild's notice can say which one moved (:func:`why_other`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The ``index`` package folder the sources below are in."""
SOURCES = ("articles", "quotes", "names.py", "files.py")
"""What reads an article and finds its quotes (folders are taken whole, data included)."""
LIBRARIES = (("trafilatura", "trafilatura"), ("lxml", "lxml"),
             ("lxml_html_clean", "lxml_html_clean"), ("justext", "jusText"),
             ("htmldate", "htmldate"), ("courlan", "courlan"), ("dateparser", "dateparser"),
             ("dateutil", "python-dateutil"), ("rapidfuzz", "rapidfuzz"))
"""(import name, distribution name) of the libraries that change what is read of an
article (see the module)."""


@functools.cache
def library_versions() -> str:
    """``trafilatura=2.3.1 lxml=6.1.3 ... unicode=15.0.0``: the installed version of each
    of :data:`LIBRARIES` (``-`` when it is not installed) and of Python's Unicode
    tables."""
    found = [f"{dist}={_version(module, dist)}" for module, dist in LIBRARIES]
    return " ".join([*found, f"unicode={unicodedata.unidata_version}"])


def _norm(name: str) -> str:
    """A distribution name as installers spell it in folder names (PEP 503, lower case)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _version(module: str, dist: str) -> str:
    """The version of ``dist``, whose top-level module is ``module``: from the name of
    the ``*.dist-info`` (or ``*.egg-info``) folder beside the module, which is found
    without importing it; else from :mod:`importlib.metadata` (slower); ``-`` when the
    module is not installed."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return "-"
    where = list(spec.submodule_search_locations or ())
    place = Path(where[0]) if where else Path(spec.origin or "")
    want = _norm(dist)
    for name in _listing(str(place.parent)):
        stem, dot, kind = name.rpartition(".")
        if dot and kind in ("dist-info", "egg-info"):
            project, _, version = stem.partition("-")
            if version and _norm(project) == want:
                return version
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _versions(text: str) -> dict[str, str]:
    """``name=version`` pairs of :func:`library_versions`' form, our names only (the text
    may come from a ``meta.json`` on disk: a value not shaped like a version is ``?``)."""
    known = {dist for _, dist in LIBRARIES} | {"unicode"}
    pairs = (part.partition("=")[::2] for part in text[:4096].split())
    return {k: v if re.fullmatch(r"[\w.+!-]{1,40}", v) else "?" for k, v in pairs if k in known}


@functools.cache
def _listing(folder: str) -> tuple[str, ...]:
    """The names in ``folder`` (a site-packages folder; empty when unreadable)."""
    try:
        return tuple(os.listdir(folder))
    except OSError:
        return ()


def _files(root: Path) -> list[tuple[str, os.stat_result]]:
    """Each source file under ``root``: its path relative to ``root`` and its stat,
    sorted by path; bytecode caches left out, a missing source left out."""
    found: list[tuple[str, os.stat_result]] = []
    folders: list[str] = []
    for name in SOURCES:
        try:
            st = os.stat(root / name)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            folders.append(name)
        else:
            found.append((name, st))
    while folders:  # names relative to root, "/"-joined (os.path.relpath is slow)
        folder = folders.pop()
        try:
            with os.scandir(root / folder) as listing:
                entries = list(listing)
        except OSError:  # unreadable: its files are not in the stamp
            continue
        for entry in entries:
            name = f"{folder}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    folders.append(name)
            elif not entry.name.endswith((".pyc", ".pyo")):
                with contextlib.suppress(OSError):  # a dangling link: no source
                    found.append((name, entry.stat()))
    found.sort()
    return found


@functools.cache
def files_key(root: Path = ROOT) -> str:
    """A hash of the sources' relative paths, sizes and mtimes (cheap; see the module)."""
    blob = "\n".join(f"{name}\0{st.st_size}\0{st.st_mtime_ns}" for name, st in _files(root))
    blob += f"\n{library_versions()}"
    return hashlib.blake2b(blob.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()


@functools.cache
def engine_stamp(root: Path = ROOT) -> str:
    """A hash of the sources' relative paths and contents: equal stamps, same engine."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{library_versions()}\0".encode())
    for name, _ in _files(root):
        try:
            data = (root / name).read_bytes()
        except OSError:  # gone or unreadable since the listing: a stamp all the same
            data = b"\0unreadable"
        digest.update(f"{name}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()


def engine_meta() -> dict[str, str]:
    """The keys a new generation's ``meta.json`` gets (see the module)."""
    return {"engine": engine_stamp(), "engine_files": files_key(),
            "libraries": library_versions()}


def why_other(meta: dict) -> str:
    """Why the index described by ``meta`` is not this engine's (when :func:`same_engine`
    says so), in words for the status line: the libraries that moved
    (``trafilatura 2.3.1 → 2.4``) if the index recorded them, else the sources."""
    before = meta.get("libraries")
    if isinstance(before, str) and before != library_versions():
        old, new = _versions(before), _versions(library_versions())
        moved = [f"{k} {old.get(k, '-')} → {v}" for k, v in new.items() if old.get(k) != v]
        if moved:
            return ("the libraries warreader reads articles with changed since the index "
                    f"was built ({', '.join(moved)})")
    return "warreader's article reader or quote engine changed since the index was built"


def same_engine(meta: dict) -> bool:
    """True when the index described by ``meta`` was read by this process's engine."""
    if meta.get("engine_files") == files_key():
        return True
    return meta.get("engine") == engine_stamp()


def index_engine(generation: Path) -> str:
    """The engine stamp in ``generation``'s ``meta.json`` ("" when it has none or the
    file is unreadable; only hexadecimal digits are ever returned, so the stamp may be
    written into SQL text)."""
    from warreader.index.search.stamps import meta_or_none

    meta = meta_or_none(generation)
    stamp = meta.get("engine") if meta is not None else None
    if isinstance(stamp, str) and 0 < len(stamp) <= 64 and all(
            c in "0123456789abcdef" for c in stamp):
        return stamp
    return ""
