"""An index made by another article reader or quote engine is re-read in full.

The index re-reads a file only when its size, mtime or content changed, and the schema
version moves only with the fields; so without the engine stamp an upgraded warreader
kept the old quotes and speakers in search while the reading screen, which extracts
live, showed the new ones (:mod:`index.search.engine_stamp`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from warreader.index.corpus import Corpus
from warreader.index.search import engine_stamp
from warreader.index.search.stamps import live_dir

from tests.search_support import ALIASES, fake_lister, fake_parse, renamed_parse, two_outlet_corpus


def _open(folder: Path, index_dir: Path, parse=fake_parse) -> Corpus:
    return Corpus.open([folder], index_dir, ALIASES, parse=parse, lister=fake_lister)


def _upgrade(monkeypatch) -> None:
    """This process now runs another engine (as after an upgrade of warreader)."""
    monkeypatch.setattr(engine_stamp, "files_key", lambda: "0" * 16)
    monkeypatch.setattr(engine_stamp, "engine_stamp", lambda: "feedfacefeedface")


def _speakers(corpus: Corpus) -> list[str]:
    return sorted(s.name for s in corpus.speakers())


def test_another_engine_rereads_every_file_and_search_finds_its_speakers(
        tmp_path, monkeypatch):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    assert corpus.refresh().files_read == 2
    corpus.close()

    _upgrade(monkeypatch)
    corpus = _open(folder, index_dir, renamed_parse)
    # until the refresh, the old index answers (the reader is not left without one)
    assert len(corpus.search("speaker:Bondar", kind="quote").hits) == 2
    report = corpus.refresh()
    assert report.rebuilt and report.files_read == 2
    assert report.notices == ["rebuilt the index: warreader's article reader or quote "
                              "engine changed since the index was built"]
    assert len(corpus.search('speaker:"Olena Bondarenko"', kind="quote").hits) == 2
    assert _speakers(corpus) == ["Olena Bondarenko"]
    meta = json.loads((live_dir(index_dir) / "meta.json").read_text())
    assert meta["engine"] == "feedfacefeedface" and meta["engine_files"] == "0" * 16
    again = corpus.refresh()  # the new stamp is kept: nothing more to read
    assert not again.rebuilt and again.files_read == 0
    corpus.close()


def test_the_files_check_asks_for_the_rebuild(tmp_path, monkeypatch):
    """The reader checks the files in the background and refreshes only when the check
    finds work: an index of another engine is work, though no file changed."""
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    corpus.refresh()
    assert not corpus.check_files().changed
    _upgrade(monkeypatch)
    assert corpus.check_files().changed
    corpus.close()


def test_the_same_engine_reads_nothing_again(tmp_path, monkeypatch):
    """Sources touched but not changed (a reinstall): the contents decide, no rebuild."""
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    corpus.refresh()
    corpus.close()
    monkeypatch.setattr(engine_stamp, "files_key", lambda: "1" * 16)  # stamp unchanged
    corpus = _open(folder, index_dir)
    report = corpus.refresh()
    assert not report.rebuilt and report.files_read == 0 and report.notices == []
    corpus.close()


def test_an_index_from_before_the_stamp_is_rebuilt(tmp_path):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    corpus.refresh()
    corpus.close()
    meta_file = live_dir(index_dir) / "meta.json"
    meta = json.loads(meta_file.read_text())
    meta_file.write_text(json.dumps({k: meta[k] for k in ("schema_version", "aliases")}))
    corpus = _open(folder, index_dir)
    report = corpus.refresh()
    assert report.rebuilt and report.files_read == 2
    corpus.close()


def test_groups_follow_the_new_engine(tmp_path, monkeypatch):
    """The quote groups are kept per article by a signature of its file: it carries the
    engine stamp of the index too, so the groups take the new speakers."""
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    corpus.refresh()
    groups = corpus.provenance()
    assert groups is not None
    before = {m.speaker for keys in groups.partition()
              for m in groups.group_of(next(iter(keys))).members}
    assert before == {"Olena Bondar"}
    corpus.close()
    _upgrade(monkeypatch)
    corpus = _open(folder, index_dir, renamed_parse)
    corpus.refresh()
    groups = corpus.provenance()
    assert groups is not None
    after = {m.speaker for keys in groups.partition()
             for m in groups.group_of(next(iter(keys))).members}
    assert after == {"Olena Bondarenko"}
    corpus.close()


def _sources(root: Path) -> Path:
    for name, text in (("articles/reader.py", "READ = 1\n"), ("quotes/extract.py", "Q = 1\n"),
                       ("quotes/data/names.tsv", "Olena\tf\n"), ("names.py", "N = 1\n"),
                       ("files.py", "F = 1\n"), ("quotes/__pycache__/extract.pyc", "x"),
                       ("search/query.py", "S = 1\n")):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def _keys(root: Path) -> tuple[str, str]:
    return engine_stamp.files_key.__wrapped__(root), engine_stamp.engine_stamp.__wrapped__(root)


def test_the_stamp_is_of_the_reader_and_engine_sources(tmp_path):
    root = _sources(tmp_path / "index")
    key, stamp = _keys(root)
    # bytecode and the search code are not the engine
    (root / "quotes/__pycache__/extract.pyc").write_text("y")
    (root / "search/query.py").write_text("S = 2\n")
    assert _keys(root) == (key, stamp)
    # touched, not changed: the cheap key moves, the stamp does not
    later = (root / "quotes/extract.py").stat().st_mtime_ns + 5_000_000_000
    os.utime(root / "quotes/extract.py", ns=(later, later))
    touched, same = _keys(root)
    assert touched != key and same == stamp
    for name, text in (("quotes/extract.py", "Q = 2\n"), ("quotes/data/names.tsv", "Olena\tm\n"),
                       ("names.py", "N = 2\n"), ("articles/reader.py", "READ = 2\n")):
        (root / name).write_text(text)
        new_key, new_stamp = _keys(root)
        assert new_stamp != stamp and new_key != touched, name
        stamp, touched = new_stamp, new_key
    (root / "quotes/new_rule.py").write_text("")
    assert _keys(root)[1] != stamp


def test_a_stamp_copied_elsewhere_is_the_same(tmp_path):
    """The stamp holds relative paths: the same release installed elsewhere matches."""
    assert _keys(_sources(tmp_path / "a" / "index"))[1] == \
        _keys(_sources(tmp_path / "b" / "index"))[1]


@pytest.mark.parametrize("meta, same", [
    ({}, False),  # an index from before the stamp
    ({"engine": "x", "engine_files": "y"}, False),
    ({"engine": "x", "engine_files": "KEY"}, True),  # the cheap key alone decides
    ({"engine": "STAMP", "engine_files": "y"}, True),  # touched: the contents decide
])
def test_same_engine(monkeypatch, meta, same):
    monkeypatch.setattr(engine_stamp, "files_key", lambda: "KEY")
    monkeypatch.setattr(engine_stamp, "engine_stamp", lambda: "STAMP")
    assert engine_stamp.same_engine(meta) is same


def test_index_engine_reads_only_hex_stamps(tmp_path):
    gen = tmp_path / "gen-000001"
    gen.mkdir()
    for engine, read in (("0123abcd", "0123abcd"), ("x'; DROP TABLE t; --", ""), (7, ""),
                         (None, "")):
        (gen / "meta.json").write_text(json.dumps({"engine": engine}))
        assert engine_stamp.index_engine(gen) == read
    (gen / "meta.json").write_text("[")
    assert engine_stamp.index_engine(gen) == ""


@pytest.fixture
def fresh_stamps():
    """The stamps are computed once per process: computed again in the test, and again
    after it (so no other test sees a stamp made with a patched library version)."""
    cached = (engine_stamp.files_key, engine_stamp.engine_stamp,
              engine_stamp.library_versions, engine_stamp._listing)  # before any patch

    def clear():
        for function in cached:
            function.cache_clear()

    clear()
    yield
    clear()


def test_library_versions_come_from_the_installed_metadata(tmp_path, monkeypatch, fresh_stamps):
    site = tmp_path / "site"
    (site / "pagereader").mkdir(parents=True)
    (site / "pagereader" / "__init__.py").write_text("")
    (site / "page_reader-1.2.3.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert engine_stamp._version("pagereader", "Page-Reader") == "1.2.3"
    assert engine_stamp._version("no_such_module_here", "no-such") == "-"
    (site / "page_reader-1.2.3.dist-info").rename(site / "page_reader-1.3.0.dist-info")
    engine_stamp._listing.cache_clear()
    assert engine_stamp._version("pagereader", "Page-Reader") == "1.3.0"
    # the real libraries of the read path are found, with Python's Unicode tables
    versions = engine_stamp.library_versions()
    assert "trafilatura=2" in versions and "lxml=" in versions and "lxml=-" not in versions
    assert versions.endswith(f"unicode={__import__('unicodedata').unidata_version}")


def test_a_library_upgrade_changes_both_keys(tmp_path, monkeypatch, fresh_stamps):
    root = _sources(tmp_path / "index")
    key, stamp = _keys(root)
    real = engine_stamp.library_versions()
    monkeypatch.setattr(engine_stamp, "library_versions", lambda: real + " lxml=99")
    new_key, new_stamp = _keys(root)
    assert new_key != key and new_stamp != stamp


def test_a_library_upgrade_rebuilds_once_and_says_which(tmp_path, monkeypatch, fresh_stamps):
    folder, index_dir = two_outlet_corpus(tmp_path / "articles"), tmp_path / "index"
    corpus = _open(folder, index_dir)
    corpus.refresh()
    corpus.close()
    real = engine_stamp.library_versions()
    old = next(p for p in real.split() if p.startswith("trafilatura="))
    monkeypatch.setattr(engine_stamp, "library_versions",
                        lambda: real.replace(old, "trafilatura=99.1"))
    engine_stamp.files_key.cache_clear()
    engine_stamp.engine_stamp.cache_clear()
    corpus = _open(folder, index_dir)
    report = corpus.refresh()
    assert report.rebuilt and report.files_read == 2
    assert report.notices == [
        "rebuilt the index: the libraries warreader reads articles with changed since the "
        f"index was built (trafilatura {old.partition('=')[2]} → 99.1)"]
    assert not corpus.refresh().rebuilt  # once
    corpus.close()


def test_versions_from_a_meta_file_are_shown_only_when_shaped_like_versions(
        monkeypatch, fresh_stamps):
    monkeypatch.setattr(engine_stamp, "library_versions",
                        lambda: "trafilatura=2.3.1 lxml=6.1.3 unicode=15.0.0")
    why = engine_stamp.why_other(
        {"libraries": "trafilatura=[bold]x[/] lxml=6.1.3 evil=1 unicode=15.0.0"})
    assert why.endswith("(trafilatura ? → 2.3.1)")
    assert engine_stamp.why_other({}).startswith("warreader's article reader")
