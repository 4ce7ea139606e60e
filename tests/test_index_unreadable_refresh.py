"""A file that cannot be read, found again on every run, commits nothing (revU3 #8).

Each refresh tries the unreadable file again; the empty commit that followed made a
new Whoosh generation the stored data did not follow, so in a folder holding nothing
readable every other run said "rebuilt the index: it was damaged" and indexed anew.
The tests run as root, who reads any file: reading ``locked.txt`` is refused where
it happens, as it is to a user without the right.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from warreader.index.search import indexer
from warreader.index.search.stamps import live_dir

from tests.search_support import small_corpus, write


@pytest.fixture(autouse=True)
def locked_file(monkeypatch):
    """Reading any file named ``locked.txt`` fails with "Permission denied"."""
    real = indexer.file_state

    def refuse(path: str):
        if Path(path).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(indexer, "file_state", refuse)


def _search(folder: Path, index_dir: Path, capsys) -> str:
    from warreader.tui.cli import main

    main(["search", "flag", str(folder), "--index-dir", str(index_dir)])
    return capsys.readouterr().err


def _tocs(index_dir: Path) -> list[str]:
    return sorted(p.name for p in live_dir(index_dir).glob("_MAIN_*.toc"))


def test_a_folder_of_unreadable_files_is_not_taken_for_damaged(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "locked.txt", "Kyiv at night", "“We hold the line,” said Ann Pike.")
    index_dir = tmp_path / "index"
    errors = [_search(folder, index_dir, capsys) for _ in range(4)]
    for err in errors:
        assert "locked.txt: permission denied" in err, err
        assert "damaged" not in err and "rebuilt" not in err, errors
    assert live_dir(index_dir).name == "gen-000001"


def test_an_unreadable_file_beside_articles_makes_no_new_generation(tmp_path, capsys):
    folder = small_corpus(tmp_path / "articles")
    write(folder, "locked.txt", "Kyiv at night", "“We hold the line,” said Ann Pike.")
    index_dir = tmp_path / "index"
    _search(folder, index_dir, capsys)
    before = _tocs(index_dir)
    for _ in range(2):
        err = _search(folder, index_dir, capsys)
        assert "permission denied" in err and "damaged" not in err, err
    assert _tocs(index_dir) == before
    assert live_dir(index_dir).name == "gen-000001"
