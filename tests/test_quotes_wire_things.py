"""Wire layout (one sentence a paragraph): a capitalised plural common noun opening
narration is a thing, not a new agent, so the last speaker carries over it
(index/quotes/wire_topics.py); parties, groups, people by kind, given names and bodies
that react, want or say still end the carry. Invented text.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

_ORTIZ = '"We publish the rules," Dr Lena Ortiz told the Harbour Gazette.'
_VANCE = '"We will keep the plant open," Dr Dora Vance told the Valley Post.'
_CLOSE = '"The plant must close by 2030."'
_LOWE = '"The NHS is safe in our hands," Health Secretary Ann Lowe told MPs.'
_HALE = '"We did nothing wrong," Senator Mark Hale told reporters.'
_SAND = '"The tax is fair," Finance Minister Ivo Sand said.'


def _last(*paras: str) -> str | None:
    found = said("\n\n".join(paras))
    assert found[0][1] is not None, found
    return found[-1][1]


def test_a_plural_common_noun_opening_narration_keeps_the_speaker() -> None:
    standards = "Standards are what hold the network together, and keeping standards open is hard."
    assert _last(_ORTIZ, standards, '"Nobody owns them."') == "Lena Ortiz"
    shares = "Shares fell by 4% on Monday, and the shares of rivals fell too."
    assert (
        _last(
            '"We will not sell," said chairman Omar Reid.',
            shares,
            "The plant was built in 1971.",
            '"This is a long game."',
        )
        == "Omar Reid"
    )


NEAR_MISSES = {
    "party, singular": (
        _VANCE,
        "The plant relies on cheap labour.",
        "Labour wants a public inquiry.",
    ),
    "party, stance": (
        _VANCE,
        "Labour was unimpressed by the plan, which relies on cheap labour.",
        "The plant employs 400 people.",
    ),
    "party plural": (
        _LOWE,
        "Some fiscal conservatives doubt the figures.",
        "Conservatives have their own plan.",
    ),
    "party plural, US": (
        _HALE,
        "Many conservative democrats in the county back him.",
        "Democrats want a vote on the emails.",
    ),
    "party that wants": (
        _SAND,
        "The greens at the market cost more now.",
        "Greens want the tax doubled.",
    ),
    "people by kind": (_VANCE, "Some workers have left already.", "Workers want a pay rise."),
    "residents": (
        _VANCE,
        "Some residents complain about the noise.",
        "Residents have signed a petition.",
    ),
    "critics": (_SAND, "Some critics call it a raid.", "Critics have a point."),
    "unions": (_VANCE, "The plant's unions met on Friday.", "Unions want a pay rise of 6%."),
    "given name": (
        _VANCE,
        "The plant won a government grant in 2019.",
        "Grant runs the rival plant upriver.",
    ),
    "name of a board": (
        _ORTIZ,
        "The British Standards Board meets in May.",
        "Standards wants the rules rewritten, and its standards are strict.",
    ),
    "pronoun of the other gender": (
        _ORTIZ,
        "Standards are what hold the network together, and keeping standards open is hard.",
        "He is not convinced.",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_person_party_or_body_between_ends_the_carry(name: str) -> None:
    assert _last(*NEAR_MISSES[name], '"It must close by 2030."') is None
