"""The invented war-reporting probe (``tests/fixtures/probe-war/``, gold ``probe-war.jsonl``):
short articles in the style of wire, live-blog, newspaper and state-media coverage of the
Russia-Ukraine war, one construction family each, written for the fifteenth round and
scored by ``bench/score_quotes.py --probewar``. Its articles and gold are what
``build_probe.py`` makes of ``source.txt``, the gold is valid and covers every quotation
mark, and the engine keeps its score."""

from __future__ import annotations

from tests.devset_support import REPO, score_quotes, validate_module
from tests.probe_support import built_from_source

PROBE = REPO / "tests" / "fixtures" / "probe-war"
FLOOR = 192  # of 207 matched (blind: 175; 186 at round 17's start; 197, then 192)


def test_the_articles_and_gold_are_built_from_the_source():
    blocks, gold = built_from_source(PROBE, "probe-war.jsonl")
    assert blocks >= 120 and len(gold) >= 200
    assert score_quotes.load_gold(score_quotes.PROBE_WAR) == gold


def test_the_gold_validates_and_covers_every_mark():
    validate = validate_module()
    records = score_quotes.load_gold(score_quotes.PROBE_WAR)
    texts: dict[str, str] = {}
    assert validate.check("probe-war.jsonl", records, texts) == []
    assert validate.uncovered_marks("probe-war.jsonl", records, texts) == []


def test_the_engine_keeps_its_score_on_the_probe():
    gold = score_quotes.load_gold(score_quotes.PROBE_WAR)
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    assert errors == []
    result = score_quotes.score(gold, predicted)
    assert result["quotes"]["f1"] >= 0.99
    # quotations with the right speaker: the probe's figure after each fifteenth-round rule
    assert result["speaker"]["correct"] >= FLOOR
