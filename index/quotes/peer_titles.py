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
    from warreader.index.quotes.entities import Registry
    from warreader.index.quotes.reading import Attribution

# Titles that stand for a peer's name ("Earl" is also a given name: "Earl Woods").
PEER_TITLES = {"lord": "Lord", "lady": "Lady", "baroness": "Baroness"}


# "Lord Hutton" as written, and the word before it: "First Lady Obama" is an office.
_WRITTEN = re.compile(r"(?:(\w+) )?\b(Lord|Lady|Baroness) ([A-Z][\w'’-]*)")


def peer_title(honorific: str) -> str:
    """The peer's title ``honorific`` is, as shown ("Lord"), else "" (also for one in
    lower case: "cleaning lady Bloggs", "the first lady")."""
    return PEER_TITLES.get(honorific.lower(), "") if honorific[:1].isupper() else ""


def _titles_written(texts: Sequence[str]) -> set[tuple[str, str]]:
    """Every (title, word) the article writes as a peer's name ("Lord", "Hutton"), not
    after "First" ("First Lady Obama"); one pass over its text."""
    return {
        (title, name.removesuffix("'s").removesuffix("’s"))
        for text in texts
        for before, title, name in _WRITTEN.findall(text)
        if before.lower() != "first"
    }


def titled_peers(results: list[Attribution], registry: Registry) -> None:
    """Speakers named by a surname alone that is a titled peer's ("Hutton" for "Lord
    Hutton") take the title, in place; when another of the article's people or bodies
    bears that one word without it or with another title ("Lord Hutton and his wife
    Lady Hutton"), only a quotation whose own words give it ("..., Lady Hutton said")."""
    if not any(entity.peer for entity in registry.entities):
        return
    written = _titles_written(registry.texts)
    titles: dict[str, set[str]] = {}
    for entity in registry.entities:
        if " " not in entity.name:
            peer = entity.peer if (entity.peer, entity.name) in written else ""
            titles.setdefault(entity.name, set()).add(peer)
    for result in results:
        held = titles.get(result.speaker or "")
        if result.kind != "quote" or not held:
            continue
        title = next(iter(held)) if len(held) == 1 else _written(result)
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
