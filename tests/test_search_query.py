"""Query features end to end on a small corpus (fake parser, real Whoosh index)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.search.query import QueryBuilder, QueryError, check

from tests.search_support import open_corpus, small_corpus, write


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("query")
    folder = small_corpus(root / "articles")
    c = open_corpus(folder, root / "index")
    c.refresh()
    yield c
    c.close()


def titles(results):
    return sorted({h.title for h in results.hits})


def test_words_are_anded(corpus):
    assert titles(corpus.search("false flag")) == ["Kyiv braces for invasion", "Talks in Turkey"]
    assert titles(corpus.search("false flag nato")) == ["Talks in Turkey"]


def test_phrase_matches_across_hyphen_and_highlights(corpus):
    res = corpus.search('"false flag"', kind="article")
    assert titles(res) == ["Kyiv braces for invasion", "Talks in Turkey"]
    for hit in res.hits:
        # one mark for the phrase, not one per word (issue 11, item 3)
        words = [hit.fragment.text[s:e].lower() for s, e in hit.fragment.highlights]
        assert [w.replace("-", " ") for w in words] == ["false flag"]
        raw = Path(hit.path).read_text(encoding="utf-8")
        assert [raw[s:e].lower().replace("-", " ") for s, e in hit.spans] == ["false flag"]
    assert titles(corpus.search('"flag false"')) == []


def test_speaker_field_folds_and_uses_aliases(corpus):
    for query in ("speaker:zelenskyy", "speaker:Zelensky", "speaker:ZELENSKIY",
                  'speaker:"Volodymyr Zelenskyy"'):
        res = corpus.search(query)
        assert {h.speaker for h in res.hits} == {"Volodymyr Zelenskyy"}, query
        assert len(res.hits) == 2, query
    res = corpus.search("speaker:sergey")  # written "Sergei Lavrov"; alias and key forms
    assert [h.quote_text for h in res.hits] == ["There is no plan to invade"]


def test_quote_hits_carry_text_speaker_and_span(corpus):
    hit = corpus.search("invade", kind="quote").hits[0]
    assert hit.kind == "quote" and hit.speaker == "Sergey Lavrov"
    raw = Path(hit.path).read_text(encoding="utf-8")
    assert raw[hit.quote_span[0]:hit.quote_span[1]] == hit.quote_text
    assert [raw[s:e] for s, e in hit.spans] == ["invade"]
    assert hit.fragment.text == hit.quote_text


def test_title_kind_author_outlet(corpus):
    assert titles(corpus.search("title:turkey")) == ["Talks in Turkey"]
    assert {h.kind for h in corpus.search("kind:quote").hits} == {"quote"}
    assert len(corpus.search("kind:quote").hits) == 3
    assert titles(corpus.search("author:kowalska kind:article")) == ["Kyiv braces for invasion"]
    assert titles(corpus.search('outlet:"daily planet" kind:article')) == ["Moscow denies plans"]


def test_dates_years_and_ranges(corpus):
    assert titles(corpus.search("date:2022 kind:article")) == [
        "Kyiv braces for invasion", "Moscow denies plans"]
    assert titles(corpus.search("date:[2022-02-01 to 2022-03-01]")) == [
        "Kyiv braces for invasion"]
    assert titles(corpus.search("date:2023-03")) == ["Talks in Turkey"]
    # Filters apply to quotes too.
    assert [h.kind for h in corpus.search("speaker:zelensky date:2023").hits] == ["quote"]


def test_or_not_parentheses(corpus):
    assert titles(corpus.search("turkey OR moscow kind:article")) == [
        "Moscow denies plans", "Talks in Turkey"]
    assert titles(corpus.search("flag NOT nato")) == ["Kyiv braces for invasion"]
    assert titles(corpus.search("(turkey OR moscow) AND peace")) == ["Talks in Turkey"]


def test_a_date_right_before_a_closing_bracket(corpus):
    """``(x OR date:2023-03)``: the bracket closes the group, it is no part of the date."""
    assert titles(corpus.search("(moscow OR date:2023-03) kind:article")) == [
        "Moscow denies plans", "Talks in Turkey"]
    assert titles(corpus.search("(date:2023-03)")) == titles(corpus.search("date:2023-03"))


def test_fuzzy(corpus):
    assert titles(corpus.search("diplomatz~ kind:article")) == ["Moscow denies plans"]
    assert titles(corpus.search("diplomatz kind:article")) == []


def test_title_weighs_more_than_body(tmp_path):
    folder = tmp_path / "w"
    folder.mkdir()
    write(folder, "1.txt", "Grain deal collapses", "Ports are closed.")
    write(folder, "2.txt", "Ports reopen", "The grain deal was mentioned once here.")
    c = open_corpus(folder, tmp_path / "ix")
    c.refresh()
    assert [h.title for h in c.search("grain").hits] == ["Grain deal collapses", "Ports reopen"]


def test_prefix_rules_for_search_as_you_type(corpus):
    # 3 characters expand to a prefix...
    assert titles(corpus.search("dip", as_you_type=True)) == ["Moscow denies plans"]
    # ...and the stemmed term of the full word is found from the partial word.
    assert titles(corpus.search("invasio", as_you_type=True)) == ["Kyiv braces for invasion"]
    # 2 characters never expand; the fragment is left out instead.
    assert corpus.search("di", as_you_type=True).hits == []
    assert titles(corpus.search("nato di", as_you_type=True)) == ["Talks in Turkey"]
    assert titles(corpus.search("speaker:zel", as_you_type=True)) == [
        "Kyiv braces for invasion", "Talks in Turkey"]
    # After complete words the partial one filters (and is highlighted).
    res = corpus.search("false fla", as_you_type=True)
    assert titles(res) == ["Kyiv braces for invasion", "Talks in Turkey"]
    hit = res.hits[0]
    assert "flag" in [hit.fragment.text[s:e].lower() for s, e in hit.fragment.highlights]
    assert titles(corpus.search("officials invasio", as_you_type=True)) == [
        "Kyiv braces for invasion"]
    assert titles(corpus.search("courage speaker:zel", as_you_type=True)) == ["Talks in Turkey"]
    assert titles(corpus.search("nato OR moscow", as_you_type=True)) == [
        "Moscow denies plans", "Talks in Turkey"]
    # Without as_you_type, a partial word is an ordinary (missing) word.
    assert corpus.search("dip").hits == []


def test_two_chars_never_build_a_prefix_query():
    builder = QueryBuilder()
    assert builder.build("ab", as_you_type=True) is None
    assert "Prefix" in repr(builder.build("abc", as_you_type=True))
    assert "Prefix" not in repr(builder.build("nato ab", as_you_type=True))


@pytest.mark.parametrize(("typed", "bare"), [
    ('"fals', "fals"),  # the first word of a phrase, still being typed
    ('title:"kyi', "title:kyi"),
    ('invasion "fals', "invasion fals"),
    ('(talks OR "inva', "(talks OR inva"),
])
def test_a_phrase_s_first_word_is_searched_as_its_prefix_while_typed(corpus, typed, bare):
    # it searched nothing ("0 results"): the phrase, closed before its partial word, was empty
    res = corpus.search(typed, as_you_type=True)
    assert res.error is None and res.hits and res.exact
    expected = corpus.search(bare, as_you_type=True)
    assert titles(res) == titles(expected) and res.total == expected.total
    assert QueryBuilder().build(typed, as_you_type=True) is not None


def test_a_phrase_s_last_word_being_typed_is_a_prefix_of_its_next_word(corpus):
    # Whoosh has no phrase prefix: the phrase's whole words and then any word the typed
    # letters begin, as a span query ('"false fla' searched '"false"' alone)
    whole = corpus.search('"false flag"')
    for typed in ('"false fla', '"FALSE FLA'):
        res = corpus.search(typed, as_you_type=True)
        assert res.error is None and res.exact
        assert titles(res) == titles(whole) and res.total == whole.total, typed
    # the typed letters must begin the phrase's next word, not any word of the article
    assert corpus.search("false inv", as_you_type=True).hits
    assert corpus.search('"false inv', as_you_type=True).hits == []
    assert corpus.search('"false flax', as_you_type=True).hits == []


def test_a_phrase_s_first_word_too_short_or_not_plain_still_searches_nothing():
    builder = QueryBuilder()
    for typed in ('"fa', 'title:"k', '"10:3', '"AND'):
        assert builder.build(typed, as_you_type=True) is None, typed


@pytest.mark.parametrize(("query", "message"), [
    ('"false flag', "unbalanced quote"),
    ("(nato OR russia", "unbalanced '('"),
    ("nato)", "unbalanced ')'"),
    ("date:[2022-01-01 to 2022-02-01", "unbalanced '['"),
    ("colour:red", "unknown field 'colour:'"),
    ("date:yesterday", "bad date 'yesterday'"),
    ("kind:tweet", "unknown kind 'tweet'"),
    ("nato OR", "'OR' needs a word after it"),
])
def test_malformed_queries_get_a_message(corpus, query, message):
    res = corpus.search(query)
    assert res.hits == [] and res.error is not None and message in res.error
    with pytest.raises(QueryError):
        check(query)


def test_an_operator_before_a_phrase_is_no_error(corpus):
    # 'nato OR "false flag"' was refused: "'OR' needs a word after it" (the phrase is one)
    for query in ('nato OR "false flag"', 'nato AND "false flag"', 'nato NOT "false flag"',
                  'nato OR speaker:"volodymyr zelenskyy"'):
        res = corpus.search(query)
        assert res.error is None, (query, res.error)
    either = titles(corpus.search('moscow OR "false flag"'))
    assert set(titles(corpus.search('"false flag"'))) < set(either)
    assert set(titles(corpus.search("moscow"))) < set(either)
    with pytest.raises(QueryError, match="'OR' needs a word after it"):
        check('"false flag" OR')


def test_empty_query_returns_nothing(corpus):
    for query in ("", "   ", "\t"):
        res = corpus.search(query)
        assert res.hits == [] and res.error is None


def test_kind_argument_filters(corpus):
    assert {h.kind for h in corpus.search("zelensky", kind="quote").hits} == {"quote"}
    assert {h.kind for h in corpus.search("invasion", kind="article").hits} == {"article"}
    assert corpus.search("nato", kind="tweet").error


def test_json_shape(corpus):
    hit = corpus.search("courage").hits[0].to_dict()
    assert hit["kind"] == "quote" and hit["speaker"] == "Volodymyr Zelenskyy"
    assert hit["fragment"]["highlights"] == [[12, 19]]
    assert set(hit) >= {"score", "path", "title", "quote", "spans"}


def test_minus_works_inside_parentheses(corpus):
    # Whoosh sorts +/- at the top level only: "(-nato)" used to fail with "Minus"
    for query in ("false flag -nato", "false (flag -nato)", "false flag (-nato)"):
        res = corpus.search(query)
        assert res.error is None and titles(res) == ["Kyiv braces for invasion"], query


def test_a_minus_word_typed_is_left_out_not_required(corpus):
    # the word after "-" is still a prefix while typed, and it bans, never requires
    assert titles(corpus.search("false flag -nato", as_you_type=True)) == [
        "Kyiv braces for invasion"]
    assert titles(corpus.search("false flag (-nat", as_you_type=True)) == [
        "Kyiv braces for invasion"]


@pytest.mark.parametrize("typed", [
    '"false fl',  # a phrase being typed: its whole words so far
    '"false flag',
    "false OR ",  # an operator waiting for its word
    "false AND NOT ",
    "false (flag OR inv",  # a group not yet closed
    "false flag (NOT ",
])
def test_unfinished_syntax_is_not_an_error_while_typing(corpus, typed):
    res = corpus.search(typed, as_you_type=True)
    assert res.error is None
    assert titles(res) == ["Kyiv braces for invasion", "Talks in Turkey"]


@pytest.mark.parametrize(("query", "message"), [
    ('"false flag', "unbalanced quote"),
    ("false (flag OR", "unbalanced '('"),
    ("false OR", "'OR' needs a word after it"),
])
def test_unfinished_syntax_is_an_error_when_run(corpus, query, message):
    # enter and the CLI run the query as written: the message says what is missing
    res = corpus.search(query)
    assert res.hits == [] and message in (res.error or "")


def test_a_phrase_being_typed_ranks_its_fields_by_their_boosts(tmp_path):
    # The parser boosts a phrase per field (title 3, text 2, body 1); the span query a
    # phrase's last word becomes while typed dropped them, so a title match ranked as a
    # body match until the phrase was closed. Same scores, same order, both ways now.
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "title.txt", "World cup hopes fade", "Fans waited outside the ground.")
    write(folder, "body.txt", "Sports roundup",
          "The world cup draw was held. The world cup starts soon. World cup tickets sold.")
    write(folder, "both.txt", "World cup diary", "Another world cup evening in the rain.")
    write(folder, "none.txt", "Cup final", "The world watched a cup final.")
    c = open_corpus(folder, tmp_path / "index")
    c.refresh()
    try:
        whole = c.search('"world cup"', as_you_type=True)
        ranked = [(h.title, h.score) for h in whole.hits]
        assert [t for t, _ in ranked] == ["World cup diary", "World cup hopes fade",
                                          "Sports roundup"]
        res = c.search('"world cup', as_you_type=True)  # "cup" still being typed
        assert res.error is None and res.total == whole.total
        assert [(h.title, h.score) for h in res.hits] == ranked
    finally:
        c.close()
