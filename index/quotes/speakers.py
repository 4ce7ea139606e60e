"""Speaker names across a corpus: aliases, variant spellings, one canonical form each.

Within an article the attribution rules already expand "Stoltenberg" to the fullest
form the article gives. Across articles, :class:`SpeakerDirectory` merges what is
safe to merge, and nothing else:

- The config's alias table maps any listed variant to its canonical name, and two
  canonical names of the table never merge (config aliases always win).
- People (and organisations) with a given name merge when their folded,
  transliteration-tolerant keys agree: same surname key, and the given names of one
  are among the other's ("Zelensky" / "Zelenskyy", "Sergei" / "Sergey Lavrov",
  "Tayyip Erdoğan" / "Recep Tayyip Erdoğan", "G. Bush" / "George Bush"). Bill and
  Hillary Clinton stay two people; a shorter name that fits several fuller ones
  joins none of them.
- A bare surname ("Clinton") goes to the one person of that surname its own article
  names in full, else to the one person (a name starting with a known given name) of
  that surname the whole corpus names, else it stays a speaker of its own; its
  spelling must agree but for the ending ("Zelensky" is "Zelenskyy", "Cameroon" is
  no "Cameron", "Iowa" no "University of Iowa").
- Words stuck before a given name are no part of the name: "House Speaker Paul Ryan"
  shows as "Paul Ryan".
- A peer named by title ("Lord Hutton", which the article writes with no given name)
  is one person with every "Lord Hutton" and none other: not "John Hutton", not a bare
  "Hutton" (who may be anyone of that surname), and makes that surname ambiguous. "Lord
  Falconer" and "Charles Falconer" stay apart: only world knowledge says they are one.
- An unnamed source or description ("a Vodafone spokesman", "the report") merges only
  with the same description ("A Vodafone spokesman"): never with another
  organisation's spokesman; one that names nobody and no body ("her lawyers", "the
  company", "police") never leaves its article.

Accents are folded for matching, never for display.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from sys import intern

from warreader.index.model import Article, Quote
from warreader.index.names import fold, name_key, name_keys, name_tokens
from warreader.index.quotes.job_lex import PERSON_PLURALS
from warreader.index.quotes.lexicon import DETERMINERS
from warreader.index.quotes.name_lex import NAME_PARTICLES, first_names
from warreader.index.quotes.org_lex import ORG_NOUNS, ORG_SUFFIXES
from warreader.index.quotes.peer_titles import PEER_TITLES
from warreader.index.quotes.speaker_signs import Signs, names_nobody, read_signs

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
"""Mentions that are how the text referred to a speaker, not another name for them."""


class AliasTable:
    """Canonical names from config.yaml's ``aliases`` (canonical -> variants)."""

    def __init__(self, mapping: dict[tuple[str, ...], str]) -> None:
        self._by_keys = mapping

    @classmethod
    def from_config(cls, aliases: dict[str, list[str]] | None) -> AliasTable:
        """Build the table; each canonical name is also its own variant."""
        mapping: dict[tuple[str, ...], str] = {}
        for canonical, variants in (aliases or {}).items():
            for variant in [canonical, *(variants or [])]:
                keys = name_keys(variant)
                if keys:
                    mapping[keys] = canonical
        return cls(mapping)

    def canonical(self, name: str) -> str:
        """The canonical form of ``name`` if the table lists it, else ``name``."""
        if not self._by_keys:
            return name
        keys = name_keys(name)
        return self._by_keys.get(keys) or self._by_keys.get(keys[-1:], name) if keys else name

    def listed(self, name: str) -> str | None:
        """The canonical name the table lists ``name`` under (all its words), else None."""
        return self._by_keys.get(name_keys(name)) if self._by_keys else None


