"""The reopen's file check with the compact manifest (``manifest.bin``; issue 15: the
CLI's reopen of a large unchanged corpus): every change made while warreader was closed
is still found, whatever state the file is in."""

from __future__ import annotations

import os
from pathlib import Path

from warreader.index.articles.loader import article_file_stats
from warreader.index.corpus import Corpus
from warreader.index.search import manifest_file, store
from warreader.index.search.stamps import live_stamp

from tests.search_support import (
    ALIASES,
    fake_parse,
    parse_under_utf8_name,
    small_corpus,
    write,
)


def _open(folder: Path, index_dir: Path, parse=fake_parse) -> Corpus:
    """A corpus over ``folder`` listed by the real walk (the CLI's and the app's)."""
    return Corpus.open([folder], index_dir, ALIASES, parse=parse)


def _kept(index_dir: Path) -> Path:
    return store.live_dir(index_dir) / manifest_file.NAME


def _checked_twice(tmp_path) -> tuple[Path, Path]:
    """A built corpus of three files checked once, so its ``manifest.bin`` is written."""
    folder, index_dir = small_corpus(tmp_path / "articles"), tmp_path / "index"
    assert _open(folder, index_dir).refresh().files_read == 3
    assert not _kept(index_dir).exists()  # written by the first check, not the build
    first = _open(folder, index_dir).check_files()
    assert not first.changed and _kept(index_dir).exists()
    return folder, index_dir


def _root(folder: Path) -> str:
    return str(folder.resolve())


