"""Completion for the search bar: field names, ``kind:`` values and speaker names."""

from __future__ import annotations

from textual.suggester import Suggester
from warreader.tui.safe_text import one_line

FIELDS = ("speaker:", "title:", "date:", "kind:", "text:", "body:", "role:", "cue:",
          "outlet:", "author:")
KINDS = ("quote", "article", "term")
MIN_FIELD_LETTERS = 2
"""A field name is suggested from two letters on: one letter ("c" of "cup") is too
little to offer "cue:" over the word being typed."""


class QuerySuggester(Suggester):
    """Suggests the rest of the last word of a query.

    ``spe`` -> ``speaker:``, ``kind:q`` -> ``kind:quote``, ``speaker:pes`` ->
    ``speaker:peskov`` (any word of a known speaker name, lower-cased). The typed text
    is kept exactly as typed; only the completion is appended.
    """

    def __init__(self, speakers: list[str] | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.words: list[str] = []
        self.set_speakers(speakers or [])

    def set_speakers(self, speakers: list[str]) -> None:
        """Use ``speakers`` (display names, most quoted first) for ``speaker:`` completion."""
        words: dict[str, None] = {}
        for name in speakers:
            for word in one_line(name).split():  # shown in the input: no control codes
                word = word.strip(".,()\"'").casefold()
                if len(word) > 2:
                    words.setdefault(word, None)
        self.words = list(words)

    async def get_suggestion(self, value: str) -> str | None:
        """The full suggested query for ``value``, or None."""
        head, _, last = value.rpartition(" ")
        if not last or value.count('"') % 2:
            return None  # nothing typed yet, or inside a phrase: words, never fields
        field, colon, partial = last.partition(":")
        prefix = f"{head} " if head else ""
        folded = partial.casefold()
        if not colon:
            if len(last) < MIN_FIELD_LETTERS:
                return None
            candidates = [f for f in FIELDS if f.startswith(last.casefold())]
            return prefix + last + candidates[0][len(last):] if candidates else None
        pool = {"speaker": self.words, "kind": KINDS}.get(field.casefold(), ())
        for word in pool:
            if folded and word.startswith(folded) and word != folded:
                return value + word[len(partial):]
        return None
