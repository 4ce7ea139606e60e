"""A body named once in full with its acronym in brackets, and quoted by the acronym
(issue 10, eighth round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_name_with_a_comma_inside_is_spelled_out_for_its_acronym():
    text = (
        "The Bureau of Ports, Canals and Waterways (BPCW), which licenses barges, will "
        "raise its fees.\n\n"
        'The BPCW said: "Our locks need new gates before winter."'
    )
    assert said(text) == [
        ("Our locks need new gates before winter.", "Bureau of Ports, Canals and Waterways")
    ]


def test_a_place_before_the_spelled_out_name_is_no_part_of_it():
    text = (
        "In Tromsdal, the Office of Fjords, Ferries and Bridges (OFFB) closed a pier.\n\n"
        'The OFFB said the pier was "unsafe for heavy trucks".'
    )
    assert said(text) == [("unsafe for heavy trucks", "Office of Fjords, Ferries and Bridges")]
