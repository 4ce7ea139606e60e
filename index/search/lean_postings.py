"""Whoosh's commit writing a term's postings a block at a time instead of one at a time.

At commit, Whoosh's ``FieldWriter.add_postings`` walks every sorted posting in Python:
order checks, a length lookup, and a call of the postings writer's ``add_posting``
(type assertions, three appends, running minima and maxima) for each one, then writes a
block of 128. On the BBC corpus that is ~466,000 postings and most of the commit's CPU.
:func:`use_lean_postings` gives a segment writer's field writer an ``add_postings``
that takes each term's postings together (``itertools.groupby``), cuts them into the
same blocks, fills each block's buffers and statistics with C loops (``zip``,
``array``, ``min``/``max``) and lets Whoosh's own ``_write_block`` and ``finish_term``
write them: the same bytes in the same files (``tests/test_search_lean_add.py``
compares the segments written both ways).

It leans on names inside ``whoosh.codec.whoosh3`` (pinned): with another field writer
Whoosh's own method stays.
"""

from __future__ import annotations

from array import array
from itertools import groupby
from operator import itemgetter
from typing import Any

try:
    from whoosh.codec.whoosh3 import W3FieldWriter
except ImportError:  # another Whoosh: its own method stays
    W3FieldWriter = None

_TERM = itemgetter(0, 1)


def _no_length(docnum: int) -> int:
    return 0


def _length_reader(lengths: Any, fieldname: str) -> Any:
    """``docnum -> length`` of ``fieldname``, as Whoosh's ``add_postings`` looks it up."""
    if not lengths:
        return _no_length
    reader = getattr(lengths, "doc_field_length_reader", None)
    if reader is not None:
        return reader(fieldname)
    return lambda docnum: lengths.doc_field_length(docnum, fieldname)


def lean_add_postings(fieldwriter: Any, schema: Any, lengths: Any, items: Any) -> None:
    """Write sorted ``(field, term bytes, docnum, weight, value)`` postings as
    ``W3FieldWriter.add_postings`` does (see the module's docstring)."""
    lastfield = None
    dfl = _no_length
    for (fieldname, btext), group in groupby(items, _TERM):
        if fieldname != lastfield:
            if lastfield is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            lastfield = fieldname
            dfl = _length_reader(lengths, fieldname)
        fieldwriter.start_term(btext)
        writer = fieldwriter._postwriter
        postings = list(group)
        limit = writer._blocklimit
        if len(postings) > limit:  # every block but the last written here
            last = (len(postings) - 1) // limit * limit
            for start in range(0, last, limit):
                _fill(writer, postings[start:start + limit], dfl)
                writer._write_block()
            postings = postings[last:]
        _fill(writer, postings, dfl)
        fieldwriter.finish_term()  # the last block, written with last=True
    if lastfield is not None:
        fieldwriter.finish_field()


def _fill(writer: Any, block: list[tuple], dfl: Any) -> None:
    """Put one block of postings into ``writer``'s buffers, with the statistics its
    ``add_posting`` would have kept."""
    if len(block) == 1:  # most terms: one document
        _, _, docnum, weight, value = block[0]
        writer._ids.append(docnum)
        writer._weights.append(weight)
        if value:
            writer._values.append(value)
        writer._maxweight = weight if weight > 0 else 0
        length = dfl(docnum)
        if length:
            writer._minlength = writer._maxlength = length
        return
    _, _, ids, weights, values = zip(*block, strict=True)
    writer._ids = array("I", ids)
    writer._weights = array("f", weights)
    writer._values = [v for v in values if v]
    top = max(weights)
    writer._maxweight = top if top > 0 else 0
    found = [n for n in map(dfl, ids) if n]
    writer._minlength = min(found) if found else None
    writer._maxlength = max(found) if found else 0


def use_lean_postings(writer: Any) -> None:
    """Make a new Whoosh ``SegmentWriter``'s field writer add postings a block at a
    time (left as it is when its field writer or schema is not the expected one)."""
    fieldwriter = getattr(writer, "fieldwriter", None)
    if W3FieldWriter is None or type(fieldwriter) is not W3FieldWriter:
        return
    if any(f.separate_spelling() for _, f in writer.schema.items()):
        return  # spelling postings (docnum -1) are Whoosh's own business
    fieldwriter.add_postings = lambda schema, lengths, items: lean_add_postings(
        fieldwriter, schema, lengths, items)
