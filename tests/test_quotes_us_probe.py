"""The invented US political probe (tests/fixtures/probe-us: 161 short articles of
campaign and Washington reporting, written for the probe, one construction family each)
stays in step with its source and keeps its score (``bench/score_quotes.py --probeus``)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROBE = REPO / "tests" / "fixtures" / "probe-us"
sys.path.insert(0, str(REPO / "bench"))
import score_quotes  # noqa: E402

from tests.probe_support import built_from_source  # noqa: E402


def test_the_articles_and_gold_are_built_from_the_source():
    _, gold = built_from_source(PROBE, "probe-us.jsonl")
    for record in gold:
        text = (REPO / record["article"]).read_text("utf-8")
        assert text[record["start"] : record["end"]] == record["text"]


def test_the_probe_keeps_its_score():
    gold = score_quotes.load_gold(score_quotes.PROBE_US)
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    assert errors == []
    result = score_quotes.score(gold, predicted)
    assert result["quotes"]["f1"] >= 0.99
    # 170 of 196 matched quotes at the fourteenth round (163 before its two rules)
    assert result["speaker"]["accuracy"] >= 0.867
