"""The file check of a reopen with the real walk: one ``scandir`` walk lists the files
and takes their sizes and mtimes, compared with the stored manifest as two dictionaries
(issue 15: reopen of a large unchanged corpus)."""

from __future__ import annotations

import os
from pathlib import Path

from warreader.index.articles.loader import article_file_names, article_file_stats
from warreader.index.corpus import Corpus
from warreader.index.search.manifest import Changes, Manifest, compare, stat_files

from tests.search_support import (
    ALIASES,
    fake_parse,
    parse_under_utf8_name,
    small_corpus,
    write,
)


def _open(folder: Path, index_dir: Path, parse=fake_parse) -> Corpus:
    """A corpus over ``folder`` listed by the real walk (no ``lister`` given)."""
    return Corpus.open([folder], index_dir, ALIASES, parse=parse)


def _built(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    corpus = _open(folder, tmp_path / "index")
    assert corpus.refresh().files_read == 3
    return folder, corpus


def test_the_walk_stats_what_it_lists_and_nothing_else(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    (folder / "deep" / ".hidden").mkdir(parents=True)
    write(folder / "deep", "d.txt", "Deep", "Text.")
    write(folder / "deep" / ".hidden", "h.txt", "Hidden", "Text.")
    write(folder, "README.md", "Notes", "Not an article.")
    (folder / ".e.txt").write_text("hidden file\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere", "x.txt", "Outside", "Text.")
    (folder / "linked").symlink_to(tmp_path / "elsewhere")  # a link to a folder: not entered
    (folder / "alias.txt").symlink_to(folder / "a.txt")  # a link to a file: its target's stat
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")  # listed, not stat-ed
    listed, stats = article_file_stats([folder])
    root = str(folder.resolve())
    assert listed == article_file_names([folder]) == sorted(listed)
    assert [p.removeprefix(root) for p in listed] == [
        "/a.txt", "/alias.txt", "/b.txt", "/broken.txt", "/c.txt", "/deep/d.txt"]
    assert stats == stat_files(listed)
    assert f"{root}/broken.txt" not in stats
    a = os.stat(folder / "a.txt")
    assert stats[f"{root}/alias.txt"] == (a.st_size, a.st_mtime_ns)


def test_a_file_given_by_name_and_again_in_its_folder_is_listed_once(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    listed, stats = article_file_stats([folder / "b.txt", folder, tmp_path / "gone.txt"])
    root = str(folder.resolve())
    assert listed == [f"{root}/b.txt", f"{root}/a.txt", f"{root}/c.txt",
                      str(tmp_path / "gone.txt")]
    assert sorted(stats) == [f"{root}/a.txt", f"{root}/b.txt", f"{root}/c.txt"]


def test_an_unchanged_corpus_is_checked_without_a_change_or_a_read(tmp_path):
    folder, _ = _built(tmp_path)
    again = _open(folder, tmp_path / "index")
    checked = again.check_files()
    assert not checked.changed and checked.changes.unchanged == 3
    assert checked.report.files_seen == 3 and checked.report.skipped == []
    report = again.refresh(checked=checked)
    assert (report.files_seen, report.files_read, report.files_removed) == (3, 0, 0)
    assert _open(folder, tmp_path / "index").refresh().files_read == 0


def test_a_touched_file_with_the_same_bytes_is_not_read_again(tmp_path):
    folder, corpus = _built(tmp_path)
    st = (folder / "a.txt").stat()
    os.utime(folder / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    checked = _open(folder, tmp_path / "index").check_files()
    assert not checked.changed and checked.changes.unchanged == 3
    assert corpus.refresh().files_read == 0


def test_same_size_new_bytes_are_read_and_a_gone_file_leaves(tmp_path):
    folder, corpus = _built(tmp_path)
    path = folder / "c.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Talks in Turkey", "Talks in Norway"), encoding="utf-8")
    assert path.stat().st_size == len(text.encode())
    (folder / "b.txt").unlink()
    write(folder, "d.txt", "Grain corridor", "Ships sailed from Odesa.")
    checked = _open(folder, tmp_path / "index").check_files()
    root = str(folder.resolve())
    assert checked.changes.to_read == [f"{root}/c.txt", f"{root}/d.txt"]
    assert checked.changes.removed == [f"{root}/b.txt", f"{root}/c.txt"]
    assert checked.describe() == "2 new or changed files, 1 gone"
    report = corpus.refresh(checked=checked)
    assert (report.files_read, report.files_removed) == (2, 1)
    assert sorted(s.title for s in corpus.summaries()) == [
        "Grain corridor", "Kyiv braces for invasion", "Talks in Norway"]


def test_an_unreadable_file_is_still_reported_when_nothing_changed(tmp_path):
    folder, corpus = _built(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert corpus.refresh().files_read == 1
    checked = _open(folder, tmp_path / "index").check_files()
    assert not checked.changed
    assert checked.report.skipped == [(str((folder / "empty.txt").resolve()), "empty file")]


def test_a_file_name_that_is_not_utf8_is_unchanged_on_reopen(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    odd = Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.txt"))
    write(folder, "e.txt", "Cafe", "“Coffee is ready,” said Anna Kowalska.")
    (folder / "e.txt").rename(odd)

    read = parse_under_utf8_name(tmp_path)  # the fake parser, given the bytes

    corpus = _open(folder, tmp_path / "index", parse=read)
    assert corpus.refresh().files_read == 4
    checked = _open(folder, tmp_path / "index", parse=read).check_files()
    assert not checked.changed and checked.changes.unchanged == 4


def test_compare_looks_only_where_the_two_differ():
    indexed = Manifest({"/a": (1, 10), "/b": (2, 20), "/c": (3, 30)}, {}, {})
    assert compare({"/a": (1, 10), "/b": (2, 20), "/c": (3, 30)}, indexed) == Changes([], [], 3)
    assert compare({"/a": (1, 10), "/c": (4, 30), "/d": (5, 50)}, indexed) == Changes(
        ["/c", "/d"], ["/b", "/c"], 1)
