"""Accuracy floors on the hand-annotated dev set (seeds + 45 BBC articles).

The figures are printed by ``python bench/score_quotes.py``; these floors sit a little
under the current ones so that a regression in the engine fails the suite.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "tests" / "fixtures" / "devset"
CORPORA = REPO.parent / "shared" / "corpora"
sys.path.insert(0, str(REPO / "bench"))
from score_quotes import article_path, score  # noqa: E402


def _gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (DEVSET / f"{name}.jsonl").read_text().splitlines()]


def _predict(gold: list[dict]) -> list[dict]:
    records = []
    for rel in sorted({g["article"] for g in gold}):
        records += [q.to_record(rel) for q in extract_quotes(read_article(article_path(rel)))]
    return records


def test_seeds_floor():
    gold = _gold("seeds")
    figures = score(gold, _predict(gold))
    assert figures["quotes"]["f1"] >= 0.96
    assert figures["speaker"]["accuracy"] >= 0.97


@pytest.mark.skipif(not CORPORA.exists(), reason="the BBC corpus is not beside the repo")
def test_bbc_floor():
    gold = _gold("bbc")
    figures = score(gold, _predict(gold))
    assert figures["quotes"]["f1"] >= 0.965
    assert figures["speaker"]["accuracy"] >= 0.96
