"""The engine's memos keyed by words: a capitalised run's cut into names
(``name_runs.runs_of``) and a quotation's title case (``quoted_context.titled_quote``)
depend on the words alone, so what is remembered from one place or one article must
give the same as a fresh reading anywhere else."""

from __future__ import annotations

import re

from warreader.index.quotes.acronyms import defined_acronyms
from warreader.index.quotes.name_runs import NAME_RUN, runs_of
from warreader.index.quotes.quoted_context import titled_quote
from warreader.index.quotes.tokens import tokenize

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


def _fields(tokens) -> list[tuple]:
    return [
        (t.kind, t.text, t.start, t.end, t.quote, t.bare, t.lower, t.capitalised, t.possessive)
        for t in tokens
    ]


def _fresh(text: str) -> list[tuple]:
    """The tokens of ``text`` (no quotation, no underscore) with every chunk between
    spaces cut anew by the pattern, nothing remembered."""
    from warreader.index.quotes import tokens as tokens_module

    out: list = []
    for match in re.finditer(r"\S+", text):
        tokens_module._cut(match.group(), match.start(), out.append)
    return _fields(out)


def test_a_chunk_is_cut_alike_wherever_it_stands():
    from warreader.index.quotes import tokens as tokens_module

    text = "Mr. Blair's aide, from the U.S., said: \"no\" (twice)."
    tokens_module._chunks.clear()
    first = _fields(tokenize(text, []))
    assert "Blair's" in tokens_module._chunks and "U.S.," in tokens_module._chunks
    # The same chunks again, remembered, at other offsets: the offsets are this text's.
    later = "Yesterday " + text
    again = _fields(tokenize(later, []))
    assert again == _fresh(later)
    assert [f[1:4] for f in again[1:]] == [(f[1], f[2] + 10, f[3] + 10) for f in first]
    assert again[2] == ("w", "Blair's", 14, 21, -1, "Blair", "blair", True, True)


def test_a_long_chunk_is_cut_and_not_remembered():
    from warreader.index.quotes import tokens as tokens_module

    tokens_module._chunks.clear()
    chunk = "-".join(["a.b"] * 30) + ","  # over 64 characters
    assert _fields(tokenize("x " + chunk, [])) == _fresh("x " + chunk)
    assert chunk not in tokens_module._chunks
    assert tokens_module._chunks == {}


def test_bracketed_acronyms_need_a_space_before_the_bracket():
    text = "the Royal Academy of Dance (RAD) and the World Trade Organisation(WTO) body"
    assert defined_acronyms(text) == [("Royal Academy of Dance", "RAD")]
    assert defined_acronyms(text.replace("(WTO)", " (WTO)"))[1] == (
        "World Trade Organisation", "WTO"
    )
    assert defined_acronyms("(RAD) opens it") == []


def test_the_tokenizer_tells_where_each_quotation_token_is():
    from warreader.index.quotes.marks import find_spans

    text = 'Ann Bell said "no" twice, then "yes," and "maybe" on Sunday.'
    spans = find_spans([text])
    q_index: dict[int, int] = {}
    tokens = tokenize(text, spans, 14, len(text), [], q_index)  # from the first quotation
    assert q_index == {t.quote: i for i, t in enumerate(tokens) if t.kind == "q"}
    assert [tokens[i].text for i in q_index.values()] == ['"no"', '"yes,"', '"maybe"']


def test_offsets_are_right_whatever_the_spaces():
    # Plain spaces, doubled ones, and the other whitespace (tab, newline, no-break and
    # thin spaces) that takes the tokenizer's other path.
    for text in (
        "Mr. Blair's aide said no.",
        "Mr.  Blair's   aide said no. ",
        " Mr.\tBlair's\naide\u00a0said\u2009no.",
    ):
        assert _fields(tokenize(text, [])) == _fresh(text), text
