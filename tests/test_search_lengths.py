"""Field lengths read in bulk at commit give the very index Whoosh's own lookups give."""

from __future__ import annotations

from warreader.index.corpus import Corpus
from warreader.index.paths import bundled_seeds_dir
from warreader.index.search import indexer


def _index(index_dir, monkeypatch, preload: bool) -> dict:
    if not preload:
        monkeypatch.setattr(indexer, "use_preloaded_lengths", lambda writer: None)
    corpus = Corpus.open([bundled_seeds_dir()], index_dir, {})
    corpus.refresh()
    monkeypatch.undo()
    out = {}
    with corpus._ix.reader() as reader:
        for field, term in reader.all_terms():
            info = reader.term_info(field, term)
            out[field, term] = (info.min_length(), info.max_length(), info.weight(),
                                info.doc_frequency())
            matcher = reader.postings(field, term)
            while matcher.is_active():
                out[field, term, matcher.id()] = (matcher.weight(), matcher.value())
                matcher.next()
    return out


def test_bulk_lengths_write_the_same_postings(tmp_path, monkeypatch):
    bulk = _index(tmp_path / "bulk", monkeypatch, preload=True)
    one_by_one = _index(tmp_path / "stock", monkeypatch, preload=False)
    assert bulk == one_by_one
    assert any(v[1] > 1 for k, v in bulk.items() if len(k) == 2)  # lengths were recorded
