"""The UK political probe (``tests/fixtures/probeuk/``, gold ``probe-uk.jsonl``): invented
articles in the style of UK parliamentary and party news (fourteenth round), scored by
``bench/score_quotes.py --probeuk``. Its files are what ``build.py`` makes of its marked-up
source, its gold is valid and covers every quotation mark, and the engine keeps its score."""

from __future__ import annotations

import importlib.util

from tests.devset_support import DEVSET, REPO, score_quotes, validate_module

PROBE = REPO / "tests" / "fixtures" / "probeuk"
FLOOR = 313  # of 322 matched (at b2c18ff: 299; see the README's fourteenth-round bullet)


def _build_module():
    spec = importlib.util.spec_from_file_location("probe_build", PROBE / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_files_are_what_the_marked_up_source_builds():
    texts, records = _build_module().build()
    assert len(texts) >= 50 and len(records) >= 180
    for file, text in texts.items():
        assert (PROBE / file).read_text(encoding="utf-8") == text
    assert score_quotes.load_gold("probe-uk") == records
    assert sorted(p.name for p in PROBE.glob("*.txt")) == sorted(texts)


def test_the_gold_validates_and_covers_every_mark():
    validate = validate_module()
    records = score_quotes.load_gold("probe-uk")
    texts: dict[str, str] = {}
    assert validate.check("probe-uk.jsonl", records, texts) == []
    assert validate.uncovered_marks("probe-uk.jsonl", records, texts) == []
    assert (DEVSET / "probe-uk.jsonl").exists()


def test_the_engine_keeps_its_score_on_the_probe():
    gold = score_quotes.load_gold("probe-uk")
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    result = score_quotes.score(gold, predicted)
    assert errors == []
    assert result["quotes"]["f1"] >= 0.99
    # quotations with the right speaker: the probe's figure after each fourteenth-round rule
    assert result["speaker"]["correct"] >= FLOOR
