"""A corpus of hostile articles: markup in titles and quotes, terminal escapes in text
and file names, unreadable files (shared by the Pilot, CLI and tmux hostile tests)."""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

CLIPBOARD_PAYLOAD = "PWNED-CLIPBOARD"
TITLE_PAYLOAD = "PWNED-TITLE"
OSC52 = f"\x1b]52;c;{base64.b64encode(CLIPBOARD_PAYLOAD.encode()).decode()}\x1b\\"
OSC0 = f"\x1b]0;{TITLE_PAYLOAD}\x07"
OSC8 = "\x1b]8;;http://evil.example/\x1b\\a link\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
BIDI = "\u202eevil\u202c \u2066isolated\u2069"
C1_CSI = "\x9b31m"

MARKUP_TITLE = "Closing [/bold] tag [link=file:///etc/passwd]passwd[/link]"
CLICK_QUOTE = "We will [@click=app.quit]QUITNOW[/] win the war,"
BARE_CLOSE_QUOTE = "Nothing [/] here closes anything,"
SKIPPED_NAME = "skip[/b].txt"  # a folder "skip[" holding "b].txt"
ESCAPED_NAME = "name\x1b]0;PWNED-NAME\x07.txt"

# What must never reach a terminal from article text or file names (Textual and Rich
# emit their own CSI sequences for colours and cursor moves; these are not among them).
FORBIDDEN = {
    "OSC 52 (clipboard)": "\x1b]52",
    "OSC 0 (title)": "\x1b]0;",
    "OSC 8 (link)": "\x1b]8;",
    "clear screen": "\x1b[2J",
    "BEL": "\x07",
    "C1 CSI": "\x9b",
    "bidi override": "\u202e",
    "bidi isolate": "\u2066",
}
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def write_hostile_corpus(folder: Path) -> Path:
    """Two hostile articles and two unreadable (empty) files with hostile names."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "markup.txt").write_text(
        f"{MARKUP_TITLE}\n\n"
        f'The minister said: "{CLICK_QUOTE}" on Monday.\n\n'
        f'Peskov said "{BARE_CLOSE_QUOTE}" to reporters.\n',
        encoding="utf-8",
    )
    (folder / "escapes.txt").write_text(
        f"Escapes {OSC0}in the title\n\n"
        f'Peskov said "the minister {OSC52} and {OSC0} then {CLEAR} and {OSC8} '
        f'{BIDI} {C1_CSI}" to reporters.\n',
        encoding="utf-8",
    )
    (folder / "skip[").mkdir(exist_ok=True)
    (folder / SKIPPED_NAME).write_text("", encoding="utf-8")
    (folder / ESCAPED_NAME).write_text("", encoding="utf-8")
    return folder


def add_fifo(folder: Path, name: str = "zz-fifo.txt") -> Path:
    """A named pipe among the articles (nothing ever writes to it)."""
    path = folder / name
    os.mkfifo(path)
    return path


def forbidden_in(output: str) -> list[str]:
    """The names of the forbidden sequences found in ``output``."""
    return [name for name, seq in FORBIDDEN.items() if seq in output]


def unsafe_chars(text: str) -> list[str]:
    """Control characters (except newline and tab), C1 and bidi controls in ``text``."""
    return sorted(set(_UNSAFE.findall(text)))
