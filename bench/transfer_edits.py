"""The edits of a transfer test (bench/transfer.py): variants, their registry, and
moving offsets through the edits."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

Edit = tuple[int, int, str]


@dataclass
class Variant:
    """One way of rewriting a set: ``edits`` of an article's text, ``rename`` of a gold
    string (speakers, aliases, mentions) so the gold follows the text."""

    name: str
    edits: Callable[[str], list[Edit]]
    rename: Callable[[str], str] = field(default=lambda s: s)
    suffix: str = ""  # the engine reads the article under its name + suffix (".html")
    # Where a rename holds for some articles only: the article's text -> its own rename.
    rename_in: Callable[[str], Callable[[str], str]] | None = None
    # The source mention read again from the edited text at its moved span (widened
    # over text inserted at its start), not renamed: the edits decide which mention changed.
    remention: bool = False


# A factory sees the whole set first (the names variants draw their map from it).
VariantFactory = Callable[[list[dict], dict[str, str], int], Variant]
VARIANTS: dict[str, VariantFactory] = {
    "none": lambda gold, texts, seed: Variant("none", lambda text: []),
}


def register(name: str) -> Callable[[VariantFactory], VariantFactory]:
    """Decorator: add a variant factory under ``name``."""

    def add(factory: VariantFactory) -> VariantFactory:
        VARIANTS[name] = factory
        return factory

    return add


def register_fixed(name: str, edits: Callable[[str], list[Edit]], suffix: str = "") -> None:
    """Add a variant whose edits do not depend on the set or the seed."""
    VARIANTS[name] = lambda gold, texts, seed: Variant(name, edits, suffix=suffix)


class OffsetMap:
    """Old offsets of a text to new ones after non-overlapping edits."""

    def __init__(self, edits: list[Edit]) -> None:
        self.edits = edits
        self.ends = [e for _, e, _ in edits]
        self.shift = [0]
        self.new_start: list[int] = []
        for s, e, rep in edits:
            self.new_start.append(s + self.shift[-1])
            self.shift.append(self.shift[-1] + len(rep) - (e - s))

    def __call__(self, offset: int, *, end: bool = False) -> int:
        """Where ``offset`` lands; inside an edit, its new start (or new end). Text
        inserted at ``offset`` comes before a start there and after an end there."""
        i = (bisect.bisect_left if end else bisect.bisect_right)(self.ends, offset)
        if i < len(self.edits) and self.edits[i][0] < offset:
            s, _, rep = self.edits[i]
            return self.new_start[i] + (len(rep) if end else 0)
        return offset + self.shift[i]


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """The text after ``edits`` (sorted, overlaps dropped) and its offset map."""
    kept: list[Edit] = []
    for s, e, rep in sorted(edits, key=lambda x: (x[0], x[1])):
        if kept and s < kept[-1][1]:
            continue
        if text[s:e] != rep:
            kept.append((s, e, rep))
    parts, last = [], 0
    for s, e, rep in kept:
        parts.append(text[last:s])
        parts.append(rep)
        last = e
    parts.append(text[last:])
    return "".join(parts), OffsetMap(kept)


def regex_edits(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> list[Edit]:
    """One edit per match of ``pattern``: the match replaced by ``replace(match)``."""
    return [(m.start(), m.end(), replace(m)) for m in pattern.finditer(text)]
