"""A keystroke's search in two steps (issue 15): the first page uncounted, then a count
made a slice at a time that gives Whoosh's own count and stops when asked to."""

from __future__ import annotations

import pytest
from warreader.index.search import counting

from tests.search_support import many_articles, open_corpus, write

QUERIES = [
    "shelling",  # a word in every article
    "shel",  # a partial word (a filter of its expansions)
    "bulletin 1",  # words ANDed, the last one complete
    "kind:quote shelters",  # quotes only
    "kind:quote kovalenko she",  # quotes, with a partial word as a filter
    "date:2021 shelling",  # a date filter
    "date:2021-03",  # dates alone
    "sector OR bulletin",
    '"stay in shelters"',
    "shelling NOT dated",
    "speaker:kovalenko",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("count")
    folder = many_articles(root / "articles", 130)
    for n in range(48):
        write(folder, f"dated{n}.txt", f"Dated report {n}", f"Shelling again in sector {n}.",
              date=f"2021-{n % 4 + 1:02d}-0{n % 9 + 1}")
    (folder / "empty.txt").write_text("")  # a skipped file: a placeholder document
    c = open_corpus(folder, root / "index")
    c.refresh()
    yield c
    c.close()


def counted(corpus, query: str, step: int = 7, **kw) -> int:
    counter = corpus.counter(query, **kw)
    assert counter is not None
    while True:
        done = counter.step(step) if step else corpus.count_step(counter)
        if done:
            return counter.total


@pytest.mark.parametrize("query", QUERIES)
def test_a_first_page_says_it_is_uncounted_and_the_count_is_whooshs(corpus, query):
    typed = corpus.search(query, limit=5, as_you_type=True)
    full = corpus.search(query, limit=5, as_you_type=True, count=True)
    assert full.exact and full.total > 5  # every query matches more than a page
    assert not typed.exact and typed.total == 5  # "5+": never more than was seen
    assert [h.article_id for h in typed.hits] == [h.article_id for h in full.hits]
    assert counted(corpus, query, as_you_type=True) == full.total
    # as submitted (the last word whole), and through the corpus's own slices
    assert counted(corpus, query, step=0) == corpus.search(query, limit=5).total


def test_a_page_smaller_than_the_limit_is_counted_already(corpus):
    results = corpus.search("bulletin 129", limit=50, as_you_type=True)
    assert results.exact and results.total == len(results.hits) > 0


def test_counts_of_kinds_and_of_nothing(corpus):
    assert counted(corpus, "stay", kind="quote") == corpus.search("stay", kind="quote").total
    assert counted(corpus, "zzzz", as_you_type=True) == 0
    assert corpus.counter("   ") is None
    assert corpus.counter('speaker:"unbalanced') is None  # the search reports the error


def test_a_count_stops_between_slices_and_a_finished_count_is_kept(corpus, monkeypatch):
    monkeypatch.setattr(counting, "STEP", 10)
    counter = corpus.counter("shelling sector")
    assert counter.step(10) is False and counter.total <= 10  # a slice, not the lot
    steps = 1
    while not corpus.count_step(counter):
        steps += 1
    assert counter.total == corpus.search("shelling sector").total == 178 and steps > 10
    again = corpus.counter("shelling sector")  # kept while the index is unchanged
    assert again.done and again.total == 178


def test_a_word_typed_whole_finds_what_its_stem_finds(corpus):
    # "stay" is indexed as "stai": no indexed word starts with "stay", yet while typing
    # it must find what the submitted word finds (it found nothing after "kind:quote").
    typed = corpus.search("kind:quote stay", limit=5, as_you_type=True, count=True)
    whole = corpus.search("kind:quote stay", limit=5)
    assert typed.total == whole.total == 130
    assert counted(corpus, "kind:quote stay", as_you_type=True) == 130


def test_a_count_made_before_the_index_changed_is_void(corpus, tmp_path):
    counter = corpus.counter("sector", as_you_type=True)
    write(corpus.paths[0], "late.txt", "Late bulletin", "Shelling in sector 99.")
    corpus.refresh()
    assert corpus.count_step(counter) is None
    assert counted(corpus, "sector", as_you_type=True) == corpus.search(
        "sector", as_you_type=True, count=True).total
