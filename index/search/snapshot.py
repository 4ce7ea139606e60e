"""One pickle per index generation holding every document's stored data.

Reading stored fields document by document costs about 0.1 ms each; an unchanged corpus
must reopen in well under 0.3 s, so the manifest and the article/quote lists are read
once per generation and cached next to the index as ``snapshot-<generation>.pickle``.
It is only a cache: written atomically, keyed by the Whoosh generation it was read
from, and rebuilt from the index whenever it is missing, stale or unreadable.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.search.stamps import SCHEMA_VERSION

if TYPE_CHECKING:
    from whoosh.searching import Searcher


def load_snapshot(searcher: Searcher, folder: Path) -> dict:
    """``{"files": {file: data}, "articles": [data], "quotes": [data]}`` of the searcher's
    generation (``files`` holds article and skipped-file data: the manifest)."""
    generation = searcher.reader().generation()
    path = folder / f"snapshot-{generation}.pickle"
    try:
        with open(path, "rb") as f:
            snap = pickle.load(f)
        if snap.get("version") == (SCHEMA_VERSION, generation):
            return snap
    except Exception:  # missing, truncated or from another version: rebuild below
        pass
    snap = _read(searcher)
    snap["version"] = (SCHEMA_VERSION, generation)
    if generation is not None:
        _write(path, snap)
    return snap


def _read(searcher: Searcher) -> dict:
    files: dict[str, dict] = {}
    articles: list[dict] = []
    quotes: list[dict] = []
    for _, fields in searcher.reader().iter_docs():
        data = fields["data"]
        if "n" in data:
            quotes.append(data)
        else:
            files[data["file"]] = data
            if "reason" not in data:
                articles.append(data)
    return {"files": files, "articles": articles, "quotes": quotes}


def _write(path: Path, snap: dict) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            pickle.dump(snap, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("snapshot-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # read-only cache dir: just slower next time
        tmp.unlink(missing_ok=True)
