"""Bad input: each problem file is reported in one line and skipped; the rest loads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from warreader.index.articles import MAX_BYTES, ArticleError, load_articles, read_article
from warreader.index.paths import bundled_seeds_dir

GOOD = (
    "Talks resume in Istanbul\n\n"
    "Delegations from both countries met again on Monday, officials said in a statement.\n"
)


def _load(paths):
    skipped: list[tuple[Path, str]] = []
    articles = load_articles(paths, on_skip=lambda p, r: skipped.append((p, r)))
    return articles, skipped


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _assert_one_line(reason: str) -> None:
    assert reason and "\n" not in reason and len(reason) < 120


def test_empty_file_is_skipped(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    articles, skipped = _load([tmp_path])
    assert [Path(a.path).name for a in articles] == ["good.txt"]
    assert {p.name: r for p, r in skipped} == {"blank.txt": "empty file", "empty.txt": "empty file"}


def test_binary_file_is_skipped(tmp_path, good):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    articles, skipped = _load([tmp_path])
    assert len(articles) == 1
    (path, reason), = skipped
    assert path.name == "image.txt" and "binary" in reason
    _assert_one_line(reason)


def test_cp1252_file_decodes_without_mojibake(tmp_path):
    path = tmp_path / "legacy.txt"
    text = GOOD.replace("Monday", "Monday at the café “Europa”")
    path.write_bytes(text.encode("cp1252"))
    article = read_article(path)
    assert "at the café “Europa”" in article.body
    assert "Ã" not in article.body
    assert article.warnings == ["not valid UTF-8: line 3 decoded as cp1252"]


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(GOOD.replace("Monday", "Monday caf\xe9").encode("latin-1") + b"\x81")
    article = read_article(path)
    assert "Monday café" in article.body
    assert article.warnings == [
        "not valid UTF-8: 2 lines (first: line 3) decoded as cp1252 and latin-1"
    ]


def test_unreadable_file_is_skipped(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # running as root: simulate the permission error
        real = os.open

        def open_file(path, *args, **kwargs):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_file)
    try:
        articles, skipped = _load([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [Path(a.path).name for a in articles] == ["good.txt"]
    assert [(p.name, r) for p, r in skipped] == [("locked.txt", "permission denied")]


def test_file_over_the_size_limit_is_rejected_quickly(tmp_path, good):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse 20 MB file; never read
    assert big.stat().st_size > MAX_BYTES
    articles, skipped = _load([tmp_path])
    assert len(articles) == 1
    (path, reason), = skipped
    assert path.name == "huge.txt" and reason.startswith("file too large (20.0 MB")
    with pytest.raises(ArticleError, match="too large"):
        read_article(big)


def test_missing_path_is_reported_and_the_rest_loads(tmp_path, good):
    missing = tmp_path / "nope" / "gone.txt"
    articles, skipped = _load([missing, good])
    assert len(articles) == 1
    assert skipped == [(missing, "no such file or folder")]


def test_a_broken_link_says_so_and_names_its_target(tmp_path, good):
    """ux23: a symbolic link to a file since moved was skipped as "no such file or
    folder" beside a name the folder plainly lists; it now says it is a broken link."""
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "archive" / "moved.txt")
    articles, skipped = _load([tmp_path])
    assert len(articles) == 1
    assert skipped == [(link, f"broken link: {tmp_path / 'archive' / 'moved.txt'} "
                              "does not exist")]
    with pytest.raises(ArticleError, match="^broken link: .* does not exist$"):
        read_article(link)


def test_a_loop_of_links_is_called_a_loop_and_a_relative_target_is_shown_resolved(tmp_path):
    """revU2 finding 7: a loop of links was "broken link: loop2.txt does not exist", naming
    a file the folder lists; a relative target was shown relative to the link's folder."""
    from warreader.index.corpus import Corpus

    folder = tmp_path / "corpus"
    sub = folder / "rel"
    sub.mkdir(parents=True)
    shutil.copy(next(bundled_seeds_dir().glob("*.txt")), folder / "a.txt")
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    (sub / "gone.txt").symlink_to("missing.txt")
    corpus = Corpus.open([folder], tmp_path / "ix", {})
    try:
        skipped = [(Path(p), why) for p, why in corpus.refresh().skipped]
    finally:
        corpus.close()
    assert sorted((p.name, why) for p, why in skipped) == [
        ("gone.txt", f"broken link: {sub / 'missing.txt'} does not exist"),
        ("loop1.txt", "link loop: cannot follow loop1.txt -> loop2.txt"),
        ("loop2.txt", "link loop: cannot follow loop2.txt -> loop1.txt")]


def test_a_broken_link_in_an_indexed_folder_says_so(tmp_path):
    from warreader.index.corpus import Corpus

    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(next(bundled_seeds_dir().glob("*.txt")), folder / "a.txt")
    (folder / "b.txt").symlink_to("/nowhere/b.txt")
    corpus = Corpus.open([folder], tmp_path / "ix", {})
    try:
        report = corpus.refresh()
        assert [(Path(p).name, why) for p, why in report.skipped] == [
            ("b.txt", "broken link: /nowhere/b.txt does not exist")]
    finally:
        corpus.close()


def test_unsupported_file_named_explicitly(tmp_path, good):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    articles, skipped = _load([pdf, good])
    assert len(articles) == 1 and "unsupported file type" in skipped[0][1]
    # in a folder, files of other types are simply not articles
    in_folder, folder_skips = _load([tmp_path])
    assert len(in_folder) == 1 and folder_skips == []


def test_folder_of_ten_thousand_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_text(
            f"Headline number {n} here\n\nParagraph {n} says the talks went on for hours.\n"
        )
    progress: list[tuple[int, int]] = []
    articles = load_articles([folder], on_progress=lambda d, t: progress.append((d, t)))
    assert len(articles) == 10_000
    assert progress[-1] == (10_000, 10_000)
    assert articles[0].title == "Headline number 0 here"
    assert articles[-1].paragraphs[0].text == "Paragraph 9999 says the talks went on for hours."
    assert len({a.id for a in articles}) == 10_000


def test_seeds_and_bad_files_together(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_seeds_dir(), corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bin.md").write_bytes(b"\x00\x01\x02")
    articles, skipped = _load([corpus])
    assert len(articles) == 5 and sorted(p.name for p, _ in skipped) == ["bin.md", "empty.txt"]


def test_a_folders_readme_is_not_an_article(tmp_path):
    from warreader.index.articles import iter_article_files

    (tmp_path / "README.md").write_text("# About this corpus\n\nNotes.\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("Copyright.\n", encoding="utf-8")
    (tmp_path / "001.txt").write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    assert [p.name for p in iter_article_files([tmp_path])] == ["001.txt"]
    assert [p.name for p in iter_article_files([tmp_path / "README.md"])] == ["README.md"]
