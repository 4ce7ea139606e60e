"""A file the user may not read is "permission denied" in every command (ux27):
`quotes`, `speakers` and `articles` said "permission denied", `index` and `search`
"cannot read: Permission denied". One skip line, as the README shows it:
``warreader: skipped PATH: permission denied``.

The tests run as root, who reads any file: opening ``locked.txt`` is refused where
the system would refuse it, as it is to a user without the right."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from warreader.tui.cli import main

from tests.search_support import small_corpus, write


@pytest.fixture(autouse=True)
def locked_file(monkeypatch):
    """Opening any file named ``locked.txt`` fails with "Permission denied"."""
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if Path(os.fsdecode(path)).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)


@pytest.mark.parametrize("argv", [
    ["quotes"], ["speakers"], ["articles"], ["index"], ["search", "kyiv"],
])
def test_an_unreadable_file_is_permission_denied_everywhere(capsys, tmp_path, argv):
    folder = small_corpus(tmp_path / "articles")
    write(folder, "locked.txt", "Kyiv at night", "“We hold the line,” said Ann Pike.")
    main([*argv, str(folder), "--index-dir", str(tmp_path / "index")])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "locked.txt" in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("warreader: skipped ")
    assert lines[0].endswith("locked.txt: permission denied"), err
