"""Capitalised runs of raw text, cut into the names they hold.

Sentences that are not cut into tokens (glanced at or skimmed for names) are read for
runs of capitalised words; :func:`runs_of` cuts a run into its names, as the closely
read sentences' phrases would be: "Russia's Defense Ministry" is two names, "Sen.
Bernie Sanders of Vermont" a person and a place, "Hollande Says Trump" two people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.affiliations import STATES
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.mentions import run_mention
from warreader.index.quotes.tokens import JOINED_PARTICLE, keeps_dot

_JOINED = JOINED_PARTICLE  # "Leonardo diCaprio": a surname's particle joined to it
FULL_NAME = re.compile(
    r"(?:[A-Z][\w’'.&-]*+\s+)(?:(?:[A-Z][\w’'.&-]*+|of|von|van|der|de|da|la|le|bin|al)\s+)*"
    r"(?:[A-Z]|" + _JOINED + r")[\w’'&-]+"
)  # a word's letters are never given back (possessive *+): no space can stand in them,
# so a capitalised word that no second one follows fails at once, not letter by letter


NUMBERED_BODY = r"(?:(?<=Number)|(?<=No))\s+10\b|(?<=Channel)\s+[45]\b|(?<=Radio)\s+[1-5]\b"
"""The numeral a run of capitalised words takes as a body's name ("Number 10", "Channel 4")."""
NAME_RUN = re.compile(
    r"[A-Z][\w’'.&-]*"
    r"(?:\s+(?:(?:[A-Z]|" + _JOINED + r")[\w’'.&-]*|(?:of|von|van|der|de|da|la|le|bin|al|&)"
    r"(?:\s+(?:von|van|der|den|de|da|la|le))*(?=\s+[A-Z]))"
    r"|" + NUMBERED_BODY + r")*"
)  # a particle only inside a name ("Bank of England"), never "al" of "also"; particles
# may follow each other ("Marie van der Berg", "Nick Van den Brul"); "&" joins two
# names into one ("Marks & Spencer"); a numeral ends a body's name only as the tokens'
# ``_numbered_bodies`` take it ("Number 10", "No 10", "Channel 4", "Radio 4")


_OFFICE_OF_THE = re.compile(r"([A-Z][a-z]+) (?:of the|for|for the) $")
_OFFICE_ENDS = (" of the ", " for ", " for the ")


def office_opening(text: str, at: int, run: str) -> int:
    """Where a title and "of the" or "for" open before the run of several words at ``at``,
    the office's field and its holder ("Chancellor of the Exchequer Tom Varley",
    "Commissioner for Human Rights Dmytro Lubinets": the run pattern leaves out the
    lower-case "the" and "for", so the run alone would read "Exchequer Tom Varley"); ``at``
    when none does, or when the office's words would not part from its holder's name
    ("King of the Belgians Philippe" keeps "Belgians Philippe", no name "Head of ..."), or
    the holder's would start with no listed given name ("Minister for Reintegration of
    Temporarily Occupied Territories" is no person's name). An office read as an office
    ("Head of the Zaporizhzhia Nuclear Power Plant") is taken whole."""
    if " " not in run or not text.endswith(_OFFICE_ENDS, 0, at):
        return at  # a cheap test first: the pattern below ends on one of these
    found = _OFFICE_OF_THE.search(text, max(0, at - 30), at)
    if found is None or found.group(1).lower() not in name_lex.TITLES:
        return at
    holder = run_mention(text[found.start() : at + len(run)])
    bare = run.removesuffix("'s").removesuffix("’s")  # "Guard Tom Hale's men"
    if holder is not None and holder.kind == "name" and (not holder.role or (
        holder.name == bare or not bare.endswith(holder.name)
    ) or holder.name.split()[0].lower() not in name_lex.first_names()):
        return at  # an office read as an office ("Head of the ... Power Plant") stays whole
    return found.start()


_POSSESSIVE_END = re.compile(r"(?<=['’]s)\s+|(?<=s['’])\s+")


def runs_of(match: re.Match[str]) -> list[tuple[int, int]]:
    """(start, end) of a capitalised run's parts: "Russia's Defense Ministry" is the owner
    and what it owns, two names, as when the sentence is read closely."""
    at, run = match.start(), match.group()
    parts = _run_parts(run) if len(run) <= _REMEMBERED_RUN else _run_parts.__wrapped__(run)
    return [(at + start, at + end) for start, end in parts]


_REMEMBERED_RUN = 200  # characters; a longer run (hostile input) is cut, not remembered


@lru_cache(maxsize=65536)
def _run_parts(run: str) -> tuple[tuple[int, int], ...]:
    """(start, end) in ``run`` of its parts (see :func:`runs_of`): they depend on the
    run's words alone, so a run met again in any article is not cut again."""
    at, stop = 0, len(run)
    if run.endswith("..."):  # "for Stardust... The": an ellipsis
        stop -= len(run) - len(run.rstrip("."))
    elif run.endswith("."):  # "... met Alexander Lukashenko.": the sentence's full stop
        last = run.rpartition(" ")[2]
        if len(last) > 2 and not keeps_dot(last):
            stop -= 1
    parts = []
    if "'" in run or "’" in run:
        for cut in _POSSESSIVE_END.finditer(run, 0, stop):
            parts.append((at, cut.start()))
            at = cut.end()
    parts.append((at, stop))
    return tuple(
        piece
        for part in parts
        for cut in _split_after_person(run, *part)
        for people in _split_two_people(run, *cut)
        for piece in _split_at_verbs(run, *people)
    )


