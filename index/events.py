"""Speech events: a reporting cue and the phrase naming who speaks.

"Biden said", "said Navy Capt. Mike Kafka, a Pentagon spokesman", "according to
the Security Council", "Jens Stoltenberg, the chairman of NATO, stated", "he
explained", "the statement reads". Found in the narrative of a paragraph (quotations
are single tokens), one per cue, each with the token index of its cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from index import lexicon
from index.mentions import (
    Mention,
    appositive_role,
    build,
    left_phrase,
    right_phrase,
    skip_back_appositive,
)
from index.tokens import Token


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


def _skip_adverbs_left(tokens: list[Token], i: int, floor: int) -> int:
    steps = 0
    while i > floor and steps < 3 and tokens[i - 1].kind == "w" and (
        tokens[i - 1].lower in lexicon.ADVERBS and not tokens[i - 1].capitalised
    ):
        i -= 1
        steps += 1
    return i


def _inverted(tokens: list[Token], j: int) -> tuple[Mention | None, str, int]:
    words = right_phrase(tokens, j + 1)
    mention = build(words) if words else None
    if mention is None or mention.kind == "pronoun" and mention.head not in ("he", "she"):
        return None, "", j
    end = j + len(words)
    return mention, appositive_role(tokens, end + 1), end


def _subject_before(tokens: list[Token], i: int, floor: int) -> tuple[Mention | None, str, int]:
    """The speaker phrase ending at token ``i`` (exclusive), with any appositive."""
    if i > floor and tokens[i - 1].lower in ("who", "which") and not tokens[i - 1].capitalised:
        end, role = skip_back_appositive(tokens, i - 1)
        if end == i - 1 and i - 2 >= 0 and tokens[i - 2].text == ",":
            end = i - 2
        words = left_phrase(tokens, end)
        return (build(words) if words else None), role, end - len(words)
    if i > floor and tokens[i - 1].text == ",":
        end, role = skip_back_appositive(tokens, i)
        if end != i:
            words = left_phrase(tokens, end)
            return (build(words) if words else None), role, end - len(words)
        return None, "", i
    if i > floor and tokens[i - 1].text == ")":
        k = i - 1
        while k > floor and tokens[k].text != "(" and i - k < 6:
            k -= 1
        if tokens[k].text == "(":
            i = k
    words = left_phrase(tokens, i)
    return (build(words) if words else None), "", i - len(words)


def _owner_speaks(tokens: list[Token], mention: Mention) -> bool:
    """"The Foreign Ministry’s reaction condemned...": the owner speaks through a document."""
    for k, token in enumerate(tokens):
        if token.start >= mention.end:
            return token.kind == "w" and (
                token.lower in lexicon.DOCUMENT_NOUNS
                or token.lower in ("reaction", "response", "spokesman", "spokeswoman",
                                   "spokesperson", "readout", "website", "account")
            ) and k >= 0
    return False


def _clause_subject(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """The subject of a coordinated or participle clause: the nearest name to the left
    that is followed by a verb-like word ("Antony Blinken had a call ... and asked")."""
    j = i - 1
    while j >= floor:
        token = tokens[j]
        if token.kind == "w" and (token.capitalised or token.lower in lexicon.PRONOUNS):
            words = left_phrase(tokens, j + 1)
            mention = build(words) if words else None
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if mention is not None and nxt is not None and nxt.kind == "w" and (
                not nxt.capitalised and nxt.lower not in _NOT_VERB
            ) and (not mention.possessive or _owner_speaks(tokens, mention)):
                return mention
            j -= max(1, len(words))
            continue
        j -= 1
    return None


_NOT_VERB = frozenset(
    ["of", "and", "or", "in", "at", "on", "for", "to", "with", "from", "by", "as", "the", "a", "an", "who", "which", "that", "than", "nor", "but", "about", "into", "over", "under", "after", "before", "since", "during"]
)


def find_events(tokens: list[Token], floor_of: list[int]) -> list[Event]:
    """Every speech event in a paragraph's tokens.

    ``floor_of[j]`` is the index of the first token of token j's sentence.
    """
    events: list[Event] = []
    for j, token in enumerate(tokens):
        if token.kind != "w" or token.capitalised and token.lower != "according":
            continue
        low = token.lower
        floor = floor_of[j]
        if low == "according" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
            mention, role, end = _inverted(tokens, j + 1)
            if mention:
                events.append(Event("according to", j, mention, role, first=j, last=end))
            continue
        if low not in lexicon.CUE_VERBS:
            continue
        if j > floor and tokens[j - 1].lower == "to":
            continue  # "refused to say": no speech here
        weak = low in lexicon.WEAK_CUES
        i = _skip_adverbs_left(tokens, j, floor)
        left = tokens[i - 1] if i > floor else None
        mention, role, first = None, "", j
        last = j
        if (left is None or left.kind == "q" or left.text in ",:;—–-(") and (
            low in lexicon.INVERTIBLE
        ):
            mention, role, last = _inverted(tokens, j)
        if mention is None and left is not None and left.kind != "q":
            mention, role, first = _subject_before(tokens, i, floor)
        if mention is None and left is not None and (
            left.lower in ("and", "but") or low in lexicon.PARTICIPLES and left.text == ","
        ):
            mention = _clause_subject(tokens, i - 1, floor)
        if mention is None or mention.possessive and mention.kind != "name":
            continue
        if mention.possessive and not _owner_speaks(tokens, mention):
            continue  # "Russia’s claim": a noun, not a verb
        if low in lexicon.NOUN_LIKE_CUES and mention.kind == "name" and (
            len(mention.text.split()) == 1 and mention.text.endswith(("ian", "ish", "ese", "an"))
        ):
            continue
        events.append(Event(token.text, j, mention, role, weak, first=min(first, j), last=last))
    return events
