"""A company whose name opens on a title ("General Electric", "General Dynamics"): its
last word is a company's word, so the run is the company, never a General named
"Electric". Issue 10, twentieth round (found by review on invented text). Every case is
text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_company_opening_on_a_title_is_the_company():
    assert said('"They will last thirty years," General Electric said.') == [
        ("They will last thirty years,", "General Electric")
    ]
    assert said('"The tanks are ready," General Dynamics said in a statement.') == [
        ("The tanks are ready,", "General Dynamics")
    ]


def test_a_quotation_alone_after_the_company_is_not_given_to_a_general():
    text = 'General Electric built the turbines.\n\n"They will last thirty years."'
    assert said(text) == [("They will last thirty years.", None)]


def test_near_misses_keep_their_readings():
    assert said('"The troops are tired," General Dannatt said.') == [
        ("The troops are tired,", "Dannatt")
    ]
    assert said('"The surge worked," General David Petraeus said.') == [
        ("The surge worked,", "David Petraeus")
    ]
    assert said('"We held the bridge," Major Tom Hale said.') == [
        ("We held the bridge,", "Tom Hale")
    ]
    text = '"The grid is safe," General Hale, who once ran an electric company, said.'
    assert said(text) == [("The grid is safe,", "Hale")]
    text = '"Orders are strong," General Electric\'s chief executive, Jeff Immelt, said.'
    assert said(text) == [("Orders are strong,", "Jeff Immelt")]
    assert said('"Demand is high," electric car maker Tesla said.') == [
        ("Demand is high,", "Tesla")
    ]
    assert said('"The plant will close," a General Electric spokesman said.') == [
        ("The plant will close,", "a General Electric spokesman")
    ]
    text = 'Tom Hale sued General Electric on Monday. "They lied to us," he said.'
    assert said(text) == [("They lied to us,", "Tom Hale")]
    text = 'Anna Berg, who founded Berg Foods, spoke on Monday. "We will grow," she said.'
    assert said(text) == [("We will grow,", "Anna Berg")]
