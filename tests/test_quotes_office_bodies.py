"""A body named for the office-holder who runs it: "The Office of the Deputy Prime Minister
said ..." is the Office of the Deputy Prime Minister (office_holders.office_body: "Office",
"of"/"for", perhaps "the", capitalised words with a role word and no listed given name or
honorific), not "Minister" (the holder's name cut from the field by office_cut; huntuk26
family 16). Near misses: a person named with the office or after it, the holder without
the Office, the Office as an object. Sentences written for this test (bodies27).
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

OFFICES = [
    ('The Office of the Deputy Prime Minister said the plan was "bad". It added that it was '
     '"late".',
     ['Office of the Deputy Prime Minister', 'Office of the Deputy Prime Minister']),
    ('The Office of the Attorney General said the case was "weak".',
     ['Office of the Attorney General']),
    ('The Office of the Director of National Intelligence said the threat was "serious".',
     ['Office of the Director of National Intelligence']),
    ('A spokesman for the Office of the Deputy Prime Minister said the figures were '
     '"wrong".',
     ['A spokesman for the Office of the Deputy Prime Minister']),
    ('The Office of the Deputy Prime Minister said the plan was "bad". Mr Prescott said it '
     'was "good".',
     ['Office of the Deputy Prime Minister', 'Prescott']),
    ('The Office of the Deputy Prime Minister, which runs housing, said the plan was '
     '"sound".',
     ['Office of the Deputy Prime Minister']),
    ('A report by the Office of the Deputy Prime Minister said councils were "failing".',
     ['Office of the Deputy Prime Minister']),
]

NEAR_MISSES = [
    ('Ann Roe may head the Office of Rural Affairs Hale set up in May. "I am ready," she said.',
     ['Ann Roe']),
    ('Lena Voss will run the Office of the Mayor. She said the job was "an honour".',
     ['Lena Voss']),
    ('Tom Hale, of the Office of the Attorney General, said the case was "weak".',
     ['Tom Hale']),
    ('The Office of Fair Trading said the deal was "unfair".',
     ['Office of Fair Trading']),
    ('The head of the Office of the Attorney General, Ann Roe, said the case was "weak".',
     ['Ann Roe']),
    ('The Deputy Prime Minister, John Prescott, said the plan was "bold".',
     ['John Prescott']),
    ('Ms Kerr left the Office of the Deputy Prime Minister in May. She said the job was '
     '"thankless".',
     ['Kerr']),
    ('Attorney General Lord Goldsmith said the advice was "clear".',
     ['Lord Goldsmith']),
    ('Chief of the Defence Staff Sir Mike Jackson said the army was "stretched".',
     ['Mike Jackson']),
    ('John Prescott, who runs the Office of the Deputy Prime Minister, said the plan was '
     '"good".',
     ['John Prescott']),
    ('The Office for National Statistics said growth was "weak".',
     ['Office for National Statistics']),
    ('The Office of the Prime Minister Tony Blair said the plan was "sound".',
     ['Tony Blair']),
    ('Minister for the Office of the Deputy Prime Minister Yvette Cooper said the homes '
     'were "needed".',
     ['Yvette Cooper']),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_the_office_of_an_office_holder_is_one_body(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_people_named_with_an_office_keep_their_names(text, expected):
    assert speakers(text) == expected
