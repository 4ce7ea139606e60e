"""Field lengths read once per field when a segment's postings are written.

At commit, Whoosh writes each posting with its document's field length, looked up one
posting at a time in the length column it has just written (a seek and a read per
posting: ~450,000 on the BBC corpus). :func:`use_preloaded_lengths` makes the writer's
per-document reader load each field's whole length column once instead; the values are
the same, only read in bulk. It leans on two names inside ``whoosh.codec.whoosh3``
(pinned): without them the writer is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.util.numeric import byte_to_length
except ImportError:  # another Whoosh: keep its own per-posting lookups
    LENGTHS_COLUMN = None


class PreloadedLengths:
    """Wraps a per-document reader; :meth:`doc_field_length_reader` reads in bulk."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)

    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Callable[[int], Any]:
        """``docnum -> length`` of ``fieldname`` (None where no length byte was written),
        exactly as Whoosh's own accessor answers, from one read of the column."""
        column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return lambda docnum, _default=default: _default
        table = [byte_to_length(b) if b else None for b in column.load()]
        table.extend([None] * (self._reader.doc_count_all() + 1 - len(table)))
        return table.__getitem__


def use_preloaded_lengths(writer: Any) -> None:
    """Make ``writer`` (a Whoosh ``SegmentWriter``) look field lengths up in bulk."""
    original = getattr(writer, "per_document_reader", None)
    if LENGTHS_COLUMN is None or original is None:
        return
    writer.per_document_reader = lambda: PreloadedLengths(original())
