"""Watching the corpus: which file events count, how bursts are batched, how a quote is
found again (tui.corpus_watch), fed with fake events; and the real watcher on a folder."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from warreader.index.config import ConfigError, load_config
from warreader.tui.corpus_watch import (
    ADDED,
    DELETED,
    MODIFIED,
    ChangeFilter,
    ChangeSet,
    CorpusWatcher,
    RefreshGate,
    same_quote,
)


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "bbc" / "2022").mkdir(parents=True)
    (root / "bbc" / "2022" / "a.txt").write_text("x", encoding="utf-8")
    (root / "b.html").write_text("x", encoding="utf-8")
    return root


def test_article_files_count_and_editor_droppings_do_not(corpus, tmp_path):
    keep = ChangeFilter([corpus], tmp_path / "ix")
    for change, name in [(ADDED, "new.txt"), (MODIFIED, "bbc/2022/a.txt"),
                         (DELETED, "b.html"), (ADDED, "Notes.MD"), (ADDED, "page.htm")]:
        assert keep(change, str(corpus / name)), name
    for name in [".a.txt.swp", ".a.txt.swx", "a.txt~", "#a.txt#", ".#a.txt", "4913",
                 "a.txt.part", "a.txt.crdownload", "a.txt.tmp", "photo.jpg", "README.md",
                 "LICENSE.txt", ".git/index", ".hidden/x.txt", "bbc/.cache/x.txt"]:
        for change in (ADDED, MODIFIED, DELETED):
            assert not keep(change, str(corpus / name)), (change, name)


def test_the_index_folder_and_paths_outside_are_ignored(corpus, tmp_path):
    keep = ChangeFilter([corpus], corpus / "index")
    assert not keep(ADDED, str(corpus / "index" / "listing.txt"))
    assert not keep(MODIFIED, str(corpus / "index"))
    assert not keep(ADDED, str(tmp_path / "elsewhere.txt"))
    assert not keep(ADDED, str(corpus))  # the corpus folder itself


def test_folders_moved_in_and_out(corpus, tmp_path):
    keep = ChangeFilter([corpus], tmp_path / "ix")
    moved_in = corpus / "2023"
    moved_in.mkdir()
    assert keep(ADDED, str(moved_in))  # the OS reports the folder only, not its files
    assert not keep(MODIFIED, str(moved_in))
    # a folder moved away: counts only if it held listed articles
    assert not keep(DELETED, str(corpus / "bbc"))
    keep.set_articles([str(corpus / "bbc" / "2022" / "a.txt"), str(corpus / "b.html")])
    assert keep(DELETED, str(corpus / "bbc"))
    assert keep(DELETED, str(corpus / "bbc" / "2022"))
    assert not keep(DELETED, str(corpus / "other"))


def test_a_corpus_file_is_watched_through_its_folder(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    article = folder / "README.md"  # named on the command line: read even as "notes"
    article.write_text("x", encoding="utf-8")
    keep = ChangeFilter([article], None)
    assert keep.roots() == [str(folder)]
    assert keep(MODIFIED, str(article))
    assert not keep(ADDED, str(folder / "other.txt"))  # its folder is not the corpus


def test_changeset_keeps_the_latest_change_per_path():
    changes = ChangeSet()
    changes.add({(ADDED, "/c/a.txt"), (ADDED, "/c/b.txt")})
    changes.add({(DELETED, "/c/a.txt")})
    assert changes.changes == {"/c/a.txt": DELETED, "/c/b.txt": ADDED}
    assert changes.describe() == "2 files changed"
    assert changes.touches("/c/a.txt")
    assert not changes.touches("/c/ab.txt")
    changes.add({(DELETED, "/c/sub")})
    assert changes.touches("/c/sub/x.txt")


def test_a_burst_while_a_refresh_runs_makes_one_more_refresh_not_one_per_batch():
    gate = RefreshGate(busy=True)  # the first indexing runs
    files = [(ADDED, f"/c/new/{i:03}.txt") for i in range(500)]
    # watchfiles hands the 500 files over in several batches while indexing runs
    for batch in (files[:120], files[120:380], files[380:]):
        assert gate.notice(set(batch)) is None
    follow_up = gate.finished()
    assert follow_up is not None and len(follow_up) == 500
    assert gate.busy
    # more changes during that refresh wait for it, and make exactly one more
    assert gate.notice({(MODIFIED, "/c/new/001.txt")}) is None
    assert gate.notice({(DELETED, "/c/new/002.txt")}) is None
    last = gate.finished()
    assert last.changes == {"/c/new/001.txt": MODIFIED, "/c/new/002.txt": DELETED}
    assert gate.finished() is None and not gate.busy
    assert gate.refreshes == 2


def test_an_idle_gate_refreshes_at_once_and_empty_batches_start_nothing():
    gate = RefreshGate(busy=False)
    assert gate.notice(set()) is None and not gate.busy
    taken = gate.notice({(ADDED, "/c/a.txt")})
    assert taken is not None and taken.changes == {"/c/a.txt": ADDED}
    assert gate.busy and gate.refreshes == 1


def test_same_quote_is_found_by_its_words_nearest_where_it_was():
    quotes = [SimpleNamespace(text="No.", start=10), SimpleNamespace(text="Yes.", start=50),
              SimpleNamespace(text="No.", start=300)]
    assert same_quote(quotes, "No.", 280) == 2  # the text moved down by an edit above
    assert same_quote(quotes, "No.", 40) == 0
    assert same_quote(quotes, "Maybe.", 50) is None


def test_the_real_watcher_batches_a_copy_of_500_files(corpus, tmp_path):
    batches: list[set] = []
    seen = threading.Event()
    errors: list[str] = []
    expected = {str(corpus / "burst" / f"{i:03}.txt") for i in range(500)}

    def on_changes(changes):
        batches.append(changes)
        if expected <= {p for batch in batches for _, p in batch}:
            seen.set()

    keep = ChangeFilter([corpus], tmp_path / "ix")
    watcher = CorpusWatcher(keep, on_changes, errors.append)
    watcher.start()
    try:
        _until_watching(corpus, batches)
        burst = corpus / "burst"
        burst.mkdir()
        # the watcher may or may not see the folder's files before it watches the folder:
        # wait until the folder itself was reported, then write the files
        _wait(lambda: any(str(burst) in {p for _, p in b} for b in batches))
        for i in range(500):
            (burst / f"{i:03}.txt").write_text("text", encoding="utf-8")
            (burst / f".{i:03}.txt.swp").write_text("swap", encoding="utf-8")
        assert seen.wait(60), "the 500 files were not all reported"
        assert len(batches) < 20  # batched: far fewer than 500 callbacks
        reported = {p for batch in batches for _, p in batch}
        assert not any(".swp" in p for p in reported)
    finally:
        watcher.stop()
    assert not watcher.alive and not errors


def test_stop_ends_the_thread_even_with_nothing_happening(corpus, tmp_path):
    watcher = CorpusWatcher(ChangeFilter([corpus], None), lambda c: None, lambda r: None)
    watcher.start()
    _wait(lambda: watcher.alive)
    watcher.stop()
    assert not watcher.alive


def _until_watching(corpus, batches: list) -> None:
    """Touch a probe file until the watcher reports it (it is set up in its thread)."""
    probe = corpus / "probe.txt"
    started = time.monotonic()
    while not any(str(probe) in {p for _, p in b} for b in batches):
        assert time.monotonic() - started < 30, "the watcher never reported a change"
        probe.write_text(str(time.monotonic()), encoding="utf-8")
        time.sleep(0.1)


def _wait(condition, limit: float = 30.0) -> None:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < limit, "condition never held"
        time.sleep(0.02)


def test_watch_is_a_config_option(tmp_path):
    default = tmp_path / "default.yaml"
    default.write_text("theme: nord\n", encoding="utf-8")
    assert load_config(default).watch is True  # on unless turned off
    off = tmp_path / "off.yaml"
    off.write_text("watch: false\n", encoding="utf-8")
    assert load_config(off).watch is False
    on = tmp_path / "on.yaml"
    on.write_text("watch: yes\n", encoding="utf-8")
    assert load_config(on).watch is True
    bad = tmp_path / "bad.yaml"
    bad.write_text("theme: nord\nwatch: sometimes\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"line 2: 'watch' must be true or false"):
        load_config(bad)
