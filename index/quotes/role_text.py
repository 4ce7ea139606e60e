"""The role as a reporter writes it once it stands apart from its sentence: a common word
capitalised only because it opened the sentence ("Guitarist Brian May said", "Former
Republican governor ...", "Newly-crowned champion ...") is lower-cased; titles and names
keep their capitals ("President", "Arsenal manager", "Observer"); a preposition, article
or conjunction left at the end by a cut ("chairman of") goes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.descriptions import named_places
from warreader.index.quotes.mention_roles import job_word
from warreader.index.quotes.mentions import MAX_ROLE_WORDS

if TYPE_CHECKING:  # the engine imports this module: types only
    from warreader.index.quotes.entities import Registry
    from warreader.index.quotes.reading import Attribution


def noun_phrase(words: list[str]) -> list[str]:
    """A role's words as a short noun phrase about a job, not a clause: up to a relative
    or "be" ("billionaire owner of the Mavericks who rebuffed pleas"); one still over
    ``MAX_ROLE_WORDS`` loses a place or time at its end first ("head of strategy at Bank
    of America" of "... at Bank of America in New York"), keeps a body it names up to
    ``_MAX_BODY_ROLE_WORDS`` ("vice president and chief operating officer of Toyota's
    US sales arm"), else ends before its last phrase that fits; [] when none does."""
    clause = next((n for n, w in enumerate(words) if n and _opens_clause(w)), None)
    if clause is not None:
        words = words[:clause]
        if len(words) > 2 and words[-2] == "and":  # "director at Gartner and someone who"
            words = words[:-2]
    while len(words) > MAX_ROLE_WORDS and (setting := _setting_start(words)):
        words = words[:setting]  # "... at Ask Jeeves (in the US)", "(since 2003)"
    if len(words) > MAX_ROLE_WORDS and not _names_its_body(words):
        end = _phrase_end(words)
        if end and words[end].lower() == "of" and job_word(words[end - 1]) and (
            "and" in words[1 : end - 1]
        ):  # "skipper for the night and scorer (of the second goal)"
            end = words.index("and", 1)
        words = words[:end]
    return words


_MAX_BODY_ROLE_WORDS = 12  # a longer role is shortened even when it names its body
_SETTING_WORDS = 4  # "in New York State", "since the early years"


def _setting_start(words: list[str]) -> int:
    """Where a place or time that ends a role starts ("in the US", "in Rio de Janeiro",
    "in 1991", "since 2003"); 0 when none does. A body is no place ("in the Department
    of Health"), nor a lower-case phrase ("in charge")."""
    for m in range(len(words) - 2, max(len(words) - 2 - _SETTING_WORDS, 1), -1):
        low, tail = words[m].lower(), words[m + 1 :]
        if low == "since":
            return m
        if low != "in":
            continue
        if tail[0].lower() == "the":
            tail = tail[1:]
        bare = [w.removesuffix("'s").removesuffix("\u2019s").lower() for w in tail]
        if tail and all(
            w[:1].isupper() or w.isdigit() and len(w) == 4 or w.lower() in name_lex.NAME_PARTICLES
            for w in tail
        ) and not any(w in _BODY_WORDS and w not in _PLACE_WORDS for w in bare):
            return m
    return 0


def _names_its_body(words: list[str]) -> bool:
    """Does a long role end on the body its job is at, a phrase with a name after its
    last "of", "at", "for" or "with" ("... coordinator for civil liberties group Electronic
    Frontier Foundation", "... of Toyota's US sales arm"), and is it no longer than
    ``_MAX_BODY_ROLE_WORDS``?"""
    if len(words) > _MAX_BODY_ROLE_WORDS:
        return False
    last = max((n for n, w in enumerate(words) if n and w.lower() in _BODY_OPENERS), default=0)
    body = words[last + 1 :]
    pairs = zip(body, body[1:], strict=False)
    second_job = any(w == "and" and nxt[:1].islower() and nxt != "the" for w, nxt in pairs)
    # "cousin of the late Duke Orrin and keen golfer", not "Arts and Crafts Guild"
    return bool(last) and any(w[:1].isupper() for w in body) and not second_job and not any(
        w.isdigit() or w.lower() in _PHRASE_OPENERS for w in body
    )  # not "... of Pell Partners and an analyst in Leeds", "... at the 2000 Olympics"


_BODY_OPENERS = lexicon.words("of at for with")
_BODY_WORDS = org_lex.ORG_SUFFIXES | org_lex.ORG_NOUNS
_PLACE_WORDS = lexicon.words("city county")  # "in New York City", not a club's name here


def _phrase_end(words: list[str]) -> int:
    """Where a role longer than ``MAX_ROLE_WORDS`` ends: before its last preposition
    within reach that stands outside a name ("in New York", not the "of" of "Bank of
    America"; never "and": "the actor and the singer met"); 0 (no role) when none does."""
    for m in range(MAX_ROLE_WORDS, 1, -1):
        low, after = words[m].lower(), words[m + 1 : m + 3]
        inside = bool(after) and words[m - 1][:1].isupper() and (
            low in ("of", "for", "on") and after[0][:1].isupper()
            or low != "at" and after[0] == "the" and after[-1][:1].isupper()
        )  # "Bank of America", "Centre for the Study", "Russia in the Asia Program"; a
        # cut: "Center for Governance at the University of Delaware"
        partitive = low == "of" and words[m - 1].lower() in _QUANTITIES  # "one of four"
        if low in _PHRASE_OPENERS and not inside and not partitive:
            return m
    return 0


_PHRASE_OPENERS = lexicon.words("of at for in with from on")
_QUANTITIES = lexicon.words("one two three some any each all many most none several")
_RELATIVES = lexicon.words("who whom whose which that")


def _opens_clause(word: str) -> bool:
    """Does ``word`` open a clause that ends a role: a relative ("who", "who's") or a
    form of "be" ("former aide to Ann Roe was one")?"""
    low = word.lower().replace("\u2019", "'").split("'", 1)[0]
    return low in _RELATIVES or low in lexicon.BE


# Pre-modifiers of a job that are never names: "former governor", "retired judge".
_MODIFIERS = lexicon.words(
    "former retired outgoing incoming presumptive veteran double triple injured founding "
    "rival longtime long-time one-time onetime then-president fellow"
)
# Job titles a sentence may start with for either reading; job nouns that also name
# publications or bodies ("the Observer", "Star", "International") keep their capital.
_TITLE_JOBS = lexicon.words(
    "singer rapper manager coach boss analyst economist striker goalkeeper midfielder "
    "defender forward former senior junior acting"
)
_NAME_LIKE = lexicon.words("observer star international general premier guardian")


# Words a role cannot end on: it was cut mid-phrase ("co-author of", "its").
_DANGLING = lexicon.words(
    "of at for in with from to on by under behind about over after into against between "
    "like as than near without during and or the a an its his her their our my"
)


def as_written(role: str | None) -> str | None:
    """``role`` with a sentence-initial capital on a common first word lowered and no
    word left hanging at its end ("co-author of" -> "co-author"); None if nothing is left."""
    if not role:
        return role
    words = noun_phrase(role.split()) or role.split()  # no shorter phrase: kept whole
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if words and words[0].lower() in lexicon.DETERMINERS:
        words = words[1:]  # "a researcher at Futurelab"
    if all(w.lower() in _QUANTITIES or w.lower() == "another" for w in words):
        return None  # "one", "another": a count, no role
    role = " ".join(words)
    first, _, rest = role.partition(" ")
    if not first[:1].isupper() or first[1:2].isupper() or not first[1:].islower() and (
        "-" not in first
    ):
        return role  # not "BBC", "McLaren"
    low = first.lower()
    head, _, tail = low.partition("-")
    if low in job_lex.NATIONALITIES or tail and not first.partition("-")[2].islower():
        return role  # "Greek sprinter", "Vice-President"
    common = (
        low in _MODIFIERS
        or low in job_lex.PERSON_NOUNS and low not in _NAME_LIKE and (
            low not in name_lex.TITLES or low in _TITLE_JOBS
        )
        or tail and (head.endswith("ly") or head in job_lex.PERSON_NOUNS or head in _MODIFIERS)
        # "Newly-crowned", "Man-of-the-match"
    )
    if not common or rest[:1].isupper() and low not in _MODIFIERS and "-" not in first:
        return role  # "General Motors chief", "Star Wars director"
    return first[0].lower() + first[1:] + (" " + rest if rest else "")


def with_coordinated(role: str | None, speaker: str | None, texts: list[str]) -> str | None:
    """``role`` with the nationality coordinated before it that the phrase reader, which
    stops at "and", left out: "British and Irish Lions coach Clive Woodward" gives
    "British and Irish Lions coach", not "Irish Lions coach"."""
    if not role or not speaker or not named_places(role.split(" ", 1)[0]):
        return role
    written = f" and {role} {speaker}"  # every match holds it: most articles have none,
    if not any(written in text for text in texts):  # and need no pattern made for them
        return role
    pattern = re.compile(rf"\b([A-Z][a-z]+) and {re.escape(role)} {re.escape(speaker)}\b")
    for text in texts:
        found = pattern.search(text)
        if found and named_places(found.group(1)):
            return f"{found.group(1)} and {role}"
    return role


def roles_named_later(results: list[Attribution], registry: Registry, texts: list[str]) -> None:
    """Give a person's quotations that carry no role the role the article gives the person
    anywhere, even after them ("'It was close,' said Tim Hale. ... Hale, a veteran of 40
    caps, said"): sentences are read in order, so earlier quotations missed it. Only a
    role the text writes beside the name, before the full name ("former captain Tim
    Hale") or in an appositive after it ("Hale, a veteran"), never one a phrase merely
    put before a surname ("the county clerk Hale was talking about"). In place."""
    known: dict[str, str | None] = {}
    roles: dict[str, str] | None = None  # each person's name -> the first one's role
    for result in results:
        speaker = result.speaker
        if result.kind != "quote" or result.role or not speaker:
            continue
        if speaker not in known:
            if roles is None:  # once, not a walk over every entity per speaker
                roles = {}
                for e in registry.entities:
                    if e.kind == "person":
                        roles.setdefault(e.name, e.role)
            known[speaker] = _written_role(speaker, roles.get(speaker, ""), texts)
        result.role = known[speaker] or result.role


def _written_role(speaker: str, role: str, texts: list[str]) -> str | None:
    """The role of the person ``speaker`` (``role``, the registry's) as the text writes
    it beside the name."""
    if not role or " " not in speaker:
        return None
    last = speaker.rsplit(" ", 1)[-1]
    before, after = f"{role} {speaker}", f"{last}, "  # one of them is in every match: check
    if not any(before in text or after in text for text in texts):  # before making the
        return None  # pattern (one per speaker)
    surname = re.escape(last)
    beside = re.compile(
        rf"\b{re.escape(role)} {re.escape(speaker)}\b"
        rf"|\b{surname}, (?:an? |the )?{re.escape(role)}(?=[,.;:!?]|$)"
    )
    return role if any(beside.search(text) for text in texts) else None
