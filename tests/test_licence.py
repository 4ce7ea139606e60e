"""PolNeAR is for evaluation only: no repository file holds a run of eight words of its
articles (bench/polnear_overlap.py; the tests use invented sentences of the same shape)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import polnear_overlap  # noqa: E402


def test_runs_are_lower_cased_words_with_straight_apostrophes():
    assert polnear_overlap.runs("The Mayor’s plan, she said.", 3) == {
        "the mayor's plan", "mayor's plan she", "plan she said"}


def test_a_file_sharing_a_run_is_found(tmp_path):
    corpus = tmp_path / "polnear-dev" / "train"
    corpus.mkdir(parents=True)
    # written backwards so that no file of the repository holds the article's words
    article = "yrotisoper eht ni si elcitra citehtnys siht ni gnihtoN"[::-1]
    (corpus / "a.txt").write_text(article, encoding="utf-8")
    assert polnear_overlap.overlaps(8, tmp_path / "polnear-dev") == {}
    # a run of this file's own docstring, written backwards here so only the docstring has it
    line = "yrotisoper on :ylno noitaulave rof si RAeNloP"[::-1]
    (corpus / "b.txt").write_text(f"Once {line} file holds a run of eight words.", encoding="utf-8")
    found = polnear_overlap.overlaps(8, tmp_path / "polnear-dev")
    assert "tests/test_licence.py" in found


@pytest.mark.skipif(not polnear_overlap.corpus_root().exists(), reason="no PolNeAR beside the repo")
def test_no_repository_file_copies_eight_words_of_polnear():
    assert polnear_overlap.overlaps(8) == {}
