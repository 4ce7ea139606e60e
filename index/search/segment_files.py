"""Whoosh's file storage with its compound segment files read through a memory map, copy-free.

whoosh3 3.54 reads a compound segment (``*.seg``, every file of a segment in one) one
of two ways: memory-mapped, where it copies each file it opens out of the map into a
``BytesIO`` (a searcher over 10,000 articles held ~215 MB that way), or through a file
handle, where every small read of a posting list or a term entry is a seek and a read
call in Python (a keystroke's search made ~7,000 of them at 1,808 articles, half its
time). :class:`MappedStorage` keeps the map and hands out views of it: a read copies
only the bytes it asks for, and memory holds only the pages searches touch (the page
cache's, shared with every other reader of the file).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import weakref
from collections.abc import Callable

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile


def page_release(index) -> Callable[[], None]:
    """What lets go of the pages reads of ``index`` (a Whoosh index, or None) touched:
    its :meth:`MappedStorage.release_pages`, or a no-op for other storages."""
    release = getattr(getattr(index, "storage", None), "release_pages", None)
    return release if release is not None else _nothing


def _nothing() -> None:
    """No pages to let go of."""


class MappedStorage(FileStorage):
    """A :class:`FileStorage` whose compound segment files are read from a memory map."""

    def __init__(self, folder: str) -> None:
        super().__init__(folder, supports_mmap=False)  # Whoosh's own map copies each file
        self._mapped: weakref.WeakSet[_SegmentFile] = weakref.WeakSet()

    def open_file(self, name, **kwargs):
        """The file ``name``; a compound segment comes back mapped (see the module)."""
        f = super().open_file(name, **kwargs)
        if not name.endswith(".seg") or os.fstat(f.file.fileno()).st_size == 0:
            return f
        mapped = _SegmentFile(f.file, name)
        self._mapped.add(mapped)
        return mapped

    def release_pages(self) -> None:
        """Let go of the pages searches touched (they stay in the page cache, and come
        back on the next read): otherwise they count in the process's RSS, which then
        grows towards the index's size as searches cover more of it."""
        for mapped in list(self._mapped):
            mapped.release_pages()


class _SegmentFile(StructFile):
    """A compound segment file: read as a file for its directory, while its parts
    (:meth:`subset`) are views of one memory map of it."""

    def __init__(self, fileobj, name: str) -> None:
        super().__init__(fileobj, name=name)
        self._map: mmap.mmap | None = mmap.mmap(fileobj.fileno(), 0, access=mmap.ACCESS_READ)

    def subset(self, offset: int, length: int, name: str | None = None) -> StructFile:
        view = memoryview(self._map)[offset:offset + length]
        return _ViewFile(view, name or self._name)

    def release_pages(self) -> None:
        if self._map is not None and hasattr(mmap, "MADV_DONTNEED"):
            with contextlib.suppress(OSError, ValueError):
                self._map.madvise(mmap.MADV_DONTNEED)

    def close(self) -> None:
        if self._map is not None:
            with contextlib.suppress(BufferError):  # a view is open: it goes with the last
                self._map.close()
            self._map = None
        super().close()


class _ViewFile(BufferFile):
    """A part of a mapped segment: Whoosh's ``BufferFile`` without its copy."""

    def __init__(self, view: memoryview, name: str | None = None) -> None:
        self._buf = view
        self._name = name
        self.file = _ViewReader(view)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> BufferFile:
        return _ViewFile(self._buf[position:position + length], name or self._name)


class _ViewReader:
    """The file interface StructFile reads through (read, seek, tell), over a view."""

    __slots__ = ("_view", "_pos", "_len")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self._len = len(view)

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = self._len if size is None or size < 0 else min(self._len, start + size)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        rest = self._view[self._pos:].tobytes()
        cut = rest.find(b"\n") + 1 or len(rest)
        if size is not None and size >= 0:
            cut = min(cut, size)
        self._pos += cut
        return rest[:cut]

    def seek(self, where: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._len}[whence]
        self._pos = max(0, base + where)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")

    def __iter__(self):
        while line := self.readline():
            yield line
