"""The body a description's noun names when the article wrote that noun before a name.

News style introduces a body by its kind before its name ("US band Scissor Sisters",
"Spanish daily Marca", "budget airline Ryanair") and goes on with the kind alone ("The
band thanked ..."). The description is then the nearest body introduced so before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warreader.index.quotes import lexicon
from warreader.index.quotes.entities import Entity

# Kinds of body whose name follows the noun in news style, each a speaking organisation
# noun; not "paper" or "network" ("the paper Bush signed"), nor a person's noun.
TITLED_KINDS = lexicon.words(
    "band group magazine newspaper tabloid broadsheet website broadcaster channel firm "
    "airline carrier retailer insurer lender label"
)
_REACH = 8  # paragraphs searched back
_NAME = r"((?:[A-Z][\w&'’.-]*)(?: (?:of |and |& )?[A-Z][\w&'’.-]*){0,4})"
_PATTERNS = {kind: re.compile(rf"\b{kind} {_NAME}") for kind in TITLED_KINDS}


# Prepositions whose object is no body a later description means ("lost the prize to US
# band X"), unless it owns what follows ("in US magazine Rolling Stone's list").
_GOVERNING = lexicon.words("to by with against from for over than as at on in into of")


def _governed(before: str) -> bool:
    """Does a preposition stand among the (up to three) words of the sentence ``before``
    the noun, so that the body named after it is a preposition's object?"""
    words = before.rsplit(". ", 1)[-1].split()[-3:]
    return any(w.lower() in _GOVERNING for w in words)


def titled_before(texts: Sequence[str], head: str, paragraph: int, offset: int) -> str | None:
    """The name written right after the noun ``head`` nearest before character ``offset``
    of ``texts[paragraph]`` (searching ``_REACH`` paragraphs back), or None."""
    pattern = _PATTERNS.get(head)
    if pattern is None:
        return None
    for q in range(paragraph, max(-1, paragraph - _REACH - 1), -1):
        text = texts[q][:offset] if q == paragraph else texts[q]
        for match in reversed(list(pattern.finditer(text))):
            name = re.sub(r"(?:'s|’s|['’.])$", "", match.group(1))
            owner = name != match.group(1).rstrip(".")  # "US magazine Rolling Stone's list"
            if name.split(" ", 1)[0].lower() in lexicon.NOT_NAME_START or not owner and (
                _governed(text[: match.start()])
            ):
                continue
            return name
    return None


def titled_entity(resolver, mention, position) -> Entity | None:
    """The entity of the body named right after ``mention``'s noun nearest before
    ``position`` (paragraph, sentence, token) of the ``resolver``'s article, or None."""
    p, _, i = position
    tokens = resolver.paras[p].tokens
    offset = tokens[i].start if i < len(tokens) else len(resolver.paras[p].text)
    name = titled_before([para.text for para in resolver.paras], mention.head, p, offset)
    if name is None:
        return None
    known = [e for e in resolver.registry.entities if e.name == name and e.kind != "person"]
    return known[-1] if known else resolver.description_entity(mention, name=name)
