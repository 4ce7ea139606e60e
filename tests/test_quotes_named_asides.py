"""Named speakers, thirteenth round (issue 10, NAME-resolved lines): a colon introduction
whose subject is parted from its verb by an aside, or follows an opening phrase. Every
case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_an_aside_between_a_subject_and_its_verb_keeps_the_subject_at_a_colon():
    text = (
        "The Harbour Board met on Monday.\n\n"
        "The Harbour Board, in a memo to its ferry staff, worded it more bluntly: "
        "\u201cNobody may moor at the old pier.\u201d\n\n"
        "Mayor Olga Trent, who opened the pier in 2019, was curt: \u201cIt stays open.\u201d\n\n"
        "The Dunmore Rowing Club, as ever, had this to say: \u201cWe row at dawn.\u201d"
    )
    assert said(text) == [
        ("Nobody may moor at the old pier.", "Harbour Board"),
        ("It stays open.", "Olga Trent"),
        ("We row at dawn.", "Dunmore Rowing Club"),
    ]


def test_a_colon_introduction_after_an_opening_phrase_is_the_main_subjects():
    text = (
        "Mayor Olga Trent opened the pier at Dunmore on Friday.\n\n"
        "On a wet evening in June, Tidewatch struck a sour note: "
        "\u201cThe pier was built too short.\u201d\n\n"
        "After the vote, Trent sounded a hopeful note: \u201cWe will lengthen it.\u201d"
    )
    assert said(text) == [
        ("The pier was built too short.", "Tidewatch"),
        ("We will lengthen it.", "Olga Trent"),
    ]


def test_a_description_run_before_a_name_is_no_subject_after_an_opening_phrase():
    text = (
        "Before the mayor\u2019s speech in the short film, the Dunmore-born marine historian "
        "Ed Rook, who died in 2011, is shown lecturing: \u201cSailors, heed the tides.\u201d"
    )
    assert said(text) in (
        [("Sailors, heed the tides.", None)],
        [("Sailors, heed the tides.", "Ed Rook")],
    )


def test_a_name_after_an_owner_that_a_verb_governs_is_its_object_not_a_subject():
    text = (
        "Mayor Olga Trent opened the pier at Dunmore on Friday.\n\n"
        "Ned Pope, 57, quit his Dunmore Pier post on 24 November and vowed: "
        "\u201cI will not go back, no chance.\u201d\n\n"
        "Kestle skipper Ivo Brandt hailed the win.\n\n"
        "The Kestle number 10 kicked 14 points to help keep alive their Harbour Cup "
        "hopes. He told the Tidewatch: \u201cWe made hard work of it.\u201d"
    )
    assert said(text) == [
        ("I will not go back, no chance.", "Ned Pope"),
        ("We made hard work of it.", "Ivo Brandt"),
    ]


def test_an_owner_after_what_still_opens_a_subject():
    text = (
        "Olga Trent\u2019s aides cast her win in the Kestle vote as a sign that her plan "
        "\u2014 what her team calls her \u201cclean harbour\u201d agenda \u2014 was working."
    )
    assert said(text) == [("clean harbour", "her team")]
