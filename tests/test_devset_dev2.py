"""The third BBC gold set (``tests/fixtures/devset/bbc-dev2.jsonl``) and ``--dev2``.

The set was annotated blind and scored once before any rule looked at it; these tests check
that the gold is valid, shares no article with the other sets, covers every quotation mark of
its articles, and that ``bench/score_quotes.py --dev2`` reads it alone (and, unlike
``--heldout``, may print it line by line).
"""

from __future__ import annotations

import json

import pytest

from tests.devset_support import (
    CORPORA,
    DEVSET,
    needs_corpus,
    score_quotes,
    validate_module,
)


def _dev2() -> list[dict]:
    return validate_module().load_records("bbc-dev2.jsonl")


@needs_corpus
def test_dev2_gold_validates_and_is_apart_from_the_other_sets():
    validate = validate_module()
    records = _dev2()
    texts: dict[str, str] = {}
    assert validate.check("bbc-dev2.jsonl", records, texts) == []
    assert validate.uncovered_marks("bbc-dev2.jsonl", records, texts) == []
    articles = {r["article"] for r in records}
    assert len(articles) == 24
    assert all(a.startswith("bbc/") for a in articles)
    others = {r["article"] for name in (*validate.FILES, *validate.HELDOUT)
              for r in validate.load_records(name)}
    assert not articles & others
    kinds = {r["kind"] for r in records}
    assert kinds == {"quote", "term"}


@needs_corpus
def test_validator_reports_a_quotation_mark_left_out():
    validate = validate_module()
    records = _dev2()
    texts: dict[str, str] = {}
    validate.check("bbc-dev2.jsonl", records, texts)
    dropped = [r for r in records if r is not records[0]]
    errors = validate.uncovered_marks("x.jsonl", dropped, texts)
    assert errors and all(records[0]["article"] in e for e in errors)


def test_validate_script_counts_dev2_apart(capsys):
    if not CORPORA.exists():
        pytest.skip("the BBC corpus is not beside the repo")
    assert validate_module().main() == 0
    out = capsys.readouterr().out
    assert "bbc-dev2.jsonl (dev2): 24 articles" in out
    assert "total: 50 articles" in out


def test_scorer_dev2_reads_the_dev2_gold_alone(capsys):
    gold_path = DEVSET / "bbc-dev2.jsonl"
    n_quotes = sum(1 for r in _dev2() if r["kind"] == "quote")
    assert score_quotes.main(["--dev2", "--json", "--pred", str(gold_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"bbc-dev2", "errors"}
    res = out["bbc-dev2"]
    assert res["articles"] == 24
    assert res["quotes"]["gold"] == n_quotes
    assert res["speaker"]["correct"] == n_quotes  # the gold scored against itself


def test_scorer_dev2_verbose_lists_its_misses(tmp_path, capsys):
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    assert score_quotes.main(["--dev2", "--verbose", "--pred", str(empty)]) == 0
    out = capsys.readouterr().out
    n_quotes = sum(1 for r in _dev2() if r["kind"] == "quote")
    assert f"MISSED quotes ({n_quotes})" in out
    assert "bbc/business/178.txt" in out


def test_scorer_refuses_dev2_with_heldout(capsys):
    with pytest.raises(SystemExit) as exc:
        score_quotes.main(["--dev2", "--heldout"])
    assert exc.value.code == 2
