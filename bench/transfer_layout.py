"""Transfer variants that change an article's spacing and layout, not its words.

- ``nbsp``: no-break spaces (U+00A0) after a title ("Mr", "Dr") and before a number, as
  text copied from typeset web pages and word processors carries them.
- ``double-space``: two spaces after a sentence's full stop (typewriter habit: press
  releases, court filings, some wire and email copy).
- ``wrap72``: lines broken at 72 columns, a blank line between paragraphs (plain-text
  feeds, email bulletins, wire terminal dumps, Usenet-style archives).
- ``one-newline``: paragraphs parted by one line break instead of a blank line (text
  pasted from browsers, many scraped feeds and CMS exports).
- ``dateline``: a wire dateline before the first paragraph ("LONDON (Reuters) - ",
  "WASHINGTON (AP) \u2014 "): agency copy and the papers that run it.
- ``crlf``: Windows line ends (files saved on Windows or fetched from some servers).

Not here: the article as an HTML page. The reader takes ``.html`` through its HTML
path, whose offsets are into the page's markup; the scorer reads the file as text and
would find its own spans there, so a like-with-like score needs the page's text offsets
mapped back (left for another round: see the README's sixteenth-round bullet).
"""

from __future__ import annotations

import re

from transfer_edits import Edit, Variant, regex_edits, register
from transfer_styles import paragraphs

NBSP_PLACES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?( )(?=[A-Z])|[a-z,]( )(?=[£$€]?\d)")
SENTENCE_GAP = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])|(?<=[.!?][\"\u201d]) (?=[A-Z])")
WRAP_AT = 72
DATELINES = (
    "LONDON (Reuters) - ",
    "WASHINGTON (AP) \u2014 ",
    "KYIV, Ukraine (AP) \u2014 ",
    "BRUSSELS, May 3 (Reuters) - ",
    "NEW YORK \u2014 ",
    "EDINBURGH: ",
)


def nbsp_edits(text: str) -> list[Edit]:
    """A no-break space for the space after a title and the space before a number."""
    return [
        (m.start(g), m.end(g), "\u00a0")
        for m in NBSP_PLACES.finditer(text)
        for g in (1, 2)
        if m.group(g)
    ]


def wrap_edits(text: str, width: int = WRAP_AT) -> list[Edit]:
    """Every line longer than ``width`` broken at spaces (a space becomes a newline), as
    a plain-text mailer does; blank lines stay between paragraphs."""
    edits: list[Edit] = []
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        col, space = start, -1
        for i in range(start, end):
            if text[i] == " ":
                space = i
            if i - col >= width and space > col:
                edits.append((space, space + 1, "\n"))
                col, space = space + 1, -1
    return edits


def one_newline_edits(text: str) -> list[Edit]:
    """Each blank-line gap between paragraphs made a single line break."""
    return regex_edits(text, re.compile(r"\n[ \t]*\n\s*"), lambda m: "\n")


def dateline_edits(text: str, seed: int) -> list[Edit]:
    """A wire dateline before the first paragraph after the headline."""
    paras = paragraphs(text)
    if len(paras) < 2:
        return []
    return [(paras[1][0], paras[1][0], DATELINES[(seed + len(text)) % len(DATELINES)])]


@register("nbsp")
def _nbsp(gold, texts, seed) -> Variant:
    return Variant("nbsp", nbsp_edits)


@register("double-space")
def _double_space(gold, texts, seed) -> Variant:
    return Variant("double-space", lambda text: regex_edits(text, SENTENCE_GAP, lambda m: "  "))


@register("wrap72")
def _wrap(gold, texts, seed) -> Variant:
    return Variant("wrap72", wrap_edits)


@register("one-newline")
def _one_newline(gold, texts, seed) -> Variant:
    return Variant("one-newline", one_newline_edits)


@register("dateline")
def _dateline(gold, texts, seed) -> Variant:
    return Variant("dateline", lambda text: dateline_edits(text, seed))


@register("crlf")
def _crlf(gold, texts, seed) -> Variant:
    return Variant("crlf", lambda text: regex_edits(text, re.compile("\n"), lambda m: "\r\n"))
