"""What a name's own words tell of who it names, before the article says more.

``entities.Registry`` asks these when it registers a mention: a name's tokens and keys
(:func:`name_parts`), whether it is a person's or an organisation's and of which sex
(:func:`what_a_name_tells`: honorific, given name, hyphenated given names, title words,
role nouns, a feminine surname), whether two first words may name one person ("Ken",
"Kenneth": :func:`may_shorten`) and whether a name is shaped like a short form an
organisation's name spells out (:func:`may_be_short_form`). :func:`names_a_job` (does a
role hold a word for a person) serves ``cue_subjects`` and ``resolution`` too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warreader.index.names import name_key, name_tokens
from warreader.index.quotes import cue_lex, job_lex, name_lex, org_lex, unlisted
from warreader.index.quotes.acronyms import ACRONYM, INITIALS, SHORT_FORM
from warreader.index.quotes.nicknames import is_short_form
from warreader.index.quotes.short_titles import job_words


def _hyphenated_given(word: str, names: dict[str, str]) -> str:
    """The gender ("m", "f", "u") of a given name of two known ones joined by a hyphen
    that the lexicon does not list ("Jean-Philippe", "Anna-Lena"): the first part's,
    or the second's when the first is either; "" for any other word."""
    first, hyphen, second = word.partition("-")
    if not hyphen or first not in names or second not in names:
        return ""
    return names[first] if names[first] != "u" else names[second]


_ROMAN = re.compile(r"[IVXL]+")


def may_shorten(first: str, other: str) -> bool:
    """May two different first words (keys) name one person or body: an initial ("J."),
    one the start of the other ("Ken", "Kenneth"; "Man", "Manchester"), or a short form
    of three letters with the same initial ("Jim" for "James"), or a common short form
    ("Mike" for "Michael": ``nicknames``)? Never two other longer words ("Tracy" and
    "Trayvon", "Virgin" and "Visual"), nor names of a man and a woman."""
    short, long_ = sorted((first.rstrip("."), other.rstrip(".")), key=len)
    if not short or short[0] != long_[0]:
        return False
    if (len(short) == 1 or long_.startswith(short) or len(short) <= 3
            or is_short_form(short, long_)):
        names = name_lex.first_names()
        return {names.get(short, ""), names.get(long_, "")} != {"m", "f"}
    return False


_FEMININE_SURNAME = ("ova", "eva", "yova", "skaya", "tskaya", "ina", "aya")


@lru_cache(maxsize=65536)
def may_be_short_form(name: str) -> bool:
    """Is ``name`` an acronym ("the WTO" after its full name) or shaped like a short form
    ("Bat", "the Fed"; not "Tom", a given name) that an organisation's name may spell out?"""
    return bool(
        INITIALS.fullmatch(name)
        or SHORT_FORM.fullmatch(name)
        and name_key(name) not in name_lex.first_names()
    )


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[list[str], str, str]:
    """(tokens, surname key, given-name key or "") of a name."""
    tokens = name_tokens(name) or [name]
    return tokens, name_key(tokens[-1]), name_key(tokens[0]) if len(tokens) > 1 else ""


@lru_cache(maxsize=65536)
def what_a_name_tells(
    name: str, role: str, honorific: str, org: bool
) -> tuple[bool, bool, str, bool]:
    """What a mention's words say of its entity: (a person, an organisation, gender,
    a feminine surname), from honorific, given name, role nouns and the name's shape."""
    tokens = name_parts(name)[0]
    given = ""
    if len(tokens) > 1:  # the name as written first: "Terry" is "u", its key "teri" is "f"
        names = name_lex.first_names()
        given = names.get(tokens[0].lower(), "") or names.get(name_key(tokens[0]), "")
        given = given or _hyphenated_given(tokens[0].lower(), names)  # "Anna-Lena"
        if not given and len(tokens) > 2 and _title_words_before(tokens, org, name):
            # "Chief of Staff Denis McDonough", "Republican Christine Todd Whitman": the
            # given name is the first one after the title words.
            given = next((g for t in tokens[1:-1] if (g := names.get(t.lower(), ""))), "")
    hon = name_lex.HONORIFICS.get(honorific.lower(), None)
    role_gender = ""
    for word in role.lower().split():
        role_gender = role_gender or job_lex.PERSON_NOUNS.get(word, "")
    # A name ending in an acronym ("Star Wars DVD"; not "Pope John Paul II") is a thing's,
    thing = len(tokens) > 1 and ACRONYM.fullmatch(tokens[-1]) and not _ROMAN.fullmatch(tokens[-1])
    thing = thing or " & " in name  # as is one joined by "&" ("Simon & Schuster", a firm)
    person = hon is not None or not thing and (
        given in ("m", "f", "u") or names_a_job(role) or unlisted.titled(tokens) or any(
            t.islower() and (t in job_lex.PERSON_NOUNS or t in name_lex.TITLES)
            for t in tokens[:-1]
        )  # a job written inside the name: "Former House speaker Newt Gingrich"
    )
    shaped_like_org = not person and (org or org_lex.looks_like_org(name))
    given = given if given in ("m", "f") else ""
    # A given name and a job noun of two sexes say nothing: "Fed Chairman Janet Yellen"
    # may be a "she", "Spokesman Meredith Evans" a "he".
    gender = hon or (given or role_gender if given in ("", role_gender) or not role_gender
                     else "")
    return person, shaped_like_org, gender, tokens[-1].lower().endswith(_FEMININE_SURNAME)


def _title_words_before(tokens: list[str], org: bool, name: str) -> bool:
    """May the words before a name's last two be a title ("Staff", "Political Affairs",
    "Former House speaker"), not an organisation's name ("Sandy Hook Elementary School")?"""
    if any(t.lower() in cue_lex.HEADLINE_VERBS for t in tokens[:-2]) or any(
        t in _TITLE_CASE_WORDS for t in tokens
    ):  # "Says Omar Vega", "Endorses Paul Ryan With Trump": a title-case headline's words
        return False
    job = any(t in job_lex.PERSON_NOUNS for t in tokens[:-2])  # lower case: "speaker"
    return job or not (org or org_lex.looks_like_org(name))


# Small words a title-case headline capitalises and no name or title holds.
_TITLE_CASE_WORDS = frozenset(("With", "And", "For", "To", "In", "On", "At", "By", "From", "The"))


def names_a_job(role: str) -> bool:
    """Does ``role`` hold a word for a person (a job, "Kremlin spokesman", "Sen."; not
    "Yukos")? A title written short stands for its word ("Gov." a governor)."""
    return any(w in job_lex.PERSON_NOUNS for w in job_words(role))
