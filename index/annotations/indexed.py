"""Corrections in the search index: applied while articles are read, re-read on change.

Corrections are applied when an article is read for the index (:class:`CorrectedParse`
wraps the reader), so the ``speaker`` field, the stored speaker list and a speaker's
quotes all hold the corrected answer and every query (``speaker:``, ``role:``, the
aliases) works on it unchanged. When the corrections change (made in the app, in the
CLI, by hand in the file), the next refresh re-reads just the articles they touch: the
index folder keeps ``corrections.json``, the corrections it was last brought in line
with, and :func:`stale_files` names the files of every correction added or removed
since. Applying them at query time instead would mean rewriting every query's
``speaker:`` terms and patching the speaker tables on each read; re-reading a few
articles per change is simpler and keeps one truth in the index.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from warreader.index.annotations.anchor import relative_path
from warreader.index.annotations.correcting import (
    CorrectionRules,
    apply_corrections,
    same_speaker,
)
from warreader.index.annotations.corrections import Correction, CorrectionStore
from warreader.index.annotations.store import AnnotationFileDamaged
from warreader.index.model import Article, Quote

APPLIED = "corrections.json"
"""The file in the index folder naming the corrections the index holds."""


class CorrectedParse:
    """``parse(path)`` with the corpus's corrections applied to the quotes it finds."""

    def __init__(self, parse: Callable[[str], tuple[Article, list[Quote]]],
                 rules: CorrectionRules | None = None) -> None:
        self.raw = parse
        self.rules = rules or CorrectionRules()

    def __call__(self, path: str) -> tuple[Article, list[Quote]]:
        article, quotes = self.raw(path)
        return article, apply_corrections(article, quotes, self.rules)

    def plain_rules(self) -> tuple[list[dict], list[str]] | None:
        """The rules as plain data for the indexing helper process (None: no rules)."""
        return self.rules.to_plain() if self.rules else None


def load_rules(paths: Iterable[str | Path], root: Path | None = None
               ) -> tuple[CorrectionRules, str | None]:
    """The corrections of the corpus made of ``paths``, and a one-line problem (a damaged
    file, set aside) or None. A corpus with no corrections file may adopt that of a
    renamed folder (:mod:`index.annotations.adoption`)."""
    from warreader.index.annotations.adoption import adopt_renamed

    paths = [Path(p) for p in paths]
    store = CorrectionStore(paths, root)
    problem = None
    try:
        if not store.path.exists():
            adopt_renamed(store)
        corrections = store.load()
    except AnnotationFileDamaged as exc:
        corrections, problem = [], f"corrections: {exc}"
    except OSError as exc:
        corrections, problem = [], f"corrections cannot be read: {exc.strerror or exc}"
    return CorrectionRules.of(corrections, paths), problem


def _key(c: Correction) -> str:
    return json.dumps(c.to_dict(), sort_keys=True, ensure_ascii=False)


def read_applied(index_dir: Path) -> list[Correction]:
    """The corrections the index in ``index_dir`` holds ([] if it says nothing)."""
    try:
        data = json.loads((index_dir / APPLIED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = data.get("corrections") if isinstance(data, dict) else None
    found = (Correction.from_dict(i) for i in items) if isinstance(items, list) else ()
    return [c for c in found if c is not None]


def write_applied(index_dir: Path, rules: CorrectionRules) -> None:
    """Record that the index in ``index_dir`` holds ``rules`` (atomically), in the
    folder and in its live generation (which keeps it if another install of warreader
    makes its own live: :func:`index.search.store.adopt_kept` puts it back)."""
    from warreader.index.search.stamps import live_dir
    from warreader.index.search.store import _write_atomic

    text = json.dumps({"corrections": [c.to_dict() for c in rules.corrections]},
                      ensure_ascii=False, indent=1)
    gen = live_dir(index_dir)
    if gen is not None:
        _write_atomic(gen / APPLIED, text)
    _write_atomic(index_dir / APPLIED, text)


def changed_since(index_dir: Path, rules: CorrectionRules) -> list[Correction]:
    """Corrections added or removed since the index was last brought in line."""
    before = {_key(c): c for c in read_applied(index_dir)}
    now = {_key(c): c for c in rules.corrections}
    return [c for k, c in {**before, **now}.items() if (k in before) != (k in now)]


def stale_files(changed: list[Correction], roots: Iterable[str | Path], listed: list[str],
                data) -> set[str]:
    """The files of ``listed`` that ``changed`` corrections touch: the article of a quote
    correction or a split; every article quoting the renamed or merged speaker (under
    either name) according to ``data``, the index's stored data (None: no index yet)."""
    if not changed:
        return set()
    roots = list(roots)
    by_rel: dict[str, list[str]] = {}
    for file in listed:
        by_rel.setdefault(relative_path(file, roots), []).append(file)
    out: set[str] = set()
    names: list[str] = []
    for c in changed:
        if c.article_path is not None:
            out.update(by_rel.get(c.article_path, []))
        else:
            names += [c.name, c.to]
    if names and data is not None:
        for summary, quote, canonical in data.every_quote():
            if any(same_speaker(quote.speaker, n) or same_speaker(canonical, n) for n in names):
                file = data.file_of(summary.id)
                if file is not None:
                    out.add(file)
    return out & set(listed)
