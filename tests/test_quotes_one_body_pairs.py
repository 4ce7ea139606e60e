"""Two capitalised words joined by "and" that a verb in the singular follows are one body's
name: "Marks and Spencer has said ..." is Marks and Spencer, not "Marks" (pair_subjects.
_one_body; huntuk26 family 16). Without such a verb the text does not tell one firm from two
("Ernst and Young audited ...", "Volna and Zarn have said"), and the first name stands for
the pair as before; people ("Tom Hale and Ann Roe"), honorifics, a title ("Police and Crime
Commissioner Ann Roe") and a possessive are never joined. Sentences written for this test
(bodies27).
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

ONE_BODY = [
    ('Marks and Spencer has said sales were "strong".',
     ['Marks and Spencer']),
    ('Procter and Gamble has said sales were "strong". It added that costs were "high".',
     ['Procter and Gamble', 'Procter and Gamble']),
    ('Tate and Lyle has said the plant will "close". Unite said the news was "a blow".',
     ['Tate and Lyle', 'Unite']),
    ('Marks and Spencer has said profits were "strong", and Tesco said sales were "flat".',
     ['Marks and Spencer', 'Tesco']),
    ('"Sales are good," Marks and Spencer has said.',
     ['Marks and Spencer']),
    ('Procter and Gamble has said costs were "high". Its chief executive, Ann Roe, said '
     'prices would "rise".',
     ['Procter and Gamble', 'Ann Roe']),
]

NEAR_MISSES = [
    ('Volna and Zarn have said the merger is "off".',
     ['Volna']),
    ('Tom Hale and Ann Roe have said the plan was "mad".',
     ['Tom Hale']),
    ('Hale and Ross, who has since left, said the plan was "mad".',
     ['Hale']),
    ('Ernst and Young audited the accounts. "They are in order," the firm said.',
     ['the firm']),
    ('Smith and Jones is a comedy show. "It was fun," said Ann Roe.',
     ['Ann Roe']),
    ('Hale and Ross is the firm\'s name. "We are small," Hale said.',
     ['Hale']),
    ('Marks and Spencer\'s boss, Stuart Rose, said sales were "good".',
     ['Stuart Rose']),
    ('Smith and Nephew was sold. Ann Roe said the price was "fair".',
     ['Ann Roe']),
    ('Police and Crime Commissioner Ann Roe has said the plan was "bold".',
     ['Ann Roe']),
    ('Mr Hale and Mr Ross have said the plan was "mad".',
     ['Hale']),
]


@pytest.mark.parametrize(("text", "expected"), ONE_BODY)
def test_a_pair_with_a_singular_verb_is_one_body(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_pairs_and_people_without_a_singular_verb_keep_their_speakers(text, expected):
    assert speakers(text) == expected
