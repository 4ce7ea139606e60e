"""The per-corpus YAML files that hold a reader's marks and corrections.

Each corpus (its folders, resolved and sorted: :func:`index.paths.corpus_key`) has a
folder ``<user data dir>/corpora/<key>/`` holding ``corpus.yaml`` (the folders it is
for, so a person can tell the folders apart) and one YAML file per kind of annotation.

Every change is a read-modify-write under an exclusive lock on the file's ``.lock``
neighbour (so the app and the CLI never lose each other's changes) and is written to a
temporary file, then renamed (never half a file). A file that is not valid YAML, or not
the shape expected, is set aside as ``NAME.damaged-<time>`` and reported once, never
read as empty and overwritten.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from warreader.index.paths import APP_NAME, corpus_key


class AnnotationFileDamaged(Exception):
    """A marks or corrections file could not be read; it has been set aside."""


def user_data_root() -> Path:
    """The platform's user data folder for warreader (``~/.local/share/warreader``)."""
    from platformdirs import user_data_dir

    override = os.environ.get("WARREADER_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def corpus_folder(corpus_paths: Iterable[str | Path], root: Path | None = None) -> Path:
    """The folder holding the annotations of the corpus made of ``corpus_paths``."""
    paths = [Path(p) for p in corpus_paths]
    base = (root if root is not None else user_data_root()) / "corpora"
    return base / corpus_key(paths)


def describe_corpus(folder: Path, corpus_paths: Iterable[str | Path]) -> None:
    """Write ``corpus.yaml`` naming the corpus folders (once; for people reading files)."""
    path = folder / "corpus.yaml"
    if path.exists():
        return
    roots = sorted(str(Path(p).expanduser().resolve()) for p in corpus_paths)
    write_yaml(path, {"folders": roots})


def write_yaml(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as YAML, whole: a temporary file, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            yaml.safe_dump(data, out, allow_unicode=True, sort_keys=False, width=100)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def set_aside(path: Path) -> Path:
    """Rename a damaged ``path`` out of the way; return where it went."""
    target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(path, target)
    return target


def read_yaml(path: Path, key: str) -> list:
    """The list under ``key`` in the YAML file ``path`` ([] if there is no file).

    Raises :class:`AnnotationFileDamaged` (one line for the user) after setting a file
    aside that is not UTF-8 YAML or whose ``key`` is not a list.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        moved = set_aside(path)
        raise AnnotationFileDamaged(f"{path.name} could not be read ({exc.__class__.__name__});"
                                    f" set aside as {moved.name}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        moved = set_aside(path)
        raise AnnotationFileDamaged(f"{path.name} is not valid YAML; set aside as "
                                    f"{moved.name}") from exc
    if data is None:
        return []
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        moved = set_aside(path)
        raise AnnotationFileDamaged(f"{path.name} has no '{key}:' list; set aside as "
                                    f"{moved.name}")
    return items


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s ``.lock`` neighbour for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
