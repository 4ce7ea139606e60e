"""Review mends (reviewer reveng20, findings R1, R2, R6, W2, W3): regressions of the
seventeenth round's engine changes. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of, said


def test_whole_paragraph_single_marked_subheadings_do_not_make_an_article_single_first():
    # R6: the subheadings are left out of the count, so the body's single marks are terms.
    text = (
        "\u2018Where is my son?\u2019\n\n"
        "Mila Dunn has waited at the gate since spring. She calls the town "
        "\u2018the grinder\u2019 now.\n\n"
        "\u2018We will not stop!\u2019\n\n"
        "\"Nobody tells us anything,\" said Ann Kell."
    )
    kinds = kinds_of(text)
    assert kinds["the grinder"] == "term"
    assert kinds["We will not stop!"] == "term"
    assert ("Nobody tells us anything,", "Ann Kell") in said(text)


def test_three_dots_open_a_single_marked_quotation():
    # W2: "'... There is evidence" opens as "'\u2026 There" does.
    text = "Ann Kell spoke. '... There is evidence of shelling,' she said."
    assert said(text) == [("... There is evidence of shelling,", "Ann Kell")]


def test_a_nickname_after_a_title_and_a_given_name_is_a_term():
    # W3: "General Apti "Akhmat" Alaudinov": the title leaves the name a run of its own.
    text = "General Apti \u201cAkhmat\u201d Alaudinov said the city was \u201csurrounded\u201d."
    kinds = kinds_of(text)
    assert kinds["Akhmat"] == "term"
    assert kinds["surrounded"] == "quote"
