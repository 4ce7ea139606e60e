"""The reader's corrections of the engine, kept per corpus in ``corrections.yaml``.

A correction says what the engine got wrong and what is right, in words a person can
read and edit::

    corrections:
    - kind: speaker            # this quote's speaker is someone else
      article: europe/peskov.txt
      text: There can be no question of that.
      before: 'the Kremlin said on Monday:'
      after: ''
      to: Dmitry Peskov
      role: Kremlin spokesman
      when: '2026-12-04T21:50:00'
    - kind: term               # this "quote" is a quoted term (scare quotes)
      article: ...             # (an anchor, as above)
    - kind: quote              # this quoted term is a quotation
    - kind: rename             # every quote of `name` is by `to` (a spelling, a title)
      name: Dmitri Peskov
      to: Dmitry Peskov
    - kind: merge              # `name` is the same person as `to`, an existing speaker
      name: Peskov
      to: Dmitry Peskov
    - kind: split              # in this article, `name`'s quotes are by `to`
      article: europe/other.txt
      name: Peskov
      to: Vasily Peskov

Quote corrections point at their quote with a :class:`QuoteAnchor` (article path
relative to the corpus folder, the quote's words and neighbourhood), never offsets.
They are applied in the order they were made (:mod:`index.annotations.correcting`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from warreader.index.annotations.anchor import QuoteAnchor
from warreader.index.annotations.store import (
    corpus_folder,
    describe_corpus,
    locked,
    read_yaml,
    write_yaml,
)

KEY = "corrections"
FILE = "corrections.yaml"

QUOTE_KINDS = ("speaker", "term", "quote")
"""Corrections of one quote (they carry an anchor)."""
NAME_KINDS = ("rename", "merge", "split")
"""Corrections of a speaker (``split``: in one article only)."""


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True)
class Correction:
    """One correction: its ``kind``, what it points at, the new value and when."""

    kind: str
    anchor: QuoteAnchor | None = None  # quote kinds
    article: str | None = None  # split: the article (relative path)
    name: str | None = None  # name kinds: the speaker as the engine named them
    to: str | None = None  # the new speaker (speaker, rename, merge, split; quote: optional)
    role: str | None = None
    when: str = ""

    def to_dict(self) -> dict:
        """The correction as it is written to YAML (empty fields left out)."""
        out: dict = {"kind": self.kind}
        if self.anchor is not None:
            out.update(self.anchor.to_dict())
        if self.article is not None:
            out["article"] = self.article
        for key in ("name", "to", "role"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["when"] = self.when
        return out

    @classmethod
    def from_dict(cls, data: object) -> Correction | None:
        """The correction read back from YAML, or None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        kind = data.get("kind")
        when = data.get("when")
        when = str(when) if when is not None else ""
        name, to, role = _text(data.get("name")), _text(data.get("to")), _text(data.get("role"))
        if kind in QUOTE_KINDS:
            anchor = QuoteAnchor.from_dict(data)
            if anchor is None or (kind == "speaker" and to is None):
                return None
            return cls(kind, anchor=anchor, to=to, role=role, when=when)
        if kind in NAME_KINDS and name and to:
            article = _text(data.get("article")) if kind == "split" else None
            if kind == "split" and article is None:
                return None
            return cls(kind, article=article, name=name, to=to, role=role, when=when)
        return None

    @property
    def article_path(self) -> str | None:
        """The article this correction is confined to (None: every article)."""
        return self.anchor.path if self.anchor is not None else self.article

    def describe(self) -> str:
        """One line for people: what this correction does."""
        role = f" ({self.role})" if self.role else ""
        if self.kind == "speaker":
            return f"quote “{_short(self.anchor.text)}” is by {self.to}{role}"
        if self.kind == "term":
            return f"“{_short(self.anchor.text)}” is a quoted term, not a quotation"
        if self.kind == "quote":
            by = f" by {self.to}{role}" if self.to else ""
            return f"“{_short(self.anchor.text)}” is a quotation{by}"
        if self.kind == "rename":
            return f"speaker {self.name} renamed {self.to}{role}"
        if self.kind == "merge":
            return f"speaker {self.name} merged into {self.to}"
        return f"in {self.article}, {self.name}'s quotes are by {self.to}{role}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def now() -> str:
    """The time stamp a new correction carries (local time, to the second)."""
    return time.strftime("%Y-%m-%dT%H:%M:%S")


class CorrectionStore:
    """The corrections of one corpus, read from and written to its ``corrections.yaml``.

    Every change is one read-modify-write under the file's lock, so the app and the CLI
    never lose each other's corrections.
    """

    def __init__(self, corpus_paths: Iterable[str | Path], root: Path | None = None) -> None:
        self.corpus_paths = [Path(p) for p in corpus_paths]
        self.root = root
        self.folder = corpus_folder(self.corpus_paths, root)
        self.path = self.folder / FILE

    def load(self) -> list[Correction]:
        """Every correction, oldest first (raises ``AnnotationFileDamaged`` after setting
        a damaged file aside). Entries that are not corrections are skipped, not lost:
        they stay in the file."""
        found = (Correction.from_dict(item) for item in read_yaml(self.path, KEY))
        return [c for c in found if c is not None]

    def _rewrite(self, change: Callable[[list], list]) -> list[Correction]:
        with locked(self.path):
            items = change(list(read_yaml(self.path, KEY)))
            describe_corpus(self.folder, self.corpus_paths)
            write_yaml(self.path, {KEY: items})
        return [c for c in map(Correction.from_dict, items) if c is not None]

    def add(self, correction: Correction) -> list[Correction]:
        """Append ``correction`` (stamped now if it has no time); return every correction."""
        if not correction.when:
            correction = replace(correction, when=now())
        return self._rewrite(lambda items: [*items, correction.to_dict()])

    def remove(self, correction: Correction) -> list[Correction]:
        """Remove ``correction`` (its last copy); return every correction left."""
        def change(items: list) -> list:
            for i in range(len(items) - 1, -1, -1):
                if Correction.from_dict(items[i]) == correction:
                    return items[:i] + items[i + 1:]
            return items
        return self._rewrite(change)

    def remove_at(self, number: int) -> Correction | None:
        """Remove the correction numbered ``number`` (1 = oldest, as listed); the removed
        correction, or None if there is no such number."""
        removed: list[Correction] = []

        def change(items: list) -> list:
            numbered = [i for i, item in enumerate(items) if Correction.from_dict(item)]
            if not 1 <= number <= len(numbered):
                return items
            at = numbered[number - 1]
            removed.append(Correction.from_dict(items[at]))
            return items[:at] + items[at + 1:]
        self._rewrite(change)
        return removed[0] if removed else None
