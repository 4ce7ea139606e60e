"""Review revN's invented cases (nineteenth round) where two names22 rules, since withdrawn,
gave a wrong speaker: a job in apposition with no article made a firm a person, so its
"it said" was lost ("Kroll Associates, adviser to ..."); a bare surname went to an unlisted
namesake met first, a firm or an older relative ("Gamble said" to Procter Gamble). Each
must give the speaker the engine gave before those rules."""

from __future__ import annotations

import pytest

from tests.quote_support import said

CASES = [
    ('A08_other_name_pair2',
     'Zandro Pell and Kelvo Ostrand, analyst at Jupiter Research, disagreed. '
     '"Prices will fall," she said.',
     [('Prices will fall,', 'Zandro Pell')]),
    ('C03_product',
     'Critics praised Pribek Marsh, the new novel. Its author, Ilse Marsh, '
     'was modest. "I wrote it quickly," Marsh said.',
     [('I wrote it quickly,', 'Ilse Marsh')]),
    ('C06_victim_official',
     'Police named the dead man as Tavo Rendt. Chief inspector Ivo Rendt, no '
     'relation, led the inquiry. "We have leads," Rendt said.',
     [('We have leads,', 'Ivo Rendt')]),
    ('A36_goldman_agent_it',
     'The sale was run by Goldman Sachs, agent for the seller. "We are '
     'pleased with the price," it said.',
     [('We are pleased with the price,', 'Goldman Sachs')]),
    ('C20b_dow_jones_nodet',
     'Shares fell as Dow Jones futures slid. Ann Jones, a strategist at '
     'Barclays, was calm. "It will recover," Jones said.',
     [('It will recover,', 'Ann Jones')]),
    ('A40_kroll_it',
     'The audit was done by Kroll Associates, consultant to the lenders. "We '
     'found no fraud," it said.',
     [('We found no fraud,', 'Kroll Associates')]),
    ('A41_deloitte_it',
     'Deloitte Touche, auditor of the group, stood by its work. "Our opinion '
     'was sound," it said in a statement.',
     [('Our opinion was sound,', 'Deloitte Touche')]),
    ('A42_villa_it',
     'Aston Villa, opponent of the plan, issued a statement. "The fans come '
     'first," it said.',
     [('The fans come first,', 'Aston Villa')]),
    ('A43_lockheed_it',
     'Lockheed Martin, developer of the jet, defended the costs. "Every '
     'dollar is accounted for," it said.',
     [('Every dollar is accounted for,', 'Lockheed Martin')]),
    ('A47_unlisted_shareholder',
     'Zandro Capel, shareholder in the airline, wants a new board. '
     '"Management has failed," it said in a letter.',
     [('Management has failed,', 'Zandro Capel')]),
    ('C42_procter',
     'Demand at Procter Gamble is slowing, said Ann Gamble, an analyst. "It '
     'is a blip," Gamble said.',
     [('It is a blip,', 'Ann Gamble')]),
    ('C45_sotheby',
     'The painting sold at Sotheby Parke for millions. Its owner, Ann Parke, '
     'was delighted. "I never expected it," Parke said.',
     [('I never expected it,', 'Ann Parke')]),
    ('C46_rolls_inside',
     'Engines made by Rolls Royce failed twice. Ivo Royce, an engineer, '
     'explained. "The blades cracked," Royce said.',
     [('The blades cracked,', 'Ivo Royce')]),
    ('C62_son_far',
     'The firm was founded by Tavo Varkaus in 1970.\n\nToday it is run by Ivo '
     'Varkaus, his grandson, who took over in 2015.\n\n"We never forget where '
     'we came from," Varkaus said.',
     [('We never forget where we came ', 'Ivo Varkaus')]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_withdrawn_rules_near_misses(name: str, text: str, expected: list) -> None:
    assert [(quote[:30], speaker) for quote, speaker in said(text)] == expected
