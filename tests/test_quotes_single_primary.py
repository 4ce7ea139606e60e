"""Articles that quote with single marks first (‘…’, with “…” nested: British book style)
get the repairs that double marks get (`index/quotes/marks.py`, ``singles_primary`` and
``_single_spans``): a single mark reopened before the quote closed ends it there, a quote
left open at a paragraph's end runs to it and on into the next paragraph that opens with
a single mark, and an editor's bracket may open one (‘[The plan] is…’). Where double
marks are the primary ones, single marks still pair only within a paragraph. Every
sentence is invented for this test."""

from __future__ import annotations

from warreader.index.quotes.marks import singles_primary

from tests.quote_support import quotes_of, said


def test_which_marks_are_primary():
    assert singles_primary(["Ann Kell said: ‘We will build it.’", "‘It is late,’ she said."])
    assert not singles_primary(["Ann Kell said: “We will build ‘the pier’ soon.”"])
    assert not singles_primary(["No quotation here, and the council's plan."])
    assert singles_primary(["Ann Kell said: 'The ferry is late.'", "'Again,' she said."])


def test_a_reopened_single_mark_ends_the_quote_before_it():
    text = (
        "Ann Kell, who runs the ferry users' group, was blunt. ‘The timetable is a mess. "
        "‘Nobody told us the boats would stop,’ she said.\n\n"
        "‘We will write to the council,’ she added."
    )
    assert said(text) == [
        ("The timetable is a mess.", "Ann Kell"),
        ("Nobody told us the boats would stop,", "Ann Kell"),
        ("We will write to the council,", "Ann Kell"),
    ]


def test_a_quote_left_open_runs_on_into_the_next_paragraph():
    text = (
        "The harbour master, Tom Orr, said: ‘The pier has been closed since March. "
        "Repairs will take the summer.\n\n"
        "‘After that we will open it again for the boats.’\n\n"
        "‘It is about time,’ said Ann Kell."
    )
    got = said(text)
    assert got[0] == (
        "The pier has been closed since March. Repairs will take the summer.",
        "Tom Orr",
    )
    assert got[1] == ("After that we will open it again for the boats.", "Tom Orr")
    assert got[2] == ("It is about time,", "Ann Kell")


def test_an_editors_bracket_may_open_a_single_quote():
    text = "‘[The new timetable] is a disgrace,’ said Ann Kell of the users' group."
    assert said(text) == [("[The new timetable] is a disgrace,", "Ann Kell")]


def test_double_primary_articles_keep_single_marks_within_pairs():
    # Double marks first: a stray single mark never opens a quote that runs on.
    text = (
        "“The boats are late,” said Ann Kell.\n\n"
        "Locals call the old pier the 'Wreck and say it should go.\n\n"
        "“We want it fixed,” she added."
    )
    assert [q.text for q in quotes_of(text)] == ["The boats are late,", "We want it fixed,"]


def test_a_curly_mark_between_spaces_closes_an_open_quote():
    # A straight mark typed with a space before it ("high, " said) is curled as an
    # opening one by word processors: between spaces, its shape says nothing.
    text = (
        "“The fares are too high, “ said Ann Kell, who runs the users’ group. "
        "“Nobody listens to us.”"
    )
    assert said(text) == [
        ("The fares are too high,", "Ann Kell"),
        ("Nobody listens to us.", "Ann Kell"),
    ]


def test_elisions_open_no_pairs_so_double_marks_stay_primary():
    # "'bot" (robot) after a space looks like an opening mark, but closes nothing.
    text = (
        "The 'bot nets were found by a team of researchers.\n\n"
        "Most 'bot nets are small, and 'bot makers sell them on.\n\n"
        "“They are a loaded weapon,” said Ann Kell, who led the team."
    )
    assert [q.text for q in quotes_of(text)] == ["They are a loaded weapon,"]


def test_one_word_scare_terms_do_not_make_single_marks_primary():
    # Three one-word terms in single marks against one double quotation: double marks
    # stay primary, so a stray single mark opens nothing that runs to the paragraph end.
    text = (
        "Hale said: \"We are ready.\" He described the mood as 'tense'. Residents spoke of "
        "'fear' and 'anger'. Marko's 'Ukrainian dream is over, he added."
    )
    assert "Ukrainian dream is over, he added." not in [q.text for q in quotes_of(text)]
    assert said(text)[0] == ("We are ready.", "Hale")
    text = (
        "Mark Hale, the mayor, called it a 'disaster'. Olha Marko said the 'evacuation was "
        "chaotic and slow. She left on a bus with her 'babusya and two cats."
    )
    assert [q.text for q in quotes_of(text)] == ["disaster"]
    assert not singles_primary(["He called it 'tense'.", "They spoke of 'fear' and 'anger'."])