@dataclass
class SpeakerSummary:
    """One speaker of the corpus."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quote_count: int = 0
    articles: list[str] = field(default_factory=list)  # article ids, in first-seen order

    def to_dict(self) -> dict:
        """JSON-ready form (``warreader speakers --json``)."""
        return {
            "name": self.name,
            "role": self.role,
            "aliases": self.aliases,
            "quote_count": self.quote_count,
            "articles": self.articles,
        }


_DETERMINERS = DETERMINERS | {"one"}
_NAME_LINKS = NAME_PARTICLES | {"of", "and", "for", "&"}
_PEER_KEYS = frozenset(name_key(t) for t in PEER_TITLES.values())  # "Lord Hutton": a
# title that stands for a given name, never another's ("John Hutton")
_LONGEST_NAME = 4  # words; longer names merge only when spelt the same
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a name's words, as names.name_tokens
_FINAL_DOUBLE = re.compile(r"(.)\1+$")
_ENDING = re.compile(r"(?:iy|yi|ey|ei|ii|y)$")


@dataclass(frozen=True)
class _Shape:
    """How a speaker string is matched: a description, or a name with its keys."""

    description: str = ""  # folded ("a vodafone spokesman")
    surname: str = ""  # a name's last key
    given: tuple[str, ...] = ()  # a name's other keys ("" for a bare surname)
    whole: str = ""  # a name too long to match loosely: its folded form
    shown: str = ""  # the name as shown: stray words before the given name dropped
    person: bool = False  # a given name of the lexicon comes first: someone's name
    spelling: str = ""  # the surname, folded, loosely ("zelenski"; "cameroon" stays)


def _shape(name: str) -> _Shape:
    """Sort a speaker string into a description or a name (see the module docstring)."""
    words = name.split()
    determiner = bool(words) and words[0].lower() in _DETERMINERS
    rest = words[1:] if determiner and len(words) > 1 else words
    described = (determiner and words[0].lower() != "the") or any(
        w.lower() not in _NAME_LINKS and not any(c.isupper() for c in w)
        and any(c.isalpha() for c in w)
        for w in rest
    )  # "a Vodafone spokesman", "US officials", "his son"; not "Bank of England"
    if described:
        return _Shape(description=fold(name))
    text = " ".join(rest)
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return _Shape(description=fold(name))
    given = first_names()
    last = tokens[-1].group().lower()
    organisation = last in ORG_SUFFIXES or last in ORG_NOUNS  # "Trayvon Martin Foundation"
    known = [fold(t.group()) in given and not organisation for t in tokens[:-1]]
    if _group_plural(tokens[-1].group(), len(tokens)) and not any(known):  # "MPs",
        return _Shape(description=fold(name))  # "Labour MPs", "Officials": a group
    shown = name
    if any(known):  # "Democrat Hillary Clinton", "House Speaker Paul Ryan": stray words
        tokens = tokens[known.index(True) :]
        shown = text[tokens[0].start() :]
    if organisation:  # a body's name has no given names: "Football Association" is
        return _Shape(whole=fold(text), shown=shown)  # no "Scottish Football Association"
    if len(tokens) > _LONGEST_NAME:
        return _Shape(whole=fold(shown), shown=shown)
    keys = tuple(name_key(t.group()) for t in tokens)
    return _Shape(surname=keys[-1], given=keys[:-1], shown=shown, person=any(known),
                  spelling=_spelling(tokens[-1].group()))


def _unnamed(description: str) -> bool:
    """Does a description name nobody and no body, so that whom it means depends on its
    article ("her lawyers", "the company", "police", and any plural group: "MPs", "US
    officials"; not "a Vodafone spokesman")?"""
    return not any(c.isupper() for c in description[1:]) or _group_plural(  # its first
        description.rsplit(None, 1)[-1], len(description.split())  # letter: the sentence's
    )


def _group_plural(word: str, words: int) -> bool:
    """Is ``word``, the last of a speaker's ``words`` words, a plural naming a group
    ("officials", "MPs", "Officials" alone), not the last word of a name ("Spice Girls",
    "Foo Fighters", "Committee of Soldiers' Mothers")?"""
    return word.lower() in PERSON_PLURALS and (
        words == 1 or word.islower() or word[:-1].isupper() and word.endswith("s")
    )


def _spelling(surname: str) -> str:
    """A surname folded with its variant endings merged ("Zelenskyy", "Zelenskiy" ->
    "zelenski") but not its inner letters, which tell "Cameroon" from "Cameron"."""
    key = fold(surname).replace("'", "").replace("’", "")
    key = _FINAL_DOUBLE.sub(r"\1", key)
    return _ENDING.sub("i", key) if len(key) > 3 else key


def _key_fits(a: str, b: str) -> bool:
    """One given-name key for another: equal, or an initial of it ("g" for "george"); a
    peer's title only itself ("L. Hutton" is no "Lord Hutton")."""
    return a == b or a not in _PEER_KEYS and b not in _PEER_KEYS and (
        (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
    )


def _given_fit(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Are the given names ``short`` all among ``full``'s ("tayip" in "recep tayip")?
    Two names with middle names must have the same ones: "George W. Bush" is not
    "George H. W. Bush"."""
    if len(short) > 1 and len(full) > 1:
        return len(short) == len(full) and all(map(_key_fits, short, full))
    if not short:
        return True
    # An initial stands for the first given name only: "June Trump" is no "Donald J. Trump".
    return _key_fits(short[0], full[0]) or len(short[0]) > 1 and short[0] in full[1:]


@dataclass
class _Group:
    names: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    role_articles: Counter = field(default_factory=Counter)  # role -> articles giving it
    count: int = 0
    articles: list[str] = field(default_factory=list)
    article_set: set[str] = field(default_factory=set)
    alias: str | None = None  # the config's canonical name, which always shows
    given: tuple[str, ...] = ()  # a person's fullest given names
    person: bool = False  # one of its names starts with a given name of the lexicon
    spellings: set[str] = field(default_factory=set)  # its surnames, loosely folded
    shown: str | None = None  # the display name, once worked out

    def display(self) -> str:
        if self.alias:
            return self.alias
        if self.shown is None:  # groups are complete once built: worked out once
            self.shown = self._fullest()
        return self.shown

    def _fullest(self) -> str:
        # The spelling used most among those that start with a given name ("Donald
        # Trump" over "Donald J. Trump", "Charles Saumarez Smith" over "Saumarez Smith",
        # "Recep Tayyip Erdoğan" over "Erdogan"), else the one used most; then the fullest.
        given = first_names()

        def rank(n: str) -> tuple:
            tokens = name_tokens(n)
            person = len(tokens) > 1 and fold(tokens[0]) in given
            return person, self.names[n], len(tokens), n

        return max(self.names, key=rank)

    def summary(self) -> SpeakerSummary:
        name = self.display()
        aliases = sorted({*self.names, *self.mentions} - {name}, key=lambda a: (fold(a), a))
        aliases = [a for a in aliases if fold(a) not in _PRONOUNS]
        # The role given in most articles (one article's many quotes through "he" do not
        # outvote how the others describe the speaker: "Democratic front-runner" over one
        # story's "rival"), then by most quotes; a tie goes to the fuller one ("Ukrainian
        # President" over "President"), then the first alphabetically: never the order
        # articles were read in.
        role = max(
            self.roles, key=lambda r: (self.role_articles[r], self.roles[r], len(r), r)
        ) if self.roles else None
        return SpeakerSummary(name, role, aliases, self.count, list(self.articles))


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname key and no clash of given names ("Lavrov" fits "Sergey Lavrov"): how
    a spelling never seen is matched to the stored names."""
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0] == b[0] or a[0][0] == b[0][0] and (len(a[0]) <= 2 or len(b[0]) <= 2)


def _interned(text: str | None) -> str | None:
    return intern(text) if text else None


class SpeakerDirectory:
    """Every speaker of a corpus, merged across spellings (never across people).

    Quotes are added one by one; the groups are formed when first asked for, since
    whether a bare surname is unambiguous depends on the whole corpus.
    """

    def __init__(self, aliases: AliasTable | None = None) -> None:
        self._table = aliases or AliasTable({})
        # (article, speaker, mention, role) -> quotes: one entry per distinct four, in
        # the order first met (a corpus of 400,000 quotes kept one object each: 420 MB)
        self._added: dict[tuple[str, str, str | None, str | None], int] = {}
        self._groups: list[_Group] = []
        self._by_place: dict[tuple[str, str], _Group] = {}  # (article, name) -> group
        self._by_name: dict[str, _Group] = {}  # folded name -> its group, corpus-wide
        self._people: dict[str, list[_Group]] = {}  # surname key -> people with a given name
        self._present: dict[tuple[str, str], set[int]] = {}
        self._others: dict[str, _Group] = {}
        self._signs: dict[tuple[str | None, str], Signs] = {}  # `speaker_signs.read_signs`
        self._sexes: dict[int, str] = {}  # id(group of a named person) -> its one sex
        self._built = True

    def add(self, article_id: str, quote: Quote, speaker: str | None = None) -> None:
        """Count one attributed quote, under ``speaker`` if given (else its own name)."""
        speaker = speaker or quote.speaker
        if not speaker or quote.kind != "quote":
            return
        key = (intern(article_id), intern(speaker), _interned(quote.mention),
               _interned(quote.role))
        self._added[key] = self._added.get(key, 0) + 1
        self._built = False

    def canonical(self, name: str, article_id: str | None = None) -> str:
        """The corpus-wide canonical form of a speaker name, as read in ``article_id``
        (a bare surname may mean another person in another article)."""
        self._build()
        group = self._by_place.get((article_id, fold(name))) if article_id is not None else None
        if group is None and article_id is not None:
            shape = _shape(name)
            if shape.surname and not shape.given:  # a bare surname: the article's person
                group = self._bare(name, shape, article_id, self._present, self._others)
        group = group or self._by_name.get(fold(name)) or _lookup(self._people, name)
        return group.display() if group and (group.names or group.alias) else name

    def spellings(self) -> Iterable[tuple[str, int, str]]:
        """(spelling, group number, canonical form) of every speaker spelling added, as
        read without its article: what the stored data's names table holds."""
        self._build()
        number = {id(g): i for i, g in enumerate(self._groups)}
        seen: set[str] = set()
        for _, speaker, _, _ in self._added:
            if speaker in seen:
                continue
            seen.add(speaker)
            group = self._by_name.get(fold(speaker))
            if group is not None and (group.names or group.alias):
                yield speaker, number.get(id(group), len(number)), group.display()

    def summaries(self) -> list[SpeakerSummary]:
        """Speakers, most quoted first."""
        self._build()
        out = [g.summary() for g in self._groups if g.count]
        out.sort(key=lambda s: (-s.quote_count, fold(s.name)))
        return out

    # -- forming the groups -------------------------------------------------------------

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self._groups, self._by_place, self._by_name, self._people = [], {}, {}, {}
        names: Counter = Counter()
        shapes: dict[str, _Shape] = {}
        for (_, speaker, _, _), count in self._added.items():
            names[speaker] += count
            if speaker not in shapes:
                shapes[speaker] = _shape(speaker)
        self._form_people(names, shapes)
        self._read_signs(shapes)
        present = self._present = {}  # (article, surname) -> ids of the people named there
        for article_id, speaker, _, _ in self._added:
            shape = shapes[speaker]
            if shape.given:
                group = self._by_name[fold(speaker)]
                present.setdefault((article_id, shape.surname), set()).add(id(group))
        others = self._others = {}  # descriptions, long names, bare surnames, by key
        given: set[tuple[int, str, str]] = set()  # (group, article, role) counted
        for (article_id, speaker, mention, role), count in self._added.items():
            place = (article_id, fold(speaker))
            group = self._by_place.get(place)
            if group is None:
                group = self._place(speaker, shapes[speaker], article_id, present, others)
                self._by_place[place] = group
                self._by_name.setdefault(fold(speaker), group)
            group.names[shapes[speaker].shown or speaker] += count
            if mention:
                group.mentions[mention] += count
            if role:
                if (id(group), article_id, role) not in given:
                    given.add((id(group), article_id, role))
                    group.role_articles[role] += 1
                group.roles[role] += count
            group.count += count
            if article_id not in group.article_set:
                group.article_set.add(article_id)
                group.articles.append(article_id)
        for speaker, shape in shapes.items():  # a bare name read without its article
            if not shape.given and not shape.whole and not shape.description:
                self._by_name[fold(speaker)] = self._bare(speaker, shape, None, present, others)

    def _form_people(self, names: Counter, shapes: dict[str, _Shape]) -> None:
        """Group the names with given names, fullest first: a name joins the one group
        whose given names it fits, or starts its own (several fit: the name is ambiguous)."""
        full = [n for n, s in shapes.items() if s.given]
        full.sort(key=lambda n: (
            -len(shapes[n].given), -sum(len(k) > 1 for k in shapes[n].given), -names[n], n
        ))
        for name in full:
            shape = shapes[name]
            alias = self._table.listed(name)
            bucket = self._people.setdefault(shape.surname, [])
            fits = [
                g for g in bucket
                if _given_fit(shape.given, g.given) and not (alias and g.alias and g.alias != alias)
            ]
            if alias:
                fits = [g for g in fits if g.alias == alias] or fits
            if len(fits) == 1:
                group = fits[0]
                group.alias = group.alias or alias
            else:
                group = _Group(alias=alias, given=shape.given)
                bucket.append(group)
                self._groups.append(group)
            group.person = group.person or shape.person
            group.spellings.add(shape.spelling)
            self._by_name[fold(name)] = group

    def _read_signs(self, shapes: dict[str, _Shape]) -> None:
        """What the mentions tell of bare names and of each named person's sex."""
        self._signs = read_signs(
            ((a, s, m) for a, s, m, _ in self._added),
            lambda s: shapes[s].surname if shapes[s].surname else None,
        )
        self._sexes = _group_sexes(self._signs, self._by_name)

    def _place(self, speaker: str, shape: _Shape, article_id: str,
               present: dict[tuple[str, str], set[int]], others: dict[str, _Group]) -> _Group:
        """The group of one speaker string as read in ``article_id``."""
        if shape.given:
            return self._by_name[fold(speaker)]
        if shape.description and _unnamed(speaker) or not shape.given and names_nobody(speaker):
            # "her lawyers", "the company", "police", "Another", "Democrat": whose
            # depends on the article
            return self._other(f"d:{shape.description or fold(speaker)}\0{article_id}", others)
        if shape.description or shape.whole:
            return self._other("d:" + (shape.description or shape.whole), others)
        return self._bare(speaker, shape, article_id, present, others)

    def _bare(self, speaker: str, shape: _Shape, article_id: str | None,
              present: dict[tuple[str, str], set[int]], others: dict[str, _Group]) -> _Group:
        """A bare surname: the one person of that surname in its article, else in the
        corpus, else a speaker of its own (config names always stand alone)."""
        alias = self._table.listed(speaker)
        people = self._people.get(shape.surname, [])
        spelt = [g for g in people if shape.spelling in g.spellings]
        signs = self._signs.get((article_id, fold(speaker)))

        def joins(group: _Group, corpus_wide: bool) -> bool:  # "Mrs Clinton" no "Bill
            # Clinton"; "Lloyds of London" no "Michael London" of another article
            return signs is None or signs.may_join(self._sexes.get(id(group), ""), corpus_wide)

        if not alias and spelt:
            here = present.get((article_id, shape.surname), set()) if article_id else set()
            if len(here) == 1:
                [wanted] = here
                found = [g for g in spelt if id(g) == wanted and joins(g, False)]
                if found:
                    return found[0]
            elif not here and len(people) == 1 and people[0].person and spelt and joins(
                people[0], True
            ):
                return people[0]  # "Iowa" is no "University of Iowa" of another article
        group = self._other("n:" + shape.surname, others)
        group.alias = group.alias or alias
        return group

    def _other(self, key: str, others: dict[str, _Group]) -> _Group:
        group = others.get(key)
        if group is None:
            group = others[key] = _Group()
            self._groups.append(group)
        return group


def build_directory(
    pairs: Iterable[tuple[Article, list[Quote]]], aliases: dict[str, list[str]] | None = None
) -> SpeakerDirectory:
    """Merge the speakers of many articles; quotes keep their own names."""
    table = AliasTable.from_config(aliases)
    directory = SpeakerDirectory(table)
    for article, quotes in pairs:
        for quote in quotes:
            if quote.speaker:
                directory.add(article.id, quote, table.canonical(quote.speaker))
    return directory


def _lookup(people: dict[str, list[_Group]], name: str) -> _Group | None:
    """The group of a name never added: the one person of ``people`` (surname key ->
    people with a given name) it fits, if any."""
    shape = _shape(name)
    if shape.description or shape.whole:
        return None
    fits = [g for g in people.get(shape.surname, []) if _given_fit(shape.given, g.given)]
    return fits[0] if len(fits) == 1 else None


def _group_sexes(signs: dict, by_name: dict[str, _Group]) -> dict[int, str]:
    """The one sex the mentions give each named person's group (by ``id``), where they
    give one: ``signs`` are :func:`read_signs`'s, read without their article."""
    sexes: dict[int, set[str]] = {}
    for (article_id, folded), found in signs.items():
        group = by_name.get(folded) if article_id is None else None
        if group is not None:  # (only named people are grouped yet)
            sexes.setdefault(id(group), set()).update(found.sexes)
    return {g: next(iter(s)) for g, s in sexes.items() if len(s) == 1}
