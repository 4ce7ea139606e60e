"""The CLI's tables name each article file by its path under the corpus folder, as
`warreader quotes` does: the BBC corpus has a 152.txt in every folder, and a bare
"152.txt" in `search` or `speakers` did not say which one."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui.cli import main
from warreader.tui.file_labels import folder_labels


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # no name folded by the table
    root = tmp_path / "corpus"
    for folder, speaker in (("east", "Oleh Synehubov"), ("west", "Maksym Kozytskyi")):
        (root / folder).mkdir(parents=True)
        (root / folder / "001.txt").write_text(
            f"Power returns\n\nBy Ann Example for Test Wire\n\nMonday, March 7, 2022\n\n"
            f"“The lights are back on in every district,” regional governor {speaker} "
            "said on Monday.\n", encoding="utf-8")
    return root


def _run(capsys, *argv: str) -> str:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_search_names_each_hit_by_its_folder(capsys, corpus, tmp_path):
    out = _run(capsys, "search", "lights", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert "east/001.txt" in out and "west/001.txt" in out


def test_speakers_names_each_article_by_its_folder(capsys, corpus):
    out = _run(capsys, "speakers", str(corpus))
    east = next(line for line in out.splitlines() if "Synehubov" in line)
    west = next(line for line in out.splitlines() if "Kozytskyi" in line)
    assert "east/001.txt" in east and "west/001.txt" in west


def test_a_file_given_alone_is_named_by_its_file_name(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    paths = [str(folder / "sub" / "a.txt"), str(tmp_path / "b.txt")]
    assert folder_labels(paths, [folder, tmp_path / "b.txt"]) == {
        paths[0]: "sub/a.txt", paths[1]: "b.txt"}


def test_quotes_names_each_article_by_its_folder_even_when_one_folder_speaks(capsys, corpus):
    # the quotes table named files relative to the folder the quoted ones shared, a
    # fourth policy: with quotes in east/ only, "001.txt"; now as search and articles do
    (corpus / "west" / "001.txt").write_text("Quiet\n\nNothing was said.\n", encoding="utf-8")
    out = _run(capsys, "quotes", str(corpus), "--format", "table")
    assert "east/001.txt" in out


def test_folders_given_apart_with_the_same_names_are_named_under_the_folder_they_share(
    capsys, corpus
):
    out = _run(capsys, "quotes", str(corpus / "east"), str(corpus / "west"), "--format", "table")
    east = next(line for line in out.splitlines() if "Synehubov" in line)
    assert "east/001.txt" in east and "west/001.txt" in out


def test_files_given_alone_with_one_name_are_told_apart_by_their_folders(tmp_path):
    paths = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), str(tmp_path / "y.txt")]
    assert folder_labels(paths, paths) == {
        paths[0]: "a/x.txt", paths[1]: "b/x.txt", paths[2]: "y.txt"}
