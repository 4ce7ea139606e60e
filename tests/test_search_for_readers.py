"""What the reader shows of a search: phrase marks, counts, fragments, pages, errors.

Issue 11 (items 3, 4, 7, 8, 10) on the bundled seeds with the real reader and index.
"""

from __future__ import annotations

import pytest
from warreader.index.corpus import Corpus
from warreader.index.paths import bundled_seeds_dir
from warreader.index.search.highlight import term_spans
from warreader.index.search.query import QueryBuilder, QueryError


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    corpus = Corpus.open([bundled_seeds_dir()], tmp_path_factory.mktemp("ix"), {})
    corpus.refresh()
    yield corpus
    corpus.close()


def test_a_phrase_marks_the_phrase_not_its_words_elsewhere():
    text = "A false attack, then a false flag, then a flag."
    spans = term_spans(text, set(), [("fals", "flag")])
    assert [text[s:e] for s, e in spans] == ["false flag"]
    spans = term_spans(text, {"attack"}, [("fals", "flag")])
    assert [text[s:e] for s, e in spans] == ["attack", "false flag"]


def test_article_counts_keep_quotes_and_terms_apart(seeds):
    by_name = {s.path.rsplit("/", 1)[-1][:3]: s for s in seeds.summaries()}
    article, quotes = seeds.load(by_name["001"].id)
    assert by_name["001"].quote_count == sum(q.kind == "quote" for q in quotes) == 15
    assert by_name["001"].term_count == sum(q.kind == "term" for q in quotes) == 3
    named = sum(s.quote_count for s in seeds.speakers())
    assert named == sum(s.quote_count for s in seeds.summaries())  # every seed quote is named


def test_fragments_come_from_the_article_not_its_header_lines(seeds):
    hits = [h for h in seeds.search("allies", kind="article").hits if "000_" in h.path]
    assert hits and hits[0].fragment is not None
    text = hits[0].fragment.text
    assert "March 31, 2023" not in text and "Minnesota" not in text
    assert "allies" in text.lower()


def test_speaker_aliases_are_names_not_pronouns(seeds):
    aliases = {s.name: s.aliases for s in seeds.speakers()}
    assert "Peskov" in aliases["Dmitry Peskov"]
    assert not {"he", "He", "she", "She"} & {a for names in aliases.values() for a in names}


def test_pages_follow_on_and_typing_can_count_every_match(seeds):
    first = seeds.search("russia", limit=5, as_you_type=True)
    assert first.total == 5  # while typing, counting is left out by default
    counted = seeds.search("russia", limit=5, as_you_type=True, count=True)
    assert counted.total > 5
    second = seeds.search("russia", limit=5, start=5, as_you_type=True)
    keys = lambda r: [(h.article_id, h.kind, h.quote_span) for h in r.hits]  # noqa: E731
    assert len(second.hits) == 5 and not set(keys(first)) & set(keys(second))
    assert second.hits[0].fragment is not None  # a later page is highlighted too


def test_a_typing_error_quotes_what_was_typed():
    builder = QueryBuilder()
    with pytest.raises(QueryError) as error:
        builder.build_typing("date:notadate", None, as_you_type=True)
    assert "'notadate'" in str(error.value) and "*" not in str(error.value)
    # a complete value is no error just because typing goes on
    assert builder.build_typing("russia date:2022", None, as_you_type=True)[0] is not None
