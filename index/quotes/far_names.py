"""Organisations' full names anywhere in an article, keyed by the short forms that name
them: "Fed" clipping "Federal Reserve", "WTO" spelling "World Trade Organisation".

A speaker named only by a short form ("the Fed said") is given the full name the article
uses somewhere else, even in a paragraph the attributor only skimmed, so that the speaker
has the fullest name the article gives. Built once per article, on first need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from warreader.index.quotes import name_lex
from warreader.index.quotes.acronyms import INITIALS, SHORT_FORM, initials, short_for

# A run of capitalised words, small joining words allowed inside ("Bank of England",
# "Institute for the Study of War").
CAPITALISED_RUN = re.compile(
    r"[A-Z][\w&'-]*+(?:\s+(?:(?:of|for)\s+the\s+|(?:of|and|for|&)\s+)?[A-Z][\w&'-]*+)+"
)
# (possessive *+: a word's letters are never given back, since no space can stand in them)
_ARTICLES = frozenset(("The", "A", "An"))


def may_be_short(name: str) -> bool:
    """Is ``name`` shaped like a clipping ("Fed") or an acronym ("WTO")?"""
    return bool(SHORT_FORM.fullmatch(name) or INITIALS.fullmatch(name))


def names_by_short_form(
    names: Iterable[str], short_forms: Callable[[str], Iterable[str]]
) -> dict[str, dict[str, None]]:
    """Each short form -> the distinct full names of ``names`` it stands for, in the
    order met (a dict used as an ordered set); ``short_forms(name)`` gives one full
    name's short forms ("Fed" of "Federal Reserve", "Kasich" of "John Kasich"), none for
    a name left out. The one index of short forms: organisations' clippings and
    acronyms here, people's surnames in :mod:`index.quotes.named_later`."""
    found: dict[str, dict[str, None]] = {}
    for name in names:
        for short in short_forms(name):
            found.setdefault(short, {})[name] = None
    return found


def full_names_by_short(texts: list[str]) -> dict[str, str]:
    """Each short form -> the first full name in ``texts`` it clips or spells; people's
    names (a given name or a title first) are left out."""
    found = names_by_short_form(_organisation_names(texts), _clippings)
    return {short: next(iter(names)) for short, names in found.items()} | _defined(texts)


# A short form the article defines beside a name, whatever its letters spell (news gives a
# body's acronym in its own language): "Ukraine's military intelligence agency (HUR)",
# "the Federal Security Service (FSB)", "Russia's Federal Security Service, the FSB,".
_DEFINED = re.compile(
    r"(?P<name>" + CAPITALISED_RUN.pattern + r"|(?:[A-Z][\w'’-]*?['’]s|the)"
    r"(?:\s+[a-z][\w-]*){1,4})"
    r"(?:\s+\((?P<paren>[A-Z]{2,6})\)|,\s+the\s+(?P<appos>[A-Z]{2,6}),)"
)


def _defined(texts: list[str]) -> dict[str, str]:
    """Each short form an article defines beside a name -> that name (the first one),
    an opening "the" dropped. A plain noun in apposition ("the bank, the RBS,") defines
    nothing: the letters stand for a name, which the article has not given."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            name = match.group("name")
            if match.group("appos") and name[:4] in ("the ", "The ") and name[4].islower():
                continue  # "of the bank, the RBS,": a noun, not what RBS stands for
            name = name[4:] if name.startswith(("the ", "The ")) else name
            name = name.removesuffix("'s").removesuffix("’s")  # "for America's (MPAA) app"
            found.setdefault(match.group("paren") or match.group("appos"), name)
    return found


def _organisation_names(texts: list[str]) -> Iterator[str]:
    """The runs of capitalised words in ``texts`` that may name an organisation, an
    opening "The" dropped: two words at least, no given name or title first."""
    given = name_lex.first_names()
    for text in texts:
        for match in CAPITALISED_RUN.finditer(text):
            words = match.group().split()
            if words[0] in _ARTICLES:
                words = words[1:]
            if len(words) < 2 or words[0].lower() in given or words[0].lower() in name_lex.TITLES:
                continue
            yield " ".join(words)


def _clippings(name: str) -> Iterator[str]:
    """The short forms of ``name`` (two words at least) that clip or spell it: its
    initials or the first three letters of its first or second word ("US Federal
    Reserve"), or any of them for the name after its first word ("Fed": the name after
    a country's)."""
    words = name.split()
    rest = name.split(" ", 1)[1]
    for short in (initials(name), words[0][:3], words[1][:3]):
        if short and (short_for(short, name) or len(words) > 2 and short_for(short, rest)):
            yield short
    if "&" in words:  # "M&S" for "Marks & Spencer", "P&G" for "Procter & Gamble"
        yield "&".join("".join(w[0] for w in side.split()) for side in name.split(" & "))
