"""Quoted names of campaigns, slogans, formulas and grades, and lists of titles, are terms,
not someone's words (issue 10, thirteenth round, extraction precision). Every case is
text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of


def test_a_quotation_naming_the_campaign_or_formula_after_it_is_a_term():
    text = (
        'Ferry boss Ola Brandt said the line stood by the "one pier, two fares" formula '
        "granting islanders cheaper rides.\n\n"
        'Brandt oversaw the port\'s "We sail, you smile" advertising campaign and said '
        "it had worked.\n\n"
        'The island\'s viral "Ferries. We run them." awareness campaign has drawn mockery.\n\n'
        'Most of the files were raised to the "restricted" level, according to an official.'
    )
    kinds = kinds_of(text)
    assert kinds["one pier, two fares"] == "term"
    assert kinds["We sail, you smile"] == "term"
    assert kinds["Ferries. We run them."] == "term"
    assert kinds["restricted"] == "term"


def test_words_before_a_noun_for_something_said_or_a_clause_stay_quotes():
    text = (
        'Ruiz said the mayor had been misled by "insiders" running his campaign.\n\n'
        'Kell defended his "47 boats" remark on Tuesday, saying it was true.\n\n'
        'Ruiz said the "broken" campaign finance system had to be mended.\n\n'
        '"We won the vote," the campaign said in a statement.\n\n'
        'Ruiz said pollution in the bay had reached "alarming" levels this summer.'
    )
    kinds = kinds_of(text)
    assert kinds["insiders"] == "quote"
    assert kinds["47 boats"] == "quote"
    assert kinds["broken"] == "quote"
    assert kinds["We won the vote,"] == "quote"
    assert kinds["alarming"] == "quote"


def test_a_list_of_capitalised_quotations_is_a_list_of_titles():
    text = (
        "The band will play its old hits on the tour, according to the promoter, "
        'including "Sea Song," "Salt Lake," "Tide Runs High" and "Harbour Lights."\n\n'
        'The sound system added island hits including "La Marea" and "Puerto Viejo (Mar)."'
    )
    kinds = kinds_of(text)
    for title in (
        "Sea Song,", "Salt Lake,", "Tide Runs High", "Harbour Lights.", "La Marea",
        "Puerto Viejo (Mar).",
    ):
        assert kinds[title] == "term", title


def test_capitalised_words_a_speaker_calls_something_or_lower_case_words_stay_quotes():
    text = (
        'Kell called the pier plan "Reckless" and "Cruel" on Monday.\n\n'
        'Kell said the plan was "reckless" and "cruel" and would be fought.'
    )
    kinds = kinds_of(text)
    assert kinds["Reckless"] == "quote"
    assert kinds["Cruel"] == "quote"
    assert kinds["reckless"] == "quote"
    assert kinds["cruel"] == "quote"
