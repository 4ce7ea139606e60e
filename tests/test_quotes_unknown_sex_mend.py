"""Near misses of names27's rules found by review revM27, in sentences written for this
test: a firm, country or backer in apposition to a name's possessive is no kin of it
(F4), a "he"/"she" after "X said" binds no body that a described person or a named
person of that sex may be meant by (F1, F2), and a firm, band or programme met is no
"he"/"she" (F3)."""

from __future__ import annotations

import pytest

from tests.quote_support import said

# F4: only a true kin noun owned by a name makes the named one a person.
KIN = [
    ('Nordvik posted higher sales on Tuesday. Halvex, Nordvik\'s rival, said its '
     'stores were busy too. "Our shelves are empty," it said.',
     ['Halvex']),
    ('Poland, Hungary\'s old ally, said it would block the budget. "We cannot accept '
     'this plan," it said.',
     ['Poland']),
    ('Brantwell, Kessler\'s former backer, said it had pulled its money. "The decision '
     'is final," it said.',
     ['Brantwell']),
    ('Ilse, Marten Dorsey\'s widow, spoke at the funeral. "He was a gentle man," she '
     'said.',
     ['Ilse']),
]

# F1: a described person near "X said he/she" may be whom the pronoun means; the body
# learns no sex and keeps its own "it said".
DESCRIBED = [
    ('A driver was dismissed on Friday.\n\nKestrel said he had ignored the safety rules. '
     '"We take safety seriously," it said.',
     ['Kestrel']),
    ('A midwife in Hull was suspended on Tuesday. Kestrel said she had been treated '
     'unfairly. "We will appeal," it said.',
     ['Kestrel']),
    ("The charity's treasurer was charged with fraud.\n\nOxley said he had resigned in "
     'May. "He no longer works here," it said.',
     ['Oxley']),
    ('An executive was fired last week.\n\nBrantley said he had leaked the accounts. "We '
     'had no choice," it said.',
     ['Brantley']),
]
# F2: a person of the pronoun's sex named before, as an object or two paragraphs up,
# keeps "X said he" from binding to X.
NAMED = [
    ('Officers arrested Daniel Ortiz on Sunday. Marlow said he had been framed.\n\n"I did '
     'nothing wrong at all," he said.',
     ['Daniel Ortiz']),
    ('The board dismissed Grace Whitby on Friday. Denholm said she had been badly treated.'
     '\n\n"We will appeal against this," he said.',
     ['Denholm']),
]

# F3: a two-word name met, interviewed or congratulated is no "he"/"she" for being met.
MET = [
    ('Ann Roe met Corby Foods on Tuesday to talk about the factory.\n\n"We will keep it '
     'open," he said.',
     [None]),
    ('Tom Hale was interviewed by Radio Humber on Monday. "It was hard going," she said.',
     [None]),
    ('The mayor congratulated Wrexham Rovers on their promotion. "It is a proud day for the '
     'town," he said.',
     [None]),  # no club for a "he" (the mayor, a description, is not found either)
]

CASES = [
    *(pytest.param(t, s, id=f"{part}-{n}") for part, cases in (
        ("kin", KIN), ("described", DESCRIBED), ("named", NAMED), ("met", MET))
      for n, (t, s) in enumerate(cases)),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_where_names27_over_fired(text, speakers):
    assert [speaker for _, speaker in said(text)] == speakers
