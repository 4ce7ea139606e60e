"""The BBC gold sets annotated blind, one per round (``tests/fixtures/devset/bbc-dev2.jsonl``
and after), and their ``bench/score_quotes.py`` flags.

Each set was annotated blind and scored once before any rule looked at it, then became
development data: its gold must be valid, share no article with any other set, cover every
quotation mark of its articles, and its flag must score it alone (line by line allowed,
unlike ``--heldout``). One table, one row per set.
"""

from __future__ import annotations

import json

import pytest

from tests.devset_support import DEVSET, needs_corpus, score_quotes, validate_module

# (flag, file, articles, an article of the set, an article of another set)
SETS = [
    ("dev2", "bbc-dev2.jsonl", 24, "bbc/business/178.txt", "bbc/tech/371.txt"),
    ("dev3", "bbc-dev3.jsonl", 16, "bbc/tech/371.txt", "bbc/business/041.txt"),
    ("dev4", "bbc-dev4.jsonl", 20, "bbc/tech/313.txt", "bbc/tech/371.txt"),
    ("dev5", "bbc-dev5.jsonl", 20, "bbc/tech/384.txt", "bbc/tech/313.txt"),
    ("dev6", "bbc-dev6.jsonl", 30, "bbc/business/279.txt", "bbc/business/157.txt"),
    ("dev7", "bbc-dev7.jsonl", 30, "bbc/sport/137.txt", "bbc/business/279.txt"),
    ("dev8", "bbc-dev8.jsonl", 30, "bbc/business/446.txt", "bbc/sport/137.txt"),
    ("dev9", "bbc-dev9.jsonl", 30, "bbc/sport/231.txt", "bbc/business/446.txt"),
    ("dev10", "bbc-dev10.jsonl", 30, "bbc/sport/406.txt", "bbc/sport/231.txt"),
    ("dev11", "bbc-dev11.jsonl", 11, "bbc/sport/357.txt", "bbc/sport/406.txt"),
    ("dev12", "bbc-dev12.jsonl", 30, "bbc/sport/366.txt", "bbc/sport/357.txt"),
    ("dev13", "bbc-dev13.jsonl", 30, "bbc/sport/048.txt", "bbc/sport/366.txt"),
    ("dev14", "bbc-dev14.jsonl", 30, "bbc/sport/115.txt", "bbc/sport/048.txt"),
    ("dev15", "bbc-dev15.jsonl", 30, "bbc/tech/337.txt", "bbc/sport/115.txt"),
]
IDS = [row[0] for row in SETS]


def _records(name: str) -> list[dict]:
    return validate_module().load_records(name)


@needs_corpus
@pytest.mark.parametrize(("flag", "name", "n_articles", "own", "other"), SETS, ids=IDS)
def test_gold_validates_and_shares_no_article_with_another_set(flag, name, n_articles, own,
                                                               other):
    validate = validate_module()
    records = _records(name)
    texts: dict[str, str] = {}
    assert validate.check(name, records, texts) == []
    assert validate.uncovered_marks(name, records, texts) == []
    articles = {r["article"] for r in records}
    assert len(articles) == n_articles and own in articles and other not in articles
    assert all(a.startswith("bbc/") for a in articles)
    assert {r["kind"] for r in records} == {"quote", "term"}
    others = {r["article"] for other_name in (*validate.FILES, *validate.HELDOUT,
                                              *(row[1] for row in SETS if row[1] != name))
              for r in validate.load_records(other_name)}
    assert not articles & others


@needs_corpus
def test_validate_script_counts_each_set_apart(capsys):
    assert validate_module().main() == 0
    out = capsys.readouterr().out
    for flag, name, n_articles, _, _ in SETS:
        assert f"{name} ({flag}): {n_articles} articles" in out
    assert "total: 50 articles" in out


@needs_corpus
def test_validator_reports_a_quotation_mark_left_out():
    validate = validate_module()
    records = _records("bbc-dev2.jsonl")
    texts: dict[str, str] = {}
    validate.check("bbc-dev2.jsonl", records, texts)
    dropped = [r for r in records if r is not records[0]]
    errors = validate.uncovered_marks("x.jsonl", dropped, texts)
    assert errors and all(records[0]["article"] in e for e in errors)


@pytest.mark.parametrize(("flag", "name", "n_articles", "own", "other"), SETS, ids=IDS)
def test_scorer_reads_the_set_alone_and_lists_its_misses(flag, name, n_articles, own, other,
                                                         tmp_path, capsys):
    n_quotes = sum(1 for r in _records(name) if r["kind"] == "quote")
    key = name.removesuffix(".jsonl")
    assert score_quotes.main([f"--{flag}", "--json", "--pred", str(DEVSET / name)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {key, "errors"}
    assert out[key]["articles"] == n_articles
    assert out[key]["quotes"]["gold"] == n_quotes
    assert out[key]["speaker"]["correct"] == n_quotes  # the gold scored against itself
    empty = tmp_path / "pred.jsonl"
    empty.write_text("")
    assert score_quotes.main([f"--{flag}", "--verbose", "--pred", str(empty)]) == 0
    shown = capsys.readouterr().out
    assert f"MISSED quotes ({n_quotes})" in shown
    assert own in shown and other not in shown  # its own set only


@pytest.mark.parametrize(("flag", "second"), [
    (flag, second) for flag in IDS for second in ("heldout", "dev2", "dev5") if flag != second
])
def test_scorer_takes_one_set_flag_at_a_time(flag, second):
    with pytest.raises(SystemExit) as exc:
        score_quotes.main([f"--{flag}", f"--{second}"])
    assert exc.value.code == 2
