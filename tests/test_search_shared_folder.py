"""Two installs of warreader (other engine stamps) sharing one index folder.

Each refresh used to find the other's generation, rebuild in full and delete it, so two
versions used in turn rebuilt back and forth at every start. Now a generation of another
engine is kept (:data:`store.KEEP_OTHERS`, for :data:`store.KEEP_DAYS` after it
was last live) and a refresh that finds the
other's generation live makes its own live again (:func:`store.adopt_kept`), updated
like any index, with its own record of the corrections it holds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from warreader.index.annotations.corrections import Correction, CorrectionStore
from warreader.index.corpus import Corpus
from warreader.index.search import engine_stamp, store
from warreader.index.search.stamps import live_dir

from tests.search_support import (
    ALIASES,
    BONDAR_LINE,
    fake_lister,
    fake_parse,
    renamed_parse,
    two_outlet_corpus,
    write,
)

PARSES = {1: fake_parse, 2: renamed_parse}


def _refresh_as(monkeypatch, install: int, folder: Path, index_dir: Path):
    """Refresh as install ``install`` (its own engine stamp); (report, speakers)."""
    monkeypatch.setattr(engine_stamp, "files_key", lambda: f"{install:016x}")
    monkeypatch.setattr(engine_stamp, "engine_stamp", lambda: f"{install:016x}")
    corpus = Corpus.open([folder], index_dir, ALIASES, parse=PARSES.get(install, fake_parse),
                         lister=fake_lister)
    try:
        report = corpus.refresh()
        return report, sorted(s.name for s in corpus.speakers())
    finally:
        corpus.close()


def _generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob("gen-*"))


def test_two_installs_in_turn_rebuild_once_each(tmp_path, monkeypatch):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    first, _ = _refresh_as(monkeypatch, 1, folder, index_dir)
    second, names = _refresh_as(monkeypatch, 2, folder, index_dir)
    assert first.rebuilt and second.rebuilt and names == ["Olena Bondarenko"]
    assert _generations(index_dir) == ["gen-000001", "gen-000002"]  # install 1's kept
    for _ in range(2):
        report, names = _refresh_as(monkeypatch, 1, folder, index_dir)
        assert not report.rebuilt and report.files_read == 0 and names == ["Olena Bondar"]
        assert report.notices == [
            "warreader's article reader or quote engine changed since the index was built; "
            "using the index this version made before (gen-000001)"]
        report, names = _refresh_as(monkeypatch, 2, folder, index_dir)
        assert not report.rebuilt and report.files_read == 0
        assert names == ["Olena Bondarenko"]
    assert _generations(index_dir) == ["gen-000001", "gen-000002"]
    again, _ = _refresh_as(monkeypatch, 2, folder, index_dir)  # the same one: nothing said
    assert again.notices == [] and not again.rebuilt


def test_a_file_changed_meanwhile_is_read_again_not_everything(tmp_path, monkeypatch):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    _refresh_as(monkeypatch, 1, folder, index_dir)
    _refresh_as(monkeypatch, 2, folder, index_dir)
    write(folder, "a.txt", "Front line report", f"“{BONDAR_LINE},” said Petro Marchenko.",
          date="2023-05-03")
    report, names = _refresh_as(monkeypatch, 1, folder, index_dir)
    assert not report.rebuilt and report.files_read == 1
    assert names == ["Olena Bondar", "Petro Marchenko"]


def test_one_other_generation_is_kept(tmp_path, monkeypatch):
    assert store.KEEP_OTHERS == 1  # each kept generation costs a whole index on disk
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    for install in (1, 2, 3):
        assert _refresh_as(monkeypatch, install, folder, index_dir)[0].rebuilt
        assert len(_generations(index_dir)) == min(install, 2)
    assert _generations(index_dir) == ["gen-000002", "gen-000003"]
    assert not _refresh_as(monkeypatch, 2, folder, index_dir)[0].rebuilt
    assert _refresh_as(monkeypatch, 1, folder, index_dir)[0].rebuilt  # no longer kept
    assert live_dir(index_dir).name == "gen-000004"  # past every number: none replaced
    assert _generations(index_dir) == ["gen-000002", "gen-000004"]


def test_another_generation_is_kept_for_a_month_after_it_was_live(tmp_path, monkeypatch):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    _refresh_as(monkeypatch, 1, folder, index_dir)
    _refresh_as(monkeypatch, 2, folder, index_dir)  # install 1's is kept from now on
    record = index_dir / "gen-000001" / "corrections.json"
    assert time.time() - record.stat().st_mtime < 60
    _refresh_as(monkeypatch, 2, folder, index_dir)
    assert _generations(index_dir) == ["gen-000001", "gen-000002"]
    old = time.time() - (store.KEEP_DAYS + 1) * 86400
    os.utime(record, (old, old))
    _refresh_as(monkeypatch, 2, folder, index_dir)
    assert _generations(index_dir) == ["gen-000002"]
    assert _refresh_as(monkeypatch, 1, folder, index_dir)[0].rebuilt


def test_a_correction_made_while_the_other_was_live_reaches_the_kept_index(
        tmp_path, monkeypatch):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    _refresh_as(monkeypatch, 1, folder, index_dir)
    _refresh_as(monkeypatch, 2, folder, index_dir)
    store_ = CorrectionStore([folder])
    store_.add(Correction("rename", name="Olena Bondar", to="Olha Bondar"))
    _refresh_as(monkeypatch, 2, folder, index_dir)  # taken in by install 2's index
    report, names = _refresh_as(monkeypatch, 1, folder, index_dir)
    assert not report.rebuilt and names == ["Olha Bondar"]
    store_.remove(store_.load()[0])
    _refresh_as(monkeypatch, 2, folder, index_dir)
    report, names = _refresh_as(monkeypatch, 1, folder, index_dir)
    assert not report.rebuilt and names == ["Olena Bondar"]


def test_a_generation_without_its_corrections_record_is_not_kept(tmp_path, monkeypatch):
    """An index of an earlier warreader says nothing of the corrections it holds: it
    cannot be taken back soundly, so it is rebuilt as before."""
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    _refresh_as(monkeypatch, 1, folder, index_dir)
    (live_dir(index_dir) / "corrections.json").unlink()
    _refresh_as(monkeypatch, 2, folder, index_dir)
    assert _generations(index_dir) == ["gen-000002"]
    assert _refresh_as(monkeypatch, 1, folder, index_dir)[0].rebuilt


def test_a_linked_generation_is_never_kept_or_made_live(tmp_path, monkeypatch):
    """A ``gen-*`` link (planted, or a copy's) pointing at install 1's generation
    elsewhere is removed as a link, never adopted: warreader writes only in its folder."""
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    _refresh_as(monkeypatch, 1, folder, index_dir)
    elsewhere = tmp_path / "elsewhere"
    (index_dir / "gen-000001").rename(elsewhere)
    (index_dir / "gen-000001").symlink_to(elsewhere, target_is_directory=True)
    (index_dir / "CURRENT").write_text("gen-000007")  # nothing live: a build is due
    _refresh_as(monkeypatch, 2, folder, index_dir)
    (gen,) = index_dir.glob("gen-*")
    assert gen.is_dir() and not gen.is_symlink() and live_dir(index_dir) == gen
    assert (elsewhere / "meta.json").is_file()  # the link removed, not what it points at
    assert _refresh_as(monkeypatch, 1, folder, index_dir)[0].rebuilt
