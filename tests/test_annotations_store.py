"""Anchors find a quote again after edits elsewhere; marks files are atomic and locked;
a damaged file is set aside, never overwritten."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from warreader.index.annotations.anchor import QuoteAnchor, locate, relative_path
from warreader.index.annotations.marks import MarkStore
from warreader.index.annotations.store import AnnotationFileDamaged
from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes

TEXT = """Talks stall over the grain deal

Officials met in Istanbul on Tuesday. "We will not sign this," the minister said.

A spokesman later added: "We will not sign this," and left the room.
"""


def _article(folder: Path, text: str = TEXT, name: str = "grain.txt"):
    path = folder / "news" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return article, extract_quotes(article)


def test_anchor_finds_the_same_occurrence_after_an_edit_above(tmp_path):
    article, quotes = _article(tmp_path)
    second = [q for q in quotes if q.text.startswith("We will not sign")][1]
    anchor = QuoteAnchor.of(article, second, [tmp_path / "news"])
    assert anchor.path == "grain.txt"
    assert "spokesman" in anchor.before
    edited = TEXT.replace("Officials met", "After a long night, officials met")
    article2, quotes2 = _article(tmp_path, edited)
    found = locate(anchor, article2, quotes2)
    assert found is not None and found.start > second.start  # moved down by the edit
    assert "spokesman" in article2.paragraphs[found.paragraph].text


def test_anchor_is_lost_when_the_words_change(tmp_path):
    article, quotes = _article(tmp_path)
    anchor = QuoteAnchor.of(article, quotes[0], [tmp_path / "news"])
    article2, quotes2 = _article(tmp_path, TEXT.replace("will not sign", "might sign"))
    assert locate(anchor, article2, quotes2) is None


def test_relative_path_survives_a_renamed_corpus_folder(tmp_path):
    a = tmp_path / "old" / "europe" / "x.txt"
    b = tmp_path / "new" / "europe" / "x.txt"
    assert relative_path(a, [tmp_path / "old"]) == relative_path(b, [tmp_path / "new"])
    assert relative_path(a, [a]) == "x.txt"


def test_marks_round_trip_and_toggle(tmp_path):
    article, quotes = _article(tmp_path)
    store = MarkStore([tmp_path / "news"], root=tmp_path / "data")
    anchor = QuoteAnchor.of(article, quotes[0], [tmp_path / "news"])
    assert store.toggle(anchor) is True
    assert store.load() == [anchor]
    assert "We will not sign this" in store.path.read_text(encoding="utf-8")
    assert (store.folder / "corpus.yaml").exists()
    assert store.toggle(anchor) is False
    assert store.load() == []
    assert not list(store.folder.glob(".*.tmp"))


def test_a_damaged_marks_file_is_set_aside_not_overwritten(tmp_path):
    store = MarkStore([tmp_path / "news"], root=tmp_path / "data")
    store.path.parent.mkdir(parents=True)
    store.path.write_text("marks: [unclosed\n", encoding="utf-8")
    with pytest.raises(AnnotationFileDamaged, match="set aside"):
        store.load()
    assert not store.path.exists()
    kept = list(store.folder.glob("marks.yaml.damaged-*"))
    assert kept and kept[0].read_text(encoding="utf-8") == "marks: [unclosed\n"


def _mark_many(args: tuple[str, str, int]) -> None:
    corpus, data, worker = args
    store = MarkStore([corpus], root=Path(data))
    for i in range(15):
        store.add(QuoteAnchor(f"w{worker}.txt", f"quote {i}"))


def test_two_processes_marking_at_once_lose_nothing(tmp_path):
    corpus, data = str(tmp_path / "news"), str(tmp_path / "data")
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_mark_many, [(corpus, data, 0), (corpus, data, 1)])
    assert len(MarkStore([corpus], root=Path(data)).load()) == 30
