"""Transfer variants that change how a page lays an article out, not its words.

Quotations running over paragraphs (the convention: a paragraph of a running quotation
leaves its mark open and the next paragraph opens again):

- ``para-close``: each paragraph of a running quotation closes its mark and the next
  reopens (some outlets and many CMS templates, which balance marks per paragraph).
- ``para-noopen``: the continuing paragraph loses its opening mark (scrapers and
  copy-paste from pages that set the mark as a drop-cap or an image often leave it).

Things a web page puts around and between the paragraphs:

- ``interstitial``: lines between some paragraphs (seeded): "Advertisement", "Story
  continues below", "READ MORE: " with the headline of another article of the set, "Sign
  up for our newsletter" (text scraped or copied from news sites).
- ``byline``: a byline and a time line after the headline ("By Jane Doe, Political
  Correspondent", "Updated 12:30 GMT, 4 March"): the byline's person never speaks.

Paragraphing (never inside a quotation):

- ``para-split``: each sentence its own paragraph (wire style, tabloid web copy).
- ``para-merge``: two paragraphs joined into one (magazines, long-form features).
"""

from __future__ import annotations

import random
import re
import zlib

from transfer_edits import Edit, Variant, register, register_fixed
from transfer_styles import DOUBLE_CLOSE, DOUBLE_OPEN, _opens, paragraphs

DOUBLES = re.compile('["\u201c\u201d]')
ELIDED = re.compile(r"'(?:t|s|n|em|til|cause|tis|twas)\b", re.I)
SINGLES_TOO = re.compile("[\"\u201c\u201d'\u2018\u2019]")
# A sentence's end: a stop (not after a title or an initial) or a closing mark after one,
# a space, then a capital, a digit or an opening mark.
# Titles, months ("Feb. 10") and place words ("Ft. Worth") whose stop ends no sentence;
# and never before a digit after a short capitalised word ("Vol. 3", see SHORT_BEFORE).
SENTENCE_END = re.compile(
    r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|No|vs|pp|Ft|Mt))(?<!\b[A-Za-z])"
    r"(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Rev|Col|Sgt|Cpl|Maj|Inc|Ltd|Adm|Jan|Feb|Mar|Apr|Aug|Sep))"
    r"(?<!\b(?:Oct|Nov|Dec))(?<!\b(?:Capt|Prof|Sept|Sens|Reps|Gens|Govs))(?<!\bCo)"
    r"[.!?][\"\u201d\u2019]?( )(?=[A-Z0-9\"\u201c])"
)
SHORT_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][a-z]{0,3}$")
INTERSTITIALS = (
    "Advertisement",
    "Story continues below",
    "READ MORE: {headline}",
    "Sign up for our newsletter",
    "Advertisement",
    "Related: {headline}",
)
BYLINES = (
    "By Jane Doe, Political Correspondent",
    "By Tomas Okafor and Rita Vance",
    "By MARGARET ELLISON",
    "Priya Raman, Chief Reporter",
    "By Daniel Hale in Brussels",
    "By Sam Whitlow | Staff Writer",
)
TIMELINES = (
    "Updated 12:30 GMT, 4 March",
    "Published 9:14 AM ET, Tue March 1, 2016",
    "Last updated: 4 March 2016",
    "Posted on 11/07/2016 at 6:02 p.m.",
    "14:05 BST 21 Jun 2016",
    "Updated: 7:45 AM EST Nov 2, 2016",
)


def _rng(seed: int, text: str) -> random.Random:
    return random.Random(seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))


def _marks_state(part: str) -> tuple[bool, int]:
    """Whether a quotation is open at the end of ``part`` and where the outermost open
    quotation's mark stands (-1 if none); see :func:`_quote_depths`."""
    depths = _quote_depths(part)
    last_open = -1
    for m in DOUBLES.finditer(part):
        if depths[m.start()] == 0 and depths[m.start() + 1] > 0:
            last_open = m.start()
    return depths[len(part)] > 0, last_open


def _quote_depths(part: str, singles: bool = False) -> list[int]:
    """How many quotations are open before each offset of ``part`` (and at its end).
    Curly marks pair with curly ones and straight with straight, so a curly pair nested
    in a straight quotation (or the other way round) closes only itself; a straight mark
    opens or closes by its place (after a space, or after ':' or ',' before a letter:
    ``said:"We``, it opens), so a quotation reopened inside a paragraph ("... used. "I am
    ...") stays open. With ``singles``, single-marked quotations count too (see
    :func:`_single`); an apostrophe inside a word is no mark."""
    stack: list[str] = []
    depths = [0] * (len(part) + 1)
    last = 0
    for m in (SINGLES_TOO if singles else DOUBLES).finditer(part):
        depths[last : m.start() + 1] = [len(stack)] * (m.start() + 1 - last)
        ch, i = m.group(), m.start()
        last = i + 1
        if ch in "'\u2018\u2019":
            _single(part, i, stack)
            continue
        kind = "c" if ch != '"' else "s"
        opening = ch == DOUBLE_OPEN or (ch == '"' and _straight_opens(part, i))
        reopened = opening and kind == "s" and stack[-1:] == ["s"]
        if opening and not reopened:
            stack.append(kind)
        elif not opening and kind in stack:
            while stack and stack.pop() != kind:
                pass
    depths[last:] = [len(stack)] * (len(part) + 1 - last)
    return depths


