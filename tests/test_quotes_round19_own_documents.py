"""Speakers, nineteenth round (issue 10), mended after review: a document is a speaker's
only when it is the cue's own ("said in its latest report"), never one the speaker cites,
answers, reads out or talks about, nor one "by"/"from" another author (that author's,
since doc26). Every case is text written for this test; the near misses are shapes where
the owner must not be the person or body who commented on the document."""

from __future__ import annotations

import pytest

from tests.quote_support import said

Q = "\u201cFares will double,\u201d the {doc} said."


@pytest.mark.parametrize(
    ("lead", "doc", "speaker"),
    [
        ("Rail use dropped, Mara Voss said in her yearly review of the network.", "review",
         "Mara Voss"),
        ("Rail use dropped, Mara Voss said on Tuesday in a short statement.", "statement",
         "Mara Voss"),
        ("Rail use dropped, the transport board said in its spring report.", "report",
         "the transport board"),
    ],
)
def test_a_document_the_cue_speaks_through_is_the_speakers(lead, doc, speaker):
    assert said(f"{lead}\n\n{Q.format(doc=doc)}") == [("Fares will double,", speaker)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Rail use dropped, Mara Voss said, quoting a report by Trackwise.", "Trackwise"),
        ("Rail use dropped, Mara Voss said, brushing aside a report by Trackwise.", "Trackwise"),
        ("Rail use dropped, Mara Voss said, answering a report from Trackwise.", "Trackwise"),
        ("Rail use dropped, Mara Voss said in answer to a report by Trackwise.", "Trackwise"),
        ("Rail use dropped, Mara Voss told the committee as a report by Trackwise was "
         "leaked.", "Trackwise"),
        ("Rail use dropped, Mara Voss said of a report that Trackwise wrote.", "the report"),
        ("Rail use dropped, Mara Voss said after a report on the network came out.",
         "the report"),
        ("Rail use dropped, Mara Voss said in an interview about the new report.", "the report"),
        ("Rail use dropped, Carrow Rail said, holding up a report by Trackwise.", "Trackwise"),
    ],
)
def test_a_document_the_speaker_comments_on_is_not_the_speakers(lead, speaker):
    # The report is another's: it speaks for the author named right after it ("a report
    # by Trackwise", doc26), else as itself; never for the person who commented on it.
    assert said(f"{lead}\n\n{Q.format(doc='report')}") == [("Fares will double,", speaker)]


def test_a_statement_read_out_from_a_union_is_not_the_readers():
    text = (
        "The strike goes on, Mara Voss said, reading out a statement from the drivers' "
        "union.\n\n\u201cWe will not return,\u201d the statement said."
    )
    assert said(text) == [("We will not return,", "the statement")]


def test_a_report_discussed_in_the_quotes_own_sentence_is_not_the_speakers():
    text = (
        "\u201cIt is a fair picture,\u201d Mara Voss said of the report, which Trackwise "
        "published.\n\n\u201cFares will double,\u201d the report said."
    )
    assert said(text) == [
        ("It is a fair picture,", "Mara Voss"),
        ("Fares will double,", "the report"),
    ]


def test_a_named_column_that_speaks_after_its_cue_still_owns_its_next_words():
    # The document is the head of the speaker's own phrase: "said the Lark Notes column".
    text = (
        "A column in the Daily Lark criticised the speech.\n\n\u201cThe speech was "
        "rough,\u201d said the Lark Notes (Notes of the Lark) column.\n\n\u201cIt was "
        "unwise,\u201d the column noted."
    )
    assert said(text) == [("The speech was rough,", "Lark Notes"), ("It was unwise,", "Lark Notes")]


# --- "it said in its report" after a reported clause: "it" is no common noun opening it


def test_it_reporting_a_clause_is_not_the_common_noun_opening_that_clause():
    text = (
        "Kestrel Air cancelled flights. Demand fell, it said in a statement.\n\n"
        "\u201cWe regret the delays,\u201d the statement said."
    )
    assert said(text) == [("We regret the delays,", "Kestrel Air")]


def test_it_with_no_body_before_leaves_the_document_to_speak_as_itself():
    text = (
        "Leaks rose, it said in its annual report.\n\n"
        "\u201cPipes are failing,\u201d the report said."
    )
    assert said(text) == [("Pipes are failing,", "the report")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named inside the clause, a quotation before "it", "and it", a name of
        # two words opening the clause, a "she", a description that speaks next.
        ("Sales at Kestrel Air fell, it said in a statement.\n\n\u201cWe regret the "
         "delays,\u201d the statement said.", [("We regret the delays,", "Kestrel Air")]),
        ("Kestrel Air cancelled flights. \u201cDemand fell,\u201d it said.",
         [("Demand fell,", "Kestrel Air")]),
        ("Kestrel Air cut fares on Monday. Kestrel Air grew fast, it said in its report."
         "\n\n\u201cCosts will fall,\u201d the report said.",
         [("Costs will fall,", "Kestrel Air")]),
        ("Tova Rill left the firm. Growth slowed, she said. \u201cIt was hard,\u201d she "
         "added.", [("It was hard,", "Tova Rill")]),
        ("The bridge reopened. Traffic rose, it said. \u201cIt works,\u201d the council "
         "added.", [("It works,", "the council")]),
    ],
)
def test_it_after_a_clause_near_misses_keep_their_speakers(text, expected):
    assert said(text) == expected
