"""An empty corpus in the CLI says where warreader looked and for which files, on stderr,
in every command that reads the corpus (ux24: `warreader index` printed "0 articles"
and `warreader quotes` nothing at all, both with status 0, for a folder of .pdf files);
stdout and the exit status of the machine formats are as before."""

from __future__ import annotations

import pytest
from warreader.tui.cli import main

LINE = ("warreader: no articles found in {} (warreader reads .txt, .md, .markdown, .html"
        " and .htm files, in folders and their subfolders)\n")


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.delenv("WARREADER_INDEX_DIR", raising=False)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command, out", [
    (("index",), "index: 0 articles, 0 quotes\n"),
    (("quotes",), ""),
    (("quotes", "--format", "csv"), "article,start,end,"),
])
def test_an_empty_folder_is_said_with_what_was_looked_for(capsys, tmp_path, command, out):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    status, printed, err = _run(capsys, *command, str(folder),
                                "--index-dir", str(tmp_path / "ix"))
    assert status == 0 and printed.startswith(out)
    assert err == LINE.format(folder)
