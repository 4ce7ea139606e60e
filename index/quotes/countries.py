"""Countries by their whole words: a country's name and its nationality's words
("austria": "austria austrian"), so that a description's country is told from another
whose name begins alike (Austria from Australia, Niger from Nigeria), and a region's
qualifier ("North", "South") from none ("Sudan's minister" is no South Sudanese one)."""

from __future__ import annotations

import re

_TABLE = """
ukraine ukrainian ukrainians | russia russian russians | belarus belarusian belarussian |
poland polish pole | germany german | france french | britain british briton uk |
england english | scotland scottish scots | wales welsh | ireland irish |
america american us usa | italy italian | spain spanish spaniard | portugal portuguese |
netherlands dutch holland | belgium belgian | austria austrian | australia australian |
switzerland swiss | sweden swedish swede | norway norwegian | finland finnish finn |
denmark danish dane | estonia estonian | latvia latvian | lithuania lithuanian |
moldova moldovan | romania romanian | hungary hungarian | slovakia slovak slovakian |
slovenia slovenian slovene | bulgaria bulgarian | serbia serbian serb |
croatia croatian croat | greece greek | turkey turkish turk | georgia georgian |
armenia armenian | azerbaijan azerbaijani azeri | kazakhstan kazakh | china chinese |
japan japanese | korea korean | india indian | pakistan pakistani |
afghanistan afghan | iran iranian | iraq iraqi | syria syrian | israel israeli |
lebanon lebanese | jordan jordanian | egypt egyptian | libya libyan | sudan sudanese |
niger nigerien | nigeria nigerian | kenya kenyan | ethiopia ethiopian |
canada canadian | mexico mexican | brazil brazilian | argentina argentine argentinian |
chile chilean | venezuela venezuelan | cuba cuban | colombia colombian | yemen yemeni |
qatar qatari | vietnam vietnamese | indonesia indonesian | philippines philippine filipino |
taiwan taiwanese | guinea guinean | cyprus cypriot | malta maltese | iceland icelandic
"""

COUNTRY: dict[str, str] = {
    word: entry.split()[0] for entry in _TABLE.split("|") for word in entry.split()
}
"""Each word of a country (its name, its nationality's words) -> the country's name."""

QUALIFIERS = frozenset(["north", "south", "east", "west", "equatorial", "new"])
"""Words before a country's that make it another ("North Korea", "South Sudan")."""

# A word with any hyphenated parts and its possessive ending: "Russian-born", "Russia's".
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’]s(?![A-Za-z]))?")
_CAPITALS_ONLY = frozenset(("us", "usa", "uk"))  # "US" is America, "us" a pronoun
# A country's own name ("Russia", not "Russian") says whose someone is only when it owns
# ("Russia's envoy") or follows these ("an official of Russia"); "the Russia expert", "a US
# official in Russia", "the envoy to Ukraine" name a subject or a place, not a nationality.
_NAMES = frozenset(entry.split()[0] for entry in _TABLE.split("|")) | {"holland"}
_NAME_OWNERS = frozenset(("of", "from"))


def countries_named(text: str) -> set[tuple[str, str]]:
    """The countries ``text`` names as a nationality, each with the qualifier before it
    ("" if none): "South Korean Foreign Minister" -> {("korea", "south")}. Only a plain
    word of nationality counts ("Russian", "US", "Russia's", "of Russia") or one of a side
    ("Russian-installed", "Russia-backed", "pro-Russian"), never one joined to another by
    a hyphen of origin ("the Russian-born official", "Russia-based") nor a country's name
    used of a subject or a place ("the Russia expert", "in Russia")."""
    tokens = _WORD.findall(text)
    words = [
        w.lower() if w.isupper() or w.lower() not in _CAPITALS_ONLY else ""
        for t in tokens for w in [_allegiance(t.removesuffix("'s").removesuffix("’s"))]
    ]
    found = set()
    for i, w in enumerate(words):
        if w not in COUNTRY:
            continue
        qualifier = words[i - 1] if i and words[i - 1] in QUALIFIERS else ""
        before = words[i - 2 if qualifier else i - 1] if i > (1 if qualifier else 0) else ""
        owns = tokens[i].endswith(("'s", "’s")) or before in _NAME_OWNERS or "-" in tokens[i]
        if w in _NAMES and not owns:
            continue
        found.add((COUNTRY[w], qualifier))
    return found


# The parts of a hyphenated word that make it a side's, not an origin's: "the
# Russian-installed official", "Russia-appointed", "pro-Russian" clash with "a Ukrainian
# official"; "Russian-born", "US-educated", "Russian-speaking" do not.
_ALLEGIANCE = frozenset((
    "installed", "appointed", "backed", "controlled", "led", "occupied", "aligned",
    "sponsored", "supported", "imposed", "run",
))


def _allegiance(word: str) -> str:
    """The country part of a hyphenated word of allegiance ("Russian-installed" ->
    "Russian", "pro-Russian" -> "Russian"); ``word`` itself with no hyphen; "" for any
    other hyphenated word ("Russian-born", "anti-Russian")."""
    parts = word.split("-")
    if len(parts) == 1:
        return word
    if len(parts) == 2 and parts[1].lower() in _ALLEGIANCE:
        return parts[0]
    return parts[1] if len(parts) == 2 and parts[0].lower() == "pro" else ""


def other_country(mine: set[tuple[str, str]], role: str) -> bool:
    """Does ``role`` name countries of the table, none of them one of ``mine`` (a
    description's, see :func:`countries_named`)? A role's country with a qualifier is
    another than the description's without ("South Sudanese" for "Sudan's"); a role's
    without one may be the description's with one ("Korean" for "South Korea's"). False
    when either names none."""
    theirs = countries_named(role)
    return bool(mine) and bool(theirs) and not any(
        country == own and qualifier in ("", own_qualifier)
        for country, qualifier in theirs for own, own_qualifier in mine
    )