def two_people(words: list[str]) -> bool:
    """Are ``words`` two full names back to back: four capitalised words, given names
    first and third, a last word that is none ("Speaking to Sam Cole Ann Roe said")?"""
    given = name_lex.first_names()
    return len(words) == 4 and all(w.isalpha() and w[:1].isupper() for w in words) and (
        words[0].lower() in given and words[2].lower() in given
        and words[3].lower() not in given
    )


def _split_two_people(text: str, at: int, stop: int) -> list[tuple[int, int]]:
    """A run of :func:`two_people` cut in two, as the closely read sentence reads it."""
    words = text[at:stop].split(" ")
    if not two_people(words):
        return [(at, stop)]
    second = at + len(words[0]) + len(words[1]) + 2
    return [(at, second - 1), (second, stop)]


_OF_PLACE = re.compile(r"\s(?:of|from)\s")


def _split_after_person(text: str, at: int, stop: int) -> list[tuple[int, int]]:
    """A run cut after a person's name that "of" or "from" follows: "Sen. Bernie Sanders
    of Vermont" is the senator, then his state (as when the sentence is read closely),
    while "Bank of England" stays one name."""
    found = _OF_PLACE.search(text, at, stop)
    if found is None:
        return [(at, stop)]
    before = text[at : found.start()].split()
    if len(before) < 2 or before[-1].lower() in org_lex.ORG_SUFFIXES:
        return [(at, stop)]
    given = name_lex.first_names()  # "Marie van der Berg of ING": before the particles
    particles = name_lex.NAME_PARTICLES
    start = given_name_start(len(before) - 1, lambda m: before[m].lower() in particles)
    person = any(w.lower() in given for w in before[start:-1]) or titled_name(before[-3:])
    if not person and text[found.end() : stop].lower() in _HOMELANDS:
        person = _person_shaped(before[-2:])
    return [(at, found.start()), (found.end(), stop)] if person else [(at, stop)]


_HOMELANDS = frozenset(STATES) | frozenset(c for c, name in COUNTRY.items() if c == name)
_NO_SURNAMES = lexicon.words(
    """
    republic kingdom states emirates islands union scouts people peoples daughters sons
    friends knights citizens sisters brothers mothers fathers veterans
    """
)


def _person_shaped(words: list[str]) -> bool:
    """Could two capitalised words before "of" and a US state or a country be a person's
    given name and surname whatever the given name ("Rand Paul of Kentucky"), not a body
    or a place ("Democratic Republic of Congo", "Boy Scouts of America", "Supreme Court
    of Ohio", "Attorney General of Texas")?"""
    return len(words) == 2 and all(
        w.isalpha() and w[:1].isupper() and w[1:].islower()
        and w.lower() not in name_lex.TITLES and w.lower() not in job_lex.PERSON_NOUNS
        and w.lower() not in org_lex.ORG_SUFFIXES and w.lower() not in org_lex.ORG_NOUNS
        and w.lower() not in COUNTRY and w.lower() not in _NO_SURNAMES
        and w.lower() not in lexicon.NOT_NAME_START and w.lower() not in STATES
        for w in words
    )


def titled_name(words: list[str]) -> bool:
    """Are ``words`` a title and two capitalised words that are no title or job
    ("Archbishop Aris Shirvanian"): a person, whatever the given name?"""
    return (
        len(words) == 3
        and all(w[:1].isupper() for w in words)
        and words[0].lower() in name_lex.TITLES
        and not any(w.lower() in name_lex.TITLES or w.lower() in job_lex.PERSON_NOUNS
                    for w in words[1:])
    )


def given_name_start(surname: int, particle: Callable[[int], bool]) -> int:
    """Where a person's given name may start, looking back from the surname at
    ``surname`` (a word index): among the two words before it, or, where particles
    stand between (``particle(i)``: is word ``i`` one?), the two before the particles
    ("Marie van der Berg", "Nick Van den Brul"). The given name is sought from the
    returned index up to the surname."""
    first = surname - 1
    while first > 0 and particle(first):
        first -= 1
    return max(0, first - 1)


_HEADLINE_VERB = re.compile(
    r"\s(?:" + "|".join(sorted(w.capitalize() for w in cue_lex.HEADLINE_VERBS)) + r")(?=\s)"
)


_HEADLINE_VERB_WORDS = frozenset(w.capitalize() for w in cue_lex.HEADLINE_VERBS)


def _split_at_verbs(text: str, at: int, stop: int) -> list[tuple[int, int]]:
    """A title-case headline's run cut at its verb: "Francois Hollande Says Donald Trump"
    is two people's names, never one (no person's name holds "Says")."""
    if _HEADLINE_VERB_WORDS.isdisjoint(text[at:stop].split()):  # a verb the pattern
        return [(at, stop)] if at < stop else []  # finds stands between spaces: no need
    pieces = []  # to run it on a run without one
    for verb in _HEADLINE_VERB.finditer(text, at, stop):
        pieces.append((at, verb.start()))
        at = verb.end() + 1
    pieces.append((at, stop))
    return [(a, b) for a, b in pieces if a < b]
