"""Speaker colours, shared by the article body and the attribution sidebar.

Within one article the speakers get distinct colours in order of first appearance, so
the body and the sidebar always agree. In the whole-corpus sidebar a speaker's colour
comes from a stable checksum of the name (never Python's randomised ``hash``), so runs
and snapshots are deterministic.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

PALETTE = (
    "#e5a50a",  # amber
    "#5fafff",  # sky
    "#f66151",  # coral
    "#57e389",  # green
    "#dc8add",  # orchid
    "#33c7de",  # cyan
    "#ff9e64",  # orange
    "#b5bd68",  # olive
)
UNATTRIBUTED = "#9a9a9a"
UNATTRIBUTED_LABEL = "(unattributed)"
STAR = "★"
"""Shown before a marked quote (``m``): in the body, the sidebar and the Marked list."""
STAR_STYLE = "bold yellow"


def assign_colours(speakers: Iterable[str | None]) -> dict[str, str]:
    """Distinct colours for ``speakers`` in order of first appearance (cycling after 8)."""
    colours: dict[str, str] = {}
    for name in speakers:
        if name is None or name in colours:
            continue
        colours[name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def stable_colour(name: str | None) -> str:
    """A colour for ``name`` that is the same in every run."""
    if not name:
        return UNATTRIBUTED
    return PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]


def colour_for(name: str | None, colours: dict[str, str]) -> str:
    """The colour of ``name`` in ``colours``, falling back to :func:`stable_colour`."""
    if name is None:
        return UNATTRIBUTED
    return colours.get(name) or stable_colour(name)
