"""How the reader names article files, by three policies that all start from a file's
path under the corpus folder holding it (:func:`relative_to`).

The BBC corpus holds ``business/001.txt``, ``politics/001.txt``, ... : four "001.txt"
tell the reader nothing. Each view picks its policy on purpose:

- :func:`distinct_labels` (and :class:`FileLabels`, the same a path at a time): the
  file name alone, its path under the corpus folder where names repeat, its whole path
  where even that repeats. The article list, the index messages, the `speakers` table.
- :func:`folder_labels`: always the path under the corpus folder (a file given alone:
  its name; where those repeat, the path under the folder all the files share). The
  `search`, `articles` and `quotes` tables, which show a few files or no other file to
  compare.
- :func:`listed_labels`: the article list's label where it has one, else the path
  under the corpus folder, never the bare name. The list of a quote's group (`p`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _longest_first(roots: list[str]) -> list[str]:
    """``roots`` longest first, each with its closing slash."""
    return [root + "/" for root in sorted(roots, key=len, reverse=True)]


def corpus_folders(roots: Iterable[Path | str]) -> list[str]:
    """The corpus ``roots`` resolved, longest first, each with its closing slash, as
    :func:`relative_to` takes them."""
    return _longest_first([str(Path(r).expanduser().resolve()).replace("\\", "/")
                           for r in roots])


def reading_folders(roots: Iterable[Path | str]) -> list[str]:
    """The folders the first build names its files under, as :func:`relative_to` takes
    them: the corpus folder given alone; several, the folder they share (``sport`` and
    ``tech`` both hold a 001.txt: ``sport/001.txt``, never a bare name). A file given
    alone is no folder (:func:`label_under` names it by its name)."""
    folders = [str(Path(r).expanduser().resolve()) for r in roots
               if Path(r).expanduser().is_dir()]
    if len(folders) < 2:
        return corpus_folders(folders)
    return _longest_first([os.path.commonpath(folders).replace("\\", "/").rstrip("/")])


def label_under(path: str, longest_first: list[str]) -> str:
    """``path`` relative to the first of ``longest_first`` holding it, else (a file
    given alone) its file name."""
    label = relative_to(path, longest_first)
    return _name(path) if label == path.replace("\\", "/") else label


def relative_to(path: str, longest_first: list[str]) -> str:
    """``path`` relative to the first of ``longest_first`` (from :func:`corpus_folders`)
    holding it, as given if none does."""
    plain = path.replace("\\", "/")
    for root in longest_first:
        if plain.startswith(root):
            return plain[len(root):]
    return plain


def distinct_labels(paths: Iterable[str], roots: Iterable[Path | str]) -> dict[str, str]:
    """The shortest distinct label of each of ``paths`` (absolute article paths) under
    the corpus ``roots``, path -> label: the file name where no other of ``paths`` has
    it, else the path under its corpus folder, else (that repeats too) the whole path."""
    paths = list(dict.fromkeys(paths))
    names = Counter(_name(p) for p in paths)
    folders = corpus_folders(roots)
    labels = {p: _name(p) if names[_name(p)] == 1 else relative_to(p, folders) for p in paths}
    repeated = Counter(labels.values())
    return {p: label if repeated[label] == 1 else p for p, label in labels.items()}


def folder_labels(paths: Iterable[str], roots: Iterable[str | Path]) -> dict[str, str]:
    """Each of ``paths`` named by its path under the corpus folder that holds it,
    path -> label, whether or not its name repeats (``sport/152.txt``: the BBC corpus
    has a 152.txt in every folder); a path under no folder of ``roots`` (an article
    given as a file) by its file name. Where two paths would share a label (two corpus
    folders holding the same names, ``sport`` and ``tech`` given both; two files given
    alone with one name), every path is named by its path under the folder all of them
    share (``sport/001.txt``, ``tech/001.txt``)."""
    paths = list(dict.fromkeys(paths))
    folders = corpus_folders(r for r in roots if Path(r).expanduser().is_dir())
    names = {}
    for path in paths:
        label = relative_to(path, folders)
        names[path] = label if label != path.replace("\\", "/") else Path(path).name
    if len(set(names.values())) == len(names):
        return names
    shared = _shared_folder(paths)
    return {path: relative_to(path, shared) for path in paths}


def _shared_folder(paths: list[str]) -> list[str]:
    """The folder all of ``paths`` lie under, as :func:`relative_to` takes it (none
    when they have none: absolute and relative paths mixed)."""
    try:
        shared = os.path.commonpath([os.path.dirname(p) for p in paths])
    except ValueError:
        return []
    return _longest_first([shared.replace("\\", "/").rstrip("/")])


def listed_labels(paths: Iterable[str], known: Any, roots: Iterable[Any]) -> dict[str, str]:
    """Each of ``paths`` (empty ones left out) named as the article list names it,
    path -> label: ``known`` is the list's labels (a :class:`FileLabels`, or a dict
    that may not hold them yet); a path it lacks is named by its path under its corpus
    folder (``roots``), never by its bare name, since sport/095.txt and
    business/095.txt may both be in the corpus."""
    folders = corpus_folders(roots)
    return {path: known.get(path) or relative_to(path, folders) for path in paths if path}


class FileLabels:
    """:func:`distinct_labels` answered one path at a time, holding only the names that
    repeat (not a label for each of 100,000 articles): ``get(path)`` is the label."""

    def __init__(self, paths: Callable[[], Iterable[str]], roots: Iterable[Path | str]) -> None:
        """``paths()`` gives every article path (read once: a stored list streams them
        from SQLite, 0.16 s of CPU for 100,000)."""
        self._folders = corpus_folders(roots)
        every = set(paths())
        names = Counter(map(_name, every))
        self._repeated = {name for name, n in names.items() if n > 1}
        del names
        repeated, folders = self._repeated, self._folders
        relative = Counter(relative_to(p, folders) for p in every if _name(p) in repeated)
        self._repeated_relative = {label for label, n in relative.items() if n > 1}

    def get(self, path: str, default: str | None = None) -> str:
        """The label of ``path`` (``default`` is accepted as ``dict.get`` takes it)."""
        name = _name(path)
        if name not in self._repeated:
            return name
        label = relative_to(path, self._folders)
        return path if label in self._repeated_relative else label
