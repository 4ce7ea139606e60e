"""Validated config files remembered by content, so startup needs no YAML parser.

Importing PyYAML and composing even the small bundled ``config.yaml`` costs about
20 ms of every start. A file that validated once is remembered in the user cache dir
as its validated values (paths still unresolved: ``~``, ``$VARS`` and relative paths
are resolved at every load), keyed by a hash of its text and of the validator itself,
so an edited file or a changed validator is parsed again. Only files that validated
are remembered: errors always come from the YAML parser, with their line numbers.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

CACHE_NAME = "config-cache.json"
MAX_ENTRIES = 16
FORMAT = 1
"""Bump when the remembered values change shape."""


def cache_path() -> Path:
    """Where validated config files are remembered (the user cache dir)."""
    from warreader.index.paths import user_cache_path

    return user_cache_path() / CACHE_NAME


def text_key(text: str) -> str:
    """The cache key of a config file's text (and of this warreader's validator)."""
    validator = Path(__file__).with_name("config.py")
    try:
        st = validator.stat()
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        stamp = "?"
    blob = f"{FORMAT}\0{stamp}\0{text}".encode("utf-8", "surrogatepass")
    return hashlib.sha1(blob).hexdigest()


def recall(text: str) -> dict | None:
    """The validated values of a file with this ``text``, if remembered."""
    entries = _load()
    values = entries.get(text_key(text))
    return values if isinstance(values, dict) else None


def remember(text: str, values: dict) -> None:
    """Remember the validated ``values`` of a file with this ``text`` (best effort)."""
    entries = _load()
    key = text_key(text)
    entries.pop(key, None)
    entries[key] = values
    while len(entries) > MAX_ENTRIES:
        entries.pop(next(iter(entries)))
    path = cache_path()
    tmp = path.with_name(f"{CACHE_NAME}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # a read-only cache dir: the next start just parses again
        tmp.unlink(missing_ok=True)


def _load() -> dict:
    try:
        entries = json.loads(cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(v, dict)}
