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
from warreader.index.search.listing import (
    HEAD,
    LISTING,
    read_head,
    read_listing,
    write_listing,
)
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
    # the list and its head (listing-head.json), each written aside, then renamed
    assert len(seen) == 2 and not {name for name, _ in seen} & {LISTING, HEAD}
    assert read_listing(index_dir, ALIASES).summaries == []
    assert read_head(index_dir, ALIASES).rows == []


def test_the_head_is_the_first_screen_of_the_listing_and_follows_it(tmp_path, monkeypatch):
    folder, corpus, index_dir = _indexed(tmp_path)
    monkeypatch.setattr(listing_module, "HEAD_ROWS", 2)
    summaries = corpus.summaries()
    stamp = live_stamp(index_dir)
    assert write_listing(index_dir, stamp, alias_fingerprint(ALIASES), summaries, [])
    head = read_head(index_dir, ALIASES)
    newest = sorted(summaries, key=lambda s: s.date or "", reverse=True)
    assert [s.id for s in head.rows] == [s.id for s in newest[:2]]
    assert (head.total, head.quotes) == (3, sum(s.quote_count for s in summaries))
    assert head.stamp == stamp and head.skipped == []
    assert read_head(index_dir, {"Someone Else": ["Else"]}) is None  # other aliases
    # the listing replaced by anyone else: its head is not trusted any more
    path = index_dir / LISTING
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert read_head(index_dir, ALIASES) is None
    (index_dir / HEAD).write_text("{damaged", encoding="utf-8")
    assert read_head(index_dir, ALIASES) is None


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


def test_a_head_view_reads_the_whole_list_only_past_its_rows(tmp_path, monkeypatch):
    from warreader.index.search.article_view import HeadView

    _, corpus, index_dir = _indexed(tmp_path)
    monkeypatch.setattr(listing_module, "HEAD_ROWS", 2)
    summaries = corpus.summaries()
    write_listing(index_dir, live_stamp(index_dir), alias_fingerprint(ALIASES), summaries, [])
    loads = []

    def load():
        loads.append(1)
        return read_listing(index_dir, ALIASES).summaries

    view = HeadView(read_head(index_dir, ALIASES), load)
    assert len(view) == 3 and not view.stored and view.quotes == sum(
        s.quote_count for s in summaries)
    first = [view[0].id, view[1].id]
    assert loads == [] and len(view.held()) == 2
    newest = sorted(summaries, key=lambda s: s.date or "", reverse=True)
    assert [view[0].id, view[1].id, view[2].id] == [s.id for s in newest] and loads == [1]
    assert first == [s.id for s in newest[:2]] and view.index_of(newest[2].id) == 2
    assert {s.id for s in view.every()} == {s.id for s in summaries} and loads == [1]


def test_a_listing_its_head_vouches_for_is_not_read_again(tmp_path, monkeypatch):
    import warreader.index.corpus as corpus_module

    folder, corpus, index_dir = _indexed(tmp_path)
    summaries = corpus.summaries()  # writes the listing and its head
    reads = []
    real = corpus_module.cached_listing

    def counted(*args):
        reads.append(args)
        return real(*args)

    monkeypatch.setattr(corpus_module, "cached_listing", counted)
    assert open_corpus(folder, index_dir).summaries() == summaries
    assert reads == []  # reopened: the listing is the one written for this commit
    path = index_dir / LISTING
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"][0][2] = "A title the index never had"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert open_corpus(folder, index_dir).summaries() == summaries
    assert len(reads) == 1  # changed behind our back: compared, and written again
    assert read_listing(index_dir, ALIASES).summaries == summaries
    assert read_head(index_dir, ALIASES) is not None
