"""Credit lines: a paragraph of quotation alone followed by "- Ava Lind." or "— Lu Pham,
Institute for Coastal Studies", or signed off with one ("“…” ― Dora Vance"), and an
embedded tweet's credit with the author's handle and the date ("— Ann Lind (@annlind)
September 19, 2016"), name the speaker of that quotation.
"""

from __future__ import annotations

import re

from warreader.index.quotes.entities import Registry
from warreader.index.quotes.mentions import run_mention
from warreader.index.quotes.reading import Attribution, Para

# An affiliation that says where the words were posted ("on Twitter", "in a tweet").
_WHERE = re.compile(r"(?:on|in|via|writing on|posting on)\b", re.IGNORECASE)
_CLOSING_MARKS = "\"'”’"
_DASH_CHARS = ("-", "–", "—", "―")


def credit_line(texts: list[str], registry: Registry, p: int, para: Para) -> Attribution | None:
    """A paragraph of quotation alone followed by a credit line ("- Ava Lind.",
    "— Lu Pham, Institute for Coastal Studies"), or signed off with one, is the
    credited person's."""
    match = _signed_off(para)  # "“The levy is unfair.” ― Dora Vance"
    source, closing = p, False
    if match is None:
        if p + 1 >= len(texts) or any(t.kind == "w" for t in para.tokens[: _linked(para)]):
            return None
        closed = para.spans[-1].closed if para.spans else True
        (match, closing), source = _credit_match(texts[p + 1], closed), p + 1
    mention = run_mention(match.group(1).rstrip(".")) if match else None
    if mention is None or mention.kind != "name":
        return None
    entity = registry.entity_for(mention)
    if " " not in match.group(1).strip() and entity.kind != "person" and not match.group(3):
        return None  # "- Lind." credits a person the article named, not "- Reuters."
    role = (match.group(2) or "").strip()
    if _WHERE.match(role):
        role = ""  # "— Kurt Brandt, on Twitter": where it was said, no affiliation
    role = role or entity.role or None
    cue = None if closing else match.group(0).strip()[:1]
    return Attribution("quote", entity.name, role, mention.text, cue, "label", source)


def _signed_off(para: Para) -> re.Match[str] | None:
    """The credit line signing off a paragraph of quotation alone: nothing but opening
    marks before its first quotation, a dash and a name after its last ("“…” ― Dora
    Vance", "“…” — Kurt Brandt, on Twitter"); None otherwise."""
    if not para.spans or para.text[: para.spans[0].start].strip(_OPENING_MARKS):
        return None
    tail = para.text[para.spans[-1].end :].lstrip(_CLOSING_MARKS)
    link = _TWEET_LINK.match(tail)
    tail = tail[link.end() :] if link else tail  # '"…" pic.twitter.com/x — Ann Lind (@al) …'
    return _CREDIT_LINE.match(tail) if tail.lstrip()[:1] in _DASH_CHARS else None


def _linked(para: Para) -> int:
    """How many of ``para``'s tokens come before a link that ends it after its last
    quotation ('"…" pic.twitter.com/x1': an embedded tweet's picture); all when none."""
    if not para.spans:
        return len(para.tokens)
    end = para.spans[-1].end
    tail = para.text[end:].lstrip(_CLOSING_MARKS)
    link = _TWEET_LINK.match(tail)
    if link is None or tail[link.end() :].strip():
        return len(para.tokens)
    return next((i for i, t in enumerate(para.tokens) if t.start >= end), len(para.tokens))


def _credit_match(line: str, closed: bool) -> tuple[re.Match[str] | None, bool]:
    """The credit ``line`` read as "- Name, affiliation", or, after a quotation left
    open (not ``closed``), as one inside the closing mark ("Ann Bell, users' group."");
    and whether it was the latter."""
    match = _CREDIT_LINE.match(line)
    if match is None and not closed:
        return _CLOSING_CREDIT.match(line), True
    return match, False


# "- Ava Lind.", "— Lu Pham, Institute for Coastal and Harbour Studies", "- Lind.":
# a dash, a capitalised name of one to four words, perhaps an affiliation, and nothing else.
# An embedded tweet's credit line names its author the same way, with the handle and the
# date after the name: "— Ann Lind (@annlind) September 19, 2016", "— Tom A. Reyes, Jr.
# (@treyes) Oct 3, 2016" (a suffix after the name, no affiliation).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_TWEETED = (
    r"(?:,\s*(?:Jr|Sr)\.?)?\s*(\(@\w{1,30}\))\s*"
    r"(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4})?"
)
# A link closing an embedded tweet's text: "pic.twitter.com/x1Yz", "https://t.co/x1Yz".
_TWEET_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)")
_CREDIT_LINE = re.compile(
    r"\s*[-–—―]+\s*([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})"
    r"(?:,\s*([^.!?]{1,80})|" + _TWEETED + r")?\.?\s*$"
)
# The credit line of a quotation left open in the paragraph before, inside its closing
# mark: "Ann Bell, Ferry Users Group."", "Former harbour master Tom Reyes."".
_CLOSING_CREDIT = re.compile(r"\s*([A-Z][^,\"”!?]{1,70}?)(?:,\s*([^\"”!?]{1,80}?))?\.?[\"”]\s*$")


_OPENING_MARKS = " \"'“‘"
