"""What the build writes more cheaply finds and reads the same: day terms, plain stored data."""

from __future__ import annotations

import os
import zlib
from datetime import datetime

import pytest
from warreader.index.search.indexer import codec, tune_writer
from warreader.index.search.plain_stored import stored_deflate, use_plain_stored
from warreader.index.search.query import QueryBuilder
from warreader.index.search.schema import build_schema
from whoosh.fields import DATETIME
from whoosh.filedb.filestore import RamStorage

DAYS = ["2003-12-31", "2004-01-01", "2004-02-29", "2004-03-12", "2004-06-30", "2004-07-01",
        "2004-12-31", "2005-01-01", "2005-03-15", None]


def _index(schema):
    ix = RamStorage().create_index(schema)
    writer = ix.writer(codec=codec())
    tune_writer(writer, 16)
    for n, day in enumerate(DAYS):
        doc = {"kind": "article", "id": f"a{n}", "title": f"report {n}",
               "body": "oil prices rise" if n % 2 else "talks resume", "data": {"n": n}}
        if day is not None:
            doc["date"] = datetime.strptime(day, "%Y-%m-%d")
        writer.add_document(**doc)
    writer.commit()
    return ix


@pytest.mark.parametrize("query", [
    "date:2004", "date:2004-03", "date:2004-03-12", "date:[2004-02 to 2004-07]",
    "date:[2004-03-12 to]", "date:[to 2004-01-01]", "NOT date:2004", "oil OR date:2005",
    "talks -date:2004", "(date:2003 OR date:2005-03 ) report",
])
def test_day_terms_find_what_whoosh_trie_terms_found(query):
    ours = build_schema()
    assert ours["date"].shift_step == 0  # one term per document
    trie = build_schema()
    trie.remove("date")
    trie.add("date", DATETIME(stored=False))  # Whoosh's own: eight terms per document
    q = QueryBuilder().build(query)
    found = []
    older = _index(trie).storage.open_index(schema=ours)  # an index written before, read now
    for ix in (_index(ours), _index(trie), older):
        with ix.searcher() as searcher:
            found.append(sorted(hit["data"]["n"] for hit in searcher.search(q, limit=None)))
    assert found[0] == found[1] == found[2]
    assert found[0]  # every query here finds something
    with _index(ours).reader() as reader:
        assert len(list(reader.lexicon("date"))) == len([d for d in DAYS if d])


@pytest.mark.parametrize("size", [0, 1, 400, 65_535, 65_536, 200_000])
def test_stored_deflate_is_a_zlib_stream(size):
    data = os.urandom(size)
    assert zlib.decompress(stored_deflate(data)) == data


def test_stored_data_is_written_plain_and_reads_back_the_same():
    ix = _index(build_schema())
    with ix.searcher() as searcher:
        assert sorted(d["data"]["n"] for d in searcher.all_stored_fields()) == list(
            range(len(DAYS)))
    writer = ix.writer(codec=codec())
    use_plain_stored(writer)
    assert writer.perdocwriter._colwriters["_stored"]._child._compress is stored_deflate
    writer.cancel()


def test_one_position_encodings_kept_are_whoosh_s_own():
    from warreader.index.search.analysis import text_analyzer
    from warreader.index.search.textfield import FastPositions
    from whoosh.formats import Positions

    texts = ["Oil prices rise as talks stall", "Talks resume; oil prices rise again and again",
             "Oil prices rise as talks stall"]  # the third: every encoding from the cache
    for boost in (1.0, 2.5):
        for text in texts:
            fast = sorted(FastPositions(boost).word_values(text, text_analyzer()))
            slow = sorted(Positions(boost).word_values(text, text_analyzer(), mode="index"))
            assert fast == slow
