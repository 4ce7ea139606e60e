"""The invented US political probe (tests/fixtures/probe-us: 161 short articles of
campaign and Washington reporting, written for the probe, one construction family each)
stays in step with its source and keeps its score (``bench/score_quotes.py --probeus``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROBE = REPO / "tests" / "fixtures" / "probe-us"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(PROBE))
import build_probe as probe_build  # noqa: E402
import score_quotes  # noqa: E402


def test_the_articles_and_gold_are_built_from_the_source():
    blocks = probe_build.blocks((PROBE / "source.txt").read_text("utf-8"))
    names = [f"{i:03d}-{family}.txt" for i, (family, _) in enumerate(blocks, 1)]
    assert sorted(p.name for p in (PROBE / "articles").glob("*.txt")) == names
    spans = 0
    for name, (_, marked) in zip(names, blocks, strict=True):
        text, found = probe_build.unmark(marked)
        assert (PROBE / "articles" / name).read_text("utf-8") == text
        spans += len(found)
    gold = [json.loads(line) for line in (PROBE / "probe-us.jsonl").open(encoding="utf-8")]
    assert len(gold) == spans
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
