"""Two bodies named together that speak as one: "Shares in Harlow and Kestin fell ..." then
'"...," the two firms said' (or "both companies said") is Harlow and Kestin, written
"Harlow and Kestin" as the gold sets write a joint statement's speakers.

Narrow on purpose: only "the two" or "both" before a plural noun of bodies ("firms",
"companies", "banks"...; never "sides" or "parties", which may be people), and only when
the paragraph up to the description and the two before it name exactly one pair "A and B"
outside quotation marks, each a name the article knows that is no person, no place and no
country, and neither one of a longer list ("Harlow, Kestin and Zenco", "Marks and Spencer
and Tesco"). Otherwise the description speaks as itself, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon
from warreader.index.quotes.countries import countries_named
from warreader.index.quotes.name_lex import first_names
from warreader.index.quotes.name_runs import NUMBERED_BODY
from warreader.index.quotes.places import PLACE_PREPOSITIONS

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Registry
    from warreader.index.quotes.mentions import Mention

# Plural nouns of bodies a pair of named organisations can be called by.
_BODIES = lexicon.words(
    """
    firms companies banks lenders insurers airlines carriers retailers makers manufacturers
    operators giants groups businesses corporations conglomerates clubs teams unions
    charities networks broadcasters exchanges studios labels
    """
)
_REACH = 2  # paragraphs before the description's own that may name the pair
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")  # a quotation's words name no speaker pair
_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*|" + NUMBERED_BODY + r")*")
# capitalised words in a row, with a numeral as ``name_runs.NAME_RUN`` takes it ("Channel 4")
# One body called "A and B": a singular verb or a possessive after the pair ("Tate and Lyle
# has agreed", "Procter and Gamble's": the run keeps the "'s"); a pair of outlets that
# only report ("Reuters and AP reported that ...", "according to Reuters and AP") speaks
# for neither of the firms.
_ONE_BODY = re.compile(
    r"(?:\s+(?:has|is|was|does|hasn['’]t|isn['’]t|wasn['’]t|doesn['’]t)\b)"
)
_REPORTING = re.compile(r"\s+(?:\w+ly\s+)?(?:reported|reports)\b")
_AGENCY = re.compile(
    r"\b(?:Reuters|AP|AFP|PA|Bloomberg|Associated Press|Press Association|Dow Jones|Tass|"
    r"Interfax|Xinhua|Yonhap|Kyodo|Ria Novosti|Ukrinform|Anadolu)\b"
)  # news agencies, whose "reported" is news, not a firm's figures
_THAT_ON = re.compile(r"\s+(?:that|on)\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_SHARES_IN = re.compile(r"\b(?:shares|stakes?|holdings?)\s+in\s+$", re.IGNORECASE)
_JOINS = (" and ", ", ")  # what joins one name of a list to the next


def joint_bodies(registry: Registry, texts: list[str], p: int, mention: Mention) -> str | None:
    """ "A and B" for "the two firms" / "both companies" (``mention``, in paragraph ``p``)
    when exactly one pair of known bodies is named together before it in reach; else None."""
    words = mention.text.lower().split()
    if mention.head not in _BODIES or words[-1] != mention.head:
        return None
    before = texts[p][: mention.start].rstrip().lower()
    if not (words[:2] == ["the", "two"] or words[0] == "both" or (
        len(words) == 1 and before.endswith("both")
    )):
        return None
    pairs: set[str] = set()
    single: set[str] = set()
    for q in range(max(0, p - _REACH), p + 1):
        text = texts[q] if q < p else texts[p][: mention.start]
        pairs.update(_pairs(registry, _QUOTED.sub(_blank, text), single))
    pairs -= single  # "Marks and Spencer has rejected ...": one firm wherever it is named
    return next(iter(pairs)) if len(pairs) == 1 else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _pairs(registry: Registry, text: str, single: set[str]) -> list[str]:
    """The pairs "A and B" of known bodies that ``text`` names, two names alone; a pair
    that reads as one body ("Tate and Lyle has") or as outlets reporting is put in
    ``single`` as well, to be left out."""
    runs = list(_RUN.finditer(text))
    out = []
    for i in range(len(runs) - 1):
        left, right = runs[i], runs[i + 1]
        if text[left.end() : right.start()] != " and ":
            continue
        if i > 0 and text[runs[i - 1].end() : left.start()] in _JOINS:
            continue  # "Harlow, Kestin and Zenco": a list of more than two
        if i + 2 < len(runs) and text[right.end() : runs[i + 2].start()] in _JOINS:
            continue  # "Marks and Spencer and Tesco"
        ahead = text[: left.start()]
        possessive = right.group().endswith(("'s", "’s"))  # "Procter and Gamble's"
        one = possessive or _ONE_BODY.match(text, right.end()) or (
            _ACCORDING.search(ahead[-40:]) or _reporting(text, left, right)
        )
        shares = bool(_SHARES_IN.search(ahead))  # "Shares in Harlow": firms, no place
        if not shares and ahead.rstrip().rsplit(" ", 1)[-1] in PLACE_PREPOSITIONS:
            continue  # "Factories in Leeds and Bristol"
        opening = not ahead.strip() or ahead.rstrip()[-1:] in ".!?"
        a = _body(registry, left.group().split(), True, shares, opening)
        b = _body(registry, right.group()[: -2 if possessive else None].split(), False, shares,
                  False)
        if a and b and a != b:
            (single.add if one else out.append)(f"{a} and {b}")
    return out


def _reporting(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Does the pair report, as outlets do: "reported that" or "reported on", or any
    "reported" when one of the two is a news agency ("Reuters and AP reported the sale");
    not firms that report their own figures ("Harlow and Kestin reported losses")?"""
    found = _REPORTING.match(text, right.end())
    if found is None:
        return False
    return bool(_THAT_ON.match(text, found.end())) or any(
        _AGENCY.search(side.group()) for side in (left, right)
    )


def _body(
    registry: Registry, words: list[str], suffix: bool, shares: bool, opening: bool
) -> str | None:
    """The body that the longest end (``suffix``) or start of ``words`` names: an entity
    of the registry that is no person, no place (unless ``shares``: "Shares in Harlow and
    Kestin" name firms) and no country; else, when no end or start is known, all the words,
    if they neither open a sentence (``opening``: "Yesterday Harlow") nor look like a
    person's name, a country, a day or a month; None otherwise."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[-n:] if suffix else words[:n])
        e = _named(registry).get(name)
        if e is not None:
            if e.kind == "person" or e.no_person and not shares or _not_body(name):
                return None
            return name
    name = " ".join(words)
    if opening or len(words) > 3 or _not_body(name) or words[0].lower() in first_names():
        return None
    return name


def _named(registry: Registry) -> dict[str, Entity]:
    """The registry's first entity of each name, kept up to date as entities are added
    (the new ones only) and built again when one is renamed: not a scan of every entity
    per name looked up (quadratic on hostile input). Kept on the registry (one article)."""
    cached = getattr(registry, "_joint_named", None)
    if cached is None or cached[1] != len(registry.renamed):
        cached = [0, len(registry.renamed), {}]
        registry._joint_named = cached  # type: ignore[attr-defined]
    named: dict[str, Entity] = cached[2]
    for e in registry.entities[cached[0] :]:
        named.setdefault(e.name, e)
    cached[0] = len(registry.entities)
    return named


def _not_body(name: str) -> bool:
    """Is ``name`` a country ("Russia"), a day or a month?"""
    return bool(countries_named(f"of {name}")) or name.lower() in _CALENDAR


_CALENDAR = lexicon.words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
)
