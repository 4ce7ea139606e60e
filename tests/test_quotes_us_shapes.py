"""Attribution rules found on US political news of 2016 (issue 10, seventh round).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_bare_surname_is_the_person_whose_full_name_came_first():
    # The headline's bare "Holt" is no full name: the person named first in full is Mary
    # Holt, although Tom Holt's sentence, far from any quotation, is registered sooner.
    text = (
        "Holt hopes for a late surge in the north.\n\n"
        "With most ballots counted, the contest between Mary Holt and Dan Pike was close.\n\n"
        'Holt declared victory in a note to volunteers, saying: "We won the north tonight."'
        "\n\n"
        "Both camps had spent heavily on radio.\n\n"
        "Holt was trying to revive the family name that made Tom Holt the last Labour winner "
        "here.\n\n"
        "Turnout was lower than in the spring. Queues were short. Polls shut at ten.\n\n"
        "The count went on past two. Staff ran out of tea. Observers from both sides stayed."
        "\n\n"
        "A recount was refused. The result stood. Nobody objected in the hall.\n\n"
        "Pike's team said little after midnight.\n\n"
        'Holt, at a rally in Derby, said she was "ready to serve everyone."'
    )
    assert said(text) == [
        ("We won the north tonight.", "Mary Holt"),
        ("ready to serve everyone.", "Mary Holt"),
    ]


def test_a_quotation_after_but_is_the_words_of_that_clauses_subject():
    text = (
        "Hale proposed a debate on Monday, but Pike rejected the offer as \"absurd\" because "
        "of the match.\n\n"
        "Ross wanted a recount - but the Lind campaign dismissed the request as \"a stunt\" "
        "on Friday."
    )
    assert said(text) == [("absurd", "Pike"), ("a stunt", "the Lind campaign")]


def test_a_quotation_in_an_opening_subordinate_clause_is_that_clauses():
    text = (
        'When Ross shouted, "Pike," Hale joked, "Not him again!"\n\n'
        'But even as Lind claimed on Tuesday that "the mayor got off lightly," Reed said '
        "the two cases differed.\n\n"
        'When Ross asked him about the pier, "It is finished," Hale said.'
    )
    assert said(text) == [
        ("Pike,", "Ross"),
        ("Not him again!", "Hale"),
        ("the mayor got off lightly,", "Lind"),
        ("It is finished,", "Hale"),
    ]


def test_a_described_subject_of_a_subordinate_clause_keeps_its_postmodifier():
    text = (
        "Tom Kell sounded confident after a woman in Leeds told him he was \"too soft\" to "
        "win.\n\n"
        'When someone in the crowd shouted, "Resign," the mayor smiled.'
    )
    assert said(text) == [
        ("too soft", "a woman in Leeds"),
        ("Resign,", "someone in the crowd"),
    ]


def test_a_county_sheriff_is_a_title_not_part_of_the_name():
    text = '"The footage shows intent," Marlow County Sheriff Joe Brandt said on Monday.'
    assert said(text) == [("The footage shows intent,", "Joe Brandt")]


def test_a_time_unit_after_a_phrase_is_no_verb_of_a_subject():
    text = (
        "Pike, who has kept in weekly touch with the Hale office for months, arrived at "
        'a lunch and acknowledged that she had only "read the summary."'
    )
    assert said(text) == [("read the summary.", "Pike")]


def test_a_phrase_after_a_preposition_is_no_subject_of_a_later_verb():
    text = (
        "(Tom Pell of Leeds won the 1974 vote here, although Dan Hale won the headlines by "
        'declaring himself the "underdog baker") the race stays open.'
    )
    assert said(text) == [("underdog baker", "Dan Hale")]


def test_asked_which_opens_a_question_not_a_speaker():
    text = (
        "Tom Hale spoke in Leeds on Tuesday. Asked which Leeds bakery was his favourite, he "
        'demurred: "The one nearest my door."'
    )
    assert said(text) == [("The one nearest my door.", "Tom Hale")]


def test_a_participle_after_a_comma_inside_the_marks_takes_the_clause_subject():
    # American style puts the comma inside the marks: '"that man," telling'. The
    # participle is the clause subject's speech, and no attribution of the phrase before.
    text = (
        'The Harbour Trust did not want to discuss "that man," telling Radio Kent that the '
        'trust is focused on "keeping the ferries running."'
    )
    assert said(text) == [("keeping the ferries running.", "Harbour Trust")]


def test_a_titled_name_is_cut_before_its_of_phrase():
    # "Aris" is no given name the lexicon knows; the title says a person is named.
    text = (
        "As Archbishop Aris Tovan of the Coptic Diocese of Leeds told the Courier, "
        '"We have waited long enough." He added, "Leeds should have rung the bells '
        'sooner."'
    )
    assert said(text) == [
        ("We have waited long enough.", "Aris Tovan"),
        ("Leeds should have rung the bells sooner.", "Aris Tovan"),
    ]


def test_a_quantified_group_keeps_its_postmodifier_and_is_no_place():
    text = (
        'Some Democrats in the Senate said the bill was "going nowhere."\n\n'
        'Many farmers in Kent said the levy was "a tax on bread."'
    )
    assert said(text) == [
        ("going nowhere.", "Some Democrats in the Senate"),
        ("a tax on bread.", "Many farmers in Kent"),
    ]


def test_a_number_opening_a_time_phrase_is_no_speaker():
    text = (
        "Tom Hale spoke last. Thirteen years earlier, he had voted for the dam from "
        '"the seat of a member for Leeds."'
    )
    assert "Thirteen" not in [speaker for _, speaker in said(text)]


def test_a_sentence_opening_on_the_has_its_subject_only_with_a_reporting_word():
    text = (
        'The council rejected the levy as "absurd."\n\n'
        'The Gazette ran an editorial that said the plan was "a giveaway to the rich."\n\n'
        'The regulator fined the broadcaster over the "sound blackout" at the match.\n\n'
        "The singer was criticised after a show in April led viewers to complain he was "
        '"crude."'
    )
    found = dict(said(text))
    assert found["a giveaway to the rich."] == "Gazette"
    assert found["absurd."] == "the council"  # a casting verb and "as"
    assert "sound blackout" not in found  # a scare quote: nobody's words
    assert found["crude."] == "viewers"  # the viewers', not the singer's (a passive subject)
