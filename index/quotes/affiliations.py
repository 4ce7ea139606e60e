"""Whom a description that names an affiliation is: "the Texas Republican", "the
Democrat", "the Apple boss", "the Rovers chief", "the Vermont senator".

A description may carry a party ("Democrat", "Republican", "GOP", "Labour", "Tory", "Lib
Dem"), a US state ("Texas", "Vt.") or another capitalised name used as a modifier (a
firm, a club, a place: "Apple", "Rovers"), as a pronoun carries a sex. The article ties
people to the same things where it names them: "Rep. Ann Roe (D-Ohio)", "Tom Hale,
R-Texas,", "a Republican from Texas", "Democrat Ann Roe", "the Democratic nominee, Ann
Roe", "Carr is a Democrat", "Apple chief Steve Jobs", "Microsoft's Bill Gates", and the
role it gave ("Tory leader"). Quotations are no ties ("Hale is no Republican," she
said), nor is a "former" one, and a party or a state of the description that differs
from the person's is a conflict; a firm or club only ever agrees (a person is tied to
many bodies: "the White House spokesman" may be "Obama spokesman Josh Earnest").

:func:`affiliated_choice` resolves such a description to the one person in reach whose
ties agree and whose job fits the description's head ("the Apple boss" is no "Apple
spokesman"); when none or several agree it keeps the choice made without ties, unless
that person's ties conflict, when the description speaks as itself.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warreader.index.quotes import job_lex, lexicon, name_lex

# A party's words -> the party; capitalised only ("a conservative senator" is no Tory).
PARTIES: dict[str, str] = {
    "democrat": "dem", "democrats": "dem", "democratic": "dem", "dem": "dem",
    "republican": "rep", "republicans": "rep", "gop": "rep",
    "labour": "lab", "tory": "con", "tories": "con", "conservative": "con",
    "conservatives": "con", "snp": "snp", "ukip": "ukip", "libertarian": "lib",
}
_TWO_WORD_PARTIES = {("lib", "dem"): "ld", ("liberal", "democrat"): "ld",
                     ("liberal", "democratic"): "ld", ("liberal", "democrats"): "ld"}
LETTER_PARTIES = {"d": "dem", "r": "rep", "i": "ind"}  # "(D-Ohio)", "R-Texas"

_STATE_NAMES = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida "
    "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada "
    "new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma "
    "oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah "
    "vermont virginia washington west_virginia wisconsin wyoming"
)
STATES: dict[str, str] = {s.replace("_", " "): s.replace("_", " ") for s in _STATE_NAMES.split()}
# AP's abbreviations ("Sen. Ann Roe (D-Vt.)") and the postal codes ("R-TX").
_ABBREVIATIONS = (
    "ala:alabama ariz:arizona ark:arkansas calif:california colo:colorado "
    "conn:connecticut del:delaware fla:florida ga:georgia ill:illinois ind:indiana "
    "kan:kansas kans:kansas ky:kentucky la:louisiana md:maryland mass:massachusetts "
    "mich:michigan minn:minnesota miss:mississippi mo:missouri mont:montana "
    "neb:nebraska nev:nevada n.h:new_hampshire n.j:new_jersey n.m:new_mexico "
    "n.y:new_york n.c:north_carolina n.d:north_dakota okla:oklahoma ore:oregon "
    "pa:pennsylvania r.i:rhode_island s.c:south_carolina s.d:south_dakota "
    "tenn:tennessee tex:texas vt:vermont va:virginia wash:washington w.va:west_virginia "
    "wis:wisconsin wyo:wyoming"
)
SHORT_STATES = {
    short: name.replace("_", " ")
    for short, _, name in (pair.partition(":") for pair in _ABBREVIATIONS.split())
}
POSTAL = dict(zip(
    re.findall(r"[A-Z]{2}", (  # in the order of the states' names
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
    )),
    [s.replace("_", " ") for s in _STATE_NAMES.split()], strict=True,
))

# Words of a description that make it another office or time than a tie's: "the former
# Florida governor" may be no sitting one.
OTHER_TIME = lexicon.words(
    "former ex late then future shadow deputy vice lieutenant acting outgoing incoming "
    "would-be other another ex-"
)
# Capitalised words that name an office or a rank, no body: "the Prime Minister", "the
# Foreign Secretary" carry no affiliation.
_OFFICE_WORDS = lexicon.words(
    "prime foreign home shadow deputy vice state general attorney chief executive majority "
    "minority senior junior acting interim first high supreme federal national royal "
    "justice defence defense interior health education treasury culture trade transport "
    "environment energy secretary minister president leader speaker whip party "
    "mr mrs ms dr sir lord lady dame the a an his her their its our"
)

class Ties(NamedTuple):
    """The affiliations of a description or of a person: parties, US states, other
    capitalised names (firms, clubs, places) and nations, each lower case."""

    parties: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    nations: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return any(self)

    def __or__(self, other: Ties) -> Ties:  # type: ignore[override]
        return Ties(*(mine | theirs for mine, theirs in zip(self, other, strict=True)))


# A nationality's nouns and adjectives -> its nation, where they differ from the word
# ("Frenchman", "French" -> "france"); any other nationality word is its own key.
_NATIONS = {
    word: nation
    for nation, words in (
        ("france", "french frenchman frenchwoman"),
        ("scotland", "scot scottish scotsman scotswoman"),
        ("england", "english englishman englishwoman"),
        ("wales", "welsh welshman welshwoman"),
        ("ireland", "irish irishman irishwoman"),
        ("britain", "british briton"),
        ("spain", "spanish spaniard"),
        ("netherlands", "dutch dutchman dutchwoman"),
        ("denmark", "danish dane"),
        ("sweden", "swedish swede"),
        ("finland", "finnish finn"),
        ("poland", "polish pole"),
        ("turkey", "turkish turk"),
        ("croatia", "croat croatian"),
        ("serbia", "serb serbian"),
        ("argentina", "argentine argentinian"),
        ("new zealand", "zealander kiwi"),
    )
    for word in words.split()
}
BRITAIN = "britain"  # a Briton may be a Scot: Britain conflicts with none of its nations


def nation(word: str) -> str:
    """The nation of a nationality's noun or adjective, lower case ("Frenchman" ->
    "france", "Italian" -> "italian"); "" for any other word."""
    low = word.lower()
    if low in _NATIONS:
        return _NATIONS[low]
    return low if low in job_lex.NATIONALITIES or low in job_lex.NATIONAL_ADJECTIVES else ""


_WORD = re.compile(r"[A-Za-z][\w.’'&-]*")


def ties_of_words(text: str, head: str = "") -> Ties:
    """The affiliations ``text`` names: capitalised party words, states, and other
    capitalised names that are no office, job, nationality or grammar word ("Texas
    Republican" -> rep, texas; "Microsoft's" -> microsoft; "Apple chief" -> apple)."""
    words = [w.rstrip(".,") if not _short_state(w) else w for w in _WORD.findall(text)]
    owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
    # an owner's own words are not the owned person's: "the Democratic nominee's husband"
    words = [w.removesuffix("'s").removesuffix("’s") for w in words[owner:]]
    parties: set[str] = set()
    states: set[str] = set()
    others: set[str] = set()
    nations: set[str] = set()
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        low = word.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if (low, nxt) in _TWO_WORD_PARTIES and word[:1].isupper():
            parties.add(_TWO_WORD_PARTIES[(low, nxt)])
            skip = True
        elif f"{low} {nxt}" in STATES and word[:1].isupper() and nxt[:1]:
            states.add(f"{low} {nxt}")
            skip = True
        elif not word[:1].isupper() or low == head:
            continue
        elif low in PARTIES and (word[1:].islower() or word.isupper()):
            parties.add(PARTIES[low])
        elif low in STATES:
            states.add(low)
        elif _short_state(word):
            states.add(SHORT_STATES[low.rstrip(".")])
        elif nation(word) and (not nxt or _personal(nxt)):
            nations.add(nation(word))  # "French striker", "Scot": not "American Airlines"
        elif _other_name(word, low):
            others.add(low)
    return Ties(frozenset(parties), frozenset(states), frozenset(others), frozenset(nations))


def _personal(word: str) -> bool:
    """A person's job, title or nationality word, lower case ("striker", "sen.")."""
    return word in job_lex.PERSON_NOUNS or word in name_lex.TITLES or bool(nation(word))


def _short_state(word: str) -> bool:
    """An AP state abbreviation with its full stop ("Vt.", "N.Y."), capitalised."""
    return word[:1].isupper() and word.endswith(".") and word[:-1].lower() in SHORT_STATES


def _other_name(word: str, low: str) -> bool:
    """Is a capitalised word a body's or a place's name, no office, job, title,
    nationality, month or grammar word?"""
    return (
        len(low) > 1
        and low not in _OFFICE_WORDS
        and low not in name_lex.TITLES
        and low not in job_lex.PERSON_NOUNS
        and low not in job_lex.NATIONAL_ADJECTIVES
        and low not in lexicon.NOT_NAME_START
        and low not in _MONTHS_AND_DAYS
        and not low.endswith(".")
    )


_MONTHS_AND_DAYS = lexicon.words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def carried(description: str, head: str) -> Ties:
    """The affiliations a definite description carries up to its head ("the Texas
    senator", "the Ohio Democrat", "the Apple boss"); none for an indefinite or plural one,
    or one of another time or office ("the former Florida governor", "the other
    Democrat")."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the":
        return Ties()
    lows = [w.lower() for w in words[1:]]
    if any(w in OTHER_TIME or w.startswith("ex-") for w in lows):
        return Ties()
    found = ties_of_words(" ".join(words[1:]), head)
    if nation(head) and head in job_lex.PERSON_NOUNS:  # "the Frenchman", "the 24-year-old Swiss"
        found = found._replace(nations=frozenset({nation(head)}))
    return found


def agreement(wanted: Ties, theirs: Ties) -> int:
    """1 when a person's ties agree with a description's: each kind of affiliation the
    description carries (party, state, other names, nation) shared ("the Texas
    Republican" for "R-Texas", not for "Republican Tom Hale" of no state the article
    gave); -1 when a party, a state or a nation differs (Britain none of its own); else 0."""
    if wanted.parties and theirs.parties and wanted.parties.isdisjoint(theirs.parties):
        return -1
    if wanted.states and theirs.states and wanted.states.isdisjoint(theirs.states):
        return -1
    if (
        wanted.nations and theirs.nations and wanted.nations.isdisjoint(theirs.nations)
        and BRITAIN not in wanted.nations | theirs.nations
    ):
        return -1
    shared = all(
        not mine or not mine.isdisjoint(others)
        for mine, others in zip(wanted, theirs, strict=True)
    )
    return 1 if shared else 0
