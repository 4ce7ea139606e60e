"""bench/polnear_folds.py: the folds split train whole, and a fold is scored by the corpus's
scorer on that fold's own lines (synthetic articles, never PolNeAR text)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import polnear_folds  # noqa: E402

SCORER = REPO.parent / "shared" / "tools" / "attribution_eval.py"


def test_folds_partition_the_articles_the_same_way_every_time() -> None:
    names = [f"a{i:03}.txt" for i in range(95)]
    folds = polnear_folds.make_folds(names, 10, seed=10)
    assert len(folds) == 10
    assert set().union(*folds) == set(names)
    assert sum(len(f) for f in folds) == 95
    assert {len(f) for f in folds} == {9, 10}
    assert folds == polnear_folds.make_folds(list(reversed(names)), 10, seed=10)
    assert folds != polnear_folds.make_folds(names, 10, seed=11)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repo")
def test_a_fold_is_scored_on_its_own_lines_only(tmp_path: Path) -> None:
    train = tmp_path / "train"
    train.mkdir()
    text = 'The mayor spoke on Monday.\n\n"We will rebuild the bridge," Jane Doe said.\n'
    start = text.index("We will")
    end = text.index(',"') + 1
    for name in ("one.txt", "two.txt"):
        (train / name).write_text(text, encoding="utf-8")

    def line(article: str, speaker: str | None) -> dict:
        return {"article": article, "start": start, "end": end, "text": text[start:end],
                "kind": "quote", "speaker": speaker, "speaker_resolved": speaker is not None}

    gold = [line("one.txt", "Jane Doe"), line("two.txt", "Jane Doe")]
    # Right in the fold's article, wrong in the other one: the fold must not see the other.
    pred = [line(str(train / "one.txt"), "Jane Doe"), line(str(train / "two.txt"), "The mayor")]
    work = tmp_path / "fold0"
    right = polnear_folds.score_fold({"one.txt"}, gold, pred, train, SCORER, work)
    assert right == (1.0, 1.0, 1.0)
    wrong = polnear_folds.score_fold({"two.txt"}, gold, pred, train, SCORER, tmp_path / "fold1")
    assert wrong[0] == 1.0 and wrong[2] == 0.0
    fold_lines = work.with_suffix(".pred").read_text().splitlines()
    assert [json.loads(x)["speaker"] for x in fold_lines] == ["Jane Doe"]


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repo")
def test_by_kind_reads_named_and_coreference_lines_apart(tmp_path: Path) -> None:
    train = tmp_path / "train"
    train.mkdir()
    text = ('"The bridge opens in May," Jane Doe said.\n\n'
            '"We are ahead of schedule," she added.\n')
    spans = [(text.index("The bridge"), text.index(',"') + 1),
             (text.index("We are"), text.rindex(',"') + 1)]
    (train / "one.txt").write_text(text, encoding="utf-8")

    def line(article: str, k: int, speaker: str, how: str | None = None) -> dict:
        start, end = spans[k]
        rec = {"article": article, "start": start, "end": end, "text": text[start:end],
               "kind": "quote", "speaker": speaker, "speaker_resolved": True}
        return rec | ({"resolution": how} if how else {})

    gold = [line("one.txt", 0, "Jane Doe", "name"), line("one.txt", 1, "Jane Doe", "coref")]
    # The named line right, the pronoun's line given to someone else.
    pred = [line(str(train / "one.txt"), 0, "Jane Doe"),
            line(str(train / "one.txt"), 1, "John Roe")]
    named, coref, unresolved = polnear_folds.score_fold(
        {"one.txt"}, gold, pred, train, SCORER, tmp_path / "fold0", polnear_folds._KIND_PATTERNS)
    assert (named, coref) == (1.0, 0.0)
    assert math.isnan(unresolved)  # no unresolved line in this fold
