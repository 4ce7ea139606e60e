"""Findings: a document, an inquiry or a committee whose "found that" (or "found" right
before its quotation) reports what it found, in its words ("The inquiry found that
officers had been "…"", "The report found "a chain of events" linking ...")."""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

# Subjects whose "found that" reports findings: documents, inquiries and the bodies that
# hold them (never "police found", "researchers found the body").
_FINDERS = lexicon.words(
    "report study poll survey audit review inquiry investigation committee commission "
    "watchdog"
)


def finding(tokens: list[Token], mention: Mention, verb: int, qi: int) -> bool:
    """Is the sentence's subject ``mention`` a document, an inquiry or a committee whose
    verb at ``verb`` is "found that" / "finds that" before the quotation at ``qi``?"""
    return (
        mention.kind == "nominal"
        and mention.head in _FINDERS
        and tokens[verb].lower in ("found", "finds")
        and (verb + 1 == qi or verb + 1 < qi and tokens[verb + 1].lower == "that")
    )  # "found "a chain of events" linking ...": its finding in its words
