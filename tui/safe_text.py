"""Text from articles, paths and the config, made safe to show: data, never commands.

Every string that reaches a terminal (the app's widgets, the CLI's tables and lines)
passes through :func:`terminal_safe`: characters that could drive the terminal instead
of being shown are replaced, one for one, so offsets into the text (quote spans, search
highlights) stay valid:

- C0 controls (ESC, BEL, backspace, ...) and DEL become their visible "control
  pictures" (ESC -> ␛, BEL -> ␇): an ``ESC]52;c;...`` clipboard write, an ``ESC]0;``
  title change, an ``ESC]8;;`` link or a ``ESC[2J`` clear shows as inert text;
- tab, vertical tab, form feed and carriage return become a space; a newline stays
  unless ``newlines=False`` (one-line places: it becomes a space too);
- C1 controls (U+0080-U+009F, such as the one-byte CSI U+009B), the bidi embeddings,
  overrides and isolates (U+202A-U+202E, U+2066-U+2069: "Trojan Source" reordering) and
  lone surrogates (undecodable bytes of a file name) become U+FFFD.

Markup is the other half: Rich and Textual read ``[...]`` in a plain ``str`` as markup,
so text is handed to them as :class:`rich.text.Text` (:func:`plain_text`) or with
markup switched off, never as a markup string. :func:`json_safe` escapes the same
characters in JSON output (``json.dumps(ensure_ascii=False)`` escapes C0 only).
"""

from __future__ import annotations

import re

from rich.style import StyleType
from rich.text import Text

_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_LINES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BLANKS = "\t\n\x0b\x0c\r"


def _replacement(char: str) -> str:
    code = ord(char)
    if char in _BLANKS:
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # SYMBOL FOR NULL ... SYMBOL FOR UNIT SEPARATOR
    if code == 0x7F:
        return "\u2421"  # SYMBOL FOR DELETE
    return "\ufffd"


def _replace(match: re.Match[str]) -> str:
    return _replacement(match.group())


def terminal_safe(text: str, newlines: bool = True) -> str:
    """``text`` with every terminal control character replaced by one visible character.

    The result has the same length as ``text`` (offsets into it stay valid). Newlines
    are kept unless ``newlines`` is False.
    """
    if text.isprintable():  # the common case, at C speed: every unsafe character is
        return text  # unprintable (categories Cc, Cf, Cs)
    pattern = _UNSAFE if newlines else _UNSAFE_LINES
    if pattern.search(text) is None:
        return text
    return pattern.sub(_replace, text)


def plain_text(text: str | None, style: StyleType = "", newlines: bool = True) -> Text:
    """A Rich ``Text`` showing ``text`` literally (no markup) with ``style``, made
    :func:`terminal_safe`."""
    return Text(terminal_safe(text or "", newlines), style=style)


def one_line(text: str | None) -> str:
    """``text`` made :func:`terminal_safe` for a single line (newlines become spaces)."""
    return terminal_safe(text or "", newlines=False)


def json_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with DEL, C1 controls,
    bidi controls and lone surrogates escaped as ``\\uXXXX`` too.

    JSON syntax outside strings is ASCII, so every such character sits inside a string,
    where its escape means the same character: the data is unchanged.
    """
    if _UNSAFE_IN_JSON.search(dumped) is None:
        return dumped
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
