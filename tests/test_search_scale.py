"""What keeps a keystroke's search small at 100,000 articles (issue 15), checked for the
hits it gives: a stemmed partial word, date filters, kind-only queries, mapped segments."""

from __future__ import annotations

import pytest
from warreader.index.search import store
from warreader.index.search.query import QueryBuilder
from whoosh.filedb.compound import CompoundStorage

from tests.search_support import open_corpus, small_corpus, write


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    folder = small_corpus(root / "articles")
    for n in range(3):
        write(folder, f"music{n}.txt", f"Music charts {n}", "Music sales rose; music fans cheered.",
              date=f"2021-0{n + 1}-10")
    write(folder, "mutual.txt", "Mutual funds", "Mutual funds fell in value.", date="2021-05-01")
    c = open_corpus(folder, root / "index")
    c.refresh()
    yield c
    c.close()


def titles(results):
    return sorted({h.title for h in results.hits})


def test_a_stemmed_partial_word_means_the_words_starting_with_what_was_typed(corpus):
    # The stemmer turns "mus" into "mu"; as a prefix that also meant "mutual" (and, in a
    # large index, hundreds of words: 0.6 s a keystroke at 1,808 articles).
    assert titles(corpus.search("mus", as_you_type=True)) == [
        "Music charts 0", "Music charts 1", "Music charts 2"]
    assert titles(corpus.search("mut", as_you_type=True)) == ["Mutual funds"]


def test_dates_filter_articles_and_quotes_as_typed_and_submitted(corpus):
    for as_you_type in (False, True):
        assert titles(corpus.search("date:2022 kind:article", as_you_type=as_you_type)) == [
            "Kyiv braces for invasion", "Moscow denies plans"]
        # a month or a day is a date, not the year without the words "02" or "24"
        assert titles(corpus.search("date:2022-02", as_you_type=as_you_type)) == [
            "Kyiv braces for invasion"]
        assert titles(corpus.search("date:2022-01-15", as_you_type=as_you_type)) == [
            "Moscow denies plans"]
        assert titles(corpus.search("music date:2021-02", as_you_type=as_you_type)) == [
            "Music charts 1"]
        assert titles(corpus.search("date:[2021-02-01 to 2021-05-31] kind:article",
                                    as_you_type=as_you_type)) == [
            "Music charts 1", "Music charts 2", "Mutual funds"]
        assert corpus.search("date:2019", as_you_type=as_you_type).hits == []
    assert [h.kind for h in corpus.search("speaker:zelensky date:2023").hits] == ["quote"]
    # under NOT or OR a date is left to Whoosh, and still means the same
    assert titles(corpus.search("music NOT date:2021-01")) == ["Music charts 1", "Music charts 2"]
    assert titles(corpus.search("date:2023 OR mutual")) == ["Mutual funds", "Talks in Turkey"]
    full = corpus.search("date:2021", limit=50)
    typed = corpus.search("date:2021", limit=50, as_you_type=True, count=True)
    assert full.total == typed.total == 4


def test_a_query_of_kinds_alone_lists_its_first_hits_and_counts_all(corpus):
    typed = corpus.search("kind:quote", limit=2, as_you_type=True)
    assert [h.kind for h in typed.hits] == ["quote", "quote"]
    counted = corpus.search("kind:quote", limit=2, as_you_type=True, count=True)
    assert counted.total == corpus.search("kind:quote", limit=50).total == 3
    assert [h.quote_text for h in counted.hits] == [h.quote_text for h in typed.hits]


def test_a_hyphen_inside_a_word_is_not_a_minus():
    q = QueryBuilder().parser.parse("date:2022-02")
    assert type(q).__name__ == "NumericRange"
    assert "Not" in repr(QueryBuilder().parser.parse("nato -moscow"))


def test_segment_parts_read_from_the_map_are_the_bytes_on_disk(corpus):
    live = store.live_dir(corpus.index_dir)
    segments = sorted(live.glob("*.seg"))
    assert segments
    raw = segments[0].read_bytes()
    compound = CompoundStorage(store.storage(live).open_file(segments[0].name), use_mmap=False)
    try:
        for name in compound.list():
            offset, length = compound.range(name)
            part = compound.open_file(name)
            assert part.read() == raw[offset:offset + length]
            part.seek(0)
            assert part.get(0, min(8, length)) == raw[offset:offset + min(8, length)]
            part.close()
    finally:
        compound.close()
