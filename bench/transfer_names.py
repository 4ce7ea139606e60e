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
from warreader.index.names import name_key

REPO = Path(__file__).resolve().parents[1]
GIVEN_TSV = REPO / "index" / "quotes" / "data" / "first_names.tsv"
# Surname endings that mark a woman in Slavic and Central Asian names (as the engine reads them).
FEMININE_ENDINGS = ("ova", "eva", "yova", "skaya", "tskaya", "ina", "aya")
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
    world).

    Two different name words of one article never get the same replacement: a pool of a
    few dozen real names drawn with replacement would otherwise give two people of one
    story one surname ("Aigerim Wang" and "Haruto Wang"), which changes the story and not
    only its names. A world surname with a feminine ending ("Yusupova") goes only to a word
    whose people all have a feminine given name, as it would in the languages it comes from.
    """
    given = _given_names()
    rng = random.Random(seed)
    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", "\n".join(texts.values())))
    used_words = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", "\n".join(texts.values()))}
    taken = set(given) | lower_words | used_words
    # Not known to the engine under its folding of spellings either ("Yuliia" is its "yulia").
    world_given = [w for w in WORLD_GIVEN if not {w.lower(), name_key(w)} & given.keys()]
    world_surname = [w for w in WORLD_SURNAME if not {w.lower(), name_key(w)} & given.keys()]
    by_gender: dict[str, list[str]] = {}
    for name, gender in given.items():
        if name not in lower_words and name not in used_words and name.isalpha():
            by_gender.setdefault(gender, []).append(name.capitalize())
    people = person_names(gold, given)
    genders: dict[str, set[str]] = {}  # a surname word -> the genders of its given names
    for words in people:
        genders.setdefault(words[-1], set()).add(given.get(words[0].lower(), "u"))
    owned = owned_words(gold, people)
    neighbours: dict[str, set[str]] = {}  # a name word -> the words it must not share with
    for art, here in owned.items():
        present = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", texts.get(art, ""))}
        for word in here:
            neighbours.setdefault(word, set()).update((here - {word}) | present)
    mapping: dict[str, str] = {}

    def draw(word: str, choices: list[str]) -> str:
        near = neighbours.get(word, set())
        clash = {mapping[w] for w in near if w in mapping} | {w.capitalize() for w in near}
        free = [c for c in choices if c not in clash]
        return rng.choice(free or choices)

    for words in people:
        for i, word in enumerate(words):
            if word in mapping or word.lower() in lower_words:
                continue
            first = i == 0  # a middle word may be a second surname
            if pool == "world":
                surnames = (
                    world_surname
                    if genders.get(word) == {"f"}
                    else [w for w in world_surname if not w.endswith(FEMININE_ENDINGS)]
                )
                mapping[word] = draw(word, world_given if first else surnames)
            elif first and pool == "known":
                mapping[word] = draw(
                    word, by_gender.get(given.get(word.lower(), "u"), by_gender["u"])
                )
            else:
                mapping[word] = _invented(rng, taken)
    return mapping


def owned_words(gold: list[dict], people: list[list[str]]) -> dict[str, set[str]]:
    """Each article's name words of the people its own gold lines name as speakers: only
    there is a word renamed ("Paris" of a speaker "Margaret Paris" stays a city in the
    other articles, "London" of a "Jack London" in the stories that never quote him)."""
    person = {" ".join(words): set(words) for words in people}
    owned: dict[str, set[str]] = {}
    for g in gold:
        words = person.get(g.get("speaker") or "")
        if words:
            owned.setdefault(g["article"], set()).update(words)
    return owned


def _pattern(words: set[str]) -> re.Pattern[str]:
    return re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    )


def _variant(name: str, mapping: dict[str, str], owned: dict[str, set[str]], texts) -> Variant:
    """Rename ``mapping``'s words in the articles that own them, and there only."""
    patterns = {}
    for art, words in owned.items():
        here = words & mapping.keys()
        if here and art in texts:
            patterns[texts[art]] = _pattern(here)

    def edits(text: str) -> list[tuple[int, int, str]]:
        pattern = patterns.get(text)
        if pattern is None:
            return []
        return [(m.start(), m.end(), mapping[m.group(1)]) for m in pattern.finditer(text)]

    def rename_in(text: str):
        pattern = patterns.get(text)
        if pattern is None:
            return lambda s: s
        return lambda s: pattern.sub(lambda m: mapping[m.group(1)], s)

    return Variant(name, edits, rename_in=rename_in)


def _factory(pool: str):
    def make(gold, texts, seed) -> Variant:
        mapping = name_map(gold, texts, seed, pool)
        owned = owned_words(gold, person_names(gold, _given_names()))
        return _variant(f"names-{pool}", mapping, owned, texts)

    return make


for _pool in ("known", "unknown", "world"):
    register(f"names-{_pool}")(_factory(_pool))
