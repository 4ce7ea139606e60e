"""Marked quotes: the reader's stars, kept per corpus in ``marks.yaml``.

The file is a list of anchors (:class:`QuoteAnchor`) with the time each was marked::

    marks:
    - article: europe/peskov.txt
      text: There can be no question of that.
      before: 'the Kremlin said on Monday:'
      after: ''
      marked: '2026-12-04T21:50:00'
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from warreader.index.annotations.anchor import QuoteAnchor
from warreader.index.annotations.store import (
    corpus_folder,
    describe_corpus,
    locked,
    read_yaml,
    write_yaml,
)

KEY = "marks"


class MarkStore:
    """The marks of one corpus, read from and written to its ``marks.yaml``."""

    def __init__(self, corpus_paths: Iterable[str | Path], root: Path | None = None) -> None:
        self.corpus_paths = [Path(p) for p in corpus_paths]
        self.folder = corpus_folder(self.corpus_paths, root)
        self.path = self.folder / "marks.yaml"

    def load(self) -> list[QuoteAnchor]:
        """Every mark, oldest first (raises ``AnnotationFileDamaged`` after setting the
        file aside)."""
        anchors = (QuoteAnchor.from_dict(item) for item in read_yaml(self.path, KEY))
        return [a for a in anchors if a is not None]

    def _rewrite(self, change) -> list[QuoteAnchor]:
        with locked(self.path):
            items = [i for i in read_yaml(self.path, KEY) if QuoteAnchor.from_dict(i)]
            items = change(items)
            describe_corpus(self.folder, self.corpus_paths)
            write_yaml(self.path, {KEY: items})
        return [a for a in map(QuoteAnchor.from_dict, items) if a is not None]

    def add(self, anchor: QuoteAnchor) -> list[QuoteAnchor]:
        """Mark the quote at ``anchor`` (once); return every mark."""
        def change(items: list) -> list:
            if any(QuoteAnchor.from_dict(i) == anchor for i in items):
                return items
            return [*items, {**anchor.to_dict(), "marked": time.strftime("%Y-%m-%dT%H:%M:%S")}]
        return self._rewrite(change)

    def remove(self, anchor: QuoteAnchor) -> list[QuoteAnchor]:
        """Unmark the quote at ``anchor``; return every mark left."""
        return self._rewrite(lambda items: [i for i in items
                                            if QuoteAnchor.from_dict(i) != anchor])

    def toggle(self, anchor: QuoteAnchor) -> bool:
        """Mark or unmark ``anchor`` in one locked change; True if it is marked now."""
        marked: list[bool] = []

        def change(items: list) -> list:
            kept = [i for i in items if QuoteAnchor.from_dict(i) != anchor]
            if len(kept) != len(items):
                marked.append(False)
                return kept
            marked.append(True)
            return [*items, {**anchor.to_dict(), "marked": time.strftime("%Y-%m-%dT%H:%M:%S")}]
        self._rewrite(change)
        return marked[0]
