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

CASES = [
    *(pytest.param(t, s, id=f"{part}-{n}") for part, cases in (("kin", KIN),)
      for n, (t, s) in enumerate(cases)),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_where_names27_over_fired(text, speakers):
    assert [speaker for _, speaker in said(text)] == speakers
