"""A business described as "the company" with nothing in reach to name it: the one firm
the headline names ("Kraft cuts snack ads for children" ... "the firm said": Kraft).

News style names the story's company in the headline and then calls it "the company",
"the firm" or "the club" in the body, often far from its last name or after names of its
products and rivals. When the description has no antecedent, the headline's name is the
firm, provided the body uses it as a name too and the headline names only one.
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.whole_words import has_bounded

# Bare descriptions of a business or a club ("the company said", "the club added").
FIRM_HEADS = lexicon.words(
    "company firm group maker carrier airline retailer giant operator business "
    "conglomerate corporation manufacturer chain studio label club"
)
_RUN = re.compile(r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*")
_PLACE_BEFORE = r"\b(?:in|into|across|throughout) "


def headline_firm(registry: Registry, texts: list[str] | None, mention: Mention) -> (
    Entity | None
):
    """The entity of the one firm the headline (``texts[0]``) names, for a bare business
    description ``mention`` ("the firm"); None when the description says more ("the
    Delta subsidiary"), or the headline names no firm or more than one."""
    head = mention.head
    if not texts or head not in FIRM_HEADS or mention.text.lower().split() != ["the", head]:
        return None
    headline, body = texts[0], " ".join(texts[1:])
    found = {name for name in _names(headline) if _firm_in_body(name, body, registry)}
    if len(found) != 1:
        return None
    return _firm_entity(registry, found.pop())


def _firm_entity(registry: Registry, name: str) -> Entity:
    """The first entity of the article called ``name`` that may be a firm (an
    organisation or of unknown kind; never a person or a group), listed as an
    organisation if the article has none yet."""
    known = (e for e in registry.entities if e.name == name and e.kind in ("org", "unknown"))
    entity = next(known, None)
    if entity is None:
        entity = Entity(name, "org")
        registry.entities.append(entity)
    return entity


def _names(headline: str) -> list[str]:
    """The capitalised runs of a headline, its possessive endings dropped."""
    return [m.group().removesuffix("'s").removesuffix("’s") for m in _RUN.finditer(headline)]


def _firm_in_body(name: str, body: str, registry: Registry) -> bool:
    """Is ``name`` a firm's name in the body: written there capitalised, never lower case
    (not the headline's first word "Rescue", "Weak"), not a place ("in China"), a person
    the article knows, a given name, a nationality or a place's acronym?"""
    words = name.split()
    lows = [w.lower() for w in words]
    if (
        org_lex.no_business(name)
        or lows[0] in name_lex.first_names()
        or any(low in job_lex.PERSON_NOUNS or low in name_lex.TITLES for low in lows)
        or registry.known_person(words[-1]) is not None
    ):
        return False
    return (
        has_bounded(name, body)
        and not has_bounded(name.lower(), body)
        and re.search(_PLACE_BEFORE + re.escape(name) + r"\b", body) is None
    )
