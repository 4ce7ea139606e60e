"""A speech event: a reporting cue and the mention of who speaks, in one paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from warreader.index.quotes.mentions import Mention


@dataclass(slots=True)
class Event:
    """A reporting cue with its speaker mention, in one paragraph."""

    cue: str
    cue_index: int  # token index of the cue word
    mention: Mention
    role: str = ""  # from an appositive
    weak: bool = False  # a cognitive or descriptive verb ("believes", "described")
    first: int = 0  # first token index of the whole event (mention or cue)
    last: int = 0  # last token index of the whole event
