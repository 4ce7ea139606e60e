"""Going to the source: the article's file in the user's editor, its URL in a browser.

Pure helpers, no Textual: which program ``v`` runs and with what arguments
(:func:`editor_command`), the line a raw-file offset is on (:func:`line_of`), and which
browser ``x`` uses (:func:`find_browser`). The screen side is
:mod:`tui.screens.source_keys`.
"""

from __future__ import annotations

import os
import re
import shlex
import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass

LINE_PLUS = frozenset({
    "vi", "vim", "nvim", "gvim", "mvim", "vimx", "view", "nvi", "elvis", "vile", "vis",
    "ex", "nano", "pico", "rnano", "emacs", "emacsclient", "xemacs", "mg", "jove", "zile",
    "less", "more", "most", "micro", "kak", "kakoune", "hx", "helix", "joe", "jmacs",
    "jstar", "jpico", "jed", "ne", "mcedit", "mcview", "dte", "amp", "kibi",
})
"""Programs that take ``+LINE`` before the file name to open it at that line."""

LINE_COLON = {"code": ["--goto"], "codium": ["--goto"], "code-insiders": ["--goto"],
              "vscodium": ["--goto"], "subl": [], "sublime_text": [], "zed": [], "mate": []}
"""Programs that take ``FILE:LINE`` instead (with these options before it)."""

FALLBACK = "less"


@dataclass(frozen=True, slots=True)
class EditorCommand:
    """The command line ``v`` runs; ``source`` says where it came from (``$VISUAL`` ...)."""

    argv: list[str]
    source: str
    at_line: bool  # the line was passed

    @property
    def program(self) -> str:
        """The program's name as the user knows it (``vim``, not ``/usr/bin/vim``)."""
        return program_name(self.argv[0])


def program_name(command: str) -> str:
    """The base name of ``command``, without a Windows ``.exe``: ``/usr/bin/nvim`` -> ``nvim``."""
    name = re.split(r"[\\/]", command.rstrip("/\\"))[-1] or command
    return name[:-4] if name.lower().endswith(".exe") else name


def chosen_program(env: Mapping[str, str]) -> tuple[list[str], str]:
    """The editor's command words and the variable they came from: ``$VISUAL``, else
    ``$EDITOR``, else ``$PAGER``, else ``less`` (the order less's own ``v`` uses). A
    variable that is blank or does not split (an unbalanced quote) is skipped."""
    for variable in ("VISUAL", "EDITOR", "PAGER"):
        value = env.get(variable, "").strip()
        if not value:
            continue
        try:
            words = _split(value)
        except ValueError:  # an unbalanced quote
            continue
        if words:
            return words, f"${variable}"
    return [FALLBACK], "default"


def _split(value: str) -> list[str]:
    """A command line's words (on Windows: backslashes kept, quotes removed)."""
    if os.name == "nt":
        return [w.strip('"') for w in shlex.split(value, posix=False)]
    return shlex.split(value)


def editor_command(env: Mapping[str, str], path: str, line: int | None) -> EditorCommand:
    """The command that opens ``path`` at ``line`` (1-based; None: the top) in the
    user's editor: ``+LINE`` before the file for the programs of :data:`LINE_PLUS`,
    ``FILE:LINE`` for those of :data:`LINE_COLON`, the file alone for any other (an
    unknown program might read ``+12`` as a file name)."""
    words, source = chosen_program(env)
    name = program_name(words[0])
    if line is None or line < 1:
        return EditorCommand([*words, path], source, False)
    if name in LINE_PLUS:
        return EditorCommand([*words, f"+{line}", path], source, True)
    if name in LINE_COLON:
        return EditorCommand([*words, *LINE_COLON[name], f"{path}:{line}"], source, True)
    return EditorCommand([*words, path], source, False)


def line_of(source: str, offset: int) -> int:
    """The 1-based line of the decoded file text ``source`` that ``offset`` is on, as
    editors count lines: by line feeds only (``\\r\\n`` is one break; a form feed,
    vertical tab or U+2028 inside a line is not one, whatever ``str.splitlines`` says)."""
    offset = max(0, min(offset, len(source)))
    return source.count("\n", 0, offset) + 1


@dataclass(frozen=True, slots=True)
class Browser:
    """The browser ``x`` opens a page in; ``in_terminal`` for a text browser (lynx,
    w3m, a ``$BROWSER`` command), which needs the terminal while it runs."""

    controller: object
    name: str
    in_terminal: bool

    def open(self, url: str) -> bool:
        """Open ``url``; False when the browser said it could not."""
        return bool(self.controller.open(url))


def find_browser() -> Browser | None:
    """The browser Python's :mod:`webbrowser` would use, or None when there is none."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    name = getattr(controller, "name", None) or type(controller).__name__
    in_terminal = (isinstance(controller, webbrowser.GenericBrowser)
                   and not isinstance(controller, webbrowser.BackgroundBrowser))
    return Browser(controller, program_name(str(name)), in_terminal)
