"""Analyzers of the search index: folded, transliteration-tolerant names; stemmed text.

Names (speakers, authors, outlets) are matched, never stemmed: each token is indexed in
its folded form ("Erdoğan" -> "erdogan") and, when different, its :func:`index.names.name_key`
form at the same position ("Zelenskyy" -> "zelenskyy" + "zelenski"), so "zelensky",
"Zelenskyy" and "ZELENSKIY" all meet. Spellings that differ more than that come from the
config's alias table: :class:`AliasTable` expands a name into every known variant at
index time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from warreader.index.names import fold, name_key, name_keys
from warreader.index.search.stamps import alias_fingerprint
from warreader.index.search.textfield import TextAnalyzer
from whoosh.analysis import Filter, RegexTokenizer, Token

_NAME_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"


class NameFilter(Filter):
    """Indexes each token folded plus its name key (same position); queries use the key."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            folded = fold(t.text)
            key = name_key(folded)
            if t.mode == "query":  # the key alone: it meets every indexed spelling
                t.text = key
                yield t
                continue
            t.text = folded
            yield t
            if key != folded:
                t.text = key
                yield t


def name_analyzer():
    """Analyzer for name fields: word tokens, folded, plus transliteration keys."""
    return RegexTokenizer(_NAME_PATTERN) | NameFilter()


def text_analyzer() -> TextAnalyzer:
    """Analyzer for prose (titles, bodies, quotes): lower-cased, stop words out, stemmed."""
    return TextAnalyzer()


class AliasTable:
    """The config's alias table (canonical name -> variant spellings), ready for lookup."""

    def __init__(self, aliases: dict[str, list[str]] | None) -> None:
        self.aliases = {k: list(v) for k, v in (aliases or {}).items()}
        self._groups: dict[tuple[str, ...], list[str]] = {}
        for canonical, variants in self.aliases.items():
            group = [canonical, *variants]
            for name in group:
                self._groups[name_keys(name)] = group

    def group(self, name: str) -> list[str]:
        """Every spelling of ``name`` (canonical first), or just ``[name]`` if unknown."""
        return self._groups.get(name_keys(name), [name])

    def canonical(self, name: str) -> str:
        """The canonical spelling of ``name`` per the table (``name`` itself if unknown)."""
        return self.group(name)[0]

    def expand(self, names: Iterable[str | None]) -> str:
        """One string holding ``names`` and all their variants, for a name field."""
        seen: dict[str, None] = {}
        for name in names:
            if name:
                for variant in self.group(name):
                    seen.setdefault(variant, None)
        return " ; ".join(seen)

    def fingerprint(self) -> str:
        """A short hash of the table: an index built with other aliases is rebuilt."""
        return alias_fingerprint(self.aliases)
