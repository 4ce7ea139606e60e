"""Finding article files under paths and loading many of them, reporting skips."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warreader.index.articles.decoding import ArticleError
from warreader.index.articles.reader import SUFFIXES, read_article
from warreader.index.model import Article

SkipCallback = Callable[[Path, str], None]
ProgressCallback = Callable[[int, int], None]


_NOTE_NAMES = ("readme", "license", "licence", "changelog", "contributing", "copying")


def _is_notes(lower_name: str) -> bool:
    """A folder's README/LICENSE-style notes are not articles (named files still load)."""
    return lower_name.rsplit(".", 1)[0] in _NOTE_NAMES


def is_article_name(name: str) -> bool:
    """True if a folder's file called ``name`` is read as an article: an article suffix,
    not hidden, not notes (the rule of :func:`iter_article_files`)."""
    low = name.lower()
    return not name.startswith(".") and low.endswith(SUFFIXES) and not _is_notes(low)


def _walk(folder: Path) -> list[Path]:
    """Article files under ``folder``, and any folder under it that could not be listed
    (yielded like a file, so that reading it reports why instead of skipping silently)."""
    found: list[str] = []
    unlisted: list[str] = []

    def unreadable(exc: OSError) -> None:
        if exc.filename:
            unlisted.append(os.fspath(exc.filename))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if is_article_name(name):
                found.append(os.path.join(root, name))
    return [Path(f) for f in sorted(found + unlisted)]


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
