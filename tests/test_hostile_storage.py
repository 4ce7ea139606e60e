"""Crafted and damaged files in the index folder (issue 16, items 1, 3, 10, 13).

Each malicious file would create ``marker`` if warreader loaded it with a plain
unpickler; each test shows it is treated as damage (rebuilt or one line) and the
marker never appears.
"""

from __future__ import annotations

import errno
import io
import os
import pickle
import queue
import sqlite3
import threading
from pathlib import Path

import pytest
from warreader.index.search import store
from warreader.index.search.errors import IndexFolderError
from warreader.index.search.stamps import live_dir

from tests.search_support import open_corpus, small_corpus


class Evil:
    """Unpickled by a plain unpickler, it runs ``touch marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def indexed(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    assert corpus.summaries()  # writes the stored data and the listing
    corpus.close()
    return folder, tmp_path / "index", tmp_path / "marker"


def _lines(err: str) -> int:
    """Lines of text on stderr (the transient progress bar leaves an empty one)."""
    return len([line for line in err.splitlines() if line.strip()])


def _gen(index_dir: Path) -> Path:
    gen = live_dir(index_dir)
    assert gen is not None
    return gen


def _reopen_and_use(folder: Path, index_dir: Path):
    """What a user does next: open, refresh, list, search. Returns the refresh report."""
    corpus = open_corpus(folder, index_dir)
    report = corpus.refresh()
    assert len(corpus.summaries()) == 3
    assert sorted(q.text for _, q in corpus.quotes_by("Zelensky")) == [
        "Peace needs courage", "We will defend every city"]
    assert corpus.search("flag").total == 2
    corpus.close()
    return report


# -- nothing read from disk runs code ---------------------------------------------------


def test_a_planted_snapshot_pickle_is_never_loaded(indexed):
    folder, index_dir, marker = indexed
    gen = _gen(index_dir)
    for name in ("snapshot-1.pickle", "snapshot-2.pickle"):
        (gen / name).write_bytes(pickle.dumps(Evil(marker)))
    _reopen_and_use(folder, index_dir)
    assert not marker.exists()


def test_stored_data_that_is_a_pickle_is_rebuilt(indexed):
    folder, index_dir, marker = indexed
    gen = _gen(index_dir)
    [stored] = gen.glob("stored-*.sqlite")
    stored.write_bytes(pickle.dumps(Evil(marker)))
    _reopen_and_use(folder, index_dir)
    assert not marker.exists()
    assert stored.read_bytes().startswith(b"SQLite format 3")  # rebuilt in place


def test_stored_data_with_a_planted_trigger_or_view_is_rebuilt(indexed):
    folder, index_dir, _ = indexed
    [stored] = _gen(index_dir).glob("stored-*.sqlite")
    db = sqlite3.connect(stored)
    db.execute("CREATE VIEW evil AS SELECT 1")
    db.execute("CREATE TRIGGER t AFTER INSERT ON names BEGIN DELETE FROM articles; END")
    db.commit()
    db.close()
    _reopen_and_use(folder, index_dir)
    db = sqlite3.connect(stored)
    kinds = {row[0] for row in db.execute("SELECT type FROM sqlite_master")}
    db.close()
    assert kinds == {"table", "index"}


def test_stored_data_with_wrong_types_is_rebuilt(indexed):
    folder, index_dir, _ = indexed
    [stored] = _gen(index_dir).glob("stored-*.sqlite")
    db = sqlite3.connect(stored)
    db.execute("DROP TABLE articles")  # a non-STRICT table of the same name
    db.execute("CREATE TABLE articles (id, file, path, title, date, author, outlet, quotes)")
    db.execute("INSERT INTO articles VALUES (1, 2, 3, 4, 5, 6, 7, 'x')")
    db.commit()
    db.close()
    _reopen_and_use(folder, index_dir)


def test_a_crafted_toc_is_damage_and_rebuilt(indexed):
    from warreader.index.search.schema import build_schema
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    folder, index_dir, marker = indexed
    gen = _gen(index_dir)
    [toc] = gen.glob("_MAIN_*.toc")
    number = int(toc.stem.split("_")[-1])
    toc.unlink()
    TOC(build_schema(), [Evil(marker)], number).write(FileStorage(str(gen)), "MAIN")
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt and "damaged" in report.notices[0]
    assert not marker.exists()


def test_a_toc_claiming_a_legacy_format_is_damage(indexed):
    folder, index_dir, marker = indexed
    gen = _gen(index_dir)
    [toc] = gen.glob("_MAIN_*.toc")
    data = bytearray(toc.read_bytes())
    # after two varints (int, long, float sizes: 3 bytes) and -12345 comes the version
    data[3 + 4:3 + 8] = (-110).to_bytes(4, "big", signed=True)
    toc.write_bytes(bytes(data) + pickle.dumps(Evil(marker)))
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt
    assert not marker.exists()


def test_a_crafted_segment_directory_is_damage_and_rebuilt(indexed):
    from whoosh.system import pack_int, pack_long

    folder, index_dir, marker = indexed
    [seg] = _gen(index_dir).glob("MAIN_*.seg")
    data = seg.read_bytes()
    evil = pickle.dumps(Evil(marker))
    seg.write_bytes(pack_long(len(data)) + pack_int(len(evil)) + data[12:] + evil + evil)
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt
    assert not marker.exists()


def test_a_crafted_segment_is_reported_by_search_not_run(indexed):
    """Without a refresh first (the stored data was already read): search says damaged."""
    from whoosh.system import pack_int, pack_long

    folder, index_dir, marker = indexed
    corpus = open_corpus(folder, index_dir)
    assert corpus.summaries()
    [seg] = _gen(index_dir).glob("MAIN_*.seg")
    data = seg.read_bytes()
    evil = pickle.dumps(Evil(marker))
    seg.write_bytes(pack_long(len(data)) + pack_int(len(evil)) + data[12:] + evil)
    fresh = open_corpus(folder, index_dir)
    results = fresh.search("flag")
    assert results.error and "damaged" in results.error and "warreader index" in results.error
    assert not marker.exists()


def test_scribbled_segment_is_found_by_the_next_index(indexed):
    """Bytes overwritten inside a segment (size unchanged): refresh notices and rebuilds,
    rather than reporting "0 unchanged" while every search fails."""
    folder, index_dir, _ = indexed
    [seg] = _gen(index_dir).glob("MAIN_*.seg")
    data = bytearray(seg.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = os.urandom(64)
    seg.write_bytes(bytes(data))
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt and "changed" in report.notices[0]


def test_the_helper_channel_refuses_anything_but_its_own_items():
    from warreader.index.search.pipeline import END, drain

    marker = Path("/tmp") / f"warreader-evil-{os.getpid()}"
    stream = io.BytesIO(pickle.dumps(("a", None, ("indexed", 1))) + pickle.dumps(Evil(marker)))
    items: queue.Queue = queue.Queue()
    drain(stream, items, threading.Event())
    assert items.get_nowait() == ("a", None, ("indexed", 1))
    assert items.get_nowait() is END
    assert not marker.exists()


def test_every_whoosh_loader_is_restricted():
    """Every module of the pinned Whoosh that unpickles or unmarshals is patched."""
    import importlib
    import pkgutil

    import whoosh
    from warreader.index.search.safe_pickle import harden_whoosh, unpatched_loaders

    for info in pkgutil.walk_packages(whoosh.__path__, "whoosh."):
        try:
            importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - dead modules of the package (Python 2 leftovers)
            continue
    harden_whoosh()
    assert unpatched_loaders() == []
    with pytest.raises(pickle.UnpicklingError):
        import whoosh.filedb.structfile as structfile

        structfile.load(io.BytesIO(pickle.dumps(Evil(Path("/nonexistent/x")))))


# -- the folder's own small files -------------------------------------------------------


def test_listing_json_as_a_symlink_to_dev_zero_is_ignored(indexed):
    from warreader.index.search.listing import read_listing

    from tests.search_support import ALIASES

    folder, index_dir, _ = indexed
    listing = index_dir / "listing.json"
    listing.unlink()
    listing.symlink_to("/dev/zero")
    assert read_listing(index_dir, ALIASES) is None
    _reopen_and_use(folder, index_dir)


def test_listing_json_deeply_nested_is_ignored(indexed):
    from warreader.index.search.listing import read_listing

    from tests.search_support import ALIASES

    _, index_dir, _ = indexed
    (index_dir / "listing.json").write_text("[" * 100_000 + "]" * 100_000)
    assert read_listing(index_dir, ALIASES) is None


@pytest.mark.parametrize("content", [b"\xff\xfe\x00gen", b"../../../etc", b"/etc", b""])
def test_current_that_is_not_a_generation_name_is_rebuilt(indexed, content):
    folder, index_dir, _ = indexed
    (index_dir / "CURRENT").write_bytes(content)
    assert live_dir(index_dir) is None
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt
    assert live_dir(index_dir) is not None


@pytest.mark.parametrize("name", ["CURRENT", "refresh.lock", "listing.json", "listing-head.json",
                                  ".warreader-index"])
@pytest.mark.parametrize("shape", ["empty folder", "dangling symlink", "fifo", "garbage"])
def test_each_own_file_replaced_is_repaired(indexed, name, shape):
    folder, index_dir, _ = indexed
    path = index_dir / name
    path.unlink(missing_ok=True)
    if shape == "empty folder":
        path.mkdir()
    elif shape == "dangling symlink":
        path.symlink_to(index_dir / "nowhere")
    elif shape == "fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(os.urandom(200))
    _reopen_and_use(folder, index_dir)
    assert (index_dir / "CURRENT").is_file() and not (index_dir / "CURRENT").is_symlink()
    assert not (index_dir / "nowhere").exists()


@pytest.mark.parametrize("name", ["CURRENT", "refresh.lock"])
def test_a_folder_with_contents_in_place_of_our_file_is_one_line(indexed, name, capsys):
    from warreader.tui.cli import main

    folder, index_dir, _ = indexed
    path = index_dir / name
    path.unlink()
    path.mkdir()
    (path / "keep.txt").write_text("user data")
    corpus = open_corpus(folder, index_dir)
    with pytest.raises(IndexFolderError, match="is a folder, not warreader's file"):
        corpus.refresh()
    assert (path / "keep.txt").read_text() == "user data"
    code = main(["index", str(folder), "--index-dir", str(index_dir)])
    err = capsys.readouterr().err
    assert code == 2 and _lines(err) == 1 and "move it away" in err


@pytest.mark.parametrize("meta", ["[1, 2]", "null", "\"x\"", "[" * 50_000, "\xff"])
def test_meta_json_that_is_not_an_object_is_rebuilt(indexed, meta):
    folder, index_dir, _ = indexed
    (_gen(index_dir) / "meta.json").write_text(meta, encoding="utf-8", errors="surrogateescape")
    report = _reopen_and_use(folder, index_dir)
    assert report.rebuilt


def test_meta_json_as_a_symlink_to_dev_zero_is_rebuilt(indexed):
    folder, index_dir, _ = indexed
    meta = _gen(index_dir) / "meta.json"
    meta.unlink()
    meta.symlink_to("/dev/zero")
    assert _reopen_and_use(folder, index_dir).rebuilt


def test_deleted_toc_and_segment_are_rebuilt(indexed):
    folder, index_dir, _ = indexed
    for path in _gen(index_dir).glob("*MAIN_*"):
        if path.name != "MAIN_WRITELOCK":
            path.unlink()
    assert _reopen_and_use(folder, index_dir).rebuilt


# -- only warreader's own files are ever removed ----------------------------------------


def _user_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in ("build-2024", "gen-docs", "gen-000001-notes", "build-1-abc"):
        (root / name).mkdir()
        (root / name / "work.txt").write_text("mine")
    (root / "notes.txt").write_text("mine too")
    return root


def test_index_dir_dot_with_user_folders_is_refused_and_nothing_deleted(tmp_path, capsys,
                                                                       monkeypatch):
    from warreader.tui.cli import main

    folder = small_corpus(tmp_path / "articles")
    here = _user_folder(tmp_path / "work")
    monkeypatch.chdir(here)
    code = main(["index", str(folder), "--index-dir", "."])
    err = capsys.readouterr().err
    assert code == 2 and _lines(err) == 1 and "not warreader's" in err
    assert sorted(os.listdir(here)) == [
        "build-1-abc", "build-2024", "gen-000001-notes", "gen-docs", "notes.txt"]
    assert all((here / n / "work.txt").read_text() == "mine" for n in ("build-2024", "gen-docs"))


def test_user_folders_put_into_a_marked_index_folder_survive_updates(indexed):
    folder, index_dir, _ = indexed
    assert (index_dir / ".warreader-index").is_file()
    for name in ("build-2024", "gen-docs", "gen-1", "build-12-notahex!"):
        (index_dir / name).mkdir()
        (index_dir / name / "work.txt").write_text("mine")
    corpus = open_corpus(folder, index_dir)
    corpus.refresh(rebuild=True)
    corpus.refresh(rebuild=True)
    for name in ("build-2024", "gen-docs", "gen-1", "build-12-notahex!"):
        assert (index_dir / name / "work.txt").read_text() == "mine"
    assert len(list(index_dir.glob("gen-0*"))) == 1


def test_a_link_named_like_a_generation_is_removed_as_a_link(indexed, tmp_path):
    folder, index_dir, _ = indexed
    precious = _user_folder(tmp_path / "precious")
    (index_dir / "gen-000099").symlink_to(precious)
    corpus = open_corpus(folder, index_dir)
    corpus.refresh(rebuild=True)
    assert not (index_dir / "gen-000099").exists()
    assert (precious / "build-2024" / "work.txt").read_text() == "mine"


def test_an_index_folder_from_before_the_mark_is_adopted(indexed):
    folder, index_dir, _ = indexed
    (index_dir / ".warreader-index").unlink()
    report = _reopen_and_use(folder, index_dir)
    assert not report.rebuilt
    assert (index_dir / ".warreader-index").read_text().startswith("warreader index folder")


def test_index_dir_that_is_dev_null_or_a_file_is_one_line(tmp_path, capsys):
    from warreader.tui.cli import main

    folder = small_corpus(tmp_path / "articles")
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder")
    for target in ("/dev/null", str(a_file)):
        code = main(["index", str(folder), "--index-dir", target])
        err = capsys.readouterr().err
        assert code == 2 and _lines(err) == 1 and "is not a folder" in err
    assert a_file.read_text() == "not a folder"


# -- writes that fail --------------------------------------------------------------------


def test_read_only_index_folder_is_used_as_it_is(indexed, monkeypatch):
    """As a normal user, creating refresh.lock in a read-only folder fails (tests run as
    root, so the failure is simulated where it happens)."""
    from whoosh.util import filelock

    folder, index_dir, _ = indexed
    (index_dir / "refresh.lock").unlink()

    def refuse(self, blocking=False):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(filelock.FcntlLock, "acquire", refuse)
    corpus = open_corpus(folder, index_dir)
    report = corpus.refresh()
    assert report.notices == [f"cannot update the index at {index_dir} (Permission denied); "
                              "using it as it is"]
    assert corpus.search("flag").total == 2


def test_read_only_folder_without_an_index_is_one_line(tmp_path, monkeypatch, capsys):
    from warreader.tui.cli import main
    from whoosh.util import filelock

    def refuse(self, blocking=False):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(filelock.FcntlLock, "acquire", refuse)
    folder = small_corpus(tmp_path / "articles")
    code = main(["index", str(folder), "--index-dir", str(tmp_path / "index")])
    err = capsys.readouterr().err
    assert code == 2 and _lines(err) == 1 and "Permission denied" in err


def test_full_disk_during_a_rebuild_keeps_the_old_index(indexed, monkeypatch):
    from whoosh.filedb.filestore import FileStorage

    folder, index_dir, _ = indexed
    before = live_dir(index_dir)

    def full(self, name, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileStorage, "create_file", full)
    corpus = open_corpus(folder, index_dir)
    with pytest.raises(IndexFolderError, match="the disk is full; the previous index is "
                                               "unchanged"):
        corpus.refresh(rebuild=True)
    monkeypatch.undo()
    assert live_dir(index_dir) == before
    assert not list(index_dir.glob("build-*"))
    assert not _reopen_and_use(folder, index_dir).rebuilt


def test_full_disk_while_writing_the_stored_data_falls_back(indexed, monkeypatch):
    """The stored data cannot be written next to the index: it is built in a private
    temporary file and everything still works."""
    from warreader.index.search import stored

    folder, index_dir, _ = indexed
    for path in _gen(index_dir).glob("stored-*.sqlite"):
        path.unlink()
    real = stored._build
    calls = []

    def full_in_index(searcher, gen, path, generation, aliases, release):
        calls.append(path)
        if path.parent == gen:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(searcher, gen, path, generation, aliases, release)

    monkeypatch.setattr(stored, "_build", full_in_index)
    _reopen_and_use(folder, index_dir)
    assert len(calls) >= 2 and not list(_gen(index_dir).glob("stored-*.sqlite"))


def test_clean_up_spares_our_own_names_of_other_shapes(tmp_path):
    assert store.owns("gen-000001") and store.owns("build-12-0123abcd")
    assert store.owns("CURRENT.55.tmp") and store.owns("listing.json.1.tmp")
    assert store.owns("provenance.json") and store.owns("provenance.json.7.tmp")
    assert not store.owns("gen-docs") and not store.owns("build-2024")
    assert not store.owns("gen-000001x") and not store.owns("stored-1.sqlite")
