"""Stored fields written without compressing them: zlib streams of stored blocks.

Whoosh keeps each document's stored fields (our one ``data`` dict) as a pickle
compressed with ``zlib.compress(value, 3)``. For a value of a few hundred bytes that
call costs ~90 µs of CPU, nearly all of it zlib setting up its window and hash tables
(level 0 still costs ~70 µs): about 5% of a build's CPU, one call per article and per
quote. :func:`stored_deflate` writes the same kind of zlib stream with the data in
"stored" (uncompressed) deflate blocks, in a few microseconds; Whoosh's reader opens it
with the same ``zlib.decompress`` as before, so nothing on the reading side changes
and an index written either way reads the same. The stored column grows by about a
quarter (the pickles are small and compress little).
"""

from __future__ import annotations

import zlib
from typing import Any

_HEADER = b"\x78\x01"  # deflate, 32 KB window, no dictionary; (0x7801 % 31 == 0)
_BLOCK = 0xFFFF  # the most bytes one stored block holds


def stored_deflate(data: bytes, level: int = 0) -> bytes:
    """``data`` as a zlib stream of stored deflate blocks (``level`` is ignored): what
    ``zlib.decompress`` turns back into ``data``."""
    parts = [_HEADER]
    size = len(data)
    start = 0
    while True:
        chunk = data[start:start + _BLOCK]
        start += len(chunk)
        final = start >= size
        n = len(chunk)
        parts.append(bytes((1 if final else 0, n & 0xFF, n >> 8,
                            ~n & 0xFF, (~n >> 8) & 0xFF)))
        parts.append(chunk)
        if final:
            break
    parts.append(zlib.adler32(data).to_bytes(4, "big"))
    return b"".join(parts)


def use_plain_stored(writer: Any) -> None:
    """Make a new Whoosh ``SegmentWriter`` write its stored fields with
    :func:`stored_deflate` (left as it is if its stored column is not Whoosh's
    pickled, zlib-compressed one)."""
    columns = getattr(getattr(writer, "perdocwriter", None), "_colwriters", None)
    inner = getattr((columns or {}).get("_stored"), "_child", None)
    if getattr(inner, "_compress", None) is zlib.compress:
        inner._compress = stored_deflate
