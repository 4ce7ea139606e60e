"""The speaker of a speech verb in an infinitive that another verb's object controls:
"the show led 12 viewers to complain he was "…"", "prompted Ann Cole to say"."""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token

# Verbs whose object is the subject of the infinitive after it ("led them to say").
_CONTROL_VERBS = lexicon.words(
    """
    lead leads led leading prompt prompts prompted prompting force forces forced forcing
    cause causes caused causing spur spurs spurred spurring
    """
)


def controlled_speaker(tokens: list[Token], to: int, floor: int) -> tuple[Mention, int] | None:
    """The object between a control verb and the "to" at token ``to`` ("led 12 viewers
    to"), as the speaker mention, and its first token index; None when no control verb
    governs the infinitive ("refused to say"), or when the object is a pronoun: the usual
    reading of a "he" would give the sentence's subject, whom a "him" is not."""
    words = left_phrase(tokens, to)
    first = to - len(words)
    if first - 1 > floor and tokens[first - 1].text.isdigit():
        first -= 1  # "12 viewers"
        words = [tokens[first], *words]
    if not words or first - 1 < floor or tokens[first - 1].lower not in _CONTROL_VERBS:
        return None
    mention = build(words)
    if mention is None or mention.kind == "pronoun":
        return None
    return mention, first
