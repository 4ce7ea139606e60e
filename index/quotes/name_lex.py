"""Words around a person's name: honorifics, titles, name particles, given names.

Given names with their gender live in ``index/quotes/data/first_names.tsv``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from warreader.index.quotes.lexicon import words

HONORIFICS: dict[str, str] = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "baroness": "f",
    "dr": "",
    "dr.": "",
    "prof": "",
    "prof.": "",
    "professor": "",
    "rev": "",
    "rev.": "",
    "mx": "",
    "madam": "f",
    "monsieur": "m",
    "madame": "f",
    "herr": "m",
    "frau": "f",
}

# Title words that may precede a name (capitalised in text). Gender-neutral.
TITLES: frozenset[str] = frozenset(
    words(
        """
    president vice prime minister secretary general gen gen. lieutenant lt lt.
    colonel col col. major maj maj. captain capt capt. commander admiral adm adm.
    sergeant sgt sgt. chancellor chairman chairwoman chair chief director governor
    senator sen sen. senators representative rep rep. congressman congresswoman
    mayor judge justice king queen prince princess emperor pope cardinal bishop
    archbishop father sister brother deputy foreign defense defence interior finance
    economy justice health state spokesman spokeswoman spokesperson ambassador envoy
    premier leader head ceo cfo coo chief executive officer manager coach boss
    captain striker goalkeeper midfielder defender forward officer minister's
    ayatollah sheikh emir sultan dame sir lord lady baron baroness commissioner
    inspector detective agent marshal field first deputy assistant under acting
    former ex-president ex-minister mp mep senior junior analyst economist professor
    dr dr. mr mr. mrs mrs. ms ms. miss dj ceo md chief-executive rapper singer
    rt rt. rev rev. revd reverend hon hon. gov gov. speaker sheriff
    """
    )
)

# Lower-case particles allowed inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset(
    words(
        """
    von van der den de del della di da dos das du la le bin ibn al el ter ten
    """
    )
)


@cache
def first_names() -> dict[str, str]:
    """Given names -> gender ("m", "f" or "u"), from the bundled lexicon."""
    path = Path(__file__).with_name("data") / "first_names.tsv"
    names: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return names
    for line in lines:
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            names[name.strip()] = gender.strip() or "u"
    return names


def participle(word: str) -> bool:
    """Is the lower-case ``word`` a participle ("speaking", "asked", "directed", "told"),
    not a given name ("sterling") nor a word merely of that shape ("during", "morning")?
    A participle opening a phrase has no subject of its own, and a lone capitalised one
    names nobody ("Directed by Ann Cole, ...")."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return (
        len(word) > 4 and word.endswith(("ing", "ed"))
        and word not in _NOT_PARTICIPLES and word not in first_names()
    )


_IRREGULAR_PARTICIPLES = words("told shown given written taken seen met joined led sent")
_NOT_PARTICIPLES = words(
    "indeed nothing something everything anything morning evening during according regarding"
)
