"""The sixth BBC gold set (``tests/fixtures/devset/bbc-dev5.jsonl``) and ``--dev5``.

Annotated blind like ``bbc-dev2.jsonl`` to ``bbc-dev4.jsonl`` and scored once before any
rule looked at it: the gold must be valid, share no article with the five other sets, cover
every quotation mark of its articles, and ``bench/score_quotes.py --dev5`` must read it alone.
"""

from __future__ import annotations

import json

from tests.devset_support import DEVSET, needs_corpus, score_quotes, validate_module


def _dev5() -> list[dict]:
    return validate_module().load_records("bbc-dev5.jsonl")


@needs_corpus
def test_dev5_gold_validates_and_shares_no_article_with_the_five_other_sets(capsys):
    validate = validate_module()
    records = _dev5()
    texts: dict[str, str] = {}
    assert validate.check("bbc-dev5.jsonl", records, texts) == []
    assert validate.uncovered_marks("bbc-dev5.jsonl", records, texts) == []
    articles = {r["article"] for r in records}
    assert len(articles) == 20
    others = {r["article"]
              for name in (*validate.FILES, *validate.HELDOUT, *validate.DEV2, *validate.DEV3,
                           *validate.DEV4)
              for r in validate.load_records(name)}
    assert not articles & others
    assert validate.main() == 0
    assert "bbc-dev5.jsonl (dev5): 20 articles" in capsys.readouterr().out


def test_scorer_dev5_reads_the_dev5_gold_alone(tmp_path, capsys):
    n_quotes = sum(1 for r in _dev5() if r["kind"] == "quote")
    assert score_quotes.main(["--dev5", "--json", "--pred", str(DEVSET / "bbc-dev5.jsonl")]) == 0
    res = json.loads(capsys.readouterr().out)
    assert set(res) == {"bbc-dev5", "errors"}
    assert res["bbc-dev5"]["articles"] == 20
    assert res["bbc-dev5"]["speaker"]["correct"] == n_quotes  # the gold scored against itself
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    assert score_quotes.main(["--dev5", "--verbose", "--pred", str(empty)]) == 0
    out = capsys.readouterr().out
    assert f"MISSED quotes ({n_quotes})" in out
    assert "bbc/tech/384.txt" in out
    assert "bbc/tech/313.txt" not in out  # a dev4 article: --dev5 reads its own set only
