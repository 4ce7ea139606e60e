"""Transfer variants that change an outlet's house style, not its content.

- ``straight-quotes``: curly quotation marks and apostrophes made straight (wire copy,
  plain-text feeds, many US sites).
- ``curly-quotes``: straight double quotation marks made curly by their place (an opening
  mark after a space, a line's start or an opening bracket; a closing one elsewhere) and
  straight apostrophes made curly (typeset papers).
- ``says``: the past-tense reporting verbs in the present ("said" -> "says", "told" ->
  "tells", "added" -> "adds"): features, profiles and many broadcasters' web copy.
- ``crlf``: Windows line ends (files saved on Windows or fetched from some servers).
"""

from __future__ import annotations

import re

from transfer_edits import Variant, regex_edits, register

STRAIGHT = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
CURLY_TARGET = re.compile('["\u0027]')
PRESENT = {
    "said": "says",
    "told": "tells",
    "added": "adds",
    "explained": "explains",
    "insisted": "insists",
    "warned": "warns",
    "claimed": "claims",
    "stated": "states",
    "argued": "argues",
    "admitted": "admits",
    "noted": "notes",
    "asked": "asks",
    "wrote": "writes",
    "replied": "replies",
    "continued": "continues",
}
PRESENT_WORD = re.compile(r"\b(" + "|".join(PRESENT) + r")\b")


def _curly(m: re.Match[str]) -> str:
    text, i = m.string, m.start()
    before = text[i - 1] if i else "\n"
    if m.group() == "'":
        return "\u2018" if before.isspace() or before in '(["\u201c' else "\u2019"
    return "\u201c" if before.isspace() or before in "([\u2018" else "\u201d"


@register("straight-quotes")
def _straight(gold, texts, seed) -> Variant:
    pattern = re.compile("[" + "".join(STRAIGHT) + "]")
    return Variant(
        "straight-quotes", lambda text: regex_edits(text, pattern, lambda m: STRAIGHT[m.group()])
    )


@register("curly-quotes")
def _curly_variant(gold, texts, seed) -> Variant:
    return Variant("curly-quotes", lambda text: regex_edits(text, CURLY_TARGET, _curly))


@register("says")
def _says(gold, texts, seed) -> Variant:
    return Variant(
        "says", lambda text: regex_edits(text, PRESENT_WORD, lambda m: PRESENT[m.group()])
    )


@register("crlf")
def _crlf(gold, texts, seed) -> Variant:
    return Variant("crlf", lambda text: regex_edits(text, re.compile("\n"), lambda m: "\r\n"))
