"""The misspelt-surname check's article index (``misspelt.Spellings``) finds what a scan
of every paragraph and every entity found: each place a word is written as a word of its
own, and every full-named person whose surname may be one edit from a word, including
people met or renamed after the index was built. Every name here is invented."""

from __future__ import annotations

import re

import pytest
from warreader.index.quotes import article_index
from warreader.index.quotes.article_index import Spellings
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.misspelt import one_edit

_TEXTS = [
    "Ms Varrow's team met Varrow-Lane and O'Varrow. Varrowby left; Varrow stayed.",
    "varrow is no name here, nor _Varrow, but \u2018Varrow\u2019 and (Varrow) are.",
    "Said Varow: \"Varow's plan,\" and Mr O'Varrow agreed with Varrow.",
]


@pytest.mark.parametrize("word", ["Varrow", "Varow", "O'Varrow", "Varrow-Lane", "Lane"])
def test_places_are_the_scans_matches(word: str) -> None:
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
    scanned = [(n, m.start(), m.end()) for n, text in enumerate(_TEXTS)
               for m in pattern.finditer(text)]
    assert Spellings(_TEXTS, []).places(word) == scanned


def test_people_near_follow_the_entities_as_they_grow(monkeypatch) -> None:
    # the index itself (a registry of SCAN_UP_TO entities or fewer is read whole instead:
    # every full-named person, which near_surname then sifts)
    monkeypatch.setattr(article_index, "SCAN_UP_TO", -1)
    entities = [Entity("Nora Kessling", kind="person"), Entity("Kessling Group", kind="org")]
    spellings = Spellings([], entities)
    assert [e.name for e in spellings.people_near("kesling")] == ["Nora Kessling"]
    later = Entity("Kesslin", kind="person")  # one word: no full name yet
    entities += [Entity("Paul Kesler", kind="person"), later, Entity("Ada Kesslir")]
    assert [e.name for e in spellings.people_near("kesling")] == ["Nora Kessling"]
    later.name = "Ivo Kesslin"
    spellings.renamed(later)
    assert [e.name for e in spellings.people_near("kesling")] == ["Nora Kessling",
                                                                   "Ivo Kesslin"]


@pytest.mark.parametrize("surname", ["kesling", "kessling", "kesslin", "ksesling",
                                     "kesxing", "kesslingx", "kelsing", "lesling"])
def test_people_near_hold_every_surname_one_edit_away(surname: str) -> None:
    person = Entity("Ann " + surname.capitalize(), kind="person")
    near = Spellings([], [person]).people_near("kesling")
    assert (person in near) >= one_edit("kesling", surname)


def test_a_short_registry_is_read_whole() -> None:
    entities = [Entity("Nora Kessling", kind="person"), Entity("Paul Kesler", kind="person"),
                Entity("Kessling Group", kind="org"), Entity("Kesslin", kind="person")]
    near = Spellings([], entities).people_near("kesling")
    assert [e.name for e in near] == ["Nora Kessling", "Paul Kesler"]
