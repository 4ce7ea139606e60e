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

- ``html``: the article as a simple web page (``<title>``, an ``<h1>`` headline, one
  ``<p>`` a paragraph, ``&``, ``<`` and ``>`` written as entities), saved as ``.html`` so
  the reader takes its HTML path (trafilatura), as it does for a page a user saves from
  any site. The scorer reads the same page as text: the gold's offsets move into the
  markup with the edits, and the engine's offsets are into the page too (the reader
  finds each paragraph in the raw page), so both are compared in the same text.
"""

from __future__ import annotations

import html
import re

from transfer_edits import Edit, Variant, regex_edits, register, register_fixed
from transfer_styles import paragraphs

NBSP_PLACES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?( )(?=[A-Z])|[a-z,]( )(?=[£$€]?\d)")
SENTENCE_GAP = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])|(?<=[.!?][\"\u201d]) (?=[A-Z])")
WRAP_AT = 72
LINE = re.compile(r"[^\n]*\S[^\n]*")
DATELINES = (
    "LONDON (Reuters) - ",
    "WASHINGTON (AP) \u2014 ",
    "KYIV, Ukraine (AP) \u2014 ",
    "BRUSSELS, May 3 (Reuters) - ",
    "NEW YORK \u2014 ",
    "PARIS (AFP) - ",
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


def html_edits(text: str) -> list[Edit]:
    """The text as a small HTML page: the first line the headline (and title), every
    other line a ``<p>`` element (the sets write a paragraph a line, some with no blank
    line between); the markup's own characters escaped."""
    paras = [m.span() for m in LINE.finditer(text)]
    if not paras:
        return []
    title = html.escape(text[paras[0][0] : paras[0][1]].strip(), quote=False)
    edits: list[Edit] = [
        (
            0,
            0,
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title>'
            "</head>\n<body><article>\n",
        )
    ]
    for n, (start, end) in enumerate(paras):
        tag = "h1" if n == 0 else "p"
        edits.append((start, start, f"<{tag}>"))
        edits += [(i, i + 1, html.escape(text[i])) for i in range(start, end) if text[i] in "&<>"]
        edits.append((end, end, f"</{tag}>"))
    edits.append((len(text), len(text), "\n</article></body></html>\n"))
    return edits


register_fixed("html", html_edits, suffix=".html")


register_fixed("nbsp", nbsp_edits)


register_fixed("double-space", lambda text: regex_edits(text, SENTENCE_GAP, lambda m: "  "))


register_fixed("wrap72", wrap_edits)


register_fixed("one-newline", one_newline_edits)


@register("dateline")
def _dateline(gold, texts, seed) -> Variant:
    return Variant("dateline", lambda text: dateline_edits(text, seed))


register_fixed("crlf", lambda text: regex_edits(text, re.compile("\n"), lambda m: "\r\n"))
