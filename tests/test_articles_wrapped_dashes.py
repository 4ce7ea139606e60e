"""A hard-wrapped paragraph (plain-text feeds, email, wire dumps) whose wrapper put a
spaced dash first on a line ("... the night boats\n- about a tenth ...") is one
paragraph: the dash goes on with the sentence of the line before, which ends mid-
sentence (`index/articles/segment.py`, ``_bullet``). A dash after a line that ends on a
colon or a full stop still opens a list item. Every line is invented for this test."""

from __future__ import annotations

from warreader.index.articles.segment import split_units

WRAPPED = """Ferries

The harbour board has fined the ferry company that runs the night boats
- about a tenth of its yearly takings - after a row over late sailings
that left travellers stranded on the pier for most of a winter night.

The board listed what it wants done about the ferry service this year:
- a new timetable
- a bigger waiting room
"""


def test_a_dash_that_goes_on_with_the_sentence_joins_the_wrapped_paragraph():
    units = [(u.listitem, u.text) for u in split_units(WRAPPED)]
    assert units[1] == (
        False,
        "The harbour board has fined the ferry company that runs the night boats - about "
        "a tenth of its yearly takings - after a row over late sailings that left "
        "travellers stranded on the pier for most of a winter night.",
    )


def test_a_dash_after_a_colon_still_opens_a_list_item():
    units = [(u.listitem, u.text) for u in split_units(WRAPPED)]
    assert units[2:] == [
        (False, "The board listed what it wants done about the ferry service this year:"),
        (True, "- a new timetable"),
        (True, "- a bigger waiting room"),
    ]


def test_the_same_in_a_long_article_wrapped_at_one_width():
    # Enough full lines for the reader to find the width the whole text was wrapped at.
    lead = (
        "The harbour board met on Monday night to talk about the ferries again and\n"
        "heard from travellers, crews and the company that runs the night boats to\n"
        "the islands, which has had a poor winter and lost money on most sailings.\n"
        "Its chairman said the board would meet again in the spring to decide on a\n"
        "new timetable for the summer and on what to do about the old pier there.\n"
    )
    units = [u.text for u in split_units(lead + "\n" + WRAPPED.split("\n\n", 1)[1])]
    assert any(t.startswith("The harbour board has fined") and t.endswith("winter night.")
               for t in units)


LIST_AFTER_OPEN_LINE = """Council sets out the options

The council met on Tuesday evening to discuss the budget for the coming year, and its
members were told by officers that the three options now on the table were these ones
- raise council tax by five per cent from April, which would bring in two million pounds
- cut library opening hours across the borough, which would save half a million pounds
- close two of the town's three leisure centres, which would save about a million pounds

Mark Hale, the council leader, said: "None of these is easy for anyone in this town."
"""


def test_dash_lines_in_a_row_are_a_list_even_after_a_line_without_a_stop():
    units = [(u.listitem, u.text) for u in split_units(LIST_AFTER_OPEN_LINE)]
    items = [text for listitem, text in units if listitem]
    assert [text[:20] for text in items] == [
        "- raise council tax ",
        "- cut library openin",
        "- close two of the t",
    ]
