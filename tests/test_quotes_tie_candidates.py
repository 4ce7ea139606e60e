"""affiliated_choice weighs only the people ``TieCandidates.tied_to`` finds for a
description's other names ("the Bbbwick official") deep in a long paragraph: a superset
of those whose ties can agree, so every speaker is the one found by weighing everyone in
reach (invented text; the candidates are asked for at any offset here)."""

from __future__ import annotations

import pytest
from warreader.index.quotes import affiliated_descriptions
from warreader.index.quotes.extract import forget_read_texts
from warreader.index.quotes.tie_candidates import TieCandidates

from tests.quote_support import quotes_of

LONG = "Ann-Marie Josephine Elisabeth Theodora Konstantina Wilhelmina Bbbington-Smythe"
ARTICLES = [
    # a tie "of" a body, the tied person named first or not (the one nearest the
    # description is chosen without ties)
    'Ann Roe of Zenco met Tom Hale of Gartner on Monday. "Yes," the Gartner official said.',
    'Tom Hale of Gartner spoke. Ann Roe spoke. Kay Bell spoke. "Yes," the Gartner official '
    "said.",
    # a tie before the name, after it, in an appositive, of a place, in a role
    'Apple chief Tom Hale met Ann Roe of Gartner. "We agree," the Apple boss said.',
    'Tom Hale, a Gartner analyst, spoke first. Ann Roe, of Zenco, spoke next. "It is '
    'fine," the Gartner analyst said. "It is not," the Zenco analyst said.',
    "Tom Hale is the Bbbwick Herald editor.\n\nAnn Roe writes for the Cbbwick Times.\n\n"
    '"We stand by it," the Bbbwick editor said.',
    # a name longer than the reach of ties, its tie far before its surname
    f'Zenco director {LONG} met Tom Hale. "We will see," the Zenco director said.',
    # the tie written in another paragraph than the description
    "Zenco chief Tom Hale arrived.\n\nAnn Roe of Acme arrived.\n\nThey talked.\n\n"
    '"We are close," the Zenco boss said. "We are not," the Acme boss said.',
    # two who agree: neither is chosen by ties
    'Zenco chief Tom Hale met Zenco chief Ann Roe. "Fine," the Zenco boss said.',
    # the name inside a quotation ties nobody
    'Tom Hale met Ann Roe. "I love Zenco," Hale said. "No," the Zenco boss said.',
]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    forget_read_texts()
    return [(q.speaker, q.via) for q in quotes_of(text) if q.kind == "quote"]


@pytest.fixture(autouse=True)
def _candidates_everywhere(monkeypatch):
    monkeypatch.setattr(affiliated_descriptions, "_LONG_PREFIX", -1)


@pytest.mark.parametrize("text", ARTICLES)
def test_candidates_change_no_speaker(text, monkeypatch):
    found = _speakers(text)
    monkeypatch.setattr(TieCandidates, "tied_to", lambda *args: None)  # weigh everyone
    assert _speakers(text) == found


def test_candidates_are_those_named_near_the_name_not_everyone(monkeypatch):
    filler = " ".join(f"The talks went on for hour {n} of the day." for n in range(12))
    text = (f"Zenco chief Kay Bell came first. {filler} Apple chief Tom Hale met Ann Roe. "
            '"We agree," the Apple boss said.')
    calls = []
    original = TieCandidates.tied_to

    def recording(self, registry, names, p, narrative):
        found = original(self, registry, names, p, narrative)
        calls.append((set(names), sorted(e.name for e in found.values())))
        return found

    monkeypatch.setattr(TieCandidates, "tied_to", recording)
    assert [q.speaker for q in quotes_of(text) if q.kind == "quote"] == ["Tom Hale"]
    assert calls and calls[0][0] == {"apple"}
    assert "Tom Hale" in calls[0][1] and "Kay Bell" not in calls[0][1]  # 500 characters off
