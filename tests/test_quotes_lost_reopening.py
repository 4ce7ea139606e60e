"""A quotation running over paragraphs whose reopening mark was lost (scraped pages often
drop it): the paragraph goes on with the quotation from its start up to the closing mark,
and with its speaker (issue 10, seventeenth round). Every case is text written for it."""

from __future__ import annotations

from tests.quote_support import said


def test_a_continuing_paragraph_without_its_opening_mark_is_quoted_from_its_start():
    text = (
        "Harbour plan approved\n\n"
        "Ann Kell said: \u201cWe waited for years. Nobody came.\n\n"
        "Then the money arrived. We built it in a year.\u201d The pier opens in May."
    )
    assert said(text) == [
        ("We waited for years. Nobody came.", "Ann Kell"),
        ("Then the money arrived. We built it in a year.", "Ann Kell"),
    ]


def test_the_lost_reopening_before_a_closing_comma_and_a_new_cue():
    text = (
        "Ferry fares\n\n"
        'The ferry captain, Tom Reyes, said: "The engines are old, the hull is older.\n\n'
        'Nobody will pay. Not for either of them," he added. "So we wait."'
    )
    assert said(text) == [
        ("The engines are old, the hull is older.", "Tom Reyes"),
        ("Nobody will pay. Not for either of them,", "Tom Reyes"),
        ("So we wait.", "Tom Reyes"),
    ]


def test_a_paragraph_opening_on_its_own_quotation_is_not_carried_over():
    text = (
        "Mill closes\n\n"
        'Ivo Brask said: "We fought for the mill.\n\n'
        'The workers left at noon. "It is over," said Nell Foy.'
    )
    assert said(text)[-1] == ("It is over,", "Nell Foy")
    assert ("The workers left at noon.", "Ivo Brask") not in said(text)


def test_a_narrative_paragraph_with_its_own_cue_is_not_carried_over():
    # Review W1: a lost closing mark and a stray one (as scraped pages produce) do not
    # make a paragraph with its own reporting clauses the first speaker's words.
    text = (
        "Town falls\n\n"
        'Ann Kell said: "We waited for days in the basement.\n\n'
        "Russian forces shelled the town overnight, the ministry said. "
        'A resident, Tom Hale, 54, said the town was lost."'
    )
    found = said(text)
    assert found[0] == ("We waited for days in the basement.", "Ann Kell")
    assert not any("the ministry said" in words for words, _ in found)
    assert [who for words, who in found[1:] if who == "Ann Kell"] == []