def _straight_opens(part: str, i: int) -> bool:
    """Does the straight double mark at ``i`` open (by place, or glued after ':' or ','
    before a letter)?"""
    glued = i > 0 and part[i - 1] in ":," and part[i + 1 : i + 2].isalpha()
    return _opens(part, i) or glued


def _single(part: str, i: int, stack: list[str]) -> None:
    """A single mark at ``i``: it opens (``\u2018``, or a straight one by place before a
    letter) or closes an open single quotation (not before a letter: "don't" is no close)."""
    ch, after = part[i], part[i + 1 : i + 2]
    elided = ELIDED.match(part, i)  # "in 't Veld", "'em", "rock 'n' roll": no mark
    if ch == "\u2018" or (ch == "'" and _opens(part, i) and after.isalpha() and not elided):
        stack.append("1")
    elif "1" in stack and not after.isalnum():
        while stack and stack.pop() != "1":
            pass


def running_joins(text: str) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """Every pair of paragraphs a quotation runs over: (paragraph, next paragraph, the
    mark that opened it), where the first ends with the quotation open and the next
    starts with an opening mark."""
    paras = paragraphs(text)
    joins = []
    for (s, e), (s2, e2) in zip(paras, paras[1:], strict=False):
        open_, last = _marks_state(text[s:e])
        if open_ and last >= 0 and text[s2] in '"\u201c':
            joins.append(((s, e), (s2, e2), text[s + last]))
    return joins


def para_close_edits(text: str) -> list[Edit]:
    """A closing mark at the end of each paragraph a quotation runs out of."""
    close = {DOUBLE_OPEN: DOUBLE_CLOSE, '"': '"'}
    return [(e, e, close[mark]) for (_, e), _, mark in running_joins(text)]


def para_noopen_edits(text: str) -> list[Edit]:
    """The opening mark of each paragraph that continues a quotation taken away."""
    return [(s2, s2 + 1, "") for _, (s2, _), _ in running_joins(text)]


def para_split_edits(text: str) -> list[Edit]:
    """Each sentence of a paragraph after the headline its own paragraph; a sentence
    boundary inside a quotation is left alone."""
    edits: list[Edit] = []
    for s, e in paragraphs(text)[1:]:
        part = text[s:e]
        depths = _quote_depths(part, singles=True)
        for m in SENTENCE_END.finditer(part):
            if part[m.end(1) : m.end(1) + 1].isdigit() and SHORT_BEFORE.search(
                part, max(0, m.start() - 6), m.start()
            ):
                continue  # "Vol. 3", "Jun. 10": no sentence ends at a short word's stop
            if depths[m.start(1)] == 0:
                edits.append((s + m.start(1), s + m.end(1), "\n\n"))
    return edits


def para_merge_edits(text: str, seed: int) -> list[Edit]:
    """About half the paragraphs after the headline joined to the next one (which: by
    the seed), no paragraph joined twice; never where a quotation runs from the first
    into the second."""
    rng = _rng(seed, text)
    paras = paragraphs(text)[1:]
    edits: list[Edit] = []
    k = 0
    while k < len(paras) - 1:
        (s, e), (s2, _) = paras[k], paras[k + 1]
        if rng.random() < 0.5 and not _marks_state(text[s:e])[0]:
            edits.append((e, s2, " "))
            k += 1
        k += 1
    return edits


def interstitial_edits(text: str, seed: int, headlines: list[str]) -> list[Edit]:
    """A page's line (an advertisement's label, a link to another article, a newsletter
    box) before about one paragraph in three after the lead (seeded)."""
    rng = _rng(seed, text)
    others = [h for h in headlines if h and h not in text[:200]] or ["More news"]
    edits: list[Edit] = []
    for s, _ in paragraphs(text)[2:]:
        if rng.random() < 0.35:
            line = rng.choice(INTERSTITIALS).format(headline=rng.choice(others))
            edits.append((s, s, line + "\n\n"))
    return edits


def byline_edits(text: str, seed: int) -> list[Edit]:
    """A byline and a time line between the headline and the first paragraph."""
    paras = paragraphs(text)
    if len(paras) < 2:
        return []
    rng = _rng(seed, text)
    return [(paras[1][0], paras[1][0], f"{rng.choice(BYLINES)}\n\n{rng.choice(TIMELINES)}\n\n")]


def _headline(text: str) -> str:
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 3 <= len(first.split()) <= 16 else ""


register_fixed("para-close", para_close_edits)


register_fixed("para-noopen", para_noopen_edits)


register_fixed("para-split", para_split_edits)


@register("para-merge")
def _para_merge(gold, texts, seed) -> Variant:
    return Variant("para-merge", lambda text: para_merge_edits(text, seed))


@register("interstitial")
def _interstitial(gold, texts, seed) -> Variant:
    headlines = sorted({h for h in map(_headline, texts.values()) if h})
    return Variant("interstitial", lambda text: interstitial_edits(text, seed, headlines))


@register("byline")
def _byline(gold, texts, seed) -> Variant:
    return Variant("byline", lambda text: byline_edits(text, seed))
