"""Speakers, twenty-second round (issue 10, names25 d): a quotation with no speaker after
narration about things only (no name, no person pronoun, no person or body opening a
sentence, no question, colon or speech event) goes on from the paragraph's quotation
before it; a new person, "users", "his wife", "the bank", a question or a sign between
leave it alone, and so do (revM25) a document, group or plural person noun anywhere
between, a quotation opening on a question word, and a person named or described in the
sentence after the quotation. Found by bbc-dev14; near misses written before the rule was
run on them. Every sentence was written for this test; the names are invented.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

THING_NARRATION = [
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method uses the chip in bank cards. This can be changed at any time. It "
        "combines that with passwords. \"You put the card in the reader and a code "
        "appears.\"",
        "Steve Orr",
        id="d_pos_three",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method uses the chip in bank cards. This can be changed at any time. It "
        "lasts for 30 seconds. It combines that with passwords. \"You put the card in the "
        "reader and a code appears.\"",
        "Steve Orr",
        id="d_pos_four",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process. The hardest is to know who a user is.\n\n\"The answer is to "
        "combine what you know with what you have.\" The method it has developed uses the "
        "chip in bank cards and a special reader which can make codes that last for a "
        "set time. This can be changed at any time and can last for as little as 30 "
        "seconds before it changes. It combines that with usual passwords, as well as "
        "other security questions. \"You put the card in the reader and a code appears.\" "
        "The clever part happens at the bank.",
        "Steve Orr",
        id="d_pos_long",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method uses the chip in bank cards. This can be changed at any time. The "
        "Bank of England has warned against it. \"Customers must not be the guinea pigs.\"",
        "Bank of England",
        id="d_nm2_body_acted",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method uses the chip in bank cards. This can be changed at any time. A "
        "poster at the branch reads: \"Your card is your key.\"",
        None,
        id="d_nm3_sign",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you "
        "have.\"\n\nElsewhere, the cost of cards rose. Prices went up by 5%. Shops were "
        "unhappy. \"We cannot absorb this,\" a shop owner said.",
        "a shop owner",
        id="d_nm6_new_topic_para",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method it has developed uses the chip in bank cards and a special reader "
        "which can make codes. Ann Lee of Bankco was not impressed by the questions. It "
        "combines that with usual passwords, as well as other security questions. \"You "
        "put the card in the reader and a code appears.\"",
        None,
        id="d_nm13_long_person",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method it has developed uses the chip in bank cards and a special reader "
        "which can make codes. Many users found it slow and raised questions. It "
        "combines that with usual passwords, as well as other security questions. \"It "
        "takes far too long.\"",
        None,
        id="d_nm14_long_users",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method it has developed uses the chip in bank cards and a special reader "
        "which can make codes. His wife was less sure and had questions. It combines "
        "that with usual passwords, as well as other security questions. \"I prefer cash.\"",
        None,
        id="d_nm15_long_she",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method it has developed uses the chip in bank cards and a special reader "
        "which can make codes. It combines that with usual passwords, as well as other "
        "security questions. Is it safe? \"Nothing is totally safe.\"",
        None,
        id="d_nm16_long_question",
    ),
    pytest.param(
        "Banks test new cards\n\nSteve Orr, from Cardco, told the BBC there are two parts "
        "to the process.\n\n\"The answer is to combine what you know with what you have.\" "
        "The method it has developed uses the chip in bank cards and a special reader "
        "which can make codes. The bank raised questions about the cost of the readers. "
        "It combines that with usual passwords. \"Customers will pay in the end.\"",
        None,
        id="d_nm17_long_bank",
    ),
] + [
    pytest.param(  # revM25: narration that brings in another voice carries nothing
        "Museum to close\n\nRuth Kemp, the curator, told reporters the museum would shut "
        "in May.\n\n\"We cannot pay the bills any more.\" " + narration,
        speaker,
        id=f"d_{tag}",
    )
    for tag, narration, speaker in [
        ("nm18_email", "The news came in an email late at night with a warning. It ran to "
         "one line. \"Clear your desks by noon.\"", None),
        ("nm19_staff", "The night staff were laid off in the spring without any warning. "
         "\"We heard it on the radio.\"", None),
        ("nm20_plural_later", "The old roof was checked last week by engineers after the "
         "warning. \"It could fall at any time.\"", None),
        ("nm21_question_no_mark", "The obvious question is money. \"Who will pay for the "
         "roof.\"", None),
        ("nm22_person_after", "The rooms have been shut for weeks after questions about the "
         "roof. \"It broke my heart.\" Sam Ortiz, a guide, has worked there for years.", None),
        ("nm23_noun_after", "The rooms have been shut for weeks after questions about the "
         "roof. \"It broke my heart.\" The words are those of a guide who lost her job.", None),
        ("pos_board", "The plan uses the money from the sale of two paintings. It was "
         "agreed after questions from the board. \"The rest will come from the city.\"",
         "Ruth Kemp"),
    ]
]



@pytest.mark.parametrize(("text", "speaker"), THING_NARRATION)
def test_last_quotation_speaker_after_narration(text: str, speaker: str | None) -> None:
    """The speaker of the article's last quotation (of kind "quote")."""
    found = said(text)
    assert found, "no quotation found"
    assert found[-1][1] == speaker, found
