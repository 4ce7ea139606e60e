"""Where an export goes and how it is written: whole, and never over a file unasked.

The default folder is the user's documents folder (``platformdirs``), or
``WARREADER_EXPORT_DIR`` when set (tests, and users who want exports elsewhere). A file
is written to a temporary neighbour and then linked into place, which fails if a file
of that name appeared meanwhile; only with ``overwrite`` is an existing file replaced
(by a rename, so it is never half-written either).
"""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path

ENV = "WARREADER_EXPORT_DIR"


def default_folder() -> Path:
    """The folder exports are offered in: ``$WARREADER_EXPORT_DIR``, else the user's
    documents folder (``~/Documents``)."""
    override = os.environ.get(ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


def slug(text: str, limit: int = 40) -> str:
    """``text`` as a file-name part: lower-case letters, digits and single dashes."""
    words = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-_")
    return words[:limit].rstrip("-_") or "quotes"


def file_name(what: str, fmt: str, day: str | None = None) -> str:
    """``warreader-<what>-<YYYY-MM-DD>.<fmt>``, named after what was exported."""
    day = day or time.strftime("%Y-%m-%d")
    return f"warreader-{slug(what)}-{day}.{fmt}"


def default_path(what: str, fmt: str) -> Path:
    """The file an export of ``what`` in ``fmt`` is offered as."""
    return default_folder() / file_name(what, fmt)


def write_export(path: Path, text: str, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` whole (UTF-8). Raises :class:`FileExistsError` if
    ``path`` exists and ``overwrite`` is false; :class:`OSError` if it cannot be written.
    Missing parent folders are made."""
    path = Path(path).expanduser()
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _link_new(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` unless a file is there (a hard link fails on one)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if path.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
        os.replace(tmp, path)
