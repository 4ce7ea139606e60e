"""Cue rules for a speaker separated from the reporting verb by an aside (issue 10):
the person opening the sentence speaks, whatever the aside holds. Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_the_person_opening_the_sentence_speaks_past_a_long_aside():
    text = (
        '"The dam will hold," Maria Lopez, deputy director of water, power, and roads, '
        "said during the same briefing.\n\n"
        "The new locks \u201cwill not stop every flood,\u201d Ohio delegate Tom Hale, carrying "
        "a tin whistle and a \u201cVote Hale\u201d flag, said calmly.\n\n"
        "Dale Hooper, a soil lecturer at Leeds who once advised Sen. Ann Marsh "
        "(D-Ohio), a sponsor of the levy, called it \"a fine day.\"\n\n"
        "Ivan Petrov, the Northern Commissioner for Fisheries (NCF), reacted coolly to "
        'the deal, saying it was "too little."\n\n'
        'Jon Perkins, president and CEO of the Dakota Grain Board stated, "It is a price '
        'problem."'
    )
    assert said(text) == [
        ("The dam will hold,", "Maria Lopez"),
        ("will not stop every flood,", "Tom Hale"),
        ("a fine day.", "Dale Hooper"),
        ("too little.", "Ivan Petrov"),
        ("It is a price problem.", "Jon Perkins"),
    ]


def test_a_name_after_a_preposition_opening_the_sentence_is_no_opener():
    text = 'After talks with Tom Hale, two clerks, both new to the job, said the mill was "safe."'
    assert said(text) == [("safe.", "two clerks")]  # never Tom Hale ("clerk": nouns25)


def test_after_an_inverted_verb_the_person_named_past_the_role_words_speaks():
    text = (
        '"The mill must stay," said Leeds constituent Dan Perko when asked.\n\n'
        '"We will win," said Army 2nd Lt. Carla Mendes.\n\n'
        '"We will not fold," said former Ohio Gov. and Farm Bureau Chairman Dale Hooper.\n\n'
        '"It was a long day," said Hale and Tom Perko.'
    )
    assert said(text) == [
        ("The mill must stay,", "Dan Perko"),
        ("We will win,", "Carla Mendes"),
        ("We will not fold,", "Dale Hooper"),
        ("It was a long day,", "Hale"),
    ]


def test_an_opener_with_an_age_or_a_relative_clause_without_its_closing_comma_speaks():
    text = (
        "Perko, 35, the nephew of baker Ray Lanza and potter Ann Marsh, said at "
        'the fair on Monday, in answer to a child, "We will rebuild the mill."\n\n'
        "\u201cHale needs a plan for farm voters,\u201d Nils Brandt, the weather blogger who "
        "runs rainfall.net tweeted on Friday. \u201cThey are drifting away.\u201d"
    )
    assert said(text) == [
        ("We will rebuild the mill.", "Perko"),
        ("Hale needs a plan for farm voters,", "Nils Brandt"),
        ("They are drifting away.", "Nils Brandt"),
    ]


def test_a_name_after_a_verb_opening_the_sentence_is_no_opener():
    text = (
        "Leeds are also without striker Tom Lanza, who hurt his knee at St Anne's. Perko "
        'added: "It is a bad sprain."'
    )
    assert said(text) == [("It is a bad sprain.", "Perko")]


def test_reported_that_reports_speech_unless_the_clause_has_its_own_cue():
    text = (
        'The Leeds Courier reported that Lanza resigned "after pressure from his own family."'
        "\n\nThe Farm Weekly reports that Perko told a radio host: "
        '"I either fix the roof or I sell the barn."'
    )
    assert said(text) == [
        ("after pressure from his own family.", "Leeds Courier"),
        ("I either fix the roof or I sell the barn.", "Perko"),
    ]


def test_a_time_phrase_between_the_subject_and_the_verb_is_skipped():
    text = (
        "The Farm Board nearly three months ago said in a letter that \"grade A\" "
        "barley had gone missing from the silo.\n\n"
        'Ann Marsh (D-Ohio) last week said Perko had never kept any "secret" ledger.'
    )
    assert said(text) == [("grade A", "Farm Board"), ("secret", "Ann Marsh")]


def test_a_labelling_verb_a_few_object_words_before_the_quotation_is_its_cue():
    text = (
        "The idea came up in a farm debate in May, when Ann Marsh called the mill owner "
        '"the best friend of the flood."'
    )
    assert said(text) == [("the best friend of the flood.", "Ann Marsh")]


def test_an_opening_adverb_phrase_is_no_subject():
    text = (
        'Immediately after the storm, Perko issued a statement, "This morning our barn was '
        'gone."\n\nOriginally dubbed "Tilly\'s Book of Barn Sales" the shop took a new name.'
    )
    assert said(text) == [("This morning our barn was gone.", "Perko")]


def test_an_unknown_name_before_a_role_and_a_hyphenated_given_name_speak():
    text = (
        "Xandra Pelt, executive director of the Harbor Fund, a farm charity, said she "
        'thinks the mill is "too old to save."\n\n'
        '"The vote is lost," Mark-Anton Ruiz and Gabriel Lotte wrote.'
    )
    assert said(text) == [
        ("too old to save.", "Xandra Pelt"),
        ("The vote is lost,", "Mark-Anton Ruiz"),
    ]


def test_a_capitalised_common_word_after_a_quotation_is_a_name():
    text = (
        'Many farmers saw the union as "the party of big mills," From said. "Our task was '
        'hard."'
    )
    assert said(text) == [("the party of big mills,", "From"), ("Our task was hard.", "From")]
    ended = '"You are left to your own devices." That said, she is working on a film.'
    assert said(ended) == [("You are left to your own devices.", None)]


def test_the_opening_phrase_not_its_postmodifier_is_the_participle_subject():
    text = 'Farmers on Harbor Hill pounced on the letter, arguing that it proved "bad faith."'
    assert said(text) == [("bad faith.", "Farmers")]
