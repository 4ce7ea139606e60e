"""Crash and concurrency safety: kills, two writers, damage, another schema version."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.search_support import many_articles, open_corpus, worker_command, write

REPO = Path(__file__).resolve().parents[1]


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "worker died"
        assert time.monotonic() < deadline, "worker never started indexing"
        time.sleep(0.02)


@pytest.fixture
def indexed(tmp_path):
    folder = many_articles(tmp_path / "articles", 12)
    corpus = open_corpus(folder, tmp_path / "index")
    assert corpus.refresh().files_read == 12
    corpus.close()
    return folder, tmp_path / "index"


@pytest.mark.parametrize("rebuild", [False, True], ids=["incremental", "full-rebuild"])
def test_kill_during_indexing_leaves_previous_index_usable(tmp_path, indexed, rebuild):
    folder, index_dir = indexed
    for i in range(12, 40):  # new files, so the worker has a long update to do
        write(folder, f"{i:03d}.txt", f"Bulletin {i}", f"Shelling reported in sector {i}.")
    marker = tmp_path / "started"
    proc = subprocess.Popen(worker_command(REPO, folder, index_dir, marker, 0.05, rebuild),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(marker, proc)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    corpus = open_corpus(folder, index_dir)
    assert len(corpus.search("shelters", kind="quote").hits) == 12  # previous state answers
    report = corpus.refresh()  # and the next update completes the job
    assert report.notices == [] and report.files_read == 28
    assert len(corpus.search("shelling", kind="article", limit=100).hits) == 40
    assert len([d for d in index_dir.iterdir() if d.is_dir()]) == 1  # stale builds cleaned


def test_concurrent_writers_second_waits_and_nothing_is_duplicated(tmp_path):
    folder = many_articles(tmp_path / "articles", 15)
    index_dir = tmp_path / "index"
    first_marker, second_marker = tmp_path / "first", tmp_path / "second"
    first = subprocess.Popen(worker_command(REPO, folder, index_dir, first_marker, 0.05),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(first_marker, first)
    second = subprocess.Popen(worker_command(REPO, folder, index_dir, second_marker, 0.05),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out1, err1 = first.communicate(timeout=60)
    out2, err2 = second.communicate(timeout=60)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    # The second waited for the first's commit, then found nothing left to read.
    assert json.loads(out1)["read"] == 15
    assert json.loads(out2) == {"read": 0, "notices": []}
    assert not second_marker.exists()
    corpus = open_corpus(folder, index_dir)
    assert len(corpus.search("shelters", kind="quote", limit=100).hits) == 15
    assert len(corpus.summaries()) == 15


def test_second_writer_gives_up_after_timeout_and_reads(tmp_path, indexed):
    folder, index_dir = indexed
    from warreader.index.search.store import RefreshLock

    lock = RefreshLock(index_dir)
    assert lock.acquire(1.0)
    try:
        corpus = open_corpus(folder, index_dir)
        corpus.lock_timeout = 0.2
        report = corpus.refresh()
        assert report.files_read == 0 and "another warreader" in report.notices[0]
        assert len(corpus.search("shelters", kind="quote").hits) == 12
    finally:
        lock.release()


def _live(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def test_truncated_segment_file_is_detected_and_rebuilt(indexed):
    folder, index_dir = indexed
    segments = sorted(_live(index_dir).glob("*.seg"), key=lambda p: p.stat().st_size)
    assert segments, "expected a compound segment file"
    victim = segments[-1]
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])

    corpus = open_corpus(folder, index_dir)
    report = corpus.refresh()
    assert report.rebuilt and len(report.notices) == 1
    notice = report.notices[0]
    assert notice.startswith("rebuilt the index: ") and "was damaged (" in notice, notice
    assert len(corpus.search("shelters", kind="quote").hits) == 12


def test_search_on_damaged_index_reports_instead_of_raising(indexed):
    folder, index_dir = indexed
    for seg in _live(index_dir).glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[:100])
    corpus = open_corpus(folder, index_dir)
    res = corpus.search("shelters")
    assert res.hits == [] and "rebuild" in res.error


def test_other_schema_version_is_rebuilt_with_a_notice(indexed):
    folder, index_dir = indexed
    meta = _live(index_dir) / "meta.json"
    data = json.loads(meta.read_text())
    data["schema_version"] = 0
    meta.write_text(json.dumps(data))

    corpus = open_corpus(folder, index_dir)
    assert corpus.search("shelters").hits == []  # not trusted before the refresh
    report = corpus.refresh()
    assert report.rebuilt and report.notices == [
        f"rebuilt the index: it was made by another warreader version ({index_dir})"]
    assert len(corpus.search("shelters", kind="quote").hits) == 12


def test_changed_aliases_rebuild_the_index(indexed):
    folder, index_dir = indexed
    corpus = open_corpus(folder, index_dir, aliases={"Oleksandr Kovalenko": ["Kovalenko"]})
    report = corpus.refresh()
    assert report.rebuilt and "aliases changed" in report.notices[0]
