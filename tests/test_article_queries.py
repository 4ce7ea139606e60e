"""Filtering and sorting the article list as queries on the stored data
(index/search/article_filter.py, index/search/article_view.py), on the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.corpus import Corpus
from warreader.index.paths import bundled_seeds_dir
from warreader.index.search import article_view
from warreader.index.search.article_filter import (
    SORTS,
    ArticleFilter,
    FilterError,
    parse_filter,
    sorted_summaries,
)
from warreader.index.search.article_view import ArticleView, MemoryView

from tests.tui_support import ALIASES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    index_dir = tmp_path_factory.mktemp("filter") / "ix"
    corpus = Corpus.open([bundled_seeds_dir()], index_dir, ALIASES)
    corpus.refresh()
    yield corpus
    corpus.close()


def _files(view) -> list[str]:
    """The seed numbers (000..004) of the listed articles, in order."""
    return [Path(s.path).name[:3] for s in view]


def _where(corpus: Corpus, text: str, sort: str = "date") -> list[str]:
    return _files(corpus.article_view(parse_filter(text), sort))


def test_the_filter_line_is_read_into_fields():
    filt = parse_filter('outlet:stars speaker:"Dmitry Peskov" date:2022-02..2023 oil "false flag"')
    assert filt.outlet == ("stars",) and filt.speaker == ("Dmitry Peskov",)
    assert (filt.date_from, filt.date_to) == ("2022-02", "2023")
    assert filt.words == ("oil", "false flag")
    assert filt.chips() == ["outlet:stars", 'speaker:"Dmitry Peskov"', "date:2022-02..2023",
                            '"oil"', '"false flag"']
    assert parse_filter("date:2022").chips() == ["date:2022"]
    assert not parse_filter("  speaker: ")  # a field still being typed is no filter yet
    assert parse_filter("FOLDER:politics").folder == ("politics",)
    typing = parse_filter("date:2022-")  # a date still being typed
    assert (typing.date_from, typing.date_to) == ("2022", "2022")
    assert parse_filter("date:2022..").chips() == ["date:2022.."]


def test_a_filter_line_that_cannot_be_read_says_why():
    with pytest.raises(FilterError, match="unknown filter 'colour:'"):
        parse_filter("colour:red")
    with pytest.raises(FilterError, match="bad date '2022-1'"):
        parse_filter("date:2022-1")
    with pytest.raises(FilterError, match="bad date"):
        parse_filter("date:..")


def test_an_impossible_date_is_refused_as_the_search_bar_refuses_it():
    from warreader.index.search.query import QueryBuilder, QueryError

    for value, reason in (("2023-13", "there is no month 13"),
                          ("2023-00", "there is no month 0"),
                          ("2023-02-29", "February 2023 has 28 days"),
                          ("2022-01..2023-04-31", "April 2023 has 30 days"),
                          ("0000", "there is no year 0")):
        bad = value.rpartition("..")[2]
        with pytest.raises(FilterError) as filtered:
            parse_filter(f"date:{value}")
        assert str(filtered.value) == f"bad date '{bad}': {reason}"
        with pytest.raises(QueryError) as searched:
            QueryBuilder().build(f"date:{bad}")
        assert str(searched.value) == str(filtered.value)  # the same words in both bars
    assert parse_filter("date:2024-02-29").date_from == "2024-02-29"  # a leap day


def test_each_field_filters_by_the_stored_data(corpus):
    assert _where(corpus, "") == ["000", "004", "001", "002", "003"]
    assert _where(corpus, "outlet:stars") == ["003"]
    assert _where(corpus, "author:BLACKWATER") == ["000"]
    assert _where(corpus, "date:2023") == ["000", "004"]
    assert _where(corpus, "date:2023-02..2023-12") == ["000"]
    assert _where(corpus, "date:..2023-01") == ["004"]
    assert _where(corpus, "date:2023-01-05") == ["004"]
    assert _where(corpus, "ukraine") == ["000", "004", "001"]
    assert _where(corpus, '"false flag"') == ["002"]  # 000 has "False-Flag"
    assert _where(corpus, "folder:seeds") == ["000", "004", "001", "002", "003"]
    assert _where(corpus, "folder:see") == ["000", "004", "001", "002", "003"]  # its start
    assert _where(corpus, "folder:politics") == []
    assert _where(corpus, "100%") == []  # % and _ are literal, not wildcards
    assert _where(corpus, "a_e") == []


def test_articles_quoting_a_speaker(corpus):
    quoting = {Path(a.path).name[:3] for a, _ in corpus.quotes_by("Dmitry Peskov")}
    assert quoting and len(quoting) < 5
    assert set(_where(corpus, "speaker:peskov")) == quoting
    assert set(_where(corpus, 'speaker:"dmitry peskov"')) == quoting
    assert _where(corpus, "speaker:nobody-by-that-name") == []
    # any spelling the aliases know: Zelensky is Volodymyr Zelenskyy
    zelenskyy = {Path(a.path).name[:3] for a, _ in corpus.quotes_by("Volodymyr Zelenskyy")}
    assert zelenskyy and set(_where(corpus, "speaker:zelenskyy")) == zelenskyy


def test_filters_combine(corpus):
    assert _where(corpus, "date:2023 ukraine") == ["000", "004"]
    assert _where(corpus, "date:2023 outlet:bulletin") == ["000"]
    assert _where(corpus, "outlet:stars date:2023") == []
    assert _where(corpus, "ukraine invasion") == ["000"]


def test_the_four_orders(corpus):
    assert _where(corpus, "", "date") == ["000", "004", "001", "002", "003"]
    assert _where(corpus, "", "quotes") == ["003", "000", "001", "002", "004"]
    assert _where(corpus, "", "outlet") == ["000", "003", "004", "001", "002"]
    assert _where(corpus, "", "title") == ["000", "001", "003", "002", "004"]
    assert _where(corpus, "ukraine", "quotes") == ["000", "001", "004"]


def test_a_list_not_stored_yet_is_sorted_the_same_way(corpus):
    summaries = corpus.summaries()
    for sort in SORTS:
        assert _files(sorted_summaries(summaries, sort)) == _where(corpus, "", sort)
        assert _files(MemoryView(summaries, sort)) == _where(corpus, "", sort)


def test_the_view_reads_a_page_at_a_time(corpus, monkeypatch):
    monkeypatch.setattr(article_view, "PAGE", 2)
    monkeypatch.setattr(article_view, "PAGES_KEPT", 2)
    view = corpus.article_view(ArticleFilter(), "quotes")
    assert isinstance(view, ArticleView) and view.keys.typecode == "q"
    assert (len(view), view.total, view.quotes) == (5, 5, sum(s.quote_count for s in view))
    expected = [s.id for s in sorted_summaries(corpus.summaries(), "quotes")]
    assert [view[i].id for i in range(5)] == expected
    assert len(view._pages) == 2  # pages 1 and 2 of three kept, page 0 dropped
    assert [view[i].id for i in range(-1, -6, -1)] == expected[::-1]
    assert view.index_of(expected[3]) == 3 and view.index_of("nope") is None
    filtered = view.again(parse_filter("date:2023"))
    assert (len(filtered), filtered.total, filtered.sort) == (2, 5, "quotes")
    assert filtered.index_of(expected[0]) is None  # 003 has no date
    assert len(list(filtered.every())) == 5  # every article, filtered out or not
    assert {s.id for s in filtered.summaries_of([expected[0], "nope"])} == {expected[0]}
