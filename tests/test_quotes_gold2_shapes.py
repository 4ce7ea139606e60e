"""Speaker shapes found on the third BBC set (bbc-dev2) and the dev set, on text we wrote."""

from __future__ import annotations

from tests.quote_support import said


def test_an_acronym_spelt_out_far_before_the_quote_names_the_body_in_full():
    text = (
        "Harbour pilots are getting older.\n\n"
        "A survey by the Coastal Pilots Association (CPA) found that fewer young people "
        "apply. Recruitment has fallen for six years. Pay is flat. The tide tables "
        "are harder to learn than they were. Boats are bigger now. Some ports have shut.\n\n"
        "Training costs keep rising, and the courses are longer.\n\n"
        'A spokeswoman for the CPA said: "We must open the job to school leavers."'
    )
    assert said(text) == [
        ("We must open the job to school leavers.",
         "A spokeswoman for the Coastal Pilots Association")
    ]


def test_brackets_whose_letters_are_not_the_initials_teach_nothing():
    text = (
        "Harbour pilots are getting older.\n\n"
        "A survey by the Coastal Pilots Association (PLT) found that fewer young people "
        "apply. Recruitment has fallen for six years. Pay is flat. The tide tables "
        "are harder to learn than they were. Boats are bigger now. Some ports have shut.\n\n"
        "Training costs keep rising, and the courses are longer.\n\n"
        'A spokeswoman for the PLT said: "We must open the job to school leavers."'
    )
    assert said(text)[0][1] == "A spokeswoman for the PLT"


def test_a_bracketed_acronym_of_a_name_the_engine_reads_shorter_is_not_taught():
    text = (
        "A note.\n\n"
        "The watchdog Friends for Clean Rivers in Dorset (FCRD) filed a complaint. "
        "Water bills rose. The river is brown. Fish have died. Anglers are angry.\n\n"
        "Nobody has answered yet.\n\n"
        '"We want the outflow closed," the FCRD said.'
    )
    assert said(text)[0][1] != "Dorset"


def test_a_titled_name_from_a_place_between_commas_after_a_description_speaks():
    text = (
        'But the head of the ferry review, Commissioner Ida Marsh of Tallinn, warned '
        'that there was "a great deal still to agree". Her remarks came as the mayor arrived.'
    )
    assert said(text) == [("a great deal still to agree", "Ida Marsh")]


def test_a_place_alone_between_commas_is_no_name():
    text = 'The head of the ferry review, in Tallinn, warned of "a great deal still to agree".'
    assert said(text)[0][1] != "Tallinn"


def test_called_reaches_over_a_long_object_after_another_speakers_quote():
    text = (
        '"It is a poor deal," said harbour economist Ned Lott. The Ports and Ferries '
        'Secretary, Alma Quist, called the plan for the new ferry terminal "a sound bet".'
    )
    assert said(text)[1] == ("a sound bet", "Alma Quist")



def test_a_document_naming_its_issuer_before_that_claimed_speaks():
    text = (
        "The row began after a Harbour Gazette column that claimed \"lost\" ledgers "
        "tied the levy to the mayor."
    )
    assert said(text) == [("lost", "a Harbour Gazette column")]


def test_an_unnamed_document_before_that_is_the_subjects():
    text = 'Senator Tom Hale is running a new advert that urges voters to "send a signal".'
    assert said(text) == [("send a signal", "Tom Hale")]


def test_a_document_naming_its_issuer_is_nobody_elses():
    text = (
        "Mayor's team to hand out Gazette column.\n\n"
        "LYDD, Kent \u2014 One harsh newspaper column is worth a hundred speeches.\n\n"
        "That is the bet Tom Hale is making. His team plans to reprint a harsh Harbour "
        'Gazette column that accuses the council of a "ledger-filled fantasy" and hand it out.'
    )
    assert said(text) == [("ledger-filled fantasy", "Harbour Gazette column")]


def test_an_acronym_in_brackets_closing_an_appositive_keeps_the_name_before_it():
    text = (
        "However, Tomas Brell, head of the Guild of Millers (GM), said letting NGOs into "
        'the valley is harming its own "bread culture".'
    )
    assert said(text) == [("bread culture", "Tomas Brell")]


