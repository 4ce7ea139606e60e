"""Incremental indexing: only changed files are re-read; deleted files leave the index."""

from __future__ import annotations

import os

from tests.search_support import open_corpus, small_corpus, write


def _setup(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    first = corpus.refresh()
    return folder, corpus, first


def test_first_build_reads_everything(tmp_path):
    _, corpus, report = _setup(tmp_path)
    assert (report.files_seen, report.files_read, report.quotes_found) == (3, 3, 3)
    assert report.rebuilt and report.skipped == []
    assert [s.title for s in corpus.summaries()] == [
        "Kyiv braces for invasion", "Moscow denies plans", "Talks in Turkey"]
    assert [s.quote_count for s in corpus.summaries()] == [1, 1, 1]


def test_unchanged_corpus_opens_without_reindexing(tmp_path):
    folder, corpus, _ = _setup(tmp_path)
    again = open_corpus(folder, tmp_path / "index")
    report = again.refresh()
    assert (report.files_seen, report.files_read, report.files_removed) == (3, 0, 0)
    assert not report.rebuilt
    assert len(again.search("flag").hits) == 2


def test_touched_but_identical_file_is_not_reread(tmp_path):
    folder, corpus, _ = _setup(tmp_path)
    path = folder / "a.txt"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert corpus.refresh().files_read == 0


def test_modified_file_is_reread(tmp_path):
    folder, corpus, _ = _setup(tmp_path)
    write(folder, "b.txt", "Moscow changes course", "“We are ready to talk,” said Sergei Lavrov.")
    report = corpus.refresh()
    assert (report.files_read, report.quotes_found, report.files_removed) == (1, 1, 0)
    assert corpus.search("invade").hits == []  # the old text left with the old version
    assert [h.title for h in corpus.search("ready talk", kind="quote").hits] == [
        "Moscow changes course"]
    assert len(corpus.summaries()) == 3


def test_deleted_file_leaves_and_new_file_arrives(tmp_path):
    folder, corpus, _ = _setup(tmp_path)
    (folder / "c.txt").unlink()
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    report = corpus.refresh()
    assert (report.files_read, report.files_removed) == (1, 1)
    assert corpus.search("nato").hits == []
    assert sorted(s.title for s in corpus.summaries()) == [
        "Grain corridor", "Kyiv braces for invasion", "Moscow denies plans"]
    assert [q.text for _, q in corpus.quotes_by("Zelensky")] == ["We will defend every city"]


def test_skipped_file_is_reported_once_and_not_retried(tmp_path):
    folder, corpus, _ = _setup(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = corpus.refresh()
    assert report.skipped == [(str((folder / "empty.txt").resolve()), "empty file")]
    assert corpus.refresh().files_read == 0
    assert len(corpus.search("NOT zzzz").hits) == 3 + 3  # skipped files never match


def test_rebuild_rereads_everything(tmp_path):
    _, corpus, _ = _setup(tmp_path)
    report = corpus.refresh(rebuild=True)
    assert report.rebuilt and report.files_read == 3
    assert len(corpus.search("flag").hits) == 2


def test_progress_callback_counts_files(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    calls = []
    corpus.refresh(progress=lambda done, total, path: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_load_returns_article_and_canonical_quotes(tmp_path):
    _, corpus, _ = _setup(tmp_path)
    summary = next(s for s in corpus.summaries() if s.title == "Talks in Turkey")
    article, quotes = corpus.load(summary.id)
    assert article.title == "Talks in Turkey"
    assert [q.speaker for q in quotes] == ["Volodymyr Zelenskyy"]
    names = [s.name for s in corpus.speakers()]
    assert names == ["Volodymyr Zelenskyy", "Sergey Lavrov"]


def test_unreadable_file_is_reported_on_every_refresh_until_fixed(tmp_path):
    from warreader.index.corpus import Corpus

    folder = small_corpus(tmp_path / "articles")
    bad = folder / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00\xff" * 50)
    key = str(bad.resolve())

    def refresh():
        corpus = Corpus.open([folder], tmp_path / "index", {})  # the real reader
        return corpus, corpus.refresh()

    corpus, first = refresh()
    assert [p for p, _ in first.skipped] == [key] and first.files_read == 4
    reason = first.skipped[0][1]
    assert "binary" in reason
    corpus, second = refresh()  # unchanged corpus, new process-like Corpus
    assert second.skipped == [(key, reason)] and second.files_read == 0
    assert corpus.skipped() == [(key, reason)]
    assert corpus.refresh().skipped == [(key, reason)]  # and on the same Corpus
    bad.write_text("Now readable\n\nA plain article about grain.\n", encoding="utf-8")
    corpus, fixed = refresh()
    assert fixed.skipped == [] and fixed.files_read == 1 and corpus.skipped() == []
    bad.write_bytes(b"\x00" * 100)
    assert [p for p, _ in refresh()[1].skipped] == [key]
    bad.unlink()
    corpus, gone = refresh()
    assert gone.skipped == [] and gone.files_removed == 1 and corpus.skipped() == []
