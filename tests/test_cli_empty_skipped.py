"""A corpus whose every path was skipped says so once (revU3 #5): a missing folder's
own "skipped ... no such file or folder" line is the whole message, with no "no
articles found" after it (which read as if the folder had been looked through), and
a folder whose every article file could not be read says "5 files found, none
readable", not "no articles found"."""

from __future__ import annotations

import pytest
from warreader.index.articles import decoding
from warreader.tui.cli import main

COMMANDS = [("quotes",), ("search", "russia"), ("provenance",), ("articles",),
            ("speakers",), ("index",)]


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.delenv("WARREADER_INDEX_DIR", raising=False)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_folder_is_said_once(capsys, tmp_path, command):
    missing = tmp_path / "missing"
    status = main([*command, str(missing), "--index-dir", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.splitlines() == [f"warreader: skipped {missing}: no such file or folder"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_of_unreadable_files_says_they_were_found(capsys, tmp_path, monkeypatch,
                                                           command):
    folder = tmp_path / "locked"
    folder.mkdir()
    for n in range(5):
        (folder / f"a{n}.txt").write_text(f'"We will talk," said Ann Lee {n}.\n')

    def refuse(path, limit):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(decoding, "read_regular", refuse)
    main([*command, str(folder), "--index-dir", str(tmp_path / "ix")])
    lines = capsys.readouterr().err.splitlines()
    assert len([line for line in lines if line.startswith("warreader: skipped")]) == 5
    assert lines[-1] == f"warreader: 5 files found in {folder}, none readable"
    assert not any("no articles found" in line for line in lines)
