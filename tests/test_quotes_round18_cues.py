"""Speakers, eighteenth round (issue 10, BBC census): cues the engine missed. Every case
is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_long_role_between_an_inverted_verb_and_the_name():
    # "Acme deputy enforcement director" reads as no one; the name after it speaks.
    text = (
        "Tom Hale ran the ferry firm for a decade.\n\n"
        "\u201cThe owners must be told the truth,\u201d said Acme deputy enforcement "
        "director Linda Thomsen.\n\n"
        "Hale did not answer the letter."
    )
    assert said(text) == [("The owners must be told the truth,", "Linda Thomsen")]


def test_an_owned_job_and_a_name_after_a_question_mark():
    # After "?" or ".", "Mr Hale's lawyer Ann Pike said." is the quotation's cue, not
    # a new sentence that leaves the quotation to the man of the sentence before.
    text = (
        "Tom Hale said the ferry sale should wait.\n\n"
        "\u201cWhy would anyone sell now?\u201d Mr Hale's lawyer Ann Pike said. The "
        "court rises on Friday.\n\n"
        "\u201cThe sale is void.\u201d Hale's spokeswoman said. \u201cWe will appeal,"
        "\u201d she added."
    )
    assert said(text) == [
        ("Why would anyone sell now?", "Ann Pike"),
        ("The sale is void.", "Hale's spokeswoman"),
        ("We will appeal,", "Hale's spokeswoman"),
    ]


def test_an_owned_job_that_opens_a_clause_of_its_own_stays_a_new_sentence():
    text = (
        "Tom Hale said the ferry sale should wait.\n\n"
        "\u201cWe lost the vote.\u201d Hale's lawyer said the firm would appeal."
    )
    assert said(text) == [("We lost the vote.", "Tom Hale")]


def test_a_description_is_the_person_named_with_its_job_at_the_next_quotation():
    text = (
        "Ferry bookings fell for the first time in two years, the port office said.\n\n"
        "\u201cThe trade is at a pause but will not fall\u201d, the harbour minister said. "
        "\u201cIt will be slower next year,\u201d said harbour minister Ivo Brandt."
    )
    assert said(text) == [
        ("The trade is at a pause but will not fall", "Ivo Brandt"),
        ("It will be slower next year,", "Ivo Brandt"),
    ]


def test_a_description_stays_itself_when_the_next_speaker_holds_another_job():
    text = (
        "Ferry bookings fell for the first time in two years, the port office said.\n\n"
        "\u201cThe trade is at a pause but will not fall\u201d, the harbour minister said. "
        "\u201cIt will be slower next year,\u201d said port chairman Ivo Brandt."
    )
    assert said(text) == [
        ("The trade is at a pause but will not fall", "the harbour minister"),
        ("It will be slower next year,", "Ivo Brandt"),
    ]


def test_the_job_of_an_owned_body_is_the_speaker_not_the_body_or_the_place():
    text = (
        "Floods hit the south on Monday.\n\n"
        "\u201cWater is still rising,\u201d the head of Ruritania's army said.\n\n"
        "\u201cWe are moving people by boat,\u201d the governor of Ruritania's Strelsau "
        "said."
    )
    assert said(text) == [
        ("Water is still rising,", "the head of Ruritania's army"),
        ("We are moving people by boat,", "the governor of Ruritania's Strelsau"),
    ]


def test_the_job_of_an_owned_body_is_the_person_named_before():
    text = (
        "Ivo Brandt toured the flooded valley on Monday. \u201cWater is still "
        "rising,\u201d the head of Ruritania's army said."
    )
    assert said(text) == [("Water is still rising,", "Ivo Brandt")]


def test_a_quoted_verdict_in_the_passive_is_the_agents_words():
    text = (
        "Tom Hale later accused Ivo Brandt of \u201ccheating\u201d and was fined \u00a3500 "
        "and \u201cseverely reprimanded\u201d by the Ferry Board."
    )
    assert said(text) == [("cheating", "Tom Hale"), ("severely reprimanded", "Ferry Board")]


def test_a_quoted_feeling_or_a_reported_verdict_stays_the_subjects():
    text = (
        "Tom Hale was \u201cdeeply shocked\u201d by Ann Pike.\n\n"
        "Ivo Brandt said he was \u201cseverely reprimanded\u201d by the Ferry Board."
    )
    assert said(text) == [("deeply shocked", "Tom Hale"), ("severely reprimanded", "Ivo Brandt")]


def test_a_verdict_in_a_reported_clause_with_its_own_named_subject_is_the_reporters():
    # The quoted verdict stands in what Rosa Lind says happened to Nils Berg: her words.
    text = (
        "Rosa Lind insisted Nils Berg had been \u201cunfairly warned\u201d by the pier "
        "trust.\n\n"
        "Rosa Lind says Nils Berg was \u201ccensured\u201d by the harbour court."
    )
    assert said(text) == [("unfairly warned", "Rosa Lind"), ("censured", "Rosa Lind")]


def test_a_verdict_joined_to_the_subjects_own_verb_is_still_the_agents():
    # "and was ... and" joins the verdict to Lind's own deeds: the court's word.
    text = (
        "Rosa Lind accused the pier trust of lying and was fined and \u201cformally "
        "censured\u201d by the harbour court."
    )
    assert said(text) == [("formally censured", "the harbour court")]


def test_a_word_for_an_instruction_is_no_verdict():
    # "told", "ordered" quote a word of the report, not a body's verdict on someone.
    reported = "Rosa Lind said fans were \u201ctold\u201d by the pier trust to stay away."
    assert said(reported) == [("told", "Rosa Lind")]
    ordered = "Nils Berg was \u201cordered\u201d by the harbour court to pay the fine."
    assert [s for _, s in said(ordered)] != ["the harbour court"]


def test_the_one_a_publication_reports_or_quotes_speaks_not_the_publication():
    text = (
        "Ferry staff fear for their jobs.\n\n"
        "\u201cThe works council is worried about the future,\u201d the Harbour Gazette "
        "reports a union source as saying.\n\n"
        "\u201cThe firm must invest its money in the boats,\u201d the newspaper quotes a "
        "source close to the owners.\n\n"
        "\u201cWe will not sell,\u201d the Gazette quoted Tom Hale."
    )
    assert said(text) == [
        ("The works council is worried about the future,", "a union source"),
        ("The firm must invest its money in the boats,", "a source close to the owners"),
        ("We will not sell,", "Tom Hale"),
    ]


def test_that_said_after_a_quotation_opens_a_sentence_of_its_own():
    text = (
        "Ann Pike was tired after the ferry race. As for the future, Pike firmly believes "
        "that you get a truer view of the sea from small boats. \u201cYou are left more "
        "to your own devices.\u201d That said, she is building a bigger boat with "
        "harbour master Ivo Brandt."
    )
    assert said(text) == [("You are left more to your own devices.", "Ann Pike")]


def test_a_source_cited_in_an_aside_is_not_the_one_described_as_saying():
    # "citing witnesses" is an aside; the verb before "as saying" is "described".
    text = (
        "The harbour master, citing witnesses, described the skipper as saying \u201cI did "
        "not see their lights\u201d."
    )
    assert [s for _, s in said(text)] in ([], [None], ["the skipper"])


def test_a_reported_source_with_a_place_after_it_still_speaks():
    text = (
        "The Harbour Gazette reports its reporter at the quay as saying \u201cthe last ferry "
        "has gone\u201d."
    )
    assert said(text) == [("the last ferry has gone", "its reporter")]
