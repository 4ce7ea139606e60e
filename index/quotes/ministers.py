"""Which roles make their holder "the minister": a British secretary of state's office
("Home Secretary", "Health Secretary", "the secretary of state for work") and the
Chancellor of the Exchequer's are ministers' offices whose names hold no "minister", so
that "Home Secretary Tom Varley ..." then ""...," the minister said" names Varley. The
union's general secretary, a press secretary, a shadow secretary (the opposition's), a
university's vice-chancellor or Germany's chancellor are no minister. A portfolio the
description names must be the role's ("the health minister" is no Home Secretary).
A former minister may be described by another office held before: "Former cabinet
minister Tom Varley ..." then ""...," the former transport secretary said" names Varley
(:func:`former_office`, :func:`former_minister`)."""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon

_PORTFOLIOS = (
    "home|foreign|health|defence|defense|education|transport|culture|environment|trade|"
    "pensions|ireland|scottish|scotland|welsh|wales|development|treasury|business|energy|"
    "justice|industry|employment|agriculture|security|interior|communities|commonwealth"
)
_SECRETARY = re.compile(rf"\b(?:{_PORTFOLIOS})\s+secretary\b|\bsecretary\s+of\s+state\b")
_CHANCELLOR = re.compile(r"(?:^|\b(?:former|labour|uk|british|the))\s*chancellor\b|exchequer")

_GENERIC = lexicon.words("the cabinet government senior former minister")
"""Words of a description that name no portfolio ("the cabinet minister")."""


def ministerial(role: str) -> bool:
    """Does ``role`` (lower case) name a minister's office without the word "minister":
    a portfolio's secretary, a secretary of state, the chancellor (of the exchequer)?
    Never the opposition's ("shadow")."""
    if "shadow" in role or "minister" in role:
        return False
    return bool(_SECRETARY.search(role) or _CHANCELLOR.search(role.strip()))


def portfolio_clash(description: str, head: str, role: str) -> bool:
    """For "the minister" read as ``role``, a ministerial office (:func:`ministerial`):
    does the description name a portfolio the role does not ("the health minister" for
    "Home Secretary")?"""
    role = role.lower()
    if head != "minister" or not ministerial(role):
        return False
    words = re.findall(r"[a-z]+", description.lower())
    return any(w not in _GENERIC and w not in role.split() for w in words)


_FORMER = re.compile(r"^(?:the\s+)?(?:former\b|ex-)")


def former_office(description: str, head: str) -> bool:
    """Does ``description`` name a former minister's office: "the former chancellor",
    "the former health secretary", "the ex-minister" (not "the former general
    secretary")?"""
    low = description.lower()
    if not _FORMER.search(low) or head not in ("minister", "secretary", "chancellor"):
        return False
    return head != "secretary" or bool(_SECRETARY.search(low))


def former_minister(role: str) -> bool:
    """Is ``role`` (lower case) a former minister's ("Former Labour cabinet minister",
    "ex-Home Secretary"), not a former shadow one nor a former captain's?"""
    low = role.lower().strip()
    if not _FORMER.search(low) or "shadow" in low:
        return False
    return "minister" in re.findall(r"[a-z]+", low) or ministerial(low.replace("ex-", ""))
