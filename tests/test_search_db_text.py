"""File names that are not UTF-8 through SQLite (index/search/db_text.py): a row read back
is the row written, whether or not any of its values holds a lone surrogate."""

from __future__ import annotations

import pytest
from warreader.index.search.db_text import MARK, row_from_db, row_to_db


@pytest.mark.parametrize("row", [
    (1, "/news/caf\udce9.txt", None, 3.5, "plain"),
    ("plain", "also plain", 7, None),
    ("\udce9", "x\udcff", "no mark"),
    (),
    (b"bytes stay", "caf\udce9"),
])
def test_a_row_reads_back_as_written(row):
    stored = row_to_db(row)
    assert not any(isinstance(v, str) and "\udce9" in v for v in stored)  # SQLite-ready
    assert row_from_db(stored) == tuple(row)


def test_only_the_marked_values_are_read_back_changed():
    stored = row_to_db(("a\udce9", "b", 2))
    assert stored[0] == f"a{MARK}dce9" and stored[1:] == ("b", 2)
    assert row_from_db(stored) == ("a\udce9", "b", 2)
    assert row_from_db(["plain", 1]) == ("plain", 1)  # a list row comes back a tuple
