"""What the reader keeps between sessions, apart from the user's config file.

Two small files in the platform's user folders (``platformdirs``): the theme chosen in
the command palette and, per corpus, the article and quote the reader was at when it
quit (``state.json`` in the user state dir), and the last citation copied
with ``y`` (``last-citation.txt`` in the user data dir), so that the citation can be
reached even where the terminal ignores clipboard requests. Both are written to a
temporary file and renamed; a damaged state file is set aside (``state.json.bad``) with a
one-line notice, and the theme it held is forgotten.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from warreader.index.annotations.store import user_data_root

APP_NAME = "warreader"
PLACES_KEPT = 50
"""How many corpora's reading places ``state.json`` keeps (the last used)."""

Place = tuple[str, int | None]
"""(article id, raw-file start of its current quote or None)."""


def write_whole(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` whole (a temp file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def shown_path(path: Path) -> str:
    """``path`` as a user would type it: the home folder as ``~``."""
    home = Path.home()
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class UserFiles:
    """Where the state file and the last citation live."""

    state: Path
    citation: Path

    @classmethod
    def default(cls) -> UserFiles:
        """The platform's user state and data folders (``~/.local/state/warreader`` and
        ``~/.local/share/warreader`` on Linux; ``WARREADER_DATA_DIR`` moves the data
        folder, as it moves the marks)."""
        from platformdirs import user_state_dir

        return cls(Path(user_state_dir(APP_NAME, appauthor=False)) / "state.json",
                   user_data_root() / "last-citation.txt")

    @classmethod
    def under(cls, folder: Path) -> UserFiles:
        """Both files in ``folder`` (tests, and anyone who wants them together)."""
        return cls(folder / "state.json", folder / "last-citation.txt")

    def read_state(self) -> dict:
        """The remembered state; {} when there is none, and when the file is damaged
        (see :meth:`read_state_noting`)."""
        return self.read_state_noting()[0]

    def read_state_noting(self) -> tuple[dict, str | None]:
        """The remembered state, and a one-line notice when the file was damaged: it is
        then renamed ``state.json.bad`` and the next save starts afresh."""
        try:
            data = json.loads(self.state.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}, None
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict):
            return data, None
        bad = self.state.with_name(self.state.name + ".bad")
        try:
            os.replace(self.state, bad)
        except OSError:
            return {}, (f"{shown_path(self.state)} cannot be read: the theme chosen and the "
                        "places read are forgotten")
        return {}, (f"{shown_path(self.state)} was damaged: set aside as {bad.name}, the "
                    "theme chosen and the places read are forgotten")

    def remember(self, **values: str) -> str | None:
        """Merge ``values`` into the state file; a one-line reason if it cannot be written."""
        state = self.read_state() | values
        try:
            write_whole(self.state, json.dumps(state, indent=1, ensure_ascii=False) + "\n")
        except OSError as exc:
            return f"cannot save {shown_path(self.state)}: {exc.strerror or exc}"
        return None

    def save_citation(self, text: str) -> str | None:
        """Write ``text`` as the last copied citation; a one-line reason if it cannot be."""
        try:
            write_whole(self.citation, text + "\n")
        except OSError as exc:
            return f"cannot save {shown_path(self.citation)}: {exc.strerror or exc}"
        return None

    def remember_place(self, corpus: str, article_id: str,
                       quote_start: int | None) -> str | None:
        """Keep ``article_id`` and ``quote_start`` as where the reader is in ``corpus``
        (the last :data:`PLACES_KEPT` corpora are kept); a one-line reason if the state
        file cannot be written."""
        state = self.read_state()
        places = state.get("places")
        places = dict(places) if isinstance(places, dict) else {}
        places.pop(corpus, None)  # last in the file: the most lately used
        places[corpus] = {"article": article_id, "quote": quote_start}
        state["places"] = dict(list(places.items())[-PLACES_KEPT:])
        try:
            write_whole(self.state, json.dumps(state, indent=1, ensure_ascii=False) + "\n")
        except OSError as exc:
            return f"cannot save {shown_path(self.state)}: {exc.strerror or exc}"
        return None


def place_in(places: object, corpus: str) -> Place | None:
    """The place ``places`` (the state file's ``places``) holds for ``corpus``, if sound."""
    entry = places.get(corpus) if isinstance(places, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("article"), str):
        return None
    quote = entry.get("quote")
    if isinstance(quote, bool) or not isinstance(quote, int | None):
        quote = None
    return entry["article"], quote
