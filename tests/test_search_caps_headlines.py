"""Review revU2 (findings 1, 2, 4): capitals and whole words in search.

ux23 kept every stop word written in capitals in the index (THE, IN, OF, WE...), so a
query typed in capitals or a headline in capitals no longer matched the lower-case
query ("WAR IN UKRAINE" found half, "THE FALSE FLAG" nothing), and "IT" met the speaker
field's pronoun ("it said"). Only US and IT are kept now, in the prose fields alone.
And a whole word typed in the reader was searched as a prefix only: "elections" found
nothing while the CLI found it."""

from __future__ import annotations

import json

from warreader.index.corpus import Corpus
from warreader.index.search.analysis import text_analyzer
from warreader.tui.cli import main

from tests.tui_support import ALIASES, make_app, press, settle, type_query, wait_ready

_ARTICLES = {
    "a1.txt": "WAR IN UKRAINE: THE FALSE FLAG CLAIMS\n\nBy Ann Writer\n\n"
              "Kyiv officials dismissed the claims on Monday. \"We will not accept this,\" "
              "said Olena Petrenko, a spokeswoman.\n",
    "a2.txt": "Hospital IT systems hit by attack\n\nBy Bo Lee\n\n"
              "The hospital's IT staff worked through the night. \"Records are safe,\" "
              "said Dr Mara Quill.\n",
    "a3.txt": "The war in Ukraine enters a new phase\n\nBy Cy Dunn\n\n"
              "The war in Ukraine has changed, analysts said. The false flag claims were "
              "repeated.\n",
    "a4.txt": "Carmaker warns on profits\n\nBy Di Ross\n\n"
              "The carmaker warned on profits. \"Sales have fallen sharply this year,\" it "
              "said. \"The situation is difficult,\" it added.\n",
    "a5.txt": "Voters prepare for elections\n\nBy Ed Fox\n\n"
              "The elections will be held in May. \"The elections matter,\" said Gil Hart. "
              "Officials expect the elections to be calm.\n",
}


def _corpus(tmp_path):
    folder = tmp_path / "caps"
    folder.mkdir()
    for name, text in _ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def _found(folder, ix, query: str) -> set[str]:
    corpus = Corpus.open([folder], ix, ALIASES)
    try:
        corpus.refresh()
        return {hit.path.rsplit("/", 1)[-1] for hit in corpus.search(query, limit=100).hits}
    finally:
        corpus.close()


def test_stop_words_in_capitals_other_than_us_and_it_are_left_out_as_in_lower_case():
    analyzer = text_analyzer()
    headline = "WAR IN UKRAINE: THE FALSE FLAG OF WE WILL AT"
    assert analyzer.index_terms(headline) == analyzer.index_terms(headline.lower())
    assert analyzer.index_terms("US and IT") == (0, ["US", "IT"])


def test_a_query_or_phrase_in_capitals_finds_what_lower_case_finds(tmp_path):
    folder, ix = _corpus(tmp_path), tmp_path / "ix"
    both = {"a1.txt", "a3.txt"}
    assert _found(folder, ix, "war in ukraine") == both
    for query in ("WAR IN UKRAINE", '"war in ukraine"', 'title:"war in ukraine"',
                  "THE FALSE FLAG", '"false flag claims"'):
        assert _found(folder, ix, query) == both, query


def test_it_in_capitals_finds_the_acronym_not_the_pronoun_speaker(tmp_path, capsys):
    folder, ix = _corpus(tmp_path), tmp_path / "ix"
    corpus = Corpus.open([folder], ix, ALIASES)
    try:
        corpus.refresh()
        pronoun = corpus.search("speaker:it", limit=100)
        assert pronoun.total >= 1  # the carmaker's quotes: "..., it said"
        hits = corpus.search("IT", limit=100).hits
        assert hits and {h.path.rsplit("/", 1)[-1] for h in hits} == {"a2.txt"}
    finally:
        corpus.close()
    assert main(["search", "THE", str(folder), "--index-dir", str(ix)]) == 0
    assert "only common words, not indexed: 'THE'" in capsys.readouterr().out


def test_a_whole_word_typed_finds_what_the_cli_finds(tmp_path, capsys):
    folder, ix = _corpus(tmp_path), tmp_path / "ix"
    corpus = Corpus.open([folder], ix, ALIASES)
    try:
        corpus.refresh()
        full = corpus.search("elections", limit=100).total
        assert full >= 2
        assert corpus.search("elections", limit=100, as_you_type=True).total == full
    finally:
        corpus.close()
    assert main(["search", "elections", str(folder), "--index-dir", str(ix),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == full


async def test_the_reader_counts_a_whole_typed_word_as_the_cli(tmp_path):
    folder = _corpus(tmp_path)
    corpus = Corpus.open([folder], tmp_path / "ix0", ALIASES)
    try:
        corpus.refresh()
        full = corpus.search("elections", limit=100).total
    finally:
        corpus.close()
    app = make_app(tmp_path / "ix", [folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        screen = app.main_screen
        await press(pilot, "slash", "ctrl+u")
        await type_query(pilot, "elections")
        await pilot.pause(0.6)
        await settle(pilot)
        typed = screen.results.total
        await press(pilot, "enter")
        for _ in range(60):
            await pilot.pause(0.05)
            if getattr(screen, "answered", 0):
                break
        await settle(pilot)
        assert typed == full and screen.results.total == full
        assert f"{full} results" in str(screen.search_bar.query_one("#search-status").render())
