"""Bodies named beside their kind in sentences only skimmed (an article's opening
sentence, far from every quotation): "accused ... by the media watchdog, Reporters
Without Borders." A skimmed sentence is read for people's full names only, so such a
body was never registered, and a later "the group said" or "it said" went to a body
named after it. The name in apposition is registered as an organisation with the
description as its role, and seen there (not as a subject).

Such a body never outranks a nearer one of its kind (``passed_over``): when a body of
the description's kind is introduced after it ("A rival firm, Zenco,", "Opposition party
MDC", "A student group at ...", "His new side"), a later "the firm said" is not the
skimmed body's; a definite description ("The Paris-based pressure group said") only
refers back to it.
"""

from __future__ import annotations

import re

from warreader.index.quotes.appositives import BODY_ONLY, body_named_after
from warreader.index.quotes.mentions import run_mention
from warreader.index.quotes.tokens import tokenize

_TEAMS = frozenset(("club", "team", "side"))  # one kind under three words
_REFERS_BACK = frozenset(("the", "this", "that"))  # "the group" is the one named before
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_REACH = 4  # words looked back from a kind's noun for its determiner

# "the media watchdog, R": a definite description of up to four words, a comma, a capital.
_DESCRIBED = re.compile(r"\b[Tt]he ((?:[a-z][\w-]* ){0,3}([a-z]+)), (?=[A-Z])")


def see_described_bodies(registry, text: str, start: int, end: int, where) -> None:
    """Register each body named in apposition to a description of its kind in the
    skimmed sentence ``text[start:end]`` (paragraph and sentence ``where``)."""
    tokens = None
    for match in _DESCRIBED.finditer(text, start, end):
        if match.group(2) not in BODY_ONLY:
            continue
        tokens = tokens or tokenize(text, [], start, end)
        run = body_named_after(tokens, match.end(1))
        named = run_mention(run) if run else None
        if named is None or named.kind != "name":
            continue
        entity = registry.entity_for(named)
        if entity.kind == "person":
            continue
        entity.kind, entity.role = "org", entity.role or match.group(1)
        entity.skimmed = entity.skimmed or (where[0], match.end(), match.group(2))
        registry.see(entity, (*where, match.end()), False, False)


def passed_over(entity, texts, p: int, offset: int, head: str) -> bool:
    """Whether ``entity``, a body registered from a skimmed sentence, yields to a body of
    the kind ``head`` (or its own description's kind) introduced between it and character
    ``offset`` of ``texts[p]``: a kind's noun whose nearest determiner within ``_REACH``
    words, in its sentence, is not "the", "this" or "that" ("A rival firm", "Opposition
    party MDC", "His new side")."""
    if entity is None or not entity.skimmed:
        return False
    at, end, kind = entity.skimmed
    kinds = {head, kind}
    if kinds & _TEAMS:
        kinds |= _TEAMS
    if at > p:
        return False
    parts = [texts[at][end : offset if at == p else None]]
    parts += texts[at + 1 : p] + ([texts[p][:offset]] if at < p else [])
    for part in parts:
        words = _WORD.findall(part)
        for i, word in enumerate(words):
            if word.lower() not in kinds:
                continue
            before = []
            for w in reversed(words[max(0, i - _REACH) : i]):
                if not (w[:1].isalnum()):
                    break  # the sentence or clause starts after punctuation
                before.append(w.lower())
            if not any(w in _REFERS_BACK for w in before):
                return True
    return False
