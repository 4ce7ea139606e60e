"""How the reader names article files: the file name, unless another article shares it.

The BBC corpus holds ``business/001.txt``, ``politics/001.txt``, ... : four "001.txt"
tell the reader nothing, so where names repeat each file is named by its path relative
to the corpus folder that holds it (and by its whole path if even that repeats).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path


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


def relative_to(path: str, longest_first: list[str]) -> str:
    """``path`` relative to the first of ``longest_first`` (from :func:`corpus_folders`)
    holding it, as given if none does."""
    plain = path.replace("\\", "/")
    for root in longest_first:
        if plain.startswith(root):
            return plain[len(root):]
    return plain


def file_labels(paths: Iterable[str], roots: Iterable[Path | str]) -> dict[str, str]:
    """A short, distinct label for each of ``paths`` (absolute article paths) under the
    corpus ``roots``: path -> label."""
    paths = list(dict.fromkeys(paths))
    names = Counter(_name(p) for p in paths)
    folders = corpus_folders(roots)
    labels = {p: _name(p) if names[_name(p)] == 1 else relative_to(p, folders) for p in paths}
    repeated = Counter(labels.values())
    return {p: label if repeated[label] == 1 else p for p, label in labels.items()}


class FileLabels:
    """:func:`file_labels` answered one path at a time, holding only the names that
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
