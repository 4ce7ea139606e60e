"""Parsing in a helper process gives the same index as parsing in-process."""

from __future__ import annotations

import shutil

from index.corpus import Corpus
from index.paths import bundled_seeds_dir
from index.search import pipeline


def _build(folder, index_dir, monkeypatch, helper: bool):
    monkeypatch.setattr(pipeline, "MIN_FILES", 1)
    if helper:
        monkeypatch.delenv("WARREADER_SERIAL", raising=False)
        monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    else:
        monkeypatch.setenv("WARREADER_SERIAL", "1")
    corpus = Corpus.open([folder], index_dir, {"Jens Stoltenberg": ["Stoltenberg"]})
    return corpus, corpus.refresh()


def test_helper_process_indexes_like_the_serial_path(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    shutil.copytree(bundled_seeds_dir(), folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    calls = []
    real = pipeline.parsed_in_helper
    monkeypatch.setattr(pipeline, "parsed_in_helper", lambda *a: calls.append(1) or real(*a))
    serial, s_report = _build(folder, tmp_path / "serial", monkeypatch, helper=False)
    assert calls == []
    helped, h_report = _build(folder, tmp_path / "helper", monkeypatch, helper=True)
    assert calls == [1]
    assert h_report.files_read == s_report.files_read > 3
    assert h_report.quotes_found == s_report.quotes_found > 0
    assert h_report.skipped == s_report.skipped != []
    assert helped.summaries() == serial.summaries()
    hits = [(h.path, h.quote_text) for h in helped.search("speaker:stoltenberg").hits]
    assert hits == [(h.path, h.quote_text) for h in serial.search("speaker:stoltenberg").hits]
    assert hits
    # The helper analyses the text into postings itself: they must be the very same.
    assert _postings(helped) == _postings(serial)


def _postings(corpus: Corpus) -> dict:
    """Every term's postings (document, weight, encoded value) and field lengths."""
    out: dict = {}
    with corpus._ix.reader() as reader:
        for field, term in reader.all_terms():
            matcher = reader.postings(field, term)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            out[field, term] = items
        for field in ("title", "body", "text", "speaker", "role", "cue"):
            out[field] = [reader.doc_field_length(n, field) for n in range(reader.doc_count_all())]
    assert len(out) > 1000
    return out


def test_helper_only_for_many_files_on_several_cores(monkeypatch):
    monkeypatch.delenv("WARREADER_SERIAL", raising=False)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    assert not pipeline.worth_it(pipeline.MIN_FILES - 1)
    assert pipeline.worth_it(pipeline.MIN_FILES)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 1)
    assert not pipeline.worth_it(10_000)
