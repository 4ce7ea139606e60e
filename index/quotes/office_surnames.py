"""Office holders whose names no list vouches for, named by the article's other words.

"Minister for Europe MacShane said", "Chief of Staff Varga said", "Head of the Army
Valerii Zaluzhnyi said": a title, "of" or "for", the office's field and its holder's name,
all capitalised. When the holder's given name is listed, the mention builder parts them
(:mod:`index.quotes.office_holders`); when it is not, or there is only a surname, the
words alone cannot tell the holder from the field ("Head of Cyber Threat Analysis",
"Governor of the Kharkiv Region"), and the whole office speaks. Once the article is read,
its other words can: a last word written after an honorific elsewhere ("Mr MacShane",
"Ms Varga"), or standing alone as another quotation's speaker that the article knows
as a person ("Varga, the minister,"), is a person's surname, and the quotations of the
office are the holder's (:func:`holders_by_surname`). A body or a place quoted by its
short name is no such sign: "the Head of Royal Dutch Shell said" then "Shell added"
keeps the office. The word before the surname joins it as a given name only when it is
shaped like one (a full name of a person's shape, not a plural nor a place's last word,
no word of the lexicons for a body or a job, never written in lower case in the
article) and a field word precedes it: "Valerii Zaluzhnyi", but "Europe" in "Minister
for Europe MacShane", "Rights" in "Commissioner for Human Rights Lubinets" and "House"
in "Director of the Anne Frank House Dekker" are the field's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, name_lex, org_lex
from warreader.index.quotes.reading import Attribution
from warreader.index.quotes.unlisted import person_shaped, place_shaped

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Registry

# A title, "of"/"for", perhaps "the", then capitalised words to the last (a field and a
# holder), not followed by another capitalised word.
_OFFICE = re.compile(
    r"\b([A-Z][a-z]+) (?:of|for) (?:the )?((?:[A-Z][\w'\u2019-]* )+)([A-Z][\w'\u2019-]*[a-z])\b"
    r"(?! [A-Z])"
)
_HONORIFICS = "|".join(
    re.escape(h.title()) for h in name_lex.HONORIFICS if len(h) > 1
)


def holders_by_surname(
    results: list[Attribution], registry: Registry, texts: list[str]
) -> None:
    """Give each quotation whose speaker is an office ending in a holder's unlisted name
    ("Minister for Europe MacShane", "Army Valerii Zaluzhnyi") the holder ("MacShane",
    "Valerii Zaluzhnyi"), in place, when the article shows the last word to be a
    person's surname (see the module's docstring); leave it otherwise."""
    offices = [r for r in results if r.kind == "quote" and r.speaker and " " in r.speaker]
    if not offices:
        return
    text = "\n".join(texts)
    if not _title_before_of(text):
        return  # no "Minister for", "Head of the": _OFFICE could find no title to read
    alone = {r.speaker for r in results if r.kind == "quote" and r.speaker}
    holders: dict[str, str] = {}
    for found in _OFFICE.finditer(text):
        field, surname = found.group(2).split(), found.group(3)
        if found.group(1).lower() not in name_lex.TITLES or _common(surname):
            continue  # "Head of the Army Museum": a body's word, no surname
        if not (
            surname in alone and registry.known_person(surname) is not None
        ) and not re.search(rf"\b(?:{_HONORIFICS})\.? {re.escape(surname)}\b", text):
            continue  # no sign that the last word is a person's name ("Shell" is a body's)
        holder = [surname]
        given = field[-1]
        if len(field) > 1 and person_shaped(f"{given} {surname}") and not (
            given.endswith("s")
            or _common(given)  # "Anne Frank House Dekker": "House" is the body's
            or place_shaped(f"{field[-2]} {given}")
            or re.search(rf"\b{re.escape(given.lower())}\b", text)
        ):
            holder = [given, surname]
            field = field[:-1]
        tail = " ".join([*field, *holder])
        for result in offices:
            if result.speaker not in holders and (
                result.speaker == tail or result.speaker.endswith(" " + tail)
            ):
                holders[result.speaker] = " ".join(holder)
    for result in offices:
        if result.speaker in holders:
            result.speaker = holders[result.speaker]


# A cheap pre-test for _OFFICE: " of"/" for", perhaps "the", then a capital; the letters
# before it (at most the longest title's, plus one) then tell whether a title leads.
_OF_CAPITAL = re.compile(r" (?:of|for) (?:the )?[A-Z]")
_LETTERS_BEFORE = re.compile(r"[A-Za-z]+$")
_TITLE_REACH = max(map(len, name_lex.TITLES)) + 1


def _title_before_of(text: str) -> bool:
    """Could :data:`_OFFICE` match in ``text`` with a listed title as its first word? False
    only when it cannot (a title is a run of letters right before " of"/" for")."""
    for found in _OF_CAPITAL.finditer(text):
        at = found.start()
        word = _LETTERS_BEFORE.search(text, max(0, at - _TITLE_REACH), at)
        if word is not None and word.group().lower() in name_lex.TITLES:
            return True
    return False


def _common(word: str) -> bool:
    """Is ``word`` one of the lexicons' words for a job, title, body or document?"""
    low = word.lower()
    return (
        low in name_lex.TITLES
        or low in job_lex.PERSON_NOUNS
        or low in org_lex.ORG_NOUNS
        or low in org_lex.ORG_SUFFIXES
        or low in org_lex.DOCUMENT_NOUNS
    )
