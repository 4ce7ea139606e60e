"""Every match of a word's query ranked at once (index/search/whole_rank.py): the same
(score, document) list, float for float and in the same order, as Whoosh's collector
with its pruning off, and None (Whoosh ranks) for what it does not evaluate."""

from __future__ import annotations

import pytest
from warreader.index.search import searching, whole_rank
from warreader.index.search.first_page import same_ranking
from warreader.index.search.query import QueryBuilder
from whoosh.query import Or

from tests.search_support import open_corpus, small_corpus, write

TYPED = ["music ", "mus", "musi", "said ", "sai", "sales ", "cha", "fan", "music sales ",
         "lavrov ", "lav", "story ", '"music ', "prices ", "wee", "the"]


@pytest.fixture
def corpus(tmp_path):
    folder = small_corpus(tmp_path / "articles")
    for n in range(12):  # repeated words: ties, lengths that differ, several segments
        write(folder, f"music{n}.txt", f"Music story {n % 4}",
              f"Music {'music ' * (n % 3)}sales rose {'weekly ' * (n % 5)}; fans cheered.",
              "Charts change weekly." if n % 2 else "Prices fell.",
              f"“Music could help {n % 2},” said Sergei Lavrov.", date=f"2021-0{n % 4 + 1}-11")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a skipped file: masked
    c = open_corpus(folder, tmp_path / "index")
    c.refresh()
    write(folder, "late.txt", "Music late", "Music sales fell again, said the fans.")
    c.refresh()  # a second segment
    yield c
    c.close()


def _whoosh(searcher, q, n):
    with pytest.MonkeyPatch.context() as m:
        m.setattr(searching, "rank_whole", lambda *a, **k: None)
        return searching.rank_every(searcher, q, n, seconds=60.0)


@pytest.mark.parametrize("n", [3, 1000])
def test_the_same_scores_and_order_as_whoosh(corpus, n, monkeypatch):
    # A segment of over 5,000 documents (every one at 100,000 articles) matches an OR of
    # words with a tree of unions; a small one preloads arrays (left to Whoosh, below).
    monkeypatch.setattr(Or, "matcher_type", Or.DEFAULT_MATCHER)
    searcher = corpus._current_searcher()
    reader = searcher.reader()
    assert len(reader.leaf_readers()) > 1
    builder = QueryBuilder()
    evaluated = 0
    for text in TYPED:
        q = same_ranking(builder.build_typing(text, reader, as_you_type=True)[0], reader)
        expected = _whoosh(searcher, q, n)
        leaves = whole_rank.Leaves()
        for _ in range(2):  # the second time from the kept terms' scores
            got = whole_rank.rank_whole(searcher, q, n, leaves=leaves,
                                        masked=set(searcher.docs_for_query(
                                            builder.parser.parse("kind:skipped"))))
            if got is not None:
                assert got == expected, text
        evaluated += got is not None
        assert searching.rank_every(searcher, q, n) == expected
    assert evaluated >= len(TYPED) - 2  # a phrase ("music sales" is not one) aside


@pytest.mark.parametrize("text", ['"music sales"', "music "])
def test_a_phrase_and_a_small_segments_arrays_are_left_to_whoosh(corpus, text):
    searcher = corpus._current_searcher()
    reader = searcher.reader()
    q = QueryBuilder().build_typing(text, reader, as_you_type=True)[0]
    assert whole_rank.rank_whole(searcher, q, 10) is None
    assert searching.rank_every(searcher, q, 10) == _whoosh(searcher, q, 10)


def test_cancelled_while_reading_a_term(corpus, monkeypatch):
    monkeypatch.setattr(Or, "matcher_type", Or.DEFAULT_MATCHER)
    monkeypatch.setattr(whole_rank, "_CHECK_EVERY", 1)
    searcher = corpus._current_searcher()
    reader = searcher.reader()
    q = QueryBuilder().build_typing("music ", reader, as_you_type=True)[0]
    with pytest.raises(whole_rank.Cancelled):
        whole_rank.rank_whole(searcher, q, 10, cancelled=lambda: True)


def test_leaves_keep_a_bounded_number_of_documents(monkeypatch):
    monkeypatch.setattr(whole_rank, "LEAF_ENTRIES", 5)
    leaves = whole_rank.Leaves()
    leaves.keep("a", {1: 1.0, 2: 1.0})
    leaves.keep("b", {1: 1.0, 2: 1.0, 3: 1.0})
    assert list(leaves) == ["a", "b"]
    leaves.keep("c", {1: 1.0})
    assert list(leaves) == ["b", "c"] and leaves.entries == 4


def test_the_best_n_are_kept_as_they_come_not_after_a_list_of_every_match(corpus, monkeypatch):
    """At 100,000 articles a common word matches ~300,000 documents of a segment: a list
    of them all, (score, document) tuples, was ~30 MB on top of their scores."""
    monkeypatch.setattr(Or, "matcher_type", Or.DEFAULT_MATCHER)
    searcher = corpus._current_searcher()
    reader = searcher.reader()
    q = same_ranking(QueryBuilder().build_typing("music ", reader, as_you_type=True)[0], reader)
    given: list[object] = []
    real = whole_rank.heapq.nlargest
    monkeypatch.setattr(whole_rank.heapq, "nlargest",
                        lambda n, items: given.append(items) or real(n, items))
    got = whole_rank.rank_whole(searcher, q, 2)
    assert got is not None and len(got) == 2 and got == _whoosh(searcher, q, 2)
    assert given and not any(isinstance(items, (list, tuple)) for items in given)


def test_a_union_adds_into_its_own_scores_and_copies_only_kept_ones(corpus, monkeypatch):
    """A union's larger side, when it was made for this query (not a term's scores kept
    in ``leaves``), takes the other's scores in place: one dictionary of ~300,000
    documents fewer at a time for a common word at 100,000 articles; kept ones stay as
    they were (the second ranking from them is the same)."""
    monkeypatch.setattr(Or, "matcher_type", Or.DEFAULT_MATCHER)
    searcher = corpus._current_searcher()
    reader = searcher.reader()
    q = same_ranking(QueryBuilder().build_typing("mus", reader, as_you_type=True)[0], reader)
    copies: list[int] = []
    real_dict = dict
    monkeypatch.setattr(whole_rank, "dict", lambda d: copies.append(len(d)) or real_dict(d),
                        raising=False)
    expected = _whoosh(searcher, q, 1000)
    assert whole_rank.rank_whole(searcher, q, 1000) == expected
    assert copies == []  # nothing kept: every union added in place
    leaves = whole_rank.Leaves()
    assert whole_rank.rank_whole(searcher, q, 1000, leaves=leaves) == expected
    assert copies and len(leaves) >= 2  # the kept terms' scores copied, not changed...
    assert whole_rank.rank_whole(searcher, q, 1000, leaves=leaves) == expected  # ...as shown
