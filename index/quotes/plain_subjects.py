"""The plain subject of a sentence whose head the speaker lexicon does not know.

A reporting participle ("..., saying", "after claiming") speaks with its sentence's
subject. When that subject is a description whose noun the reader has no list for ("the
justice sounded off on Hale, saying", "A bookmaker has stopped taking bets after
claiming") or the pronoun "it", the participle still reports words: the description, as
written, is its speaker.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.clause_subjects import NOT_VERB, after_opening_phrase
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_MODIFIERS = 3  # words between the article and the verb: "the retired federal judge"


def plain_subject(tokens: list[Token], floor: int, i: int) -> Mention | None:
    """The subject opening the sentence at ``floor`` (past an opening phrase and its
    comma), before the participle at ``i``: "the <words> <verb>" or "It <verb>", the
    verb a lower-case word that is no preposition or conjunction; None otherwise."""
    start = after_opening_phrase(tokens, floor, i) or floor
    first = tokens[start]
    if first.kind != "w":
        return None
    if first.lower == "it":
        nxt = tokens[start + 1] if start + 1 < i else None
        if nxt is not None and _verb_like(nxt):
            return Mention(first.text, "pronoun", first.start, first.end, head="it")
        return None
    if first.lower not in lexicon.DETERMINERS:
        return None
    end = start + 1
    while end < i and end - start <= _MODIFIERS + 1 and tokens[end].kind == "w" and not (
        end > start + 1 and not tokens[end - 1].possessive and _verb_like(tokens[end])
    ):  # "the show's producers defended": the owner's noun, no verb yet
        if tokens[end].capitalised and end > start + 1:
            return None  # a name follows: the reader's own rules see to it
        end += 1
    if end == start + 1 or end >= i or not _verb_like(tokens[end]):
        return None
    if any(t.possessive for t in tokens[start:end]):
        return None  # "the show's producers": the reader's owner rules see to it
    words = tokens[start:end]
    text = " ".join(t.text for t in words)
    return Mention(text, "nominal", words[0].start, words[-1].end, head=words[-1].lower)


def _verb_like(token: Token) -> bool:
    """A lower-case word that may be a verb: "has", "sounded", "goes"."""
    return (
        token.kind == "w"
        and not token.capitalised
        and token.lower not in NOT_VERB
        and (
            token.lower in lexicon.BE
            or token.lower in _AUXILIARIES
            or token.lower.endswith(("ed", "s"))
        )
    )


_AUXILIARIES = lexicon.words("has had have will would can could may might must did does do")
