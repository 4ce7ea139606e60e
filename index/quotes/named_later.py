"""Unnamed spokespeople and short forms the article names in full elsewhere.

"A spokeswoman for Loomtex said ..." and, paragraphs later, "Loomtex spokeswoman Ada Prell
said ...": when the article names exactly one person with that job at that body, the
unnamed spokeswoman is her, and every quotation credited to the description is hers.
"The Fed said ..." where "The Federal Reserve" stands in a paragraph the attributor never
read closely: the short form speaks by the full name (:func:`spell_out_short_forms`).
"""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon
from warreader.index.quotes.entities import Registry
from warreader.index.quotes.phrases import SHORT_FORM, short_for
from warreader.index.quotes.reading import Attribution

_SPOKES = lexicon.words("spokesman spokeswoman spokesperson")
_INDEFINITE = lexicon.words("a an")
_LINKS = lexicon.words("for of at")


def _job_and_body(description: str) -> tuple[str, list[str]] | None:
    """("spokeswoman", ["loomtex"]) for "a spokeswoman for Loomtex" or "a Loomtex
    spokeswoman"; None for any other description or one that names no body."""
    words = description.split()
    if len(words) < 3 or words[0].lower() not in _INDEFINITE:
        return None
    lows = [w.lower() for w in words]
    job = next((w for w in lows if w in _SPOKES), None)
    if job is None:
        return None
    at = lows.index(job)
    linked = at + 1 < len(words) and lows[at + 1] in _LINKS  # "a spokeswoman for Loomtex"
    body = [w.lower() for w in (words[at + 2 :] if linked else words[1:at]) if w[:1].isupper()]
    return (job, body) if body else None


def name_unnamed_spokespeople(
    results: list[Attribution], registry: Registry, texts: list[str] = ()
) -> None:
    """Give each quotation of an unnamed spokesperson the one person the article names
    with that job at that body (in place); leave it when there is none or several.
    Short forms of ``texts`` (the article's paragraphs) are spelt out first."""
    spell_out_short_forms(results, registry, texts)
    named: dict[str, str] = {}
    for result in results:
        speaker = result.speaker
        if result.kind != "quote" or not speaker or speaker in named or not result.mention:
            continue
        found = _job_and_body(result.mention)
        if found is None:
            continue
        job, body = found
        people = {
            e.name
            for e in registry.entities
            if e.kind == "person" and " " in e.name and e.role
            and job in e.role.lower() and all(w in e.role.lower() for w in body)
        }
        if len(people) == 1:
            named[speaker] = people.pop()
    if not named:
        return
    for result in results:
        if result.kind == "quote" and result.speaker in named:
            result.speaker = named[result.speaker]


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A run of capitalised words, "of"/"and"/"for" inside it ("Bank of England").
_FULL_RUN = re.compile(r"[A-Z][a-z]+(?: (?:(?:of|and|for|the) )?[A-Z][a-z]+){1,5}")


def spell_out_short_forms(
    results: list[Attribution], registry: Registry, texts: list[str]
) -> None:
    """Give each quotation credited to a short form ("Fed", "WTO") the full name the
    article spells it out with first ("Federal Reserve", "World Trade Organisation"),
    when no person has that name (in place); the article is searched only when some
    speaker is a short form."""
    shorts = {
        r.speaker for r in results
        if r.kind == "quote" and r.speaker and registry.known_person(r.speaker) is None and (
            _ACRONYM.fullmatch(r.speaker) or SHORT_FORM.fullmatch(r.speaker)
            and r.speaker.lower() not in lexicon.first_names()
        )
    }
    if not shorts:
        return
    full: dict[str, str] = {}
    for text in texts:
        for match in _FULL_RUN.finditer(text):
            run = _body_words(match.group())
            for short in shorts - full.keys():
                if " " in run and short_for(short, run):
                    full[short] = run
    for result in results:
        if result.kind == "quote" and result.speaker in full:
            result.speaker = full[result.speaker]


def _body_words(run: str) -> str:
    """The organisation's words of a capitalised run: a leading "The" dropped, cut before
    a job or a given name ("Federal Reserve Chairman Alan Greenspan": "Federal Reserve")."""
    words = run.split()
    if words[0] == "The":
        words = words[1:]
    given = lexicon.first_names()
    for n, word in enumerate(words):
        low = word.lower()
        if low in lexicon.PERSON_NOUNS or low in given:
            return " ".join(words[:n])
    return " ".join(words)
