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


@pytest.mark.parametrize("command", [("search", "russia"), ("provenance",)])
def test_search_and_provenance_of_an_empty_folder_say_so_not_no_hits(capsys, tmp_path,
                                                                      command):
    """ux25: `warreader search russia EMPTY` said "no hits for 'russia'" and `warreader
    provenance EMPTY` "no quote appears in 2 or more articles", both with status 0, as
    if the articles had been searched; the table forms fail as quotes, speakers and
    articles do."""
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    status, printed, err = _run(capsys, *command[:1], *command[1:], str(folder),
                                "--index-dir", str(tmp_path / "ix"))
    assert (status, printed, err) == (2, "", LINE.format(folder))


@pytest.mark.parametrize("command, key", [(("search", "russia"), '"hits": []'),
                                          (("provenance",), '"groups": []')])
def test_their_json_stays_empty_and_says_where_on_stderr(capsys, tmp_path, command, key):
    folder = tmp_path / "empty"
    folder.mkdir()
    status, printed, err = _run(capsys, *command, str(folder), "--json",
                                "--index-dir", str(tmp_path / "ix"))
    assert status == 0 and key in printed and err == LINE.format(folder)


def test_a_corpus_with_articles_but_no_hit_still_says_no_hits(capsys, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks resume\n\nThe ministers met on Monday.\n")
    status, printed, err = _run(capsys, "search", "zeppelin", str(folder),
                                "--index-dir", str(tmp_path / "ix"))
    assert status == 0 and "no hits for 'zeppelin'" in printed and err == ""


@pytest.mark.parametrize("command", [("articles",), ("speakers",)])
def test_every_json_of_an_empty_folder_is_empty_with_the_line_and_status_0(capsys, tmp_path,
                                                                          command):
    """revU3 #6: `articles --json` exited 2 and `speakers --json` said nothing on stderr,
    where `search`, `provenance` and `quotes` print the empty output, the line on
    stderr and exit 0: every machine format now does the same (the README's rule)."""
    folder = tmp_path / "empty"
    folder.mkdir()
    status, printed, err = _run(capsys, *command, str(folder), "--json")
    assert (status, printed.strip(), err) == (0, "[]", LINE.format(folder))
