"""Which people or bodies a description can never mean, whatever their nearness: a body
headed by another kind of body ("the committee" is no "Ministry of Defence"), someone
whose role does not hold an office's place ("the Mayor of London" is no prime minister),
a person no word of whose role says spokesperson for "the spokesman"."""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.entities import Entity

# Kinds of body no name headed by another of them is: "the committee" is never the
# "Ministry of Defence", "the union" never the "Electoral Commission".
KINDS = lexicon.words(
    "committee commission ministry department union party council court bank university "
    "school hospital club band airline police army navy parliament assembly senate "
    "federation association institute league church museum magazine newspaper channel "
    "government"
)


def other_kind(head: str, entity: Entity) -> bool:
    """Is ``entity`` a body whose name is headed by another kind of body than ``head``
    ("Ministry of Defence", "Electoral Commission" for "the committee")?"""
    if entity.kind == "person":
        return False
    words = entity.name.lower().split()
    if head in _BODIES and _document(words):
        return True  # "the company" is no "A statement from the union"
    cut = next((n for n, w in enumerate(words) if w in ("of", "for")), len(words))
    own = words[cut - 1] if cut else ""
    if head in _TRADERS:  # "the company" is no union, party or ministry
        return own in _NO_TRADERS and head not in words
    if head not in KINDS:
        return False
    return own in KINDS and own != head and head not in words


# Bodies no document is: "the company", "the group" never "A statement from the union".
_BODIES = org_lex.ORG_NOUNS - org_lex.DOCUMENT_NOUNS - job_lex.PERSON_NOUNS.keys()
# "the company", "the firm": never a body of these kinds (a bank or an airline may be one).
_TRADERS = lexicon.words("company firm")
_NO_TRADERS = lexicon.words(
    "committee commission ministry department union party council court university school "
    "hospital band police army navy parliament assembly senate federation association "
    "institute league church charity watchdog regulator"
)
_DOCUMENT_CUT = lexicon.words("from by of for on in about")


def _document(words: list[str]) -> bool:
    """Is an entity's name a document's ("a statement from the union", "the report")?
    Its head word, before any "from"/"by"/"of" phrase, is a document noun."""
    cut = next((n for n, w in enumerate(words) if w in _DOCUMENT_CUT), len(words))
    return cut > 0 and words[cut - 1].strip(",.") in org_lex.DOCUMENT_NOUNS


def own_words(entity: Entity) -> str:
    """The words that say who ``entity`` is, for a description's clashes: its role, or
    an unnamed source's whole description ("a US official", whom "the Russian official"
    never means)."""
    if entity.role or entity.name.split(" ", 1)[0].lower() not in _UNNAMED_OPENERS:
        return entity.role
    return entity.name


_UNNAMED_OPENERS = lexicon.words("a an one another")


def office_elsewhere(text: str, head: str, after: frozenset[str], entity: Entity) -> bool:
    """Is ``entity`` someone whose role holds neither the office's title nor its place or
    body ("The Bishop of Worcester" is not the peer named before; "the Mayor of London"
    is no prime minister; "Chancellor Gordon Brown" may be "the Chancellor of the
    Exchequer")? Only for a capitalised title with capitalised words after it."""
    if not after or not any(w == head.capitalize() for w in text.split()):
        return False
    role = entity.role.lower()
    return head not in role.replace("-", " ").split() and not all(
        w.lower() in role for w in after)


def not_a_spokesperson(head: str, entity: Entity) -> bool:
    """Is ``entity`` a person no word of whose role or name says spokesperson, while the
    description ``head`` is one ("the spokesman" after "The prime minister's official
    spokesman denied a rift between Mr Blakeley and ...": not Blakeley)?"""
    if head not in job_lex.SPOKES or entity.kind != "person":
        return False
    words = f"{entity.role} {entity.name}".lower().split()
    return not any("spokes" in w for w in words)
