"""The groups saved beside the index: ``provenance.json``, written atomically.

The file holds the rules it was made under (:func:`rules`), per article a fingerprint
of what grouping saw (its quotes, speakers, date, outlet) and each quote with its group
id, plus the next free id. It is plain JSON (never pickle). A damaged file is set aside
(``provenance.json.bad``) and the groups computed again, as they are for a missing
file or one made under other rules; a read-only folder only means computing them again next time.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from warreader.index.provenance.model import Member

FILE = "provenance.json"
VERSION = 1


def rules() -> str:
    """The version and the grouping rules' parameters: a state saved under other rules
    is computed again (groups made with another threshold would be stale)."""
    from warreader.index.provenance import blocking, relate

    return (f"{VERSION}:{relate.NEAR}:{relate.SHORT}:{relate.MIN_PART}:{relate.SAFE_PART}:"
            f"{relate.MIN_TERM}:{blocking.CROWDED}")


class SavedState:
    """What a saved file holds: fingerprints per article, members with group ids."""

    def __init__(self) -> None:
        self.fingerprints: dict[str, str] = {}
        self.members: list[tuple[Member, int]] = []
        self.next_id = 1


def load_state(index_dir: Path) -> tuple[SavedState, str | None]:
    """The saved state (empty if none) and a notice when a bad file was set aside."""
    path = Path(index_dir) / FILE
    state = SavedState()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return state, None
    except (OSError, ValueError) as exc:
        return state, _set_aside(path, f"unreadable ({exc.__class__.__name__})")
    try:
        if raw.get("version") != rules():
            return state, None  # another version or other rules: simply computed again
        state.next_id = int(raw["next_id"])
        for aid, art in raw["articles"].items():
            state.fingerprints[aid] = str(art["fp"])
            for start, end, text, speaker, kind, gid in art["quotes"]:
                member = Member(aid, int(start), int(end), str(text), speaker, str(kind),
                                art.get("path", ""), art.get("date"), art.get("outlet"))
                state.members.append((member, int(gid)))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return SavedState(), _set_aside(path, f"damaged ({exc.__class__.__name__})")
    return state, None


def save_state(
    index_dir: Path, fingerprints: dict[str, str], members, next_id: int
) -> None:
    """Write the state (``members``: (Member, group id) pairs) atomically."""
    articles: dict[str, dict] = {}
    for member, gid in members:
        art = articles.get(member.article)
        if art is None:
            art = articles[member.article] = {
                "fp": fingerprints.get(member.article, ""), "path": member.path,
                "date": member.date, "outlet": member.outlet, "quotes": [],
            }
        art["quotes"].append(
            [member.start, member.end, member.text, member.speaker, member.kind, gid]
        )
    for aid, fp in fingerprints.items():  # articles without quotes are remembered too
        articles.setdefault(aid, {"fp": fp, "quotes": []})
    blob = json.dumps({"version": rules(), "next_id": next_id, "articles": articles},
                      ensure_ascii=False, separators=(",", ":"))
    path = Path(index_dir) / FILE
    tmp = path.with_name(f"{FILE}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _set_aside(path: Path, why: str) -> str:
    """Rename a bad state file to ``*.bad``; the notice for the user."""
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(f"{FILE}.bad"))
    return f"quote groups at {path} were {why}; set aside and computed again"
