"""Speaker names across a corpus: aliases, variant spellings, one canonical form each.

Within an article the attribution rules already expand "Stoltenberg" to the fullest
form the article gives. Across articles, :class:`SpeakerDirectory` merges spellings
whose folded, transliteration-tolerant keys agree ("Zelensky" / "Zelenskyy",
"Sergei Lavrov" / "Sergey Lavrov" / "Lavrov") and the config's alias table maps any
listed variant to its canonical name. Accents are folded for matching, never for
display.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from warreader.index.model import Article, Quote
from warreader.index.names import fold, name_keys

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


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname key and no clash of given names ("Lavrov" fits "Sergey Lavrov")."""
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0] == b[0] or a[0][0] == b[0][0] and (len(a[0]) <= 2 or len(b[0]) <= 2)


class SpeakerDirectory:
    """Every speaker of a corpus, merged across spellings."""

    def __init__(self) -> None:
        self._groups: list[_Group] = []
        self._by_surname: dict[str, list[_Group]] = {}
        self._by_fold: dict[str, _Group] = {}

    def _group_for(self, name: str) -> _Group:
        folded = fold(name)
        if folded in self._by_fold:
            return self._by_fold[folded]
        keys = name_keys(name)
        group = None
        if keys and len(keys) <= 4:
            for candidate in self._by_surname.get(keys[-1], []):
                if any(compatible(keys, name_keys(n)) for n in candidate.names):
                    group = candidate
                    break
        if group is None:
            group = _Group()
            self._groups.append(group)
            if keys:
                self._by_surname.setdefault(keys[-1], []).append(group)
        self._by_fold[folded] = group
        return group

    def add(self, article_id: str, quote: Quote, speaker: str | None = None) -> None:
        """Count one attributed quote, under ``speaker`` if given (else its own name)."""
        speaker = speaker or quote.speaker
        if not speaker or quote.kind != "quote":
            return
        group = self._group_for(speaker)
        group.names[speaker] += 1
        if quote.mention:
            group.mentions[quote.mention] += 1
        if quote.role:
            group.roles[quote.role] += 1
        group.count += 1
        if article_id not in group.articles:
            group.articles.append(article_id)

    def canonical(self, name: str) -> str:
        """The corpus-wide canonical form of a speaker name."""
        group = self._by_fold.get(fold(name))
        if group is None:
            keys = name_keys(name)
            for candidate in self._by_surname.get(keys[-1] if keys else "", []):
                if any(compatible(keys, name_keys(n)) for n in candidate.names):
                    group = candidate
                    break
        return group.display() if group else name

    def spellings(self) -> Iterable[tuple[str, int, str]]:
        """(name, group number, canonical form) of every spelling added, groups in the
        order they were made (the order :meth:`canonical` tries them in)."""
        for number, group in enumerate(self._groups):
            if group.names:
                display = group.display()
                for name in group.names:
                    yield name, number, display

    def summaries(self) -> list[SpeakerSummary]:
        """Speakers, most quoted first."""
        out = [g.summary() for g in self._groups if g.count]
        out.sort(key=lambda s: (-s.quote_count, fold(s.name)))
        return out


@dataclass
class _Group:
    names: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    count: int = 0
    articles: list[str] = field(default_factory=list)

    def display(self) -> str:
        return max(self.names, key=lambda n: (len(name_keys(n)), self.names[n], n))

    def summary(self) -> SpeakerSummary:
        name = self.display()
        aliases = sorted({*self.names, *self.mentions} - {name}, key=fold)
        aliases = [a for a in aliases if fold(a) not in _PRONOUNS]
        role = self.roles.most_common(1)[0][0] if self.roles else None
        return SpeakerSummary(name, role, aliases, self.count, list(self.articles))


def build_directory(
    pairs: Iterable[tuple[Article, list[Quote]]], aliases: dict[str, list[str]] | None = None
) -> SpeakerDirectory:
    """Merge the speakers of many articles; quotes keep their own names."""
    table = AliasTable.from_config(aliases)
    directory = SpeakerDirectory()
    for article, quotes in pairs:
        for quote in quotes:
            if quote.speaker:
                directory.add(article.id, quote, table.canonical(quote.speaker))
    return directory
