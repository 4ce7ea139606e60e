"""A definite description repeats an unnamed source by the initials of the body it
speaks for ("the NFU spokeswoman" after "a spokeswoman for the National Farmers Union"),
and by one who spoke earlier in the same paragraph, though that paragraph's quotations
are not yet told from terms (``unnamed_sources.unnamed_before``). Near misses keep what
the engine gave before: other initials, another job, a person named with the job, a
source that spoke only in an earlier paragraph, another body's spokesman. Initials that
two bodies in reach share ("the CMA spokesman" after a Coal Miners' Association's and a
Crown Mint Authority's) leave the description as it is, whichever spoke last
(:func:`test_initials_two_bodies_share_name_neither`). Every name and sentence is
invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"Prices are far too low,\" said a spokeswoman for the National Farmers Union. "
         "\"It is a crisis,\" the NFU spokeswoman added.",
         "a spokeswoman for the National Farmers Union"),
        ("\"Prices are far too low,\" said a spokeswoman for the National Farmers Union.\n\n"
         "\"It is a crisis,\" the NFU spokeswoman added.",
         "a spokeswoman for the National Farmers Union"),
        ("A spokesman for the National Farmers Union (NFU) said prices were \"far too low\". "
         "The NFU spokesman said farms were closing. \"It is a crisis,\" he said.",
         "A spokesman for the National Farmers Union"),
        ("A spokesman for Acme said sales fell. A spokesman for the National Farmers Union "
         "said prices were low. \"It is a crisis,\" the Acme spokesman said.",
         "A spokesman for Acme"),
    ],
)
def test_a_description_repeats_the_unnamed_source_by_its_bodys_initials(text, speaker):
    assert said(text)[-1] == ("It is a crisis,", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for the National Farmers Union said prices were low. \"It is a "
         "crisis,\" the NUT spokeswoman said.", "the NUT spokeswoman"),
        ("\"Prices are far too low,\" said a spokeswoman for the National Farmers Union. "
         "\"It is a crisis,\" the NHS spokeswoman said.", "the NHS spokeswoman"),
        ("\"Prices are far too low,\" said a spokeswoman for the National Farmers Union. "
         "Ann Colley, the NFU spokeswoman, disagreed. \"It is a crisis,\" the NFU "
         "spokeswoman said.", "Ann Colley"),
        ("A senior official said the talks had stalled.\n\nTom Varley, an official at the "
         "ministry, spoke on Monday. \"It is a crisis,\" the official said.", "Tom Varley"),
        ("A senior official said talks had stalled, but Tom Varley, the official in charge, "
         "disagreed. \"It is a crisis,\" the official said.", "Tom Varley"),
        ("A spokesman for the National Farmers Union said prices were low. Tom Varley, the "
         "NFU spokesman in Wales, disagreed. \"It is a crisis,\" the NFU spokesman said.",
         "Tom Varley"),
    ],
)
def test_a_description_with_other_initials_or_a_named_holder_is_no_unnamed_source(
    text, speaker
):
    assert said(text)[-1] == ("It is a crisis,", speaker)


@pytest.mark.parametrize(
    "text",
    [
        ("\"Pits are closing,\" said a spokesman for the Coal Miners Association. \"Coins "
         "are scarce,\" said a spokesman for the Crown Mint Authority. \"It is a crisis,\" "
         "the CMA spokesman added."),
        ("\"Coins are scarce,\" said a spokesman for the Crown Mint Authority. \"Pits are "
         "closing,\" said a spokesman for the Coal Miners Association. \"It is a crisis,\" "
         "the CMA spokesman added."),
        ("\"Pits are closing,\" said a spokesman for the Coal Miners Association. Ian Marsh, "
         "a spokesman for the Crown Mint Authority, did not agree. \"It is a crisis,\" the "
         "CMA spokesman said."),
        ("Shortages were feared by a spokeswoman for the Coal Miners Association, while a "
         "spokeswoman for the Crown Mint Authority said stocks were fine. \"It is a crisis,\" "
         "the CMA spokeswoman said."),
    ],
)
def test_initials_two_bodies_share_name_neither(text):
    speaker = said(text)[-1]
    assert speaker[0] == "It is a crisis," and speaker[1].startswith("the CMA spokes")
