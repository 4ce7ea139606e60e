"""The cached article list (listing.json): written with the index data, trusted only
for the live commit, ignored when damaged, never half-written, and read without Whoosh."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from warreader.index.search import listing as listing_module
from warreader.index.search.listing import LISTING, read_listing, write_listing
from warreader.index.search.stamps import alias_fingerprint, live_stamp

from tests.search_support import ALIASES, open_corpus, small_corpus, write

REPO = Path(__file__).resolve().parents[1]


def _indexed(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    return folder, corpus, tmp_path / "index"


def test_listing_is_written_with_the_corpus_data_and_read_back(tmp_path):
    _, corpus, index_dir = _indexed(tmp_path)
    assert read_listing(index_dir, ALIASES) is None  # nothing has read the new commit yet
    summaries = corpus.summaries()
    listed = read_listing(index_dir, ALIASES)
    assert listed is not None
    assert listed.summaries == summaries and listed.skipped == []
    assert listed.stamp == live_stamp(index_dir)


def test_no_index_no_listing(tmp_path):
    assert read_listing(tmp_path / "nothing", ALIASES) is None


def test_other_aliases_do_not_trust_the_listing(tmp_path):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    assert read_listing(index_dir, {"Someone Else": ["Else"]}) is None
    assert read_listing(index_dir, dict(ALIASES)) is not None


def test_a_new_commit_makes_the_listing_stale_until_it_is_read(tmp_path):
    folder, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    assert corpus.refresh().files_read == 1
    assert read_listing(index_dir, ALIASES) is None  # the old list is never shown as current
    titles = [s.title for s in corpus.summaries()]
    listed = read_listing(index_dir, ALIASES)
    assert listed is not None and [s.title for s in listed.summaries] == titles
    assert "Grain corridor" in titles


def test_a_rebuild_makes_the_listing_stale(tmp_path):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    corpus.refresh(rebuild=True)
    assert read_listing(index_dir, ALIASES) is None
    corpus.summaries()
    assert read_listing(index_dir, ALIASES) is not None


def test_a_rewritten_commit_file_makes_the_listing_stale(tmp_path):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    stamp = live_stamp(index_dir)
    toc = index_dir / stamp.generation / stamp.toc
    os.utime(toc, ns=(stamp.mtime_ns, stamp.mtime_ns + 1_000_000))
    assert read_listing(index_dir, ALIASES) is None


def test_unreadable_files_are_listed(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    corpus.summaries()
    listed = read_listing(tmp_path / "index", ALIASES)
    assert listed is not None
    assert listed.skipped == [(str((folder / "empty.txt").resolve()), "empty file")]
    assert listed.skipped == corpus.skipped()


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "",
        lambda text: "[]",
        lambda text: text.replace('"articles": [[', '"articles": [["x", 1, 2], ['),
        lambda text: text.replace('"skipped": []', '"skipped": [[1]]'),
        lambda text: text.replace('"header": [', '"header": ["x", '),
        lambda text: "\x00\xff" * 10,
    ],
)
def test_a_damaged_listing_is_ignored_and_rewritten(tmp_path, damage):
    folder, corpus, index_dir = _indexed(tmp_path)
    summaries = corpus.summaries()
    path = index_dir / LISTING
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert read_listing(index_dir, ALIASES) is None
    again = open_corpus(folder, index_dir)  # the next startup falls back to the index
    assert again.summaries() == summaries
    listed = read_listing(index_dir, ALIASES)
    assert listed is not None and listed.summaries == summaries


def test_a_failed_write_leaves_the_old_listing_whole(tmp_path, monkeypatch):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    path = index_dir / LISTING
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(listing_module.os, "replace", broken_replace)
    stamp = live_stamp(index_dir)
    assert not write_listing(index_dir, stamp, alias_fingerprint(ALIASES), [], [])
    assert path.read_bytes() == before
    assert [p.name for p in index_dir.iterdir() if p.name.startswith(LISTING)] == [LISTING]


def test_the_listing_is_replaced_atomically(tmp_path, monkeypatch):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    seen = []
    real_replace = os.replace

    def watching_replace(src, dst):
        seen.append((Path(src).name, json.loads(Path(src).read_text(encoding="utf-8"))))
        real_replace(src, dst)

    monkeypatch.setattr(listing_module.os, "replace", watching_replace)
    stamp = live_stamp(index_dir)
    assert write_listing(index_dir, stamp, alias_fingerprint(ALIASES), [], [])
    assert len(seen) == 1 and seen[0][0] != LISTING  # written aside, then renamed
    assert read_listing(index_dir, ALIASES).summaries == []


def test_reading_the_listing_does_not_import_whoosh(tmp_path):
    _, corpus, index_dir = _indexed(tmp_path)
    corpus.summaries()
    code = (
        "import sys; from pathlib import Path\n"
        "from index.search.listing import read_listing\n"
        f"listed = read_listing(Path({str(index_dir)!r}), {ALIASES!r})\n"
        "print(len(listed.summaries), any(m.startswith('whoosh') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, timeout=120, check=True)
    assert out.stdout.split() == ["3", "False"]


def test_a_listing_that_disagrees_with_the_index_is_rewritten(tmp_path):
    folder, corpus, index_dir = _indexed(tmp_path)
    summaries = corpus.summaries()
    path = index_dir / LISTING
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"][0][2] = "Never indexed"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_listing(index_dir, ALIASES).summaries[0].title == "Never indexed"
    assert open_corpus(folder, index_dir).summaries() == summaries
    assert read_listing(index_dir, ALIASES).summaries == summaries
