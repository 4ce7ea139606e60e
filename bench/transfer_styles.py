"""Transfer variants that change an outlet's house style, not its content.

Marks and words:

- ``straight-quotes``: curly quotation marks and apostrophes made straight (wire copy,
  plain-text feeds, many US sites).
- ``curly-quotes``: straight double quotation marks made curly by their place (an opening
  mark after a space, a line's start or an opening bracket; a closing one elsewhere) and
  straight apostrophes made curly (typeset papers).
- ``mixed-quotes``: curly marks in one paragraph, straight in the next (copy edited by
  several hands, or pasted together from a CMS and an email).
- ``single-quotes``: single quotation marks as the primary ones, double ones nested
  inside (British book style, which some UK and Commonwealth magazines, press releases
  and many headlines follow).
- ``says``: the past-tense reporting verbs in the present ("said" -> "says", "told" ->
  "tells", "added" -> "adds"): features, profiles and many broadcasters' web copy.
- ``honorific-stops``: "Mr" made "Mr." and "Mr." made "Mr" (US papers write the stop,
  UK ones do not: each set turned into the other's way).
- ``ascii-dashes``: dashes between words written " -- " (plain-text wire feeds, email).
- ``em-dashes``: spaced hyphens and en dashes written as a closed em dash (US papers).

Spacing and layout (``transfer_layout.py``): ``nbsp``, ``double-space``, ``wrap72``,
``one-newline``, ``dateline``, ``crlf``.
"""

from __future__ import annotations

import re

from transfer_edits import Edit, regex_edits, register_fixed

STRAIGHT = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
STRAIGHT_TARGET = re.compile("[" + "".join(STRAIGHT) + "]")
CURLY_TARGET = re.compile('["\u0027]')
DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE = "\u201c", "\u201d", "\u2018", "\u2019"
MARKS = re.compile("[\"'\u201c\u201d\u2018\u2019\n]")
OPENS_AFTER = "([\u2014\u2013-/"
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
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
AUXILIARY = re.compile(
    r"\b(?:has|have|had|having|is|are|was|were|be|been|being|get|got)\s+"
    r"(?:(?:\w+ly|already|also|not|never|just|since|often|always|now)\s+)?$"
    r"|['\u2019](?:s|ve|d)\s+$",
    re.I,
)
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr)(\.?)(?= [A-Z])")
WORD_DASH = re.compile(r"(?<=[\w,.!?\"'\u201d\u2019]) [-\u2013\u2014] (?=\S)|(?<=\w)\u2014(?=\w)")
SPACED_DASH = re.compile(r"(?<=\w) [-\u2013] (?=\w)")


def _curly(m: re.Match[str]) -> str:
    text, i = m.string, m.start()
    before = text[i - 1] if i else "\n"
    if m.group() == "'":
        return "\u2018" if before.isspace() or before in '(["\u201c' else "\u2019"
    return "\u201c" if before.isspace() or before in "([\u2018" else "\u201d"


def _opens(text: str, i: int) -> bool:
    """Does a straight mark at ``i`` open (after a space, a line's start, a bracket or an
    opening mark)? The typesetter's rule that ``curly-quotes`` follows too."""
    before = text[i - 1] if i else "\n"
    return before.isspace() or before in OPENS_AFTER + DOUBLE_OPEN + SINGLE_OPEN


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of non-blank lines."""
    return [m.span() for m in PARAGRAPH.finditer(text)]


def single_primary_edits(text: str) -> list[Edit]:
    """Double quotation marks made single and single ones inside them made double, by
    place within each line (a quotation left open at a line's end stays open, as a
    quotation running over paragraphs does)."""
    edits: list[Edit] = []
    inside = nested = False
    for m in MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            nested = False
            continue
        if ch in '"\u201c\u201d':
            opening = ch == DOUBLE_OPEN or (ch == '"' and _opens(text, i))
            if opening:
                inside, nested = True, False
                edits.append((i, i + 1, SINGLE_OPEN))
            elif inside:
                inside = False
                edits.append((i, i + 1, SINGLE_CLOSE))
            continue
        if not inside:
            continue
        after = text[i + 1] if i + 1 < len(text) else " "
        if not nested and (ch == SINGLE_OPEN or (ch == "'" and _opens(text, i))):
            nested = True
            edits.append((i, i + 1, DOUBLE_OPEN))
        elif nested and not after.isalnum() and not text[i - 1].isspace():
            nested = False
            edits.append((i, i + 1, DOUBLE_CLOSE))
    return edits


def mixed_marks_edits(text: str) -> list[Edit]:
    """Every other paragraph's quotation marks straight, the others' curly by place."""
    edits: list[Edit] = []
    for n, (start, end) in enumerate(paragraphs(text)):
        part = text[start:end]
        if n % 2:
            found = regex_edits(part, STRAIGHT_TARGET, lambda m: STRAIGHT[m.group()])
        else:
            found = regex_edits(part, CURLY_TARGET, _curly)
        edits += [(s + start, e + start, rep) for s, e, rep in found]
    return edits


def present_edits(text: str) -> list[Edit]:
    """Past-tense reporting verbs put in the present, except a participle after an
    auxiliary ("has said", "was told", "had been asked"): those stay as they are."""
    return [
        (m.start(), m.end(), PRESENT[m.group()])
        for m in PRESENT_WORD.finditer(text)
        if not AUXILIARY.search(text, max(0, m.start() - 30), m.start())
    ]


def honorific_edits(text: str) -> list[Edit]:
    """A stop added after "Mr", "Mrs", "Ms", "Dr" before a name, or the stop taken away
    where the text has one."""
    return [(m.end(1), m.end(), "" if m.group(2) else ".") for m in HONORIFIC.finditer(text)]


register_fixed(
    "straight-quotes",
    lambda text: regex_edits(text, STRAIGHT_TARGET, lambda m: STRAIGHT[m.group()]),
)


register_fixed("curly-quotes", lambda text: regex_edits(text, CURLY_TARGET, _curly))


register_fixed("mixed-quotes", mixed_marks_edits)


register_fixed("single-quotes", single_primary_edits)


register_fixed("says", present_edits)


register_fixed("honorific-stops", honorific_edits)


register_fixed("ascii-dashes", lambda text: regex_edits(text, WORD_DASH, lambda m: " -- "))


register_fixed("em-dashes", lambda text: regex_edits(text, SPACED_DASH, lambda m: "\u2014"))
