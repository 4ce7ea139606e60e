"""The stored data beside the index (index/search/stored.py): read on demand, and after
a small update advanced from the previous commit's file to exactly what a full build
of the new commit holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warreader.index.search import stored
from warreader.index.search.stamps import live_dir

from tests.search_support import ALIASES, open_corpus, small_corpus, write

TABLES = ("files", "articles", "quotes", "names", "speakers", "index_files", "stamp")


def _rows(path: Path) -> dict[str, list]:
    db = sqlite3.connect(path)
    out = {t: sorted(db.execute(f"SELECT * FROM {t}"), key=repr) for t in TABLES}
    db.close()
    return out


def _full_build_of_live(index_dir: Path, target: Path) -> None:
    from warreader.index.search.segment_files import page_release
    from warreader.index.search.stamps import alias_fingerprint
    from warreader.index.search.store import open_live

    ix = open_live(index_dir, alias_fingerprint(ALIASES))
    with ix.searcher() as searcher:
        stored._build(searcher, Path(ix.storage.folder), target,
                      searcher.reader().generation(), ALIASES, page_release(ix))


def test_a_small_update_advances_the_stored_data_to_what_a_full_build_holds(tmp_path,
                                                                            monkeypatch):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    assert corpus.summaries()
    (folder / "c.txt").unlink()
    write(folder, "b.txt", "Moscow changes course", "“We are ready to talk,” said Sergei Lavrov.")
    write(folder, "d.txt", "Grain corridor", "“Ships sailed,” said Zelensky in Odesa.")
    (folder / "e.txt").write_text("")  # unreadable: a skipped row
    full_builds = []
    real = stored._build
    monkeypatch.setattr(stored, "_build", lambda *a: full_builds.append(a) or real(*a))
    corpus.refresh()
    assert sorted(s.title for s in corpus.summaries()) == [
        "Grain corridor", "Kyiv braces for invasion", "Moscow changes course"]
    assert full_builds == []  # advanced, not rebuilt
    [advanced] = live_dir(tmp_path / "index").glob("stored-*.sqlite")
    _full_build_of_live(tmp_path / "index", tmp_path / "full.sqlite")
    assert _rows(advanced) == _rows(tmp_path / "full.sqlite")
    assert sorted(q.text for _, q in corpus.quotes_by("Volodymyr Zelenskyy")) == [
        "Ships sailed", "We will defend every city"]
    assert [f for f, _ in corpus.skipped()] == [str((folder / "e.txt").resolve())]


def test_the_article_list_is_read_a_page_at_a_time(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    every = corpus.summaries()
    assert corpus.article_count() == 3
    assert corpus.summaries_page(0, 2) + corpus.summaries_page(2, 2) == every
    assert corpus.summaries_page(3, 2) == []


def test_canonical_names_of_spellings_not_in_the_corpus(tmp_path):
    """A spelling never quoted still finds its speaker, as the speaker directory does."""
    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    assert len(corpus.quotes_by("Zelenskyy")) == 2  # only the alias-free surname
    assert len(corpus.quotes_by("V. Zelenskyy")) == 2  # a compatible initial
    assert corpus.quotes_by("Nobody Atall") == []


def test_a_full_build_lets_go_of_the_index_pages_it_read(tmp_path, monkeypatch):
    """Building the stored data reads every document of a memory-mapped index; the pages
    it touched are released as it goes (they counted in the RSS of `warreader index`:
    268 MB at 100,000 articles), and the data is the same."""
    from warreader.index.search import stored_write
    from warreader.index.search.segment_files import MappedStorage

    folder = small_corpus(tmp_path / "articles")
    corpus = open_corpus(folder, tmp_path / "index")
    corpus.refresh()
    assert corpus.summaries()  # (the stored data is built when first read)
    [built] = live_dir(tmp_path / "index").glob("stored-*.sqlite")
    released = []
    real = MappedStorage.release_pages
    monkeypatch.setattr(MappedStorage, "release_pages",
                        lambda self: released.append(self) or real(self))
    monkeypatch.setattr(stored_write, "_BATCH", 2)  # a flush, and a release, per 2 rows
    _full_build_of_live(tmp_path / "index", tmp_path / "full.sqlite")
    assert len(released) >= 3
    assert all(isinstance(s, MappedStorage) for s in released)
    assert _rows(built) == _rows(tmp_path / "full.sqlite")
