"""Common short forms of given names that do not start the full name ("Mike" for
"Michael", "Dave" for "David"): one person named both ways in an article stays one
person (see ``name_shapes.may_shorten``). The list is ``data/nicknames.tsv``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from warreader.index.names import name_key


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """(short form key, full name key) pairs from the bundled list."""
    path = Path(__file__).with_name("data") / "nicknames.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    pairs = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return frozenset((name_key(s.strip()), name_key(f.strip())) for s, f in pairs)


@lru_cache(maxsize=1)
def _partners() -> dict[str, frozenset[str]]:
    """Each key of the list -> the keys it is paired with, either way."""
    found: dict[str, set[str]] = {}
    for short, full in _pairs():
        found.setdefault(short, set()).add(full)
        found.setdefault(full, set()).add(short)
    return {key: frozenset(others) for key, others in found.items()}


def partners(key: str) -> frozenset[str]:
    """The name keys listed as a short form of ``key`` or as the name it shortens."""
    return _partners().get(key, frozenset())


def is_short_form(short: str, full: str) -> bool:
    """Is ``short`` (a name key, :func:`index.names.name_key`) a common short form of
    ``full`` (a name key)?"""
    return (short, full) in _pairs()
