"""The second invented UK political-reporting probe (``tests/fixtures/probe-uk2/``, gold
``probe-uk2.jsonl``): twelve articles of six to twelve paragraphs in the manner of BBC News
politics pages of 2004-05 (a conference speech, prime minister's questions, the Today programme,
a Downing Street spokesman, an interview, two people of one surname, a by-election, a speech
over three paragraphs, a committee's report, an unnamed MP, the Lords, a joint press conference),
written for the nineteenth round with the gold marked by hand before the engine ran on them,
and scored by ``bench/score_quotes.py --probeuk2``. Its articles and gold are what
``build_probe.py`` makes of ``source.txt``, the gold is valid and covers every quotation
mark, and the engine keeps its score."""

from __future__ import annotations

from tests.devset_support import REPO, score_quotes, validate_module
from tests.probe_support import built_from_source

PROBE = REPO / "tests" / "fixtures" / "probe-uk2"
FLOOR = 68  # of 70 matched (blind, before any rule of the round looked at it: 68)


def test_the_articles_and_gold_are_built_from_the_source():
    blocks, gold = built_from_source(PROBE, "probe-uk2.jsonl")
    assert blocks >= 12 and len(gold) >= 60
    assert score_quotes.load_gold(score_quotes.PROBE_UK2) == gold


def test_the_gold_validates_and_covers_every_mark():
    validate = validate_module()
    records = score_quotes.load_gold(score_quotes.PROBE_UK2)
    texts: dict[str, str] = {}
    assert validate.check("probe-uk2.jsonl", records, texts) == []
    assert validate.uncovered_marks("probe-uk2.jsonl", records, texts) == []


def test_the_engine_keeps_its_score_on_the_probe():
    gold = score_quotes.load_gold(score_quotes.PROBE_UK2)
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    assert errors == []
    result = score_quotes.score(gold, predicted)
    assert result["quotes"]["f1"] >= 0.99
    assert result["speaker"]["correct"] >= FLOOR
