"""Where the paragraph after a news lead names the person the lead described, beyond a
name opening it (see :mod:`warreader.index.quotes.lead_names`): a definite description
that says which one ("The leader of the TGWU has said ...", "according to the head of the
inquiry into the project") and a paragraph that opens on its quotation and credits it
next ('"My son gave his life," Tom Hale, whose son died in 2011, told reporters').
"""

from __future__ import annotations

import re

from warreader.index.quotes.lead_names import DEBATING, QUOTE_FIRST, answers

# Words that make a definite description say which one it means: "the leader of the
# TGWU", "the head of the inquiry", "the chairman for Acme". Not "the prime minister",
# "the parliamentary ombudsman": an office the reader may know by its holder, whom a
# rival answering by name is not.
_WHICH = re.compile(r"\b(?:of|for|at)\b")


def specified(description: str) -> bool:
    """Does a definite ``description`` ("the ...") say which one it means: a capitalised
    word after its article ("the Tory leader", "the leader of the Welsh Conservatives")
    or an "of"/"for"/"at" phrase ("the head of the inquiry")?"""
    words = description.split()
    if len(words) < 3 or words[0].lower() != "the":
        return False
    return any(w[:1].isupper() for w in words[1:]) or bool(_WHICH.search(description))


def quoted_first(text: str, head: str) -> int | None:
    """Where the name crediting a paragraph's opening quotation stands ('"We lost," Tom
    Hale told ...' -> at "Tom"), or 0 when the paragraph opens on no quotation; None
    when it opens on one and ``head`` is a noun of debate (:data:`lead_names.DEBATING`),
    whose quotation after the lead may answer it ('"That is wrong," Tom Hale said'), or
    when the paragraph answers (:func:`lead_names.answers`) or speaks of "the <head>"."""
    found = QUOTE_FIRST.match(text)
    if found is None:
        return None if text[:1] in "\"“" else 0
    if head in DEBATING or answers(text) or re.search(rf"\b[Tt]he {re.escape(head)}\b", text):
        return None  # '"It is untrue," Tom Hale told ...', '"The father is wrong."'
    return found.end()
