"""The fourth BBC gold set (``tests/fixtures/devset/bbc-dev3.jsonl``) and ``--dev3``.

Annotated blind like ``bbc-dev2.jsonl`` and scored once before any rule looked at it: the gold
must be valid, share no article with the three other sets, cover every quotation mark of its
articles, and ``bench/score_quotes.py --dev3`` must read it alone (line by line allowed).
"""

from __future__ import annotations

import json

import pytest

from tests.devset_support import DEVSET, needs_corpus, score_quotes, validate_module


def _dev3() -> list[dict]:
    return validate_module().load_records("bbc-dev3.jsonl")


@needs_corpus
def test_dev3_gold_validates_and_is_apart_from_the_other_sets():
    validate = validate_module()
    records = _dev3()
    texts: dict[str, str] = {}
    assert validate.check("bbc-dev3.jsonl", records, texts) == []
    assert validate.uncovered_marks("bbc-dev3.jsonl", records, texts) == []
    articles = {r["article"] for r in records}
    assert len(articles) == 16
    assert all(a.startswith("bbc/") for a in articles)
    others = {r["article"] for name in (*validate.FILES, *validate.HELDOUT, *validate.DEV2)
              for r in validate.load_records(name)}
    assert not articles & others
    assert {r["kind"] for r in records} == {"quote", "term"}


@needs_corpus
def test_validate_script_counts_dev3_apart(capsys):
    assert validate_module().main() == 0
    out = capsys.readouterr().out
    assert "bbc-dev3.jsonl (dev3): 16 articles" in out
    assert "total: 50 articles" in out


def test_scorer_dev3_reads_the_dev3_gold_alone(capsys):
    n_quotes = sum(1 for r in _dev3() if r["kind"] == "quote")
    gold_path = DEVSET / "bbc-dev3.jsonl"
    assert score_quotes.main(["--dev3", "--json", "--pred", str(gold_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"bbc-dev3", "errors"}
    res = out["bbc-dev3"]
    assert res["articles"] == 16
    assert res["quotes"]["gold"] == n_quotes
    assert res["speaker"]["correct"] == n_quotes  # the gold scored against itself


def test_scorer_dev3_verbose_lists_its_misses(tmp_path, capsys):
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    assert score_quotes.main(["--dev3", "--verbose", "--pred", str(empty)]) == 0
    out = capsys.readouterr().out
    n_quotes = sum(1 for r in _dev3() if r["kind"] == "quote")
    assert f"MISSED quotes ({n_quotes})" in out
    assert "bbc/tech/371.txt" in out
    assert "bbc/business/041.txt" not in out  # a dev2 article: --dev3 reads its own set only


@pytest.mark.parametrize("pair", [["--dev3", "--dev2"], ["--dev3", "--heldout"]])
def test_scorer_takes_one_set_flag_at_a_time(pair):
    with pytest.raises(SystemExit) as exc:
        score_quotes.main(pair)
    assert exc.value.code == 2
