"""Peers named by title and surname: "Lord Hutton", "Lady Thatcher", "Baroness Scotland".

British news calls a peer by a title that stands for the name: "Lord Hutton" is not
"John Hutton" nor any other Hutton, and no given name is written with it. So the title
stays in the speaker's name when the article gives the peer no given name ("Lord
Hutton said" -> "Lord Hutton"), and a folder's directory keeps such a name apart from
every person of another given name or of no title. "Sir" and "Dame" go with a given
name ("Sir Menzies Campbell" is "Menzies Campbell") and are left out as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Registry
    from warreader.index.quotes.reading import Attribution

# Titles that stand for a peer's name ("Earl" is also a given name: "Earl Woods").
PEER_TITLES = {"lord": "Lord", "lady": "Lady", "baroness": "Baroness"}


# "Lord Hutton" as written, and the word before it: "First Lady Obama" is an office.
_WRITTEN = re.compile(r"(?:(\w+) )?\b(Lord|Lady|Baroness) ([A-Z][\w'’-]*)")


def peer_title(honorific: str) -> str:
    """The peer's title ``honorific`` is, as shown ("Lord"), else "" (also for one in
    lower case: "cleaning lady Bloggs", "the first lady")."""
    return PEER_TITLES.get(honorific.lower(), "") if honorific[:1].isupper() else ""


def _titles_written(texts: Sequence[str]) -> dict[tuple[str, str], list[int]]:
    """Every (title, word) the article writes as a peer's name ("Lord", "Hutton"), not
    after "First" ("First Lady Obama"), with the paragraphs that write it; one pass over
    its text."""
    where: dict[tuple[str, str], list[int]] = {}
    for q, text in enumerate(texts):
        if "Lord" not in text and "Lady" not in text and "Baroness" not in text:
            continue  # most paragraphs: the pattern's optional word before is slow to try
        for before, title, name in _WRITTEN.findall(text):
            if before.lower() != "first":
                where.setdefault((title, name.removesuffix("'s").removesuffix("’s")), []).append(q)
    return where


def titled_peers(results: list[Attribution], registry: Registry) -> None:
    """Speakers named by a surname alone that is a titled peer's ("Hutton" for "Lord
    Hutton") take the title, in place; when another of the article's people or bodies
    bears that one word without it or with another title ("Lord Hutton and his wife
    Lady Hutton"), only a quotation whose own words give it ("..., Lady Hutton said") or
    whose "he"/"she" gives the one title of that sex ("Lord and Lady Tarrant ... he said":
    "Lord Tarrant")."""
    written = _titles_written(registry.texts)
    if written:
        _peers_apart(results, registry, written)
    if not any(entity.peer for entity in registry.entities):
        return
    titles: dict[str, set[str]] = {}
    for entity in registry.entities:
        if " " not in entity.name:
            peer = entity.peer if (entity.peer, entity.name) in written else ""
            titles.setdefault(entity.name, set()).add(peer)
    for result in results:
        held = titles.get(result.speaker or "")
        if result.kind != "quote" or not held:
            continue
        title = next(iter(held)) if len(held) == 1 else _written(result) or _of_sex(
            held, result.mention
        )
        if title:
            result.speaker = f"{title} {result.speaker}"


def _written(result: Attribution) -> str:
    """The peer's title the quotation's own mention writes before its speaker's one
    word ("Lady Hutton" for "Hutton"), else ""."""
    words = (result.mention or "").split()
    if len(words) < 2 or words[-1].removesuffix("'s").removesuffix("’s") != result.speaker:
        return ""
    first = len(words) > 2 and words[-3].lower() == "first"  # "the first lady Obama"
    return "" if first else peer_title(words[-2])


_SEX_OF_TITLE = {"Lord": "he", "Lady": "she", "Baroness": "she"}


def _of_sex(held: set[str], mention: str | None) -> str:
    """The one title among ``held`` of the sex of a "he"/"she" ``mention``, else ""."""
    fits = [t for t in held if t and _SEX_OF_TITLE[t] == (mention or "").lower()]
    return fits[0] if len(fits) == 1 else ""


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def _peers_apart(
    results: list[Attribution], registry: Registry, written: dict[tuple[str, str], list[int]]
) -> None:
    """A quotation whose own words name a peer by title and surname alone ("..., Lord
    Renwick said") keeps that name when its speaker came out as a person of that surname
    with a given name the article writes only after the title, never in one sentence with
    it ("Lord Renwick ... His son, James Renwick,": another person), in place. "Former
    Labour leader Neil Kinnock ... Lord Kinnock said" names the person first, "Peter
    Mandelson, now Lord Mandelson," both in one sentence, and "Baroness Susan Greenfield"
    the title with the given name: one person each, as before. Only the paragraphs that
    write the title are read, once per name, so the work stays linear in the article. Not
    "Lady", a courtesy title a wife's given name often goes with ("His wife, Ann Hale" is
    Lady Hale)."""
    texts = registry.texts
    apart: dict[tuple[str, str], bool] = {}
    people = {e.name: e for e in registry.entities if e.kind == "person"}
    for result in results:
        words = (result.mention or "").split()
        speaker = (result.speaker or "").split()
        if result.kind != "quote" or len(words) != 2 or len(speaker) < 2:
            continue
        title = peer_title(words[0])
        if title in ("", "Lady") or (title, words[1]) not in written or speaker[-1] != words[1]:
            continue
        if speaker[0] in PEER_TITLES.values() or (title, speaker[0]) in written:
            continue  # "Baroness Susan Greenfield ... Baroness Greenfield": one person
        key = (result.speaker, title)
        if key not in apart:
            where = sorted(set(written[title, words[1]]))
            person = people.get(result.speaker)
            apart[key] = _titled_first(texts, where[0], person, result.speaker, words) and (
                not _one_sentence([texts[q] for q in where], result.speaker, words))
        if not apart[key]:
            continue
        result.speaker = f"{title} {words[1]}"


def _one_sentence(texts: Sequence[str], full: str, titled: list[str]) -> bool:
    """Does a sentence of ``texts`` write both the full name ``full`` and the peer's
    title and surname (``titled``)?"""
    peer = " ".join(titled)
    return any(
        full in sentence and peer in sentence
        for text in texts
        if full in text and peer in text
        for sentence in _SENTENCE_END.split(text)
    )


def _titled_first(
    texts: Sequence[str], q: int, person: Entity | None, full: str, titled: list[str]
) -> bool:
    """Does the article write the peer's title and surname (``titled``, first in paragraph
    ``q``) before it first writes the full name ``full`` of ``person``?"""
    if person is None:
        return False
    named = person.named[0]
    if q != named:
        return q < named
    text = texts[q]
    at = text.find(full)
    return 0 <= text.find(" ".join(titled)) < at or at < 0
