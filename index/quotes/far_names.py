"""Organisations' full names anywhere in an article, keyed by the short forms that name
them: "Fed" clipping "Federal Reserve", "WTO" spelling "World Trade Organisation".

A speaker named only by a short form ("the Fed said") is given the full name the article
uses somewhere else, even in a paragraph the attributor only skimmed, so that the speaker
has the fullest name the article gives. Built once per article, on first need.
"""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon
from warreader.index.quotes.phrases import ACRONYM, SHORT_FORM, initials, short_for

# A run of capitalised words, small joining words allowed inside ("Bank of England").
_RUN = re.compile(r"[A-Z][\w&'-]*+(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'-]*+)+")
# (possessive *+: a word's letters are never given back, since no space can stand in them)
_ARTICLES = frozenset(("The", "A", "An"))


def may_be_short(name: str) -> bool:
    """Is ``name`` shaped like a clipping ("Fed") or an acronym ("WTO")?"""
    return bool(SHORT_FORM.fullmatch(name) or ACRONYM.fullmatch(name))


def full_names_by_short(texts: list[str]) -> dict[str, str]:
    """Each short form -> the first full name in ``texts`` it clips or spells; people's
    names (a given name or a title first) are left out."""
    given = lexicon.first_names()
    found: dict[str, str] = {}
    for text in texts:
        for match in _RUN.finditer(text):
            words = match.group().split()
            if words[0] in _ARTICLES:
                words = words[1:]
            if len(words) < 2 or words[0].lower() in given or words[0].lower() in lexicon.TITLES:
                continue
            name = " ".join(words)
            for short in (initials(name), words[0][:3], words[1][:3]):  # "US Federal Reserve"
                if short and short_for(short, name):
                    found.setdefault(short, name)
                elif short and len(words) > 2 and short_for(short, name.split(" ", 1)[1]):
                    found.setdefault(short, name)  # "Fed": the name after a country's
    return found
