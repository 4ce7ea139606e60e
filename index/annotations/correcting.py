"""Applying the reader's corrections to the engine's answer: the one place that does.

:func:`apply_corrections` takes an article and the quotes the engine found in it and
returns them as corrected, in the order the corrections were made (a quote reassigned
to X, then X renamed Y, ends as Y's). Every corrected quote says ``via: corrected`` and
loses its ``mention`` (the engine's reading of who it was, no longer the answer).

Everything that shows quotes goes through it: the index (so ``speaker:`` searches, the
speaker list and a speaker's quotes see the corrected speaker), the loaded article
(panes), and the CLI commands that read files directly (``quotes``, ``speakers``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from warreader.index.annotations.anchor import locate, relative_path
from warreader.index.annotations.corrections import Correction
from warreader.index.model import Article, Quote
from warreader.index.names import fold, name_keys
from warreader.index.quotes.speakers import compatible

VIA = "corrected"


def same_speaker(name: str | None, target: str | None) -> bool:
    """Whether the engine's ``name`` is the speaker ``target`` a correction names: the
    same spelling (case and accents aside), or a compatible one (the same surname and no
    clash of given names: "Peskov", "Dmitri Peskov" and "Dmitry Peskov"), as the
    speaker directory merges spellings."""
    if not name or not target:
        return False
    return fold(name) == fold(target) or compatible(name_keys(name), name_keys(target))


@dataclass(frozen=True)
class CorrectionRules:
    """The corrections of a corpus and its folders (anchors are relative to them)."""

    corrections: tuple[Correction, ...] = ()
    roots: tuple[str, ...] = ()

    @classmethod
    def of(cls, corrections: Iterable[Correction], roots: Iterable[str | Path]) -> CorrectionRules:
        """Rules for ``corrections`` of the corpus made of the folders ``roots``."""
        return cls(tuple(corrections), tuple(str(Path(r).expanduser()) for r in roots))

    def to_plain(self) -> tuple[list[dict], list[str]]:
        """Plain data (lists, dicts, strings) for a helper process."""
        return [c.to_dict() for c in self.corrections], list(self.roots)

    @classmethod
    def from_plain(cls, plain: tuple[list[dict], list[str]] | None) -> CorrectionRules:
        """The rules back from :meth:`to_plain`."""
        if not plain:
            return cls()
        items, roots = plain
        found = (Correction.from_dict(item) for item in items)
        return cls(tuple(c for c in found if c is not None), tuple(roots))

    def __bool__(self) -> bool:
        return bool(self.corrections)


def _speaker_change(quote: Quote, to: str | None, role: str | None) -> Quote:
    return replace(quote, kind="quote", speaker=to, role=role, mention=None, via=VIA,
                   mention_paragraph=None)


def _apply_one(c: Correction, article: Article, quotes: list[Quote], rel: str) -> bool:
    """Apply ``c`` to ``quotes`` in place; True if it changed (or confirmed) a quote."""
    if c.article_path is not None and c.article_path != rel:
        return False
    if c.anchor is not None:
        found = locate(c.anchor, article, quotes)
        if found is None:
            return False
        i = next(n for n, q in enumerate(quotes) if q is found)
        if c.kind == "speaker":
            quotes[i] = _speaker_change(found, c.to, c.role)
        elif c.kind == "term":
            quotes[i] = replace(found, kind="term", speaker=None, role=None, mention=None,
                                via=VIA, mention_paragraph=None)
        else:  # a term that is a quotation (by `to`, if given)
            quotes[i] = _speaker_change(found, c.to or found.speaker,
                                        c.role if c.to else found.role)
        return True
    hit = False
    for i, q in enumerate(quotes):
        if q.kind == "quote" and same_speaker(q.speaker, c.name):
            quotes[i] = _speaker_change(q, c.to, c.role or q.role)
            hit = True
    return hit


def apply_corrections(article: Article, quotes: Sequence[Quote], rules: CorrectionRules | None,
                      applied: set[int] | None = None) -> list[Quote]:
    """``quotes`` of ``article`` with ``rules`` applied, oldest correction first.

    ``applied``, if given, receives the position in ``rules.corrections`` of each
    correction that found what it points at in this article (the others are orphaned
    here). ``quotes`` is not changed; unchanged quotes are returned as they are.
    """
    out = list(quotes)
    if not rules:
        return out
    rel = relative_path(article.path, rules.roots)
    for n, correction in enumerate(rules.corrections):
        if _apply_one(correction, article, out, rel) and applied is not None:
            applied.add(n)
    return out
