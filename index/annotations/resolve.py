"""Finding marked (or corrected) quotes again in the indexed corpus.

An anchor names an article by its path relative to its corpus folder; the index knows
articles by id and full path. :func:`article_ids_by_anchor_path` maps one to the other,
and :func:`resolve` loads each anchored article and locates the quote in it. An anchor
whose article or quote is gone comes back unresolved (shown as not found), never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from warreader.index.annotations.anchor import QuoteAnchor, locate, relative_path
from warreader.index.model import Article, Quote


class _Corpus(Protocol):
    def summaries(self) -> list: ...

    def load(self, article_id: str) -> tuple[Article, list[Quote]]: ...


@dataclass(frozen=True)
class Resolved:
    """An anchor and what it points at now: the article and quote (None: not found)."""

    anchor: QuoteAnchor
    article: Article | None = None
    quote: Quote | None = None

    @property
    def found(self) -> bool:
        """Whether the quote was found in the corpus as it is now."""
        return self.quote is not None


def article_ids_by_anchor_path(summaries: Iterable, roots: Iterable[str | Path]) -> dict[str, str]:
    """Anchor path (relative to its corpus folder) -> article id, for every summary."""
    roots = [Path(r).expanduser().resolve() for r in roots]
    return {relative_path(s.path, roots): s.id for s in summaries}


def resolve(corpus: _Corpus, anchors: Sequence[QuoteAnchor], roots: Iterable[str | Path],
            cancelled: Callable[[], bool] | None = None) -> list[Resolved]:
    """Each anchor with the article and quote it points at in ``corpus`` (in order)."""
    ids = article_ids_by_anchor_path(corpus.summaries(), roots)
    loaded: dict[str, tuple[Article, list[Quote]] | None] = {}
    out: list[Resolved] = []
    for anchor in anchors:
        if cancelled is not None and cancelled():
            break
        article_id = ids.get(anchor.path)
        if article_id is not None and article_id not in loaded:
            try:
                loaded[article_id] = corpus.load(article_id)
            except Exception:  # noqa: BLE001 - a vanished or unreadable file: not found
                loaded[article_id] = None
        pair = loaded.get(article_id) if article_id is not None else None
        if pair is None:
            out.append(Resolved(anchor))
            continue
        article, quotes = pair
        out.append(Resolved(anchor, article, locate(anchor, article, quotes)))
    return out
