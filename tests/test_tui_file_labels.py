"""How the reader names article files (``tui/file_labels.py``): the name alone, the path
under the corpus folder where names repeat, the whole path where even that repeats;
the stored list's paths are read once (issue 15: 100,000 paths read twice from SQLite
cost more than the file check itself)."""

from __future__ import annotations

from warreader.tui.file_labels import FileLabels, distinct_labels

PATHS = ["/news/bbc/business/001.txt", "/news/bbc/sport/001.txt", "/news/bbc/sport/002.txt",
         "/news/other/sport/001.txt", "/extra/sport/001.txt", "/news/bbc/tech/unique.txt"]
ROOTS = ["/news/bbc", "/news/other", "/extra"]
EXPECTED = {
    "/news/bbc/business/001.txt": "business/001.txt",
    "/news/bbc/sport/001.txt": "/news/bbc/sport/001.txt",  # "sport/001.txt" three times
    "/news/bbc/sport/002.txt": "002.txt",
    "/news/other/sport/001.txt": "/news/other/sport/001.txt",
    "/extra/sport/001.txt": "/extra/sport/001.txt",
    "/news/bbc/tech/unique.txt": "unique.txt",
}


def test_labels_are_names_then_paths_under_the_corpus_then_whole_paths():
    assert distinct_labels(PATHS, ROOTS) == EXPECTED


def test_the_stored_lists_labels_read_its_paths_once_and_answer_the_same():
    reads: list[int] = []

    def paths():
        reads.append(1)
        yield from PATHS

    labels = FileLabels(paths, ROOTS)
    assert len(reads) == 1
    assert {p: labels.get(p) for p in PATHS} == EXPECTED


def test_the_longest_root_holding_a_path_names_it():
    paths = ["/news/a/x.txt", "/news/b/x.txt"]
    labels = FileLabels(lambda: iter(paths), ["/news", "/news/a"])
    assert [labels.get(p) for p in paths] == ["x.txt", "b/x.txt"]
