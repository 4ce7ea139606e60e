"""The salience order a "he" or "she" is resolved by (issue 10, the eighth round): who
opens a sentence as the owner of its subject, who speaks in a relative clause. Every
case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_the_owner_opening_a_sentence_outranks_a_person_named_later_in_it():
    text = (
        "Pedro Ruiz's plan to rebuild the old quay drew praise from Tom Kell and the "
        'harbour board. "We start digging in the spring," he said.'
    )
    assert said(text) == [("We start digging in the spring,", "Pedro Ruiz")]


def test_the_owner_opening_the_pronouns_own_sentence_is_its_person():
    text = (
        "Nadia Orlova of the ferry union said the strike would last a week.\n\n"
        "Greta Lind's future at the port is unclear, but she said on Friday that "
        '"nobody will close this harbour."'
    )
    assert said(text)[-1] == ("nobody will close this harbour.", "Greta Lind")


def test_a_name_that_speaks_in_a_relative_clause_outranks_the_owner_opening_it():
    text = (
        "Pedro Ruiz's remarks were echoed by the port board, including its chairman "
        "Tom Kell, who told reporters the quay would open in May.\n\n"
        '"Nothing will stop it now," he said.'
    )
    assert said(text)[-1] == ("Nothing will stop it now,", "Tom Kell")


def test_a_name_of_no_known_kind_that_spoke_last_twice_outranks_an_earlier_subject():
    text = (
        "In Galway, blogger Tom Hale is gathering volunteers for the flood relief. One "
        'helper signs his posts Quillon. In his latest post, Quillon asks: "Who has a '
        'boat?" "Bring dry socks," Quillon writes, "and a torch." He concludes: "Keep '
        'the kettles on."'
    )
    assert said(text)[-1] == ("Keep the kettles on.", "Quillon")


def test_a_quotations_it_is_the_body_that_spoke_last_not_a_later_mention():
    text = (
        "Marlowco has said it will recall two million jars of its spread.\n\n"
        'The company said the move was a "simple precaution". Marlowco said it had '
        "received nine complaints. The recall affects almost all Crunchos sold since "
        "2003.\n\n"
        'In a statement, it added: "Safety comes before everything else."'
    )
    assert said(text)[-1] == ("Safety comes before everything else.", "Marlowco")


def test_a_given_name_before_an_organisation_word_is_a_persons_full_name():
    text = (
        "Songwriter Ivan Chambers, who has worked with stars including Rob Ortiz, has "
        "backed the scheme. He said the lessons would protect young musicians from "
        '"ruthless" agents.'
    )
    assert said(text) == [("ruthless", "Ivan Chambers")]


def test_a_one_word_name_opening_a_sentence_before_a_past_verb_is_the_paragraphs_he():
    text = (
        'Governor Tom Hale answered first. "The blue team will win," he said.\n\n'
        'Ravell dodged the question and made no pick. "Either team can win," he said.'
    )
    assert said(text)[-1] == ("Either team can win,", "Ravell")
