"""Transfer variants that give the people in a gold set other names.

Every person a gold line names as its speaker ("Tony Blair", "Hillary Clinton") has each
of their name words replaced, everywhere in the set's articles and gold, by another word
drawn with the run's seed:

- ``names-known``: given names by other given names the engine knows, of the same gender
  (``index/quotes/data/first_names.tsv``), surnames by invented ones. The control: it
  changes names but not what the engine knows of them.
- ``names-unknown``: given names and surnames both invented (syllables no list holds).
- ``names-world``: real given names and surnames from Ukraine, Russia, West Africa, South
  Asia, East Asia, Turkey, Iran and Central Asia that the engine's list of given names
  lacks: the people of the war coverage and wire stories our users bring.

What ``names-unknown`` or ``names-world`` lose beyond ``names-known`` is the engine leaning
on its list of given names (for gender, for telling a person from a place or a body)
where the grammar alone should do. A word that appears in lower case anywhere in the set
("will", "rose", "brown") is left alone, so no ordinary word is renamed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from transfer_edits import Variant, register

REPO = Path(__file__).resolve().parents[1]
GIVEN_TSV = REPO / "index" / "quotes" / "data" / "first_names.tsv"
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'\u2019][A-Za-z]+)?$")

WORLD_GIVEN = [
    "Oleksandr",
    "Volodymyr",
    "Dmytro",
    "Yevhen",
    "Mykhailo",
    "Kyrylo",
    "Vitaliy",
    "Serhiy",
    "Andriy",
    "Bohdan",
    "Taras",
    "Ruslan",
    "Arseniy",
    "Denys",
    "Valeriy",
    "Anatoliy",
    "Yuliia",
    "Oksana",
    "Iryna",
    "Nataliya",
    "Olena",
    "Svitlana",
    "Tetiana",
    "Halyna",
    "Liudmyla",
    "Nnamdi",
    "Chukwuemeka",
    "Oluwaseun",
    "Adebayo",
    "Ngozi",
    "Chiamaka",
    "Tendai",
    "Thandiwe",
    "Kwabena",
    "Abena",
    "Siddharth",
    "Aditya",
    "Priyanka",
    "Rajesh",
    "Lakshmi",
    "Anand",
    "Xiaoming",
    "Jianguo",
    "Yuqing",
    "Haruto",
    "Hiroshi",
    "Minjun",
    "Seojun",
    "Jiwoo",
    "Mehmet",
    "Emine",
    "Recep",
    "Reza",
    "Farzaneh",
    "Mahmoud",
    "Yousef",
    "Aigerim",
    "Nursultan",
    "Bakhyt",
    "Gulnara",
    "Zhanna",
    "Timur",
    "Ilham",
    "Dilnoza",
]
WORLD_SURNAME = [
    "Kovalenko",
    "Bondarenko",
    "Tkachenko",
    "Shevchuk",
    "Melnyk",
    "Kravchuk",
    "Oliynyk",
    "Lysenko",
    "Savchenko",
    "Marchenko",
    "Rudenko",
    "Hrytsenko",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Boateng",
    "Nwosu",
    "Okonkwo",
    "Chatterjee",
    "Raghunathan",
    "Iyer",
    "Venkatesan",
    "Bhattacharya",
    "Zhang",
    "Liu",
    "Wang",
    "Nakamura",
    "Takahashi",
    "Yilmaz",
    "Demir",
    "Hosseini",
    "Karimi",
    "Haddad",
    "Nazarbayeva",
    "Abenov",
    "Tokayev",
    "Suleimenov",
    "Rakhimov",
    "Yusupova",
]


def _given_names() -> dict[str, str]:
    """The engine's given names, lower case, with their gender (m, f, u)."""
    out = {}
    for line in GIVEN_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name.strip()] = gender.strip() or "u"
    return out


def _invented(rng: random.Random, taken: set[str]) -> str:
    """A pronounceable word no list holds and the set never uses."""
    onsets = [
        "b",
        "d",
        "f",
        "g",
        "k",
        "l",
        "m",
        "n",
        "p",
        "r",
        "s",
        "t",
        "v",
        "z",
        "br",
        "dr",
        "kr",
        "st",
        "tr",
        "gl",
    ]
    codas = ["", "", "n", "r", "l", "s", "k"]
    while True:
        word = "".join(
            rng.choice(onsets) + rng.choice("aeiou") + rng.choice(codas)
            for _ in range(rng.choice((2, 2, 3)))
        )
        word = word.capitalize()
        if word.lower() not in taken and 4 <= len(word) <= 10:
            taken.add(word.lower())
            return word


def person_names(gold: list[dict], given: dict[str, str]) -> list[list[str]]:
    """Speakers of the gold lines that read as a person: 2-4 capitalised words, the first
    a given name the list knows."""
    out, seen = [], set()
    for g in gold:
        speaker = g.get("speaker")
        if not isinstance(speaker, str) or speaker in seen:
            continue
        seen.add(speaker)
        words = speaker.split()
        if g.get("speaker_type") not in (None, "person") or not 2 <= len(words) <= 4:
            continue
        if all(NAME_WORD.match(w) for w in words) and words[0].lower() in given:
            out.append(words)
    return out


def name_map(gold: list[dict], texts: dict[str, str], seed: int, pool: str) -> dict[str, str]:
    """Each name word of the set's people -> its replacement in ``pool`` (known, unknown,
    world)."""
    given = _given_names()
    rng = random.Random(seed)
    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", "\n".join(texts.values())))
    used_words = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", "\n".join(texts.values()))}
    taken = set(given) | lower_words | used_words
    world_given = [w for w in WORLD_GIVEN if w.lower() not in given]
    world_surname = [w for w in WORLD_SURNAME if w.lower() not in given]
    by_gender: dict[str, list[str]] = {}
    for name, gender in given.items():
        if name not in lower_words and name not in used_words and name.isalpha():
            by_gender.setdefault(gender, []).append(name.capitalize())
    mapping: dict[str, str] = {}
    for words in person_names(gold, given):
        for i, word in enumerate(words):
            if word in mapping or word.lower() in lower_words:
                continue
            first = i < len(words) - 1
            if pool == "world":
                mapping[word] = rng.choice(world_given if first else world_surname)
            elif first and pool == "known":
                mapping[word] = rng.choice(
                    by_gender.get(given.get(word.lower(), "u"), by_gender["u"])
                )
            else:
                mapping[word] = _invented(rng, taken)
    return mapping


def _variant(name: str, mapping: dict[str, str]) -> Variant:
    if not mapping:
        return Variant(name, lambda text: [])
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b"
    )

    def edits(text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), mapping[m.group(1)]) for m in pattern.finditer(text)]

    return Variant(name, edits, lambda s: pattern.sub(lambda m: mapping[m.group(1)], s))


for _pool in ("known", "unknown", "world"):
    register(f"names-{_pool}")(
        lambda gold, texts, seed, pool=_pool: _variant(
            f"names-{pool}", name_map(gold, texts, seed, pool)
        )
    )