def test_an_appositive_ending_in_an_acronym_is_no_name_of_its_own():
    text = (
        "However, Tomas Brell, head of the Guild of Millers (GM), said letting imports into "
        'the valley is harming its own "bread culture".'
    )
    assert said(text) == [("bread culture", "Tomas Brell")]


def test_a_spokesperson_named_by_a_body_speaks_for_that_body_only():
    from warreader.index.quotes.descriptions import spoken_for

    assert spoken_for("the Grainco spokeswoman") == "grainco"
    assert spoken_for("the Harbour Board spokesman") == "board"
    assert spoken_for("the Kenyan spokesman") == ""  # a nationality: places decide
    assert spoken_for("the spokesman") == ""
    assert spoken_for("the Grainco chairman") == ""


def test_the_bodys_spokeswoman_keeps_her_description_for_a_later_she():
    text = (
        "A spokesman for the Millbrook Centre said it was \"the best week yet\".\n\n"
        "The Millbrook Centre spokeswoman said 9,000 cars came on Saturday. "
        '"We expect the same next week," she added.'
    )
    assert said(text)[1] == ("We expect the same next week,", "the Millbrook Centre spokeswoman")


def test_according_to_heading_the_next_clause_credits_that_clause_only():
    text = (
        "Dan Hobb ran the ferry line for a decade. He had vowed never to let the line "
        'grow "slow and lazy," and, according to the Harbour Post, once told staff he '
        "would sell it if it did."
    )
    assert said(text) == [("slow and lazy,", "Dan Hobb")]


def test_according_to_closing_the_sentence_still_credits_the_quote():
    text = 'Dan Hobb said he was "quite happy" and ready to go, according to the Harbour Post.'
    assert said(text) == [("quite happy", "Harbour Post")]


def test_plural_bodies_speak_together():
    assert said('Fishing groups said the new quota was "plain absurd".') == [
        ("plain absurd", "Fishing groups")
    ]
    assert said('Dock unions warned the levy was "a tax on work".') == [
        ("a tax on work", "Dock unions")
    ]


def test_plural_bodies_before_who_speak():
    text = (
        "While the mayor has condemned the plan, the groups who wrote to him on Monday "
        'say they are "deeply worried" by it.'
    )
    assert said(text) == [("deeply worried", "the groups")]


def test_a_short_form_names_the_organisation_it_abbreviates_or_clips():
    text = (
        "Northern Ferry Lines plans a new route. Nfl told the BBC it had backing from "
        '"the very top".'
    )
    assert said(text) == [("the very top", "Northern Ferry Lines")]
    text = (
        "The Federal Ferry Board has raised its fees to 2%. The Fed noted that future rises "
        'would come at a "gentle" pace.'
    )
    assert said(text) == [("gentle", "Federal Ferry Board")]


def test_a_given_name_is_no_short_form_of_an_organisation():
    text = 'Tom Ashby runs the Tomkins Group. "We are fine," said Tom.'
    assert said(text) == [("We are fine,", "Tom Ashby")]


def test_an_unnamed_spokeswoman_is_the_one_the_article_names_later():
    text = (
        'But a spokeswoman for Loomtex said it was "unfair and wrong" to single out the mill.\n\n'
        "The group watched the mills for a week. Loomtex spokeswoman Ada Prell said the firm "
        'keeps the rules. "It is unfair," she said.'
    )
    assert said(text) == [("unfair and wrong", "Ada Prell"), ("It is unfair,", "Ada Prell")]


def test_an_unnamed_spokeswoman_stays_unnamed_when_two_could_be_her():
    text = (
        'A spokeswoman for Loomtex said it was "unfair and wrong".\n\n'
        'Loomtex spokeswoman Ada Prell and Loomtex spokeswoman Bea Roe said "no".'
    )
    assert said(text)[0] == ("unfair and wrong", "A spokeswoman for Loomtex")


def test_an_unnamed_spokesman_of_another_body_is_not_named_by_this_one():
    text = (
        'A spokesman for Weavco said it was "unfair and wrong".\n\n'
        'Loomtex spokesman Ed Prell said "no".'
    )
    assert said(text)[0] == ("unfair and wrong", "A spokesman for Weavco")
