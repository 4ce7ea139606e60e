"""Parsing in a helper process gives the same index as parsing in-process."""

from __future__ import annotations

import shutil

import pytest
from warreader.index.corpus import Corpus
from warreader.index.paths import bundled_seeds_dir
from warreader.index.search import pipeline


def _build(folder, index_dir, monkeypatch, helper: bool, **refresh):
    monkeypatch.setattr(pipeline, "MIN_FILES", 1)
    if helper:
        monkeypatch.delenv("WARREADER_SERIAL", raising=False)
        monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
        monkeypatch.setattr(pipeline, "core_free", lambda: True)  # whatever the load now
    else:
        monkeypatch.setenv("WARREADER_SERIAL", "1")
    corpus = Corpus.open([folder], index_dir, {"Jens Stoltenberg": ["Stoltenberg"]})
    return corpus, corpus.refresh(**refresh)


@pytest.mark.parametrize("share", [pipeline.HELPER_SHARE, 1.0])  # 1.0: it skips broken.txt
def test_helper_process_indexes_like_the_serial_path(tmp_path, monkeypatch, share):
    monkeypatch.setattr(pipeline, "HELPER_SHARE", share)
    folder = tmp_path / "articles"
    shutil.copytree(bundled_seeds_dir(), folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    calls = []
    real = pipeline.indexed_in_helper
    monkeypatch.setattr(pipeline, "indexed_in_helper", lambda *a: calls.append(1) or real(*a))
    serial, s_report = _build(folder, tmp_path / "serial", monkeypatch, helper=False)
    assert calls == []
    helped, h_report = _build(folder, tmp_path / "helper", monkeypatch, helper=True)
    assert calls == [1]
    assert h_report.files_read == s_report.files_read > 3
    assert h_report.quotes_found == s_report.quotes_found > 0
    assert h_report.skipped == s_report.skipped != []
    assert helped.summaries() == serial.summaries()
    # Equal scores may come in another order (documents are numbered differently).
    hits = sorted((round(h.score, 6), h.path, h.quote_text)
                  for h in helped.search("speaker:stoltenberg").hits)
    assert hits == sorted((round(h.score, 6), h.path, h.quote_text)
                          for h in serial.search("speaker:stoltenberg").hits)
    assert hits
    # The helper indexes its files into a segment of its own: the postings must be the
    # very same as one process writes.
    assert _postings(helped) == _postings(serial)


def _postings(corpus: Corpus) -> dict:
    """Every term's postings (weight, encoded value) and field lengths, by document (its
    file and quote number: document numbers differ when a helper wrote a segment)."""
    out: dict = {}
    with corpus._ix.reader() as reader:
        docs = {}
        for n in range(reader.doc_count_all()):
            data = reader.stored_fields(n)["data"]
            docs[n] = (data.get("file") or data["path"], data.get("n", -1))
        for field, term in reader.all_terms():
            matcher = reader.postings(field, term)
            items = []
            while matcher.is_active():
                items.append((docs[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
            out[field, term] = sorted(items)
        for field in ("title", "body", "text", "speaker", "role", "cue"):
            out[field] = sorted((docs[n], reader.doc_field_length(n, field)) for n in docs)
    assert len(out) > 1000
    return out


def test_helper_only_for_many_files_on_several_cores(monkeypatch):
    monkeypatch.delenv("WARREADER_SERIAL", raising=False)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    monkeypatch.setattr(pipeline.os, "getloadavg", lambda: (0.5, 0.5, 0.5))
    assert not pipeline.worth_it(pipeline.MIN_FILES - 1)
    assert pipeline.worth_it(pipeline.MIN_FILES)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 1)
    assert not pipeline.worth_it(10_000)


def test_helper_only_while_a_core_is_idle(monkeypatch):
    monkeypatch.delenv("WARREADER_SERIAL", raising=False)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pipeline.os, "getloadavg", lambda: (0.9, 3.0, 3.0))
    assert pipeline.worth_it(10_000)  # one core idle over the last minute
    monkeypatch.setattr(pipeline.os, "getloadavg", lambda: (1.6, 0.2, 0.2))
    assert not pipeline.worth_it(10_000)  # both cores busy: the helper would only compete

    def no_load():
        raise OSError("no load average here")

    monkeypatch.setattr(pipeline.os, "getloadavg", no_load)
    assert pipeline.worth_it(10_000)


@pytest.mark.parametrize("helper", [False, True])
def test_each_article_is_heard_of_as_it_is_read(tmp_path, monkeypatch, helper):
    folder = tmp_path / "articles"
    shutil.copytree(bundled_seeds_dir(), folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    heard, phases = [], []
    corpus, _ = _build(folder, tmp_path / "ix", monkeypatch, helper, on_article=heard.append,
                       progress=lambda done, total, path: phases.append((done, total, path)))
    # every article (not the broken file), as the index lists it once written
    assert sorted(heard, key=lambda s: s.id) == sorted(corpus.summaries(), key=lambda s: s.id)
    assert len(heard) == 5 and phases[-1] == (6, 6, "")  # last: every file read
