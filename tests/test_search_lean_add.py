"""The lean ``add_document`` writes exactly the index Whoosh's own method writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.config import load_config
from warreader.index.search.analysis import AliasTable
from warreader.index.search.documents import article_docs, skipped_doc
from warreader.index.search.indexer import codec, file_state, tune_writer
from warreader.index.search.lean_add import LeanAdd
from warreader.index.search.schema import build_schema
from warreader.index.search.sources import default_parse
from whoosh.filedb.filestore import RamStorage

BBC = Path(__file__).resolve().parents[2] / "shared/corpora/bbc"


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    """The documents of 40 BBC articles (every section) and their quotes, and a
    skipped file's placeholder."""
    if not BBC.is_dir():
        pytest.skip("the BBC corpus is not here")
    aliases = load_config(None).aliases
    parse, table = default_parse(aliases), AliasTable(aliases)
    docs = []
    for section in ("business", "entertainment", "politics", "sport", "tech"):
        for path in sorted((BBC / section).glob("*.txt"))[:8]:
            article, quotes = parse(str(path))
            docs += article_docs(article, quotes, str(path), file_state(str(path)), table)
    docs.append(skipped_doc("/nowhere/x.txt", file_state(str(path)), "binary file"))
    assert sum(d["kind"] != "article" for d in docs) > 80  # quotes among them
    return docs


def _written(docs: list[dict], lean: bool, limit_mb: int = 16,
             lean_commit: bool | None = None) -> tuple[dict, dict]:
    """What the index holds after ``docs`` are added and committed: the segment's
    files other than its postings and terms (not compound; named without the
    segment's random id), and every term's postings as the reader reads them
    (document, weight, value) with the term's statistics.

    The postings files themselves may differ in bytes: Whoosh pickles a block's
    values, and a repeated name's positions, kept from one document to the next by the
    lean path, are one object that pickles once (the same values read back).
    """
    storage = RamStorage()
    ix = storage.create_index(build_schema())
    writer = ix.writer(codec=codec(), compound=False)
    segid = writer.newsegment.segid
    tune_writer(writer, limit_mb)
    assert isinstance(writer.add_document, LeanAdd)
    if not lean:
        del writer.add_document  # Whoosh's own method again
    if not (lean if lean_commit is None else lean_commit):
        del writer.fieldwriter.add_postings  # Whoosh's own
        writer.pool.docs_in_order = False  # Whoosh's own sort alone
    if limit_mb < 1:  # a tiny pool: many runs, merged at the commit
        writer.pool.limit = 20_000
    for doc in docs:
        writer.add_document(**doc)
    runs = len(writer.pool.runs)
    writer.commit()
    assert limit_mb >= 1 or runs > 3
    files = {name.replace(segid, "ID"): storage.open_file(name).read()
             for name in storage.list()
             if segid in name and (lean_commit is not None or not name.endswith(
                 (".pst", ".trm")))}
    postings = {}
    with ix.reader() as reader:
        for field, term in reader.all_terms():
            info = reader.term_info(field, term)
            matcher = reader.postings(field, term)
            found = []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            postings[field, term] = (found, info.weight(), info.doc_frequency(),
                                     info.min_length(), info.max_length(),
                                     info.max_weight(), info.min_id(), info.max_id())
    assert len(files) >= 3 and len(postings) > 1000
    return files, postings


def test_lean_add_writes_the_same_index(documents):
    ours, whoosh = _written(documents, lean=True), _written(documents, lean=False)
    assert ours[0].keys() == whoosh[0].keys()
    for name in ours[0]:  # lengths, stored data, the segment's description
        assert ours[0][name] == whoosh[0][name], name
    assert ours[1] == whoosh[1]


def test_lean_add_with_many_runs_writes_the_same_index(documents):
    assert _written(documents, lean=True, limit_mb=0) == _written(documents, lean=False)


@pytest.mark.parametrize("limit_mb", [16, 0])
def test_lean_commit_writes_the_same_bytes(documents, limit_mb):
    """The pool's sort and the postings written a block at a time: every file of the
    segment the same, byte for byte (the documents added the same way)."""
    ours = _written(documents, lean=True, limit_mb=limit_mb, lean_commit=True)
    whoosh = _written(documents, lean=True, limit_mb=limit_mb, lean_commit=False)
    assert {name for name in ours[0] if name.endswith((".pst", ".trm"))} == {
        "MAIN_ID.pst", "MAIN_ID.trm"}
    assert ours == whoosh


def test_lean_add_finds_the_same_documents(documents):
    storage = RamStorage()
    ix = storage.create_index(build_schema())
    writer = ix.writer(codec=codec())
    tune_writer(writer, 16)
    for doc in documents:
        writer.add_document(**doc)
    writer.add_document(kind="article", title="zyzzogeton", _boost=2.0)  # Whoosh's own path
    writer.commit()
    with ix.searcher() as searcher:
        assert searcher.doc_count() == len(documents) + 1
        from whoosh.query import Term

        assert len(searcher.search(Term("kind", "quote"), limit=None)) == sum(
            d["kind"].startswith("quote") for d in documents)
        boosted = searcher.reader().postings("title", "zyzzogeton")
        assert boosted.id() == len(documents) and boosted.weight() == 2.0
