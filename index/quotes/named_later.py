"""Unnamed spokespeople the article names further on.

"A spokeswoman for Loomtex said ..." and, paragraphs later, "Loomtex spokeswoman Ada Prell
said ...": when the article names exactly one person with that job at that body, the
unnamed spokeswoman is her, and every quotation credited to the description is hers.
"""

from __future__ import annotations

from collections.abc import Iterator

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.descriptions import role_holds
from warreader.index.quotes.entities import Registry
from warreader.index.quotes.far_names import names_by_short_form
from warreader.index.quotes.reading import Attribution

_INDEFINITE = lexicon.words("a an")
_LINKS = lexicon.words("for of at")


def _job_and_body(description: str) -> tuple[str, list[str]] | None:
    """("spokeswoman", ["loomtex"]) for "a spokeswoman for Loomtex" or "a Loomtex
    spokeswoman"; None for any other description or one that names no body."""
    words = description.split()
    if len(words) < 3 or words[0].lower() not in _INDEFINITE:
        return None
    lows = [w.lower() for w in words]
    job = next((w for w in lows if w in job_lex.SPOKES), None)
    if job is None:
        return None
    at = lows.index(job)
    linked = at + 1 < len(words) and lows[at + 1] in _LINKS  # "a spokeswoman for Loomtex"
    body = [w.lower() for w in (words[at + 2 :] if linked else words[1:at]) if w[:1].isupper()]
    return (job, body) if body else None


def name_unnamed_spokespeople(results: list[Attribution], registry: Registry) -> None:
    """Give each quotation of an unnamed spokesperson the one person the article names
    with that job at that body (in place); leave it when there is none or several."""
    named: dict[str, str] = {}
    holders: dict[str, list[tuple[str, str]]] = {}  # job -> (name, role) of its people
    for result in results:
        speaker = result.speaker
        if result.kind != "quote" or not speaker or speaker in named or not result.mention:
            continue
        found = _job_and_body(result.mention)
        if found is None:
            continue
        job, body = found
        if job not in holders:  # once per job, not a walk over every entity per speaker
            holders[job] = [
                (e.name, role) for e in registry.entities
                if e.kind == "person" and " " in e.name and e.role
                and job in (role := e.role.lower())
            ]
        people = {name for name, role in holders[job] if all(w in role for w in body)}
        if len(people) == 1:
            named[speaker] = people.pop()
    if not named:
        return
    for result in results:
        if result.kind == "quote" and result.speaker in named:
            result.speaker = named[result.speaker]


def full_names_for_surnames(results: list[Attribution], registry: Registry) -> None:
    """A speaker given by a surname alone ("Kasich: ..." in a headline, "Clarke said"
    before "NASA's Steve Clarke") takes the one full name of a person the article
    gives with that surname after a known given name ("John Kasich"), in place; it stays
    when there is none or more than one ("Bill Clinton" and "Hillary Clinton"), or when the
    two are known to be of different sexes ("Mrs. Clinton" and "Bill Clinton")."""
    if not any(_bare_surname(result) for result in results):
        return  # nothing to name: the article's names are not read
    people = [e for e in registry.entities if e.kind == "person"]
    names = [e.name for e in people]
    names += [r.speaker for r in results if r.kind == "quote" and r.speaker]
    full = names_by_short_form(names, _surname)
    gender = {e.name: e.gender for e in people}
    for result in results:  # one result may stand for two quotations: asked again each time
        if _bare_surname(result):
            found = full.get(result.speaker, {})
            if len(found) == 1 and not _other_sex(gender, result.speaker, next(iter(found))):
                result.speaker = next(iter(found))


def _other_sex(gender: dict[str, str], bare: str | None, name: str) -> bool:
    """Are the bare surname's person and the full name's of known, different sexes
    ("Mrs. Lindqvist" and "Aaron Lindqvist": his wife, not he)?"""
    a, b = gender.get(bare or "", ""), gender.get(name, "")
    return bool(a and b and a != b)


def _bare_surname(result: Attribution) -> bool:
    """Is ``result`` a quotation whose speaker is one word, not an acronym ("Kasich")?"""
    speaker = result.speaker
    return result.kind == "quote" and bool(speaker) and " " not in speaker and (
        not speaker.isupper()
    )


def _surname(name: str) -> Iterator[str]:
    """The surname of ``name`` when a known given name opens it ("Kasich" of "John
    Kasich"); nothing for one word or a lower-case last word."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in name_lex.first_names() and words[-1][:1].isupper():
        yield words[-1]


def descriptions_named_next(results: list[Attribution]) -> None:
    """A definite description that spoke as itself ("“…”, the economy minister said.")
    is the person named with that job at the very next quotation, in its paragraph or the
    next ("“…,” said economy minister Heizo Takenaka."), in place. Not when another
    quotation comes between, nor when the next speaker's role is not that job alone: a
    qualifier makes another holder of it, answering ("said shadow economy minister Tom
    Hale", "former", "deputy", "rival", "union spokesman", "Italy's economy minister")."""
    for i, result in enumerate(results[:-1]):
        mention = result.mention or ""
        words = mention.lower().split()
        if result.kind != "quote" or result.via != "description" or len(words) < 2:
            continue
        if words[0] != "the" or words[-1] not in job_lex.PERSON_NOUNS:
            continue
        if result.speaker != mention[:1].lower() + mention[1:]:
            continue  # resolved to someone already
        nxt = next((r for r in results[i + 1 :] if r.kind == "quote"), None)
        if nxt is None or nxt.via != "named" or not nxt.speaker or not nxt.role:
            continue
        if result.source is None or nxt.source not in (result.source, result.source + 1):
            continue
        if " " in nxt.speaker and role_holds(mention, words[-1], nxt.role) and (
            nxt.role.lower().split() == words[1:]
        ):
            result.speaker, result.role = nxt.speaker, nxt.role
