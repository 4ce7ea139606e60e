"""A keystroke's first step within a CPU budget (issue 15): true hits fast, marked
provisional when something was left out, the full ranking from the plain search; the
CLI never gives a first step."""

from __future__ import annotations

import json

from warreader.index.corpus import Corpus
from warreader.index.search import step_budget
from warreader.index.search.step_budget import StepBudget
from warreader.tui.cli import main

from tests import test_tui_search_count as counted
from tests.tui_support import ALIASES

built = counted.built  # 60 articles (the seeds twelve times), indexed once

QUERIES = ["Russia", "Russia sa", '"false flag"', "said the", "Zelensky ta", "kind:quote wa"]


def fresh(built) -> Corpus:
    folder, index_dir = built
    return Corpus.open([folder], index_dir, ALIASES)


def answer(r) -> tuple:
    return (r.error, r.total, r.exact, [(h.article_id, h.quote_span, h.score, h.fragment)
                                        for h in r.hits])


def plain(built, query: str):
    c = fresh(built)
    try:
        return c.search(query, limit=50, as_you_type=True)
    finally:
        c.close()


def test_a_first_step_within_its_budget_is_the_plain_answer(built):
    c = fresh(built)
    try:
        for query in QUERIES:
            got = c.search(query, limit=50, as_you_type=True, first_step=60.0)
            assert not got.provisional
            assert answer(got) == answer(plain(built, query)), query
    finally:
        c.close()


def test_a_spent_budget_leaves_out_filters_and_the_final_search_is_whole(built):
    """A budget spent before a partial word's filter is read: the first step is marked
    provisional with no count claimed, and the part of the filter it read is neither
    kept nor stored, so the plain search after it gives the whole answer."""
    c = fresh(built)
    try:
        first = c.search("Russia sa", limit=50, as_you_type=True, first_step=0.0)
        assert first.provisional and not first.exact
        assert first.total == len(first.hits)  # what was found, never a count
        final = c.search("Russia sa", limit=50, as_you_type=True)
        assert not final.provisional
        whole = plain(built, "Russia sa")
        assert len(whole.hits) > 0
        assert answer(final) == answer(whole)
    finally:
        c.close()
    c = fresh(built)  # nor stored on disk for the next process
    try:
        assert answer(c.search("Russia sa", limit=50, as_you_type=True)) == answer(whole)
    finally:
        c.close()


def test_first_step_hits_are_true_hits_with_their_scores(built, monkeypatch):
    """Budget spent after three hits' fragments (the search itself never stopped): the
    ranking is whole, the hits past the third have no fragment, so the page is
    provisional; each hit is the plain search's, in its order, with its score; the
    second step (the plain search) goes on from there and gives the plain answer."""
    looks = []

    def over(self):
        looks.append(1)
        return len(looks) > 3

    monkeypatch.setattr(StepBudget, "over", over)
    monkeypatch.setattr(StepBudget, "filters_over", lambda self: False)
    monkeypatch.setattr(StepBudget, "stop", lambda self: False)
    c = fresh(built)
    try:
        for query in ["Russia", "said the", '"false flag"']:
            looks.clear()
            first = c.search(query, limit=50, as_you_type=True, first_step=0.03)
            whole = plain(built, query)
            assert first.provisional and not first.exact, query
            assert [h.fragment for h in first.hits[:3]] == [h.fragment for h in whole.hits[:3]]
            assert all(h.fragment is None for h in first.hits[3:])
            assert any(h.fragment is not None for h in whole.hits[3:20])
            assert [(h.article_id, h.quote_span, h.score) for h in first.hits] == \
                [(h.article_id, h.quote_span, h.score) for h in whole.hits][:len(first.hits)]
            assert first.total == len(first.hits)
            assert answer(c.search(query, limit=50, as_you_type=True)) == answer(whole)
    finally:
        c.close()


def test_a_search_stopped_by_its_budget_gives_only_true_matches(built, monkeypatch):
    """Whoosh's search stopped at its first look at the budget: the documents ranked so
    far (none or some), never a wrong one, marked provisional."""
    checks = []

    def stop(self):
        checks.append(1)
        return True

    monkeypatch.setattr(StepBudget, "stop", stop)
    c = fresh(built)
    try:
        first = c.search("Russia", limit=50, as_you_type=True, first_step=60.0)
        assert checks and first.provisional and not first.exact
        every = {(h.article_id, h.quote_span): h.score
                 for h in c.search("Russia", limit=1000).hits}
        assert all(every.get((h.article_id, h.quote_span)) == h.score for h in first.hits)
    finally:
        c.close()


def test_the_cli_never_gives_a_first_step(built, capsys, monkeypatch, tmp_path):
    """Every budget spent at once: the CLI's search is still the whole answer."""
    monkeypatch.setattr(StepBudget, "over", lambda self: True)
    monkeypatch.setattr(StepBudget, "filters_over", lambda self: True)
    monkeypatch.setattr(StepBudget, "stop", lambda self: True)
    monkeypatch.setattr(step_budget, "FIRST_STEP", 0.0)
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    folder, _ = built
    status = main(["search", "Russia", str(folder), "--index-dir", str(tmp_path / "ix"),
                   "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    data = json.loads(out)
    assert "provisional" not in data or not data["provisional"]
    assert len(data["hits"]) > 10 and data["total"] >= len(data["hits"])
