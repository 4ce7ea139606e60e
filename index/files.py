"""Reading a file only when it is a regular file, and never more than a set size.

A symlink to ``/dev/zero`` or ``/dev/urandom`` reads forever; opening a FIFO for
reading blocks until a writer comes. :func:`read_regular` opens without blocking,
checks what it opened (``fstat``, so a file swapped after a ``stat`` cannot slip
through) and reads at most ``limit + 1`` bytes.

The size limit for article files is :func:`article_limit`: 10 MiB unless the config's
``max_file_mb`` (exported as ``WARREADER_MAX_FILE_MB`` so indexing helper processes
see it too) raises or lowers it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DEFAULT_ARTICLE_MB = 10.0
"""Largest article file read by default (real articles are a few KB)."""

LIMIT_ENV = "WARREADER_MAX_FILE_MB"
_CHUNK = 1 << 20


class ReadRefused(OSError):
    """A file that is not read; ``reason`` is one short line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def article_limit() -> int:
    """Bytes an article file may have (``WARREADER_MAX_FILE_MB``, else 10 MiB)."""
    try:
        mb = float(os.environ.get(LIMIT_ENV) or DEFAULT_ARTICLE_MB)
    except ValueError:
        mb = DEFAULT_ARTICLE_MB
    return int(max(mb, 0.001) * 2**20)


def set_article_limit(mb: float) -> None:
    """Make ``mb`` megabytes the article size limit (this process and its helpers)."""
    os.environ[LIMIT_ENV] = f"{mb:g}"


def describe_size(limit: int) -> str:
    """``limit`` bytes as the user set it (``10 MB``, ``0.5 MB``)."""
    return f"{limit / 2**20:.4g} MB"


def open_regular(path: str | Path) -> int:
    """A file descriptor open for reading on ``path`` if it is a regular file.

    Never blocks (a FIFO is opened non-blocking, then refused); raises
    :class:`ReadRefused` for a folder, FIFO, device or socket, ``OSError`` otherwise.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ReadRefused("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise ReadRefused(f"not a regular file (a {_kind(mode)})")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises :class:`ReadRefused` for a folder, a FIFO, a device or socket, or a file
    over the limit (also one that grows past it while being read); ``OSError`` (such as
    ``FileNotFoundError`` or ``PermissionError``) when it cannot be opened.
    """
    fd = open_regular(path)
    try:
        info = os.fstat(fd)
        if info.st_size > limit:
            raise ReadRefused(
                f"file too large ({info.st_size / 2**20:.1f} MB; the limit is "
                f"{describe_size(limit)}, set max_file_mb in the config to raise it)"
            )
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise ReadRefused(f"file too large (grew past {describe_size(limit)} while read)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def special_file(mode: int) -> str | None:
    """Why a file of ``mode`` is never read, for a FIFO, device or socket ("not a regular
    file (a FIFO)"); None for a regular file or a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return f"not a regular file (a {_kind(mode)})"


def unreadable_reason(exc: OSError) -> str:
    """The skip line's reason for a file that ``exc`` kept from being read: "permission
    denied" (said so by `quotes` and `index` alike), else "cannot read: " and the
    system's words."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def unlisted_reason(path: str | Path) -> str:
    """Why a file the walk found has no size and mtime: it is a FIFO, device or socket
    (never opened: a FIFO could block its reader; worded as :func:`special_file` words it
    for every command, "not a regular file (a FIFO)"), or it is gone."""
    try:
        why = special_file(os.stat(path).st_mode)
    except OSError:
        why = None
    return why or gone_reason(path)


def gone_reason(path: str | Path) -> str:
    """Why ``path`` cannot be found: a symbolic link whose target is missing says so and
    names the target ("broken link: /old/a.txt does not exist"; a bare "no such file or
    folder" beside a name the folder lists looked like a fault of warreader's), a
    relative target shown resolved against the link's folder; a loop of links says so
    ("link loop: cannot follow loop1.txt -> loop2.txt"); else "no such file or folder"."""
    try:
        target = os.readlink(path)
    except OSError:  # not a link, or gone itself
        return "no such file or folder"
    from warreader.index.paths import shown_path

    resolved = os.path.join(os.path.dirname(path), target)
    if os.path.lexists(resolved):  # it is there, but cannot be followed: a loop of links
        return f"link loop: cannot follow {os.path.basename(path)} -> {shown_path(target)}"
    return f"broken link: {shown_path(os.path.normpath(resolved))} does not exist"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"
