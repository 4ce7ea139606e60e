"""Whose clause a participle after a comma goes on: ", saying ...", ", calling ...".

"Obama mocked Trump for complaining that the vote was rigged, saying he should "stop
whining"": the participle's subject is the main clause's, not that of a gerund under a
preposition ("for complaining") nor that of a restrictive relative clause inside an
object ("rejected accusations from several women who said ..., calling the stories
"fiction""). A relative clause set off by a comma ("Varga, who said ..., adding") may go
on and is left alone.
"""

from __future__ import annotations

from warreader.index.quotes.event import Event
from warreader.index.quotes.tokens import Token

_PREPOSITIONS = frozenset(
    ("for", "of", "after", "before", "about", "over", "by", "without", "despite", "against")
)
_RELATIVES = frozenset(("who", "that", "which", "whom"))


def embedded(tokens: list[Token], e: Event) -> bool:
    """Is the event ``e`` a gerund under a preposition ("for complaining") or the cue of
    a restrictive relative clause ("women who said"; not "Varga, who said")?"""
    before = tokens[e.cue_index - 1] if e.cue_index > 0 else None
    if before is None:
        return False
    if e.cue.lower().endswith("ing") and before.lower in _PREPOSITIONS:
        return True
    return before.lower in _RELATIVES and e.cue_index >= 2 and tokens[e.cue_index - 2].text != ","


def main_events(tokens: list[Token], events: list[Event], floor: int) -> list[Event]:
    """The last event of the sentence opening at token ``floor`` that is not
    :func:`embedded`: a list of one, or empty."""
    for e in reversed(events):  # from the end: the sentence's own events only
        if e.cue_index < floor:
            break
        if not embedded(tokens, e):
            return [e]
    return []