def test_an_unchanged_corpus_is_checked_from_the_file_written_in_the_walks_order(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    kept = manifest_file.read(_kept(index_dir).parent, live_stamp(index_dir))
    listed, on_disk = article_file_stats([folder])
    assert kept.paths() == list(on_disk) and sorted(kept.paths()) == listed
    assert kept.matches(on_disk) is True and kept.states() == on_disk
    before = _kept(index_dir).stat().st_mtime_ns
    again = _open(folder, index_dir).check_files()
    assert not again.changed and again.changes.unchanged == 3
    assert _kept(index_dir).stat().st_mtime_ns == before  # read, not written again
    assert _open(folder, index_dir).refresh().files_read == 0


def test_a_file_added_removed_renamed_or_edited_while_closed_is_found(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    root = _root(folder)
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    (folder / "a.txt").unlink()
    (folder / "b.txt").rename(folder / "bb.txt")
    c = folder / "c.txt"
    c.write_text(c.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.to_read == [f"{root}/bb.txt", f"{root}/c.txt", f"{root}/d.txt"]
    assert checked.changes.removed == [f"{root}/a.txt", f"{root}/b.txt", f"{root}/c.txt"]
    report = _open(folder, index_dir).refresh()  # the CLI's reopen
    assert (report.files_read, report.files_removed) == (3, 2)
    corpus = _open(folder, index_dir)
    assert not corpus.check_files().changed
    assert "One more line." in " ".join(
        p.text for p in corpus.load(next(
            s.id for s in corpus.summaries() if s.path.endswith("c.txt")))[0].paragraphs)


def test_one_file_swapped_for_another_of_the_same_count_is_found(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    (folder / "a.txt").unlink()
    write(folder, "z.txt", "Another", "Text.")
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.to_read == [f"{_root(folder)}/z.txt"]
    assert checked.changes.removed == [f"{_root(folder)}/a.txt"]


def test_new_bytes_of_the_same_size_are_found_and_a_touch_is_no_change(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    a, c = folder / "a.txt", folder / "c.txt"
    st_a = a.stat()
    os.utime(a, ns=(st_a.st_atime_ns, st_a.st_mtime_ns + 7_000_000_000))  # a touch
    text = c.read_text(encoding="utf-8")
    c.write_text(text.replace("Turkey", "Norway"), encoding="utf-8")  # same size
    assert c.stat().st_size == len(text.encode())
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.to_read == [f"{_root(folder)}/c.txt"]


def test_an_edit_with_its_size_and_mtime_restored_is_not_seen_as_before(tmp_path):
    """What the check cannot see, exactly as before the compact manifest: the same
    size and the same mtime (to the nanosecond) put back after an edit. Anything else
    (a new size, a new mtime with new bytes) is found by the test above."""
    folder, index_dir = _checked_twice(tmp_path)
    c = folder / "c.txt"
    st_c, text = c.stat(), c.read_text(encoding="utf-8")
    c.write_text(text.replace("Turkey", "Norway"), encoding="utf-8")
    os.utime(c, ns=(st_c.st_atime_ns, st_c.st_mtime_ns))
    assert not _open(folder, index_dir).check_files().changed
    os.utime(c, ns=(st_c.st_atime_ns, st_c.st_mtime_ns + 1))  # one nanosecond later
    assert _open(folder, index_dir).check_files().changes.to_read == [f"{_root(folder)}/c.txt"]


def _damage_cases(path: Path) -> list[bytes]:
    good = path.read_bytes()
    head, _, body = good.partition(b"\n")
    header, _, rest = body.partition(b"\n")
    flipped = bytearray(good)
    flipped[-3] ^= 0xFF  # an mtime's byte: the CRC says so
    return [b"", good[: len(good) // 2], bytes(flipped), b"not a manifest\n",
            head + b"\n{\"format\": 1}\n" + rest, head + b"\n[1, 2\n" + rest,
            good.replace(b'"count": 3', b'"count": 2')]


def test_a_damaged_manifest_file_is_read_around_and_written_again(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    path = _kept(index_dir)
    good = path.read_bytes()
    for case in _damage_cases(path):
        path.write_bytes(case)
        assert manifest_file.read(path.parent, live_stamp(index_dir)) is None
        c = folder / "c.txt"
        c.write_text(c.read_text(encoding="utf-8") + "x", encoding="utf-8")
        checked = _open(folder, index_dir).check_files()
        assert checked.changes.to_read == [f"{_root(folder)}/c.txt"]  # found all the same
        assert path.read_bytes() != case  # rewritten from the stored rows
        assert manifest_file.read(path.parent, live_stamp(index_dir)) is not None
        assert _open(folder, index_dir).refresh().files_read == 1
        assert not _open(folder, index_dir).check_files().changed
    assert path.read_bytes() != good  # c.txt changed: a newer commit's file


def test_a_manifest_of_another_commit_is_not_used(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    old = _kept(index_dir).read_bytes()
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    assert _open(folder, index_dir).refresh().files_read == 1
    (folder / "d.txt").unlink()
    _kept(index_dir).write_bytes(old)  # names the commit before: d.txt not in it
    checked = _open(folder, index_dir).check_files()
    assert checked.changes.removed == [f"{_root(folder)}/d.txt"]


def test_a_manifest_in_another_order_still_matches_and_is_written_in_the_walks(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    stamp, gen = live_stamp(index_dir), _kept(index_dir).parent
    _, on_disk = article_file_stats([folder])
    reverse = dict(reversed(on_disk.items()))
    manifest_file.write(gen, stamp, reverse, {})
    assert manifest_file.read(gen, stamp).matches(on_disk) is None  # same files, other order
    assert not _open(folder, index_dir).check_files().changed
    assert manifest_file.read(gen, stamp).paths() == list(on_disk)
    changed = dict(reverse, **{next(iter(reverse)): (1, 2)})
    manifest_file.write(gen, stamp, changed, {})
    assert manifest_file.read(gen, stamp).matches(on_disk) is False


def test_a_non_utf8_file_name_and_a_remembered_unreadable_file_round_trip(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    odd = Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.txt"))
    write(folder, "e.txt", "Cafe", "Coffee.")
    (folder / "e.txt").rename(odd)
    (folder / "empty.txt").write_text("", encoding="utf-8")

    read = parse_under_utf8_name(tmp_path)  # the fake parser, given the bytes

    index_dir = tmp_path / "index"
    assert _open(folder, index_dir, read).refresh().files_read == 5  # the empty one too
    for _ in range(3):  # the rows, then the file written, then the file read
        checked = _open(folder, index_dir, read).check_files()
        assert not checked.changed and checked.changes.unchanged == 5
        assert checked.report.skipped == [(f"{_root(folder)}/empty.txt", "empty file")]
    kept = manifest_file.read(_kept(index_dir).parent, live_stamp(index_dir))
    assert str(odd) in kept.paths()
    assert kept.reasons == {f"{_root(folder)}/empty.txt": "empty file"}


def test_the_walk_enters_a_folder_named_like_an_article_and_skips_what_it_should(tmp_path):
    folder = tmp_path / "articles"
    (folder / "2024.txt").mkdir(parents=True)  # a folder with an article's name
    write(folder / "2024.txt", "inside.txt", "Inside", "Text.")
    write(folder, "README.md", "Notes", "Not an article.")
    write(folder, "Readme.v2.MD", "Notes", "An article: not exactly a notes name.")
    write(folder, "UPPER.TXT", "Upper", "Text.")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / "fifo.txt").unlink(missing_ok=True)
    os.mkfifo(folder / "fifo.txt")  # listed, never stat-ed as a file: reported unreadable
    listed, stats = article_file_stats([folder])
    root = _root(folder)
    assert listed == [f"{root}/2024.txt/inside.txt", f"{root}/Readme.v2.MD",
                      f"{root}/UPPER.TXT", f"{root}/fifo.txt"]
    assert sorted(stats) == listed[:-1]  # no size and mtime: never read, never a change


def test_an_update_writes_the_new_commits_file_so_the_next_check_only_reads_it(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    assert _open(folder, index_dir).refresh().files_read == 1
    kept = manifest_file.read(_kept(index_dir).parent, live_stamp(index_dir))
    assert kept is not None and f"{_root(folder)}/d.txt" in kept.paths()
    _, on_disk = article_file_stats([folder])
    assert kept.matches(on_disk) is True
    before = _kept(index_dir).stat().st_mtime_ns
    assert not _open(folder, index_dir).check_files().changed
    assert _kept(index_dir).stat().st_mtime_ns == before


def test_a_file_naming_one_path_twice_never_vouches_for_a_path_it_lacks(tmp_path):
    stamp = ("gen-000001", "_MAIN_1.toc", 1, 2)
    manifest_file.write(tmp_path, stamp, {"/c/a.txt": (1, 1), "/c/b.txt": (2, 2)}, {})
    path = tmp_path / manifest_file.NAME
    kept = manifest_file.read(tmp_path, stamp)
    assert kept.matches({"/c/b.txt": (2, 2), "/c/a.txt": (1, 1)}) is None  # other order
    # the same file made by hand with a.txt twice (a valid CRC: not damage)
    twice = manifest_file.Kept(b"/c/a.txt\0/c/a.txt", kept.pairs[:2] * 2, {})
    assert twice.matches({"/c/a.txt": (1, 1), "/c/new.txt": (1, 1)}) is False
    assert path.exists()


def test_a_fifo_or_a_link_in_the_files_place_is_not_read_and_is_replaced(tmp_path):
    folder, index_dir = _checked_twice(tmp_path)
    path = _kept(index_dir)
    elsewhere = tmp_path / "elsewhere.bin"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)  # a good file, but through a link: not read
    assert manifest_file.read(path.parent, live_stamp(index_dir)) is None
    assert not _open(folder, index_dir).check_files().changed
    assert not path.is_symlink() and manifest_file.read(path.parent, live_stamp(index_dir))
    path.unlink()
    os.mkfifo(path)  # opening it to read would block: never opened that way
    assert manifest_file.read(path.parent, live_stamp(index_dir)) is None
    assert not _open(folder, index_dir).check_files().changed
    assert path.is_file() and manifest_file.read(path.parent, live_stamp(index_dir))
