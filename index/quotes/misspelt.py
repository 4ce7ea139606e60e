"""A surname misspelt in the text: "Ms Chada said" after "Monica Chadha" is she.

News copy sometimes spells a person's surname one way in full and another in a later
mention ("Lindsay Davenport" ... "said Daveport"; "David Monteith" ... "Mr Montieth").
The bare mention matches no name, so it would speak as a person of its own. A surname
alone (with or without an honorific) whose article gives it no full name of its own is
taken as a misspelling of a full-named person's surname only when all of these hold:

- it is one edit (a letter added, dropped, changed, or two neighbours swapped) from the
  surname of one full-named person of the article and of nobody else (two people of that
  one surname, a brother and sister, still count as one surname); both have five letters
  or more, begin with the same two letters, and neither is the start of the other
  ("Williams" is no misspelt "William");
- the word is no given name, country or organisation's word, and the surname's right
  spelling is written before it first is;
- at every place it is written it stands alone: after a reporting verb, a conjunction, a
  sentence's start or a closing quotation mark, or an honorific ("said Daveport", "Ms
  Chada said"), never after a comma, an article, a preposition or another capitalised
  word ("a rival bidder, Mr Hansen", "the Devlan method", "to Holland", "Vikram Chada"),
  nor before another capitalised word, an appositive or an introduction (", a local
  farmer", ", 45,", "of Acme") or a noun of a job or body ("Bolton manager"); and at
  one place at least it is a person's, after an honorific or a reporting verb ("said
  Daveport", "Mr Montieth says"; never only before one: "Nissan said" is the firm, not
  Ann Nissen);
- it is never a group's ("Bolton are fifth"); its honorifics are of one sex, and the
  person's is known to be that one ("Mr Chada" is no Monica Chadha, nor "Mr Daveport" a
  Lindsay Davenport of no known sex); no couple or family has the name ("Mr and Mrs
  Dade", "the Dades");
- it never shares a sentence with the right spelling ("Hanson and Hansen"), and neither
  its sentence nor the one before introduces someone by an owner's person noun ("His
  neighbour was shocked. ... said Mr Barber").

Two people each named in full ("Paul Miller", "Franck Muller") are never joined: a full
name has its own surname, so this is never asked of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from warreader.index.names import fold, name_key, name_tokens
from warreader.index.quotes import cue_lex, name_lex
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.job_lex import PERSON_NOUNS
from warreader.index.quotes.lexicon import words
from warreader.index.quotes.org_lex import ORG_NOUNS

_JOINING = words(
    "and but while as when that because so then where although though whereas yet also "
    "adding before after"
)  # lower-case words a misspelt surname may follow, besides reporting verbs
_GROUP_VERBS = words("are were have")  # "Bolton are fifth": a team, a group
_APPOSITIVE = re.compile(  # ", a farmer", ", 45,", " (45)", " of Acme", " from Leeds"
    r",\s+(?:a|an|the|who|whose|another|one|his|her|its|their|our|my)\b|,?\s+\(?\d"
    r"|\s+(?:of|from)\b",
    re.IGNORECASE,
)
_FAMILY = r"{w}e?s\b|\b(?:Mr|Mrs|Ms)\.? (?:and|&) \w+\.? {w}"  # "the Dades", "Mr and Mrs Dade"
_HONORIFIC = re.compile(r"\b([A-Z][a-z]{1,8}\.?)\s+$")
_WORD_BEFORE = re.compile(r"([\w'’-]+)([^\w\s]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_INTRODUCED = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+)(?:\s+([a-z]+))?")
_OPENS = re.compile(r"(?:^|[.!?:;(\"'“”‘’—–-])\s*$")

if TYPE_CHECKING:
    from warreader.index.quotes.article_index import Spellings
    from warreader.index.quotes.entities import Entity


def people_meant(word: str, key: str, spellings: Spellings) -> tuple[str, list[Entity]] | None:
    """The surname key ``word`` (key ``key``) misspells and the people of that surname it
    may name (of its sex), or None if it misspells none (see the module docstring)."""
    if len(word) < 5:
        return None
    near: dict[str, list[Entity]] = {}
    for entity in spellings.people_near(key):
        surname, surname_key = _surname(entity.name)
        if near_surname(key, word, surname_key, surname):
            near.setdefault(surname_key, []).append(entity)
    if len(near) != 1:
        return None
    surname_key, people = near.popitem()
    sexes = {misspelt_sex(word, _surname(e.name)[0], spellings) for e in people}
    if len(sexes) != 1 or (sex := sexes.pop()) is None:
        return None
    if sex:  # "Mr Chada" names a man the article makes one, never a person of no known sex
        given = name_lex.first_names()
        people = [e for e in people if (e.gender or given.get(fold(e.name.split()[0]))) == sex]
    return (surname_key, people) if people else None


@lru_cache(maxsize=65536)
def _surname(name: str) -> tuple[str, str]:
    """The last word of a full name and its key: "Monica Chadha" -> ("Chadha", "chadha")."""
    surname = name_tokens(name)[-1]
    return surname, name_key(surname)


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one edit apart: a letter added, dropped or changed, or two
    neighbouring letters swapped ("chada" / "chadha", "kudja" / "kujda")?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    )


def near_surname(key: str, word: str, surname_key: str, surname: str) -> bool:
    """May ``word`` (key ``key``) be a misspelling of ``surname`` (key ``surname_key``)?"""
    return (
        len(word) >= 5
        and len(surname) >= 5
        and key[:2] == surname_key[:2]
        and not key.startswith(surname_key)
        and not surname_key.startswith(key)
        and one_edit(key, surname_key)
    )


def misspelt_sex(word: str, surname: str, spellings: Spellings) -> str | None:
    """The sex its honorifics give ``word`` ("m", "f" or "") if the article's paragraphs
    write it as a misspelling of ``surname``; None if any place it is written says
    otherwise (see the module docstring)."""
    lower = word.lower()
    if lower in name_lex.first_names() or lower in ORG_NOUNS or lower in COUNTRY:
        return None
    rights: dict[int, list[tuple[int, int]]] = {}
    for n, start, end in spellings.places(surname):
        rights.setdefault(n, []).append((start, end))
    places = spellings.places(word)
    if places and any(n < places[0][0] for n in rights):
        first_written = -1  # the right spelling is written in an earlier paragraph
    else:
        first_written = rights[places[0][0]][0][0] if places and places[0][0] in rights else None
    sexes: set[str] = set()
    person = False
    for n in sorted({n for n, _, _ in places}):
        if re.search(_FAMILY.format(w=re.escape(word)), spellings.texts[n]):
            return None
    for n, start, end in places:
        if n == places[0][0] and (first_written is None or first_written > start):
            return None  # the misspelling comes first: no spelling to correct yet
        written = rights.get(n, ())
        place = _place(
            spellings.texts[n], start, end,
            lambda _text, a, b, written=written: any(a <= s and e <= b for s, e in written),
        )
        if place is None:
            return None
        sexes.add(place[0])
        person = person or place[1]
    sexes.discard("")
    if len(sexes) > 1 or not person:
        return None
    return sexes.pop() if sexes else ""


def _place(
    text: str, start: int, end: int, find_right: Callable[[str, int, int], object]
) -> tuple[str, bool] | None:
    """The sex of the honorific before the word at ``text[start:end]`` ("" if none) and
    whether it is a person's place there (an honorific or a reporting verb next to it), or
    None if the place does not let it be a misspelt surname."""
    after = text[end : end + 40]
    if re.match(r"\s+[A-Z]", after) or _APPOSITIVE.match(after):
        return None  # "Devlan Road", "Mr Hansen, a farmer"
    following = _WORD_AFTER.match(after)
    following = following.group(1) if following else ""
    if following in PERSON_NOUNS or following in ORG_NOUNS or following in _GROUP_VERBS:
        return None  # "Bolton manager", "Rowlin group", "Bolton are"
    person = False  # "Nissan said:" is no person's place: a firm, a club, a town
    before = text[max(0, start - 60) : start]
    sex = ""
    if (honorific := _HONORIFIC.search(before)) and (
        honorific.group(1).lower() in name_lex.HONORIFICS
    ):
        sex = name_lex.HONORIFICS[honorific.group(1).lower()]
        before, person = before[: honorific.start()], True
    if before and not before.endswith((" ", "\n")) and not _OPENS.search(before):
        return None
    if not _OPENS.search(before):
        previous = _WORD_BEFORE.search(before)
        if previous is None:
            return None
        word, marks = previous.groups()
        if marks or not (word in cue_lex.CUE_VERBS or word.lower() in _JOINING):
            return None  # ", Mr Hansen", "the Devlan", "to Holland", "Vikram Chada"
        person = person or word in cue_lex.CUE_VERBS  # "said Daveport"
    opening = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), 0)
    closing = text.find(". ", end)
    if find_right(text, opening, closing if closing >= 0 else len(text)):
        return None  # "Hanson and Hansen": two people in one sentence
    prior = max(text.rfind(". ", 0, opening), text.rfind("? ", 0, opening), 0) if opening else 0
    if any(w in PERSON_NOUNS for m in _INTRODUCED.finditer(text, prior, start) for w in m.groups()):
        return None  # "His neighbour was shocked. '...,' said Mr Barber": someone new
    return sex, person
