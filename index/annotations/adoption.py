"""A corpus whose folder was renamed or moved finds its corrections again.

Annotations are filed under a key made from the corpus's folders, so a renamed folder
is a new corpus with no corrections file. When that happens, :func:`adopt_renamed`
looks at the other corpora in the user data folder whose folders no longer exist (they
were renamed, moved or deleted) and counts how many of their corrections still point at
words in this corpus: the same article path (relative to the corpus folder) holding the
quote's words. The file with the most such corrections (at least one) is copied over,
and the old corpus's ``corpus.yaml`` records ``adopted_by`` so it is never adopted
twice. Corrections whose words no longer match come along and are listed as orphaned,
never dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from warreader.index.annotations.corrections import KEY, Correction, CorrectionStore
from warreader.index.annotations.store import describe_corpus, locked, write_yaml

_SPACE = re.compile(r"\s+")


def _folders(corpus_yaml: Path) -> tuple[list[str], dict] | None:
    try:
        data = yaml.safe_load(corpus_yaml.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    folders = data.get("folders") if isinstance(data, dict) else None
    if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
        return None
    return folders, data


def _file_for(rel: str, roots: list[Path]) -> Path | None:
    for root in roots:
        if root.is_file():
            if root.name == rel:
                return root
        elif (root / rel).is_file():
            return root / rel
    return None


def _words(path: Path) -> str:
    """The article's text as its quotations read it: its headline and paragraphs, cleaned
    and normalised ("cafÃ©" in the file is "café"), one a line; "" if unreadable."""
    from warreader.index.articles import read_article

    try:
        article = read_article(path)
    except Exception:  # noqa: BLE001 - an unreadable file simply does not match
        return ""
    parts = [article.headline, *article.paragraphs] if article.headline else article.paragraphs
    return "\n".join(_SPACE.sub(" ", p.text) for p in parts)


def matching(corrections: list[Correction], roots: list[Path]) -> int:
    """How many of ``corrections`` point at an article of ``roots`` that still holds
    the words (quote corrections) or exists (a split)."""
    hits = 0
    texts: dict[Path, str] = {}
    for c in corrections:
        if c.article_path is None:
            continue
        file = _file_for(c.article_path, roots)
        if file is None:
            continue
        if c.anchor is None:
            hits += 1
            continue
        if file not in texts:
            texts[file] = _words(file)
        hits += c.anchor.text in texts[file]
    return hits


_LOOKED: set[Path] = set()
"""Corpus folders this process has looked for a file to adopt (once each: a refresh
reads the corrections every time)."""


def adopt_renamed(store: CorrectionStore) -> Path | None:
    """Copy to ``store`` the corrections of a vanished corpus that match this one best;
    the adopted file, or None. Looks once per process and corpus."""
    if store.folder in _LOOKED:
        return None
    _LOOKED.add(store.folder)
    roots = [p.expanduser().resolve() for p in store.corpus_paths]
    best: tuple[int, list, Path, dict] | None = None
    base = store.folder.parent
    if not base.is_dir():
        return None
    for other in sorted(base.iterdir()):
        source = other / store.path.name
        described = _folders(other / "corpus.yaml")
        if other == store.folder or described is None or not source.is_file():
            continue
        folders, data = described
        if data.get("adopted_by") or any(Path(f).exists() for f in folders):
            continue
        try:
            items = yaml.safe_load(source.read_text(encoding="utf-8")).get(KEY) or []
        except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError):
            continue
        found = [c for c in map(Correction.from_dict, items) if c is not None]
        score = matching(found, roots)
        if score and (best is None or score > best[0]):
            best = (score, items, other, data)
    if best is None:
        return None
    _, items, other, data = best
    with locked(store.path):
        if store.path.exists():
            return None
        write_yaml(store.path, {KEY: items})
        describe_corpus(store.folder, store.corpus_paths)
    write_yaml(other / "corpus.yaml", {**data, "adopted_by": store.folder.name})
    return store.path
