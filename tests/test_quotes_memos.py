"""The engine's memos keyed by words: a capitalised run's cut into names
(``name_runs.runs_of``) and a quotation's title case (``quoted_context.titled_quote``)
depend on the words alone, so what is remembered from one place or one article must
give the same as a fresh reading anywhere else."""

from __future__ import annotations

from warreader.index.quotes.name_runs import NAME_RUN, runs_of
from warreader.index.quotes.quoted_context import titled_quote

from tests.quote_support import quotes_of


def _names(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in runs_of(match)] for match in NAME_RUN.finditer(text)]


def test_a_run_is_cut_alike_wherever_it_stands():
    assert _names("Arsenal's Sol Campbell said so.") == [["Arsenal's", "Sol Campbell"]]
    # The same run again, remembered, further into another sentence: the offsets are
    # this sentence's own.
    assert _names("Yesterday, at home, Arsenal's Sol Campbell said so.") == [
        ["Yesterday"],
        ["Arsenal's", "Sol Campbell"],
    ]
    assert _names("Sen. Bernie Sanders of Vermont said it.") == [
        ["Sen. Bernie Sanders", "Vermont"]
    ]
    assert _names("Francois Hollande Says Donald Trump") == [["Francois Hollande", "Donald Trump"]]


def test_a_run_that_ends_a_sentence_loses_only_the_full_stop():
    assert _names("He met Alexander Lukashenko.") == [["He"], ["Alexander Lukashenko"]]
    assert _names("He met Alexander Lukashenko of Belarus.") == [
        ["He"],
        ["Alexander Lukashenko", "Belarus"],
    ]


def test_a_long_run_is_cut_as_a_short_one_is():
    names = " ".join(f"Name{n} Says" for n in range(60))  # over 200 characters
    cut = _names(names + " Bob Lee")
    assert cut == [[f"Name{n}" for n in range(60)] + ["Bob Lee"]]


def test_title_case_is_remembered_by_the_exact_words():
    assert titled_quote("Meet the Press")
    assert not titled_quote("meet the press")
    assert titled_quote("Meet the Press")
    title = " ".join(["The Long Road"] * 30)  # over 300 characters: asked, not kept
    assert titled_quote(title)
    assert not titled_quote(title + " home")


def test_a_title_in_one_article_does_not_make_a_quote_a_title_in_the_next():
    sang = quotes_of('Ann Bell sang her hit "Harbour Song" on Sunday.')
    assert [(q.text, q.kind) for q in sang] == [("Harbour Song", "term")]
    said = quotes_of('"Harbour song," Ann Bell said on Sunday.')
    assert [(q.text, q.kind, q.speaker) for q in said] == [("Harbour song,", "quote", "Ann Bell")]
