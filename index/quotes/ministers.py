"""Which roles make their holder "the minister": a British secretary of state's office
("Home Secretary", "Health Secretary", "the secretary of state for work") and the
Chancellor of the Exchequer's are ministers' offices whose names hold no "minister", so
that "Home Secretary Tom Varley ..." then ""...," the minister said" names Varley. The
union's general secretary, a press secretary, a shadow secretary (the opposition's), a
university's chancellor or vice-chancellor, a bare "Chancellor" (Germany's as often), a
bare "Secretary of State" and America's secretaries ("Defense", "Treasury"), and any office
whose role names another country ("Indian Home Secretary") are no minister. A portfolio
the description names must be the role's ("the health minister" is no Home Secretary),
and "former" must be on both sides ("the former minister" is no sitting Home Secretary).
A former British minister of no named office may be described by another office held
before: "Former cabinet minister Tom Varley ..." then ""...," the former transport
secretary said" names Varley (:func:`former_office`, :func:`former_minister`); a former
prime minister, health secretary or Russian minister is not. Which of several candidates
is meant: ``descriptions._minister_by_title``."""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.topics import country_like

# British portfolios only: no "defense", "treasury", "interior", "security",
# "agriculture" (America's secretaries, the Philippines' security secretary).
_PORTFOLIOS = (
    "home|foreign|health|defence|education|transport|culture|environment|trade|"
    "pensions|ireland|scottish|scotland|welsh|wales|development|business|energy|"
    "justice|industry|employment|communities|commonwealth"
)
# "secretary of state for work", never a bare "Secretary of State" (America's).
# The Treasury's "Chief Secretary" (to the Treasury) is a cabinet minister too, written
# alone or with the Treasury, never "the chief secretary of the union".
_SECRETARY = re.compile(
    rf"\b(?:{_PORTFOLIOS})\s+secretary\b|\bsecretary\s+of\s+state\s+for\b"
    r"|^(?:treasury\s+)?chief\s+secretary(?:\s+to\s+the\s+treasury)?$"
)
# The exchequer's, or a chancellor a British word qualifies; a bare "Chancellor" is as
# often Germany's or a university's.
_CHANCELLOR = re.compile(r"\b(?:labour|tory|uk|british)\s+chancellor\b|exchequer")
# Words of a role that name Britain, whose offices these are.
_BRITISH = lexicon.words(
    "british britain uk english england scottish scotland welsh wales northern ireland "
    "briton scot"
)
# Foreign words the nationality lists lack: America's and the other countries where a
# "home secretary" or "foreign secretary" is an official of another kind.
_OTHER_COUNTRIES = lexicon.words(
    "us america philippine philippines filipino india pakistan bangladesh "
    "germany nepal"
)

_GENERIC = lexicon.words("the cabinet government senior former minister")
"""Words of a description that name no portfolio ("the cabinet minister")."""


def ministerial(role: str) -> bool:
    """Does ``role`` (lower case) name a minister's office without the word "minister":
    a portfolio's secretary, a secretary of state, the chancellor (of the exchequer)?
    Never the opposition's ("shadow")."""
    if "shadow" in role or "minister" in role or _foreign(role):
        return False
    return bool(_SECRETARY.search(role) or _CHANCELLOR.search(role.strip()))


def _foreign(role: str) -> bool:
    """Does ``role`` (lower case) name a country other than Britain: a nationality's
    word or a country's possessive ("philippine", "ukraine's")?"""
    for word in re.findall(r"[a-z]+(?:['’]s)?", role):
        bare = word.removesuffix("'s").removesuffix("’s")
        if bare in _BRITISH:
            continue
        if bare in job_lex.NATIONAL_ADJECTIVES or bare in _OTHER_COUNTRIES or (
            bare != word and country_like(bare)
        ):
            return True
    return False


def portfolio_clash(description: str, head: str, role: str) -> bool:
    """For "the minister" read as ``role``, a ministerial office (:func:`ministerial`):
    does the description name a portfolio the role does not ("the health minister" for
    "Home Secretary")?"""
    role = role.lower()
    if head != "minister" or not ministerial(role):
        return False
    if bool(_FORMER.search(description.lower())) != bool(_FORMER.search(role.strip())):
        return True  # "the former minister" is no sitting Home Secretary, nor the reverse
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


_FORMER_MINISTER = lexicon.words(
    "the a former ex minister cabinet government senior labour tory conservative liberal "
    "democrat uk british"
)
"""The words of a former minister's role that name no office of his own."""


def former_minister(role: str) -> bool:
    """Is ``role`` (lower case) a former minister's of no named office and of Britain
    ("Former Labour cabinet minister", "a former minister"), whom a description of any
    former British office may mean? Not a former shadow one, a captain, a prime
    minister, a health secretary (then "the former chancellor" is another), nor a former
    Russian minister."""
    words = re.findall(r"[a-z]+", role.lower())
    return bool(_FORMER.search(role.lower().strip())) and "minister" in words and all(
        w in _FORMER_MINISTER for w in words
    )
