"""The second invented US political-reporting probe (``tests/fixtures/probe-us2/``, gold
``probe-us2.jsonl``): twelve articles of six to ten paragraphs in the house styles of seven
publishers' 2016 campaign coverage ("said Mr. Trump", a wire dateline, anonymous aides and
officials, a cable interview, a partisan rally report, a Sunday show's question and answer,
a debate, tweets and statements, surrogates, a campaign in turmoil, the primary's end),
written for the nineteenth round with the gold marked by hand before the engine ran on them,
and scored by ``bench/score_quotes.py --probeus2``. Its articles and gold are what
``build_probe.py`` makes of ``source.txt``, the gold is valid and covers every quotation
mark, and the engine keeps its score."""

from __future__ import annotations

from tests.devset_support import REPO, score_quotes, validate_module
from tests.probe_support import built_from_source

PROBE = REPO / "tests" / "fixtures" / "probe-us2"
FLOOR = 90  # of 90 matched (blind, before any rule of the round looked at it: 88)


def test_the_articles_and_gold_are_built_from_the_source():
    blocks, gold = built_from_source(PROBE, "probe-us2.jsonl")
    assert blocks >= 12 and len(gold) >= 60
    assert score_quotes.load_gold(score_quotes.PROBE_US2) == gold


def test_the_gold_validates_and_covers_every_mark():
    validate = validate_module()
    records = score_quotes.load_gold(score_quotes.PROBE_US2)
    texts: dict[str, str] = {}
    assert validate.check("probe-us2.jsonl", records, texts) == []
    assert validate.uncovered_marks("probe-us2.jsonl", records, texts) == []


def test_the_engine_keeps_its_score_on_the_probe():
    gold = score_quotes.load_gold(score_quotes.PROBE_US2)
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    assert errors == []
    result = score_quotes.score(gold, predicted)
    assert result["quotes"]["f1"] >= 0.99
    assert result["speaker"]["correct"] >= FLOOR
