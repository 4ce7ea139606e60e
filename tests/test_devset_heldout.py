"""The held-out BBC gold (``tests/fixtures/devset/bbc-heldout.jsonl``) and its scorer option.

The held-out set is annotated blind and never used to tune rules, so these tests assert no
engine figure on it: they check that the gold is valid, kept apart from the dev set, and
that ``bench/score_quotes.py --heldout`` reads it alone and never prints it line by line.
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


def _heldout() -> list[dict]:
    return validate_module().load_records("bbc-heldout.jsonl")


@needs_corpus
def test_heldout_gold_validates():
    validate = validate_module()
    records = _heldout()
    assert validate.check("bbc-heldout.jsonl", records, {}) == []
    articles = {r["article"] for r in records}
    assert len(articles) == 30
    assert all(a.startswith("bbc/") for a in articles)
    dev = {r["article"] for name in validate.FILES for r in validate.load_records(name)}
    assert not articles & dev


@needs_corpus
def test_validator_rejects_a_shifted_or_overlapping_record():
    validate = validate_module()
    first = _heldout()[0]
    shifted = dict(first, start=first["start"] + 1)
    errors = validate.check("x.jsonl", [shifted], {})
    assert any("text mismatch" in e for e in errors)
    inner = dict(first, start=first["start"] + 1, text=first["text"][1:])
    errors = validate.check("x.jsonl", [first, inner], {})
    assert any("overlapping" in e for e in errors)


def test_validate_script_checks_the_heldout_file(capsys):
    if not CORPORA.exists():
        pytest.skip("the BBC corpus is not beside the repo")
    assert validate_module().main() == 0
    out = capsys.readouterr().out
    assert "bbc-heldout.jsonl (held out): 30 articles" in out
    assert "total: 50 articles" in out  # the dev set's total leaves the held-out set out


def _run_scorer(args: list[str], capsys) -> dict:
    assert score_quotes.main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_scorer_heldout_reads_the_heldout_gold_alone(capsys):
    gold_path = DEVSET / "bbc-heldout.jsonl"
    n_quotes = sum(1 for r in _heldout() if r["kind"] == "quote")
    out = _run_scorer(["--heldout", "--json", "--pred", str(gold_path)], capsys)
    assert set(out) == {"bbc-heldout", "errors"}
    res = out["bbc-heldout"]
    assert res["articles"] == 30
    assert res["quotes"]["gold"] == n_quotes
    assert res["quotes"]["matched"] == n_quotes  # the gold scored against itself
    assert res["speaker"]["correct"] == n_quotes
    assert not {"misses", "false_positives", "wrong_speakers"} & set(res)


def test_scorer_heldout_table_has_one_row(tmp_path, capsys):
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    assert score_quotes.main(["--heldout", "--pred", str(empty)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["set", "bbc-heldout"]
    assert lines[1].split()[1:4] == ["30", str(sum(r["kind"] == "quote" for r in _heldout())), "0"]


def test_scorer_refuses_verbose_with_heldout(capsys):
    with pytest.raises(SystemExit) as exc:
        score_quotes.main(["--heldout", "--verbose"])
    assert exc.value.code == 2
    assert "--verbose cannot be used with --heldout" in capsys.readouterr().err


def test_default_run_leaves_the_heldout_set_out(tmp_path, capsys):
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    out = _run_scorer(["--json", "--pred", str(empty)], capsys)
    assert set(out) == {"seeds", "bbc", "all", "errors"}
    heldout_articles = {r["article"] for r in _heldout()}
    dev_gold = score_quotes.load_gold("seeds") + score_quotes.load_gold("bbc")
    assert out["all"]["articles"] == len({r["article"] for r in dev_gold})
    assert not heldout_articles & {r["article"] for r in dev_gold}
