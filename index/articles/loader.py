"""Finding article files under paths and loading many of them, reporting skips."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warreader.index.articles.decoding import ArticleError
from warreader.index.articles.reader import SUFFIXES, read_article
from warreader.index.files_walk import FolderCache, Rule, stat_into, walk
from warreader.index.model import Article

SkipCallback = Callable[[Path, str], None]
ProgressCallback = Callable[[int, int], None]


_NOTE_NAMES = ("readme", "license", "licence", "changelog", "contributing", "copying")


def _is_notes(lower_name: str) -> bool:
    """A folder's README/LICENSE-style notes are not articles (named files still load)."""
    return lower_name.startswith(_NOTE_NAMES) and lower_name.rsplit(".", 1)[0] in _NOTE_NAMES


def is_article_name(name: str) -> bool:
    """True if a folder's file called ``name`` is read as an article: an article suffix,
    not hidden, not notes (the rule of :func:`iter_article_files`)."""
    return _RULE.wants(name)


FileStats = dict[str, tuple[int, int]]
"""Path -> (size, mtime_ns) of the files a walk found (what the index's manifest keeps)."""

_RULE = Rule(SUFFIXES, _NOTE_NAMES, _is_notes)


def _walk(folder: Path) -> list[Path]:
    """Article files under ``folder``, and any folder under it that could not be listed
    (yielded like a file, so that reading it reports why instead of skipping silently)."""
    return [Path(f) for f in _walk_names(folder)]


def _walk_names(folder: str | Path, stats: FileStats | None = None,
                cache: FolderCache | None = None) -> list[str]:
    """:func:`_walk` as path strings (a ``Path`` per file costs more than the walk),
    sorted; with ``stats``, each file's size and mtime put in it as it is found (a file
    that vanishes meanwhile is listed but not put in); ``cache`` spares listing the
    folders it knows unchanged (:func:`index.files_walk.walk`).

    One ``os.scandir`` per folder, as ``os.walk`` does (hidden folders and links to
    folders not entered; a folder that cannot be listed is named like a file).
    """
    return walk(folder, _RULE, stats, cache)


def iter_article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files under ``paths``, in order, each once.

    A folder yields its ``.txt``/``.md``/``.html``/``.htm`` files recursively, sorted
    (hidden files and folders, and notes such as README.md or LICENSE.txt, skipped).
    A file, or a path that does not exist, is yielded as given, so that
    :func:`load_articles` reports why it cannot be read.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files = _walk(path.resolve())  # children of a resolved folder: no resolve each
        else:
            files, path = [path], path.resolve()
        for file in files:
            key = file if file is not path else path
            if key not in seen:
                seen.add(key)
                yield file


def has_article_file(paths: Iterable[str | Path]) -> bool:
    """True when any of ``paths`` is a regular file, or a folder with an article file
    somewhere under it (the rule of :func:`iter_article_files`); stops at the first one
    found. False for empty folders, broken links and folders of other files: an update
    from those would read nothing and remove every article the index holds."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            if _folder_has_article(os.fspath(path)):
                return True
        elif path.is_file():
            return True
    return False


def _folder_has_article(folder: str) -> bool:
    """:func:`has_article_file` for one folder (hidden folders and links to folders not
    entered, as the walk does; a folder that cannot be listed holds none)."""
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith("."):
                            pending.append(entry.path)
                    elif _RULE.wants(entry.name) and entry.is_file():
                        return True
        except OSError:
            continue
    return False


def article_file_names(paths: Iterable[str | Path]) -> list[str]:
    """:func:`iter_article_files` as absolute path strings, each once (a given file
    resolved if it was relative): the index's manifest keys, listed without a ``Path``
    per file."""
    return _file_names(paths, None)


def article_file_stats(paths: Iterable[str | Path], cache: FolderCache | None = None
                       ) -> tuple[list[str], FileStats]:
    """:func:`article_file_names`, and the (size, mtime_ns) of each file found, stat-ed
    during the same walk (a listed file missing from the stats vanished, or is a link
    to nothing); ``cache``, the last walk's folders, spares listing those unchanged
    and holds this walk's after."""
    stats: FileStats = {}
    return _file_names(paths, stats, cache), stats


def _file_names(paths: Iterable[str | Path], stats: FileStats | None,
                cache: FolderCache | None = None) -> list[str]:
    """:func:`article_file_names`, filling ``stats`` if given."""
    seen: set[str] = set()
    out: list[str] = []
    first: list[str] = []  # the first folder's names: in ``seen`` once another path comes
    for raw in paths:
        if first:
            seen.update(first)
            first = []
        path = Path(raw).expanduser()
        if path.is_dir():
            names = _walk_names(path.resolve(), stats, cache)
            if not out:  # the first folder: its names are distinct, kept as they are
                first = names
                out.extend(names)
                continue
            pairs = [(name, name) for name in names]
        else:
            pairs = [(str(path if path.is_absolute() else path.resolve()), str(path.resolve()))]
            if stats is not None:
                stat_into(stats, pairs[0][0])
        for name, key in pairs:
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def load_articles(
    paths: Iterable[str | Path],
    on_skip: SkipCallback | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[Article]:
    """Read every article under ``paths``; files that cannot be read are skipped.

    ``on_skip(path, reason)`` is called once per skipped file with a one-line reason;
    ``on_progress(done, total)`` after each file. An unexpected parser failure on one
    file is reported as a skip too, so one bad file never stops the rest.
    """
    files = list(iter_article_files(paths))
    articles: list[Article] = []
    for done, path in enumerate(files, 1):
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            if on_skip:
                on_skip(path, exc.reason)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the load
            if on_skip:
                on_skip(path, f"could not parse ({type(exc).__name__}: {exc})")
        if on_progress:
            on_progress(done, len(files))
    return articles
