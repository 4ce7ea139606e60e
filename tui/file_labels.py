"""How the reader names article files: the file name, unless another article shares it.

The BBC corpus holds ``business/001.txt``, ``politics/001.txt``, ... : four "001.txt"
tell the reader nothing, so where names repeat each file is named by its path relative
to the corpus folder that holds it (and by its whole path if even that repeats).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _relative(path: str, roots: list[str]) -> str:
    """``path`` relative to the longest root holding it (as given if none does)."""
    plain = path.replace("\\", "/")
    for root in sorted(roots, key=len, reverse=True):
        if plain.startswith(root + "/"):
            return plain[len(root) + 1:]
    return plain


def file_labels(paths: Iterable[str], roots: Iterable[Path | str]) -> dict[str, str]:
    """A short, distinct label for each of ``paths`` (absolute article paths) under the
    corpus ``roots``: path -> label."""
    paths = list(dict.fromkeys(paths))
    names = Counter(_name(p) for p in paths)
    folders = [str(Path(r).expanduser().resolve()).replace("\\", "/") for r in roots]
    labels = {p: _name(p) if names[_name(p)] == 1 else _relative(p, folders) for p in paths}
    repeated = Counter(labels.values())
    return {p: label if repeated[label] == 1 else p for p, label in labels.items()}
