"""Whose is a spokesperson the text introduces with "a" and no body ("a spokesman said"):
the body whose speech the sentence just before the quotation reports, for the resolution
stage (``stage`` is the attributor).

"The Royal College of Nursing said it welcomed any move. "Nurses want clean wards," a
spokesman said.": a Royal College of Nursing spokesman, the unnamed source kept with its
affiliation (issue 10: unnamed sources that lose it). Only a bare "a spokesman",
"a spokeswoman" or "a spokesperson", and only as the document rule finds the body
(``unowned_documents.spoken_just_before``: one named body, a reporting verb not denied,
nothing between).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes.spokes_bodies import owner_before
from warreader.index.quotes.unowned_documents import spoken_just_before

if TYPE_CHECKING:
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.resolution import Resolution

_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def unowned_spokesperson(stage: Resolution, p: int, para: Para, event: Event) -> str | None:
    """ "a <body> spokesman" for a bare "a spokesman" whose body spoke in the sentence
    just before the quotation; else None."""
    words = event.mention.text.split()
    if len(words) != 2 or words[0].lower() not in ("a", "an") or (
        words[1].lower() not in _SPOKESPEOPLE
    ):
        return None
    body = spoken_just_before(stage, p, para, event)
    if not body:
        owner = owner_before(stage, p, para, event)
        if owner is None:
            return None
        body, office = owner
        if office:
            return f"{words[0]} {words[1].lower()} for {body}"
    return f"{_article(body)} {body} {words[1].lower()}"


def _article(body: str) -> str:
    """ "a" or "an" before ``body`` as it is said: "an Association of Colleges
    spokesman", "an MoD spokesman", "a European Commission", "a UN", "a Home Office"."""
    first = body.split()[0]
    if len(first) > 1 and (first[1].isupper() or len(first) <= 4 and (
        sum(c.isupper() for c in first) > 1
    )):  # initials, said letter by letter ("BMA", "MoD"; not "McDonald's")
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if first[0] in "AEIO" and not first.startswith(("Eu", "One")) else "a"
