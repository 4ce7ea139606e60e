"""The plain types of quote provenance: one quote as a group member, and a group."""

from __future__ import annotations

from dataclasses import dataclass, field

MemberKey = tuple[str, int, int]
"""(article id, start, end): one quote's place in the corpus."""


@dataclass(frozen=True, slots=True)
class Member:
    """One quote as grouping sees it: where it is, its words, who it is credited to.

    ``speaker`` should be the corpus-canonical name (so that "Mr Putin" and "Vladimir
    Putin" are one speaker); ``kind`` is "quote" or "term" (terms never group with quotes).
    """

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    kind: str = "quote"
    path: str = ""
    date: str | None = None
    outlet: str | None = None

    @property
    def key(self) -> MemberKey:
        """Where this quote is: (article id, start, end)."""
        return (self.article, self.start, self.end)

    def to_dict(self) -> dict:
        """A JSON-ready dict (the member shape of ``warreader provenance --json``)."""
        return {
            "article": self.path or self.article,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "outlet": self.outlet,
            "speaker": self.speaker,
            "text": self.text,
        }


@dataclass(slots=True)
class Group:
    """Quotes of the same words across the corpus, earliest first.

    ``worded_differently``: two members credited to the same speaker carry different
    words (not just one a part of the other). ``credited_differently``: the same words
    (or a part of them) are credited to different speakers. ``reworded`` and
    ``recredited`` hold the keys of the members that differ from the earliest version
    in words or in speaker.
    """

    id: int
    members: list[Member]
    worded_differently: bool = False
    credited_differently: bool = False
    reworded: set[MemberKey] = field(default_factory=set)
    recredited: set[MemberKey] = field(default_factory=set)

    @property
    def earliest(self) -> Member:
        """The first version: earliest dated, then by path and place."""
        return self.members[0]

    @property
    def articles(self) -> list[str]:
        """The distinct article ids holding this group's quotes, in member order."""
        return list(dict.fromkeys(m.article for m in self.members))

    def to_dict(self) -> dict:
        """A JSON-ready dict (one group of ``warreader provenance --json``)."""
        return {
            "group": self.id,
            "articles": len(self.articles),
            "worded_differently": self.worded_differently,
            "credited_differently": self.credited_differently,
            "members": [
                dict(m.to_dict(), reworded=m.key in self.reworded,
                     recredited=m.key in self.recredited)
                for m in self.members
            ],
        }
