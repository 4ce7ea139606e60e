"""Bodies named beside their kind in sentences only skimmed (an article's opening
sentence, far from every quotation): "accused ... by the media watchdog, Reporters
Without Borders." A skimmed sentence is read for people's full names only, so such a
body was never registered, and a later "the group said" or "it said" went to a body
named after it. The name in apposition is registered as an organisation with the
description as its role, and seen there (not as a subject).
"""

from __future__ import annotations

import re

from warreader.index.quotes.appositives import BODY_ONLY, body_named_after
from warreader.index.quotes.mentions import run_mention
from warreader.index.quotes.tokens import tokenize

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
        registry.see(entity, (*where, match.end()), False, False)
