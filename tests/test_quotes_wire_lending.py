"""Wire layout (one sentence a paragraph): a quotation inside narration with no cue of
its own borrows the strong cue of the paragraph just before, as it would the sentence
before in the same paragraph (index/quotes/wire_lending.py), while its words keep that
speaker as their topic. Another person, a possessive name, a body or a pronoun of the
other gender before the quotation ends the lending. Invented text.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

_QUIST = "Professor Abel Quist said false stories are hard to dislodge."
_TRUTH = '"a rumour always travels faster than its correction."'


def _last(*paras: str) -> str | None:
    return said("\n\n".join(paras))[-1][1]


def test_the_next_sentence_in_its_own_paragraph_borrows_the_cue() -> None:
    assert _last(_QUIST, f"That is why, in the end, {_TRUTH}") == "Abel Quist"
    assert (
        _last(
            '"Staff turnover is the real cost," said analyst Cara Dunmore.',
            "Offshore centres are not to blame, Ms Dunmore says.",
            'There is "no real difference in waiting times between centres at home and abroad."',
        )
        == "Cara Dunmore"
    )


NEAR_MISSES = {
    "a possessive name": f"Kemp's reply was that {_TRUTH}",
    "a new person as an object": f"The book by Dr Ruth Kemp argues that {_TRUTH}",
    "a body as subject": f"The union dismissed this, saying {_TRUTH}",
    "a surname as subject": f"Okafor's answer is that {_TRUTH}",
    "a document": f"A report by the Media Trust found that {_TRUTH}",
    "a place before": f"In Geneva, however, the mood was that {_TRUTH}",
    "a short term": 'The so-called "churn rate" is high.',
    "a title": 'His new book, "Going Viral In The Age Of Noise", is out in May.',
    "an adage": 'The old adage, "a lie is round the world before truth has its boots on," holds.',
    "a credit after": f"So it goes, in the end, that {_TRUTH} - @rkemp",
    "markup": f"<post>So it goes, in the end, that {_TRUTH}</post>",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_somebody_else_before_the_quotation_ends_the_lending(name: str) -> None:
    found = said(f"{_QUIST}\n\n{NEAR_MISSES[name]}")
    assert all(speaker != "Abel Quist" for _, speaker in found), found
