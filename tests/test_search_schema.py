"""Schema and analyzers: name folding, transliteration keys, the alias table."""

from __future__ import annotations

from warreader.index.search.analysis import AliasTable, name_analyzer, text_analyzer
from warreader.index.search.schema import DEFAULT_FIELDS, QUERY_FIELDS, build_schema


def _tokens(analyzer, text, mode="index"):
    return [t.text for t in analyzer(text, mode=mode)]


def test_schema_has_every_query_field_and_stores_only_data():
    schema = build_schema()
    for name in QUERY_FIELDS:
        assert name in schema.names()
    stored = [name for name in schema.names() if schema[name].stored]
    assert stored == ["data"]  # bodies are never stored
    assert schema["body"].format.supports("positions")  # phrase search on bodies
    assert set(DEFAULT_FIELDS) <= set(QUERY_FIELDS)


def test_names_fold_accents_and_case_and_add_the_key_form():
    analyzer = name_analyzer()
    assert _tokens(analyzer, "Recep Erdoğan") == ["recep", "erdogan"]
    assert _tokens(analyzer, "Zelenskyy") == ["zelenskyy", "zelenski"]
    # A query uses the key alone, which every spelling's tokens contain.
    for spelling in ("zelenskyy", "Zelensky", "ZELENSKIY"):
        assert _tokens(analyzer, spelling, mode="query") == ["zelenski"]


def test_body_text_is_stemmed():
    analyzer = text_analyzer()
    assert _tokens(analyzer, "Invasions") == _tokens(analyzer, "invasion") == ["invas"]
    assert _tokens(analyzer, "the talks") == ["talk"]  # stop word out


def test_alias_table_expands_any_variant_to_the_whole_group():
    table = AliasTable({"Volodymyr Zelenskyy": ["Zelensky", "Ze"]})
    assert table.canonical("zelensky") == "Volodymyr Zelenskyy"
    assert table.canonical("Volodymyr ZELENSKYY") == "Volodymyr Zelenskyy"
    assert table.canonical("Someone Else") == "Someone Else"
    expanded = table.expand(["Ze", None])
    assert "Volodymyr Zelenskyy" in expanded and "Zelensky" in expanded


def test_alias_fingerprint_changes_with_the_table():
    assert AliasTable({"A": ["B"]}).fingerprint() != AliasTable({"A": ["C"]}).fingerprint()
    assert AliasTable({}).fingerprint() == AliasTable(None).fingerprint()


def _chain_values(fmt_cls, text):
    """What Whoosh's own Positions/Frequency formats write for ``text`` (slow path: the
    analyzer's token chain, Whoosh's ``StemmingAnalyzer`` but for stop words in capitals)."""
    return sorted(fmt_cls.__mro__[1].word_values(fmt_cls(), text, text_analyzer(),
                                                 mode="index"))


def test_fast_prose_indexing_writes_what_whoosh_analysis_would():
    from warreader.index.search.textfield import FastFrequency, FastPositions

    analyzer = text_analyzer()
    samples = [
        "The invasion began; the Invasion's troops (3.5 km) moved *fast* — Ukraine’s army",
        "a I of the",  # stop words and one-letter words only
        "",
        "İstanbul talks: U.S. officials met e.g. Mr. Peskov at 10.30 in Kyiv, again and again",
        "Testing is testing and testing, tested by testers",
        "US and UN officials use IT as we will; THE END, us, Us, A",
    ]
    for text in samples:
        for fmt in (FastPositions, FastFrequency):
            assert sorted(fmt().word_values(text, analyzer, mode="index")) == _chain_values(
                fmt, text), (fmt.__name__, text)


def test_fast_term_offsets_match_whoosh_analysis():
    analyzer = text_analyzer()
    text = ("The invasion began; Ukraine’s army (3.5 km) and the U.S. — İstanbul talks again;"
            " the US uses IT as it will")
    slow = [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index")]
    assert analyzer.term_offsets(text) == slow


def test_stop_words_in_capitals_are_kept_as_written_and_never_meet_stems():
    """ux23: "US" (a stop word, "us", lower-cased) was left out of the index, so the
    United States could not be searched; kept in capitals it must not meet "use",
    whose stem is "us", nor the pronoun "us"."""
    from whoosh.analysis import StemmingAnalyzer

    analyzer = text_analyzer()
    text = "The US will use IT; let us see it"
    assert analyzer.index_terms(text) == (1, ["US", "us", "IT", "let", "see"])
    assert [t.text for t in analyzer(text)] == ["US", "us", "IT", "let", "see"]
    assert [t.text for t in analyzer("US", mode="query")] == ["US"]
    assert [t.text for t in analyzer("us", mode="query")] == []
    # otherwise Whoosh's StemmingAnalyzer, word for word
    plain = "Testing the invasion's troops as they moved on Kyiv"
    assert [t.text for t in analyzer(plain)] == [t.text for t in StemmingAnalyzer()(plain)]
