"""Reading an article file's bytes safely and decoding them to text.

Files are UTF-8 (a BOM is dropped). A line that is not is decoded as cp1252, or failing
that latin-1 (which always succeeds), and the article gets a warning naming the lines;
either way the text is exact for the file's real encoding, never UTF-8 mojibake. (The
file's own mojibake, "JosÃ©", is read as its clean spelling in the article's paragraphs,
:mod:`index.articles.normalise`, offsets still into this text; the article is warned,
:func:`with_repairs`.)
Files
that are missing, unreadable, empty, binary, not regular files (FIFOs, devices) or
over the size limit (:func:`index.files.article_limit`) raise :class:`ArticleError`
with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

from warreader.index.files import (
    DEFAULT_ARTICLE_MB,
    ReadRefused,
    article_limit,
    gone_reason,
    read_regular,
    unreadable_reason,
)

MAX_BYTES = int(DEFAULT_ARTICLE_MB * 2**20)
"""Default largest article file read (10 MiB); the config's ``max_file_mb`` changes it."""

_SNIFF = 8192


class ArticleError(Exception):
    """An article file that cannot be read; ``reason`` is one short line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file no larger than :func:`article_limit`.

    A FIFO, device or socket (or a symlink to one) is refused without blocking.
    """
    try:
        return read_regular(path, article_limit())
    except ReadRefused as exc:
        raise ArticleError(exc.reason) from None
    except FileNotFoundError:
        raise ArticleError(gone_reason(path)) from None
    except OSError as exc:  # permission denied, ...: worded as the index says it
        raise ArticleError(unreadable_reason(exc)) from None


def with_repairs(warning: str | None, repaired: int) -> str | None:
    """The decoding ``warning`` with a note of the ``repaired`` mis-decoded characters
    the article's text reads as meant (:func:`index.articles.normalise.repairs`), if any."""
    if not repaired:
        return warning
    s = "s" * (repaired > 1)
    note = f"{repaired} mis-decoded character{s} (UTF-8 read as Latin-1) read as meant"
    return f"{warning}; {note}" if warning else note


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of file bytes as they are, and the decoding warning if not UTF-8.

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
    return _decode_lines(data)


def _decode_lines(data: bytes) -> tuple[str, str]:
    """Each line as UTF-8 when it is, else as cp1252 (latin-1 for bytes cp1252 lacks).

    One stray byte in a UTF-8 file then costs only its own line, not every accented
    letter and curly quotation mark of the file; a file wholly in cp1252 decodes as
    before. The warning counts the lines and names the first.
    """
    out: list[str] = []
    bad: list[int] = []
    legacy = set()
    for n, line in enumerate(data.splitlines(keepends=True), 1):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            bad.append(n)
        try:
            out.append(line.decode("cp1252"))
            legacy.add("cp1252")
        except UnicodeDecodeError:
            out.append(line.decode("latin-1"))
            legacy.add("latin-1")
    how = " and ".join(sorted(legacy))
    lines = f"line {bad[0]}" if len(bad) == 1 else f"{len(bad)} lines (first: line {bad[0]})"
    return "".join(out), f"not valid UTF-8: {lines} decoded as {how}"


def read_decoded(path: str | Path) -> tuple[str, str | None]:
    """The decoded text of an article file and the decoding warning, if any (mojibake
    is counted as the text is read: :func:`with_repairs`)."""
    return decode(read_bytes(Path(path)))


def read_source_text(path: str | Path) -> str:
    """The decoded file text that every article offset refers to (not normalised)."""
    return decode(read_bytes(Path(path)))[0]
