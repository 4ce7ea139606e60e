"""Acronyms and the names they stand for: "the Royal Academy of Dance (RAD)" spelt out
before its acronym in brackets, a name's initials ("WTO"), a clipping of its first word
("Fed" for "Federal Reserve")."""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, org_lex

# An acronym in brackets ("(RAD)"); a space must stand before the bracket, tested by the
# caller: a pattern opening on the bracket lets the engine skip to the next one instead of
# trying a match at every space (7x faster over the corpus text).
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z](?:[A-Z]{1,5}|[a-z]{2,7}))\)")  # "(RAD)", "(Segas)"
_NAME_BEFORE = re.compile(
    r"([A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|on|in|the|&)|,\s+[A-Z][\w’'&-]*)*)$"
)  # a comma only before a capital: "the Administration of Radio, Film and Television"


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(name, acronym) for each name ``text`` spells out before its acronym in brackets
    whose letters are the name's initials: "the Royal Academy of Dance (RAD)" ->
    ("Royal Academy of Dance", "RAD"); also a body's name before its one-word short name
    in brackets, initials or not ("Greek Athletics Federation (Segas)", :func:`_body_named`)."""
    found: list[tuple[str, str]] = []
    if "(" not in text:
        return found  # most paragraphs: no bracket, no scan of every character
    for match in _BRACKETED_ACRONYM.finditer(text):
        acronym = match.group(1)
        space = match.start() - 1  # the space before the bracket
        if space < 0 or not text[space].isspace():
            continue
        named = _NAME_BEFORE.search(text, max(0, space - 100), space)
        if named is None:
            continue
        if acronym[1].isupper():
            run = _initialled(named.group(1), acronym)
        else:
            run = _body_named(named.group(1))
        if run:
            found.append((run, acronym))
    return found


def _body_named(run: str) -> str:
    """The body's name that a one-word short name in brackets follows ("the Greek
    Athletics Federation (Segas)" -> "Greek Athletics Federation"): the run's words from
    its first capitalised one, "the" dropped, two at least, the last an organisation's
    noun; "" otherwise (a party or a place in brackets after a person: "Tom Reddle
    (Labour)")."""
    words = run.split(" ")
    while words and (words[0].lower() == "the" or not words[0][:1].isupper()):
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in org_lex.ORG_NOUNS:
        return ""
    return " ".join(words)


def _initialled(run: str, acronym: str) -> str:
    """The end of the capitalised ``run`` whose initials are ``acronym`` ("In Beijing,
    the State Council" for "SC" -> "State Council"), without "the"; "" if none is."""
    words = run.split(" ")
    for k in range(len(words) - 1):
        if words[k][:1].isupper() and words[k].lower() != "the":
            candidate = " ".join(words[k:])
            if initials(candidate) == acronym:
                return candidate
    return ""


SHORT_FORM = re.compile(r"[A-Z][a-z]{2}")  # "Bat" for BAT, "Fed" clipping "Federal Reserve"
ACRONYM = re.compile(r"[A-Z]{2,6}")  # "WTO", "DVD"
INITIALS = re.compile(r"[A-Z]{2,6}|[A-Z]{1,3}&[A-Z]{1,3}")  # "WTO", "M&S": any initials
_MINOR_WORDS = frozenset(("of", "and", "for", "the", "on", "in", "&"))


def initials(name: str) -> str:
    """"World Tourism Organisation" -> "WTO"; "" for a name of fewer than two words."""
    words = [w for w in name.split() if w.lower() not in _MINOR_WORDS]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words).upper()


def short_for(short: str, name: str) -> bool:
    """Is ``short`` the initials of ``name`` or (three letters) a clipping of its first
    word: "WTO", "Bat" for "British American Tobacco", "Fed" for "Federal Reserve"?"""
    if short.lower() in job_lex.PERSON_NOUNS:
        return False  # "MP", "QC": a person's role, never the Metropolitan Police's
    if "&" in short:  # "M&S" for "Marks & Spencer" (not for "But M&S", its own run)
        return " & " in name and initials(name) == short.replace("&", "")
    if initials(name) == short.upper():
        return True
    first = name.split()[0]
    return bool(SHORT_FORM.fullmatch(short)) and " " in name and first.startswith(short) and (
        first != short
    )
