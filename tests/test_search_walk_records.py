"""The reopen's walk with the last walk's folders recorded (``walk.bin``; issue 15: the
CLI's reopen of a large unchanged corpus): a folder whose inode, device, mtime and
ctime are those recorded, and settled when recorded, is not listed again, its files
only stat-ed; every change made while warreader was closed is still found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from warreader.index import files_walk
from warreader.index.articles.loader import article_file_stats
from warreader.index.corpus import Corpus
from warreader.index.files_walk import Folder, FolderCache
from warreader.index.search import store

from tests.search_support import ALIASES, fake_parse, small_corpus, write

LATER = 3_000_000_000
"""How much later than now the walks of the settled tests say they listed (over the
2 s within which a folder's change makes its record untrusted)."""


def _open(folder: Path, index_dir: Path) -> Corpus:
    """A corpus over ``folder`` listed by the real walk (the CLI's and the app's)."""
    return Corpus.open([folder], index_dir, ALIASES, parse=fake_parse)


def _records(index_dir: Path) -> Path:
    return store.live_dir(index_dir) / files_walk.NAME


@pytest.fixture
def listings(monkeypatch) -> list[str]:
    """The folders the walk lists (``os.scandir`` of an open folder: the walk's calls,
    not the index's own), as they happen."""
    calls: list[int] = []
    real = os.scandir

    def counting(target="."):
        if isinstance(target, int):
            calls.append(target)
        return real(target)

    monkeypatch.setattr(os, "scandir", counting)
    return calls


@pytest.fixture
def settled(monkeypatch) -> None:
    """Walks dated 3 s from now: what they list counts as settled, as on a corpus left
    alone for a while (a test cannot put a folder's ctime back)."""
    real = files_walk._now
    monkeypatch.setattr(files_walk, "_now", lambda: real() + LATER)


def _built(tmp_path) -> tuple[Path, Path]:
    """A built corpus of four files in two folders (``sub`` the second)."""
    folder = small_corpus(tmp_path / "articles")
    (folder / "sub").mkdir()
    write(folder / "sub", "s.txt", "Deeper", "Text in a subfolder.")
    index_dir = tmp_path / "index"
    assert _open(folder, index_dir).refresh().files_read == 4
    return folder, index_dir


def _recorded(tmp_path) -> tuple[Path, Path]:
    """A built corpus of three files in two folders, checked once so its folders are
    recorded."""
    folder, index_dir = _built(tmp_path)
    assert not _open(folder, index_dir).check_files().changed
    assert _records(index_dir).exists()
    return folder, index_dir


def _same_as_a_fresh_walk(folder: Path, index_dir: Path) -> None:
    """The walk with the records gives what a walk without them gives."""
    cache = FolderCache.load(store.live_dir(index_dir))
    assert article_file_stats([folder], cache) == article_file_stats([folder])


def test_an_unchanged_corpus_is_checked_without_listing_a_folder(tmp_path, settled, listings):
    folder, index_dir = _recorded(tmp_path)
    listings.clear()
    checked = _open(folder, index_dir).check_files()
    assert not checked.changed and checked.report.files_seen == 4
    assert listings == []  # both folders vouched for by their records
    report = _open(folder, index_dir).refresh()  # the CLI's reopen
    assert (report.files_read, report.files_seen, listings) == (0, 4, [])
    _same_as_a_fresh_walk(folder, index_dir)


def _add(folder: Path) -> None:
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")


def _remove(folder: Path) -> None:
    (folder / "a.txt").unlink()


def _rename(folder: Path) -> None:
    (folder / "b.txt").rename(folder / "bb.txt")


def _same_size_new_mtime(folder: Path) -> None:
    c = folder / "c.txt"
    text, st = c.read_text(encoding="utf-8"), c.stat()
    c.write_text(text.replace("Turkey", "Norway"), encoding="utf-8")
    os.utime(c, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    assert c.stat().st_size == st.st_size


def _new_size_same_mtime(folder: Path) -> None:
    c = folder / "c.txt"
    text, st = c.read_text(encoding="utf-8"), c.stat()
    c.write_text(text + "One more line.\n", encoding="utf-8")
    os.utime(c, ns=(st.st_atime_ns, st.st_mtime_ns))


def _new_subfolder(folder: Path) -> None:
    (folder / "sub" / "deeper").mkdir()
    write(folder / "sub" / "deeper", "n.txt", "Nested", "Text two folders down.")


def _edit_in_subfolder(folder: Path) -> None:
    s = folder / "sub" / "s.txt"
    s.write_text(s.read_text(encoding="utf-8") + "Edited.\n", encoding="utf-8")


def _times_put_back(folder: Path) -> None:
    """A file added, then its folder's mtime put back: its ctime still moved."""
    st = folder.stat()
    _add(folder)
    os.utime(folder, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert folder.stat().st_mtime_ns == st.st_mtime_ns


@pytest.mark.parametrize(("change", "read", "removed"), [
    (_add, ["d.txt"], []),
    (_remove, [], ["a.txt"]),
    (_rename, ["bb.txt"], ["b.txt"]),
    (_same_size_new_mtime, ["c.txt"], ["c.txt"]),
    (_new_size_same_mtime, ["c.txt"], ["c.txt"]),
    (_new_subfolder, ["sub/deeper/n.txt"], []),
    (_edit_in_subfolder, ["sub/s.txt"], ["sub/s.txt"]),
    (_times_put_back, ["d.txt"], []),
])
def test_a_change_made_while_closed_is_found_through_the_records(
        tmp_path, settled, change, read, removed):
    folder, index_dir = _recorded(tmp_path)
    change(folder)
    _same_as_a_fresh_walk(folder, index_dir)
    root = str(folder.resolve())
    checked = _open(folder, index_dir).check_files()  # the app's background check
    assert checked.changes.to_read == [f"{root}/{name}" for name in read]
    assert checked.changes.removed == [f"{root}/{name}" for name in removed]
    report = _open(folder, index_dir).refresh()  # the CLI's reopen
    assert (report.files_read, report.files_removed) == (len(read), len(set(removed) - set(read)))
    assert not _open(folder, index_dir).check_files().changed
    _same_as_a_fresh_walk(folder, index_dir)


def test_folders_changed_within_two_seconds_of_their_listing_are_listed_again(
        tmp_path, listings):
    folder, index_dir = _built(tmp_path)  # made and listed within the same second
    assert not _open(folder, index_dir).check_files().changed
    assert not _records(index_dir).exists()  # nothing settled: nothing worth writing
    listings.clear()
    assert not _open(folder, index_dir).check_files().changed
    assert len(listings) == 2
    _add(folder)  # within the same window
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.to_read == [f"{folder.resolve()}/d.txt"]


def test_a_racy_record_in_the_file_vouches_for_nothing(tmp_path, settled, listings):
    folder, index_dir = _built(tmp_path)
    sub = folder / "sub"
    future = sub.stat().st_mtime_ns + 60_000_000_000  # racy whatever the clock says
    os.utime(sub, ns=(future, future))
    assert not _open(folder, index_dir).check_files().changed
    recorded = FolderCache.load(store.live_dir(index_dir)).known
    assert [f.settled() for f in recorded.values()] == [True, False]
    listings.clear()
    assert not _open(folder, index_dir).check_files().changed
    assert len(listings) == 1  # the subfolder, listed again; the top one vouched for
    write(sub, "t.txt", "Another", "Text.")
    os.utime(sub, ns=(future, future))  # its times as recorded (but for its ctime)
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.to_read == [f"{folder.resolve()}/sub/t.txt"]


def test_a_record_is_settled_only_two_seconds_after_its_folder_changed():
    changed = 1_000_000_000_000
    record = Folder("/x", (1, 2, changed, changed), changed + 2_000_000_000, [], [])
    assert not record.settled()
    assert record._replace(listed_ns=changed + 2_000_000_001).settled()
    assert not record._replace(ident=(1, 2, changed - 5, changed + 1),
                               listed_ns=changed + 2_000_000_000).settled()


def _damaged(good: bytes) -> list[bytes]:
    head, _, rest = good.partition(b"\n")
    header, _, body = rest.partition(b"\n")
    flipped = bytearray(good)
    flipped[-3] ^= 0xFF  # a number's byte: the CRC says so
    return [b"", good[: len(good) // 2], bytes(flipped), b"not a walk\n",
            head + b"\n" + header.replace(b'"format": 1', b'"format": 0') + b"\n" + body,
            head + b"\n[1, 2\n" + body, head + b"\n{}\n" + body]


def test_a_damaged_or_old_format_record_file_is_read_around_and_written_again(
        tmp_path, settled, listings):
    folder, index_dir = _recorded(tmp_path)
    path = _records(index_dir)
    good = path.read_bytes()
    for case in _damaged(good):
        path.write_bytes(case)
        listings.clear()
        assert not _open(folder, index_dir).check_files().changed
        assert len(listings) == 2  # nothing vouched for: every folder listed
        assert path.read_bytes() != case and len(FolderCache.load(path.parent).known) == 2
    path.write_bytes(_damaged(good)[2])
    _add(folder)
    assert _open(folder, index_dir).check_files().changes.to_read == [
        f"{folder.resolve()}/d.txt"]


def test_a_link_named_like_an_article_keeps_its_folder_listed(tmp_path, settled, listings):
    folder = small_corpus(tmp_path / "articles")
    (tmp_path / "elsewhere").mkdir()
    target = write(tmp_path / "elsewhere", "x.txt", "Outside", "Text.")
    (folder / "alias.txt").symlink_to(target)
    index_dir = tmp_path / "index"
    assert _open(folder, index_dir).refresh().files_read == 4
    assert not _open(folder, index_dir).check_files().changed
    listings.clear()
    target.unlink()  # the link's folder keeps its times
    (tmp_path / "elsewhere" / "x.txt").mkdir()  # now a link to a folder: not an article
    checked = _open(folder, index_dir).check_files()
    assert len(listings) == 1
    assert checked.changes.removed == [f"{folder.resolve()}/alias.txt"]
    _same_as_a_fresh_walk(folder, index_dir)
