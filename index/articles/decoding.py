"""Reading an article file's bytes safely and decoding them to text.

Files are UTF-8 (a BOM is dropped). Anything else is decoded as cp1252, or failing
that latin-1 (which always succeeds), and the article gets a warning; either way the
text is exact for the file's real encoding, never UTF-8 mojibake. Files that are
missing, unreadable, empty, binary or over :data:`MAX_BYTES` raise
:class:`ArticleError` with a one-line reason.
"""

from __future__ import annotations

import stat
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
"""Largest article file read (10 MiB); real articles are a few KB."""

_SNIFF = 8192


class ArticleError(Exception):
    """An article file that cannot be read; ``reason`` is one short line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after checking it exists, is a file and is not too large."""
    try:
        info = path.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError("is a folder, not a file")
        if size > MAX_BYTES:
            raise ArticleError(
                f"file too large ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file or folder") from None
    except PermissionError:
        raise ArticleError("permission denied") from None
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes; returns ``(text, warning)`` (warning None for UTF-8).

    Raises :class:`ArticleError` for an empty or binary (NUL-containing) file.
    """
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:_SNIFF]:
        raise ArticleError("binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not valid UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8; decoded as latin-1"


def read_decoded(path: str | Path) -> tuple[str, str | None]:
    """The decoded text of an article file and the decoding warning, if any."""
    return decode(read_bytes(Path(path)))


def read_source_text(path: str | Path) -> str:
    """The decoded file text that every article offset refers to."""
    return read_decoded(path)[0]
