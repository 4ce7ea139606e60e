"""What a possessive owns in a document's source ("A statement from Mr Dunn's office came
out on Monday." then "the statement said"): the owned words are a noun phrase - up to three
lower-case words stopped by a verb, an auxiliary or an adverb, ending in a noun for a body or
a person (one word alone before a stop whatever it is) - so the speaker is "Dunn's office",
never "Dunn's office came out" (owned_sources._owned_words; mendDC26's leftover, bodies27).
Sentences written for this test; 12 of the 14 were garbled on main (the physio and the
unrelated "he" were right and must stay).
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

OWNED = [
    ("A statement from Mr Dunn's office came out on Monday.",
     '"The plan is dead," the statement said.', ["Dunn's office"]),
    ("A letter from Ms Kerr's lawyers arrived on Friday.",
     '"Our client is innocent," the letter said.', ["Kerr's lawyers"]),
    ("A statement from Mr Dunn's legal team was read outside court.",
     '"He will appeal," the statement said.', ["Dunn's legal team"]),
    ("A statement from Mr Dunn's physio, issued late on Sunday, was brief.",
     '"He is fit," the statement said.', ["Dunn's physio"]),
    ("A note from Mr Dunn's office reached reporters last night.",
     '"No comment," the note said.', ["Dunn's office"]),
    ("A statement from Mr Dunn's family was released by police.",
     '"We are heartbroken," the statement said.', ["Dunn's family"]),
    ("A report from Ms Kerr's department came out in June.",
     '"Costs have doubled," the report said.', ["Kerr's department"]),
    ("A statement from Mr Dunn's press office followed soon after.",
     '"The minister is on holiday," the statement said.', ["Dunn's press office"]),
    ("A statement from Mr Dunn's spokesman went further.",
     '"This is a smear," the statement said.', ["Dunn's spokesman"]),
    ("A letter from Mr Dunn's campaign manager was leaked.",
     '"We are broke," the letter said.', ["Dunn's campaign manager"]),
    ("A statement from Mr Dunn's aides later denied the story.",
     '"It is false," the statement said.', ["Dunn's aides"]),
    ("A report from Mr Dunn's committee appeared on Tuesday.",
     '"Nothing was done," the report said.', ["Dunn's committee"]),
    ("The letter from Mr Dunn's doctor was made public.",
     '"He needs rest," the letter said.', ["Dunn's doctor"]),
    ("A statement from Ms Kerr's office was issued on Monday. Mr Dunn responded hours later.",
     '"She is wrong," he said.', ['Dunn']),
]


@pytest.mark.parametrize(("lead", "quoted", "expected"), OWNED)
def test_a_documents_owner_is_a_noun_phrase_never_its_verb(lead, quoted, expected):
    assert speakers(lead, quoted) == expected
