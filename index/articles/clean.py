"""From units to an article: find the headline, metadata and the clean body.

Plain text (:func:`analyse`), the rules in order:
1. Each unit is classed: site chrome, photo caption, date line, byline, Markdown
   heading, or plain (:func:`_classify`). A unit repeated right after itself is dropped.
2. The article is the run of units with the most sentence text (:func:`body_run.main_run`, a
   maximum subarray: paragraphs weigh their words, menus, link lists and labels cost a
   little, comment and related-story markers a lot); what is before it is the head,
   what is after it the tail.
3. The headline is the first plain line of 3 to 25 words not ending in a full stop
   (else a 2-word one) among the last units of the head; what comes before it
   (weather widgets, places, dates, menus) is dropped, what follows it is kept only if
   it reads as a sentence.
4. The tail, and the non-body units at the end of the article (chrome, short lines,
   bios, contributor notes, bylines, dates, lists), are dropped after their metadata
   is read.
5. In between, chrome, captions, headings, short subheads and runs of short lines are
   dropped, a paragraph split by a stray blank line is joined back, and repeated
   paragraphs are kept once unless they report a quotation again
   (:func:`index.articles.repeats.repeats`).

Text an extractor cut out of a web page, whose title is known
(:func:`analyse_extracted`), is trusted more: no headline hunt, short lines stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warreader.index.articles import patterns as P
from warreader.index.articles.body_run import (
    HEAD,
    closing,
    credits_quotation,
    in_short_run,
    main_run,
    weight,
)
from warreader.index.articles.harvest import Harvest
from warreader.index.articles.lists import (
    headline_like,
    introduced_list,
    mark_link_lists,
    mark_name_lists,
)
from warreader.index.articles.mapped import Mapped
from warreader.index.articles.metadata import derive_title, parse_date_line, stamp_date
from warreader.index.articles.repeats import copied_runs, repeats
from warreader.index.articles.segment import Unit
from warreader.index.articles.source_url import is_url_line

SHORT = 12  # words: chrome labels and headlines are at most about this long


@dataclass
class Parsed:
    """What :func:`analyse` found; ``title`` is None when none was stated."""

    paragraphs: list[Mapped]
    title: str | None = None
    title_derived: bool = False
    date: str | None = None
    author: str | None = None
    outlet: str | None = None
    headline: Mapped | None = None  # the stated title, with its place in the file
    url: str | None = None  # the page's stated address (saved web pages)


def _classify(unit: Unit) -> str | None:
    text, words = unit.text, unit.words
    if P.RULE.match(text) or P.FOLLOWERS.match(text) or P.WEATHER.match(text):
        return "chrome"
    if words <= 5 and is_url_line(text):  # "URL: https://...", read by index.articles.source_url
        return "chrome"
    if P.nav_line(text) or (words <= SHORT and P.FORM_FIELD.search(text)):
        return "chrome"
    if (words <= SHORT and P.CHROME_LABEL.match(text)) or P.chrome_prefix(text):
        return "chrome"
    if words <= 6 and P.INTERSTITIAL.match(text):  # "Story continues below"
        return "chrome"
    if P.promo(text, words) or P.CONTACT_ONLY.match(text):  # a newsletter pitch, an address
        return "chrome"
    if P.credit(text) or (words <= 80 and P.caption(text)):
        return "caption"
    if (words <= 8 and parse_date_line(text)) or stamp_date(text, words):
        return "date"
    if words <= SHORT and P.BYLINE.match(text):
        return "byline"
    return "heading" if unit.heading else None


def _mark_captions(units: list[Unit], kinds: list[str | None]) -> None:
    """A paragraph repeated with a credit suffix, e.g. "(Name/Agency)", is a caption."""
    texts = {u.text: i for i, u in enumerate(units)}
    for i, unit in enumerate(units):
        credit = P.credit(unit.text)
        if credit and unit.text[: credit.start()] in texts:
            kinds[texts[unit.text[: credit.start()]]] = "caption"
            kinds[i] = "caption"


def _body_like(unit: Unit, kind: str | None) -> bool:
    return kind is None and not unit.listitem and unit.words >= 8 and (
        P.ends_sentence(unit.text)
    )


def _lead_like(unit: Unit, kind: str | None, lenient: bool = False) -> bool:
    """Head text kept as body: a sentence of 4+ words after the headline.

    ``lenient`` (a text with no sentence paragraph at all) also keeps any unit of 8+
    words.
    """
    if kind is not None or unit.listitem:
        return False
    words = unit.words
    return (words >= 4 and P.ends_sentence(unit.text)) or (lenient and words >= 8)


def _title_index(
    units: list[Unit], kinds: list[str | None], head_end: int, lo: int = 0
) -> int | None:
    """The headline among units ``lo:head_end``.

    A file whose article starts within :data:`HEAD` units (``lo == 0``) starts with its
    headline: the first plausible line (3 to 25 words, not ending in a full stop).
    After a longer head (menus, link lists) it is the longest plausible line, the later
    one on a tie, not counting a long line right above the article (a standfirst) when
    there is another. Failing those, the first 2-word line.
    """
    found = [(w, i) for i in range(lo, head_end) if (w := _plausible_title(units, kinds, i))]
    long = [(w, i) for w, i in found if w >= 3]
    if long and lo == 0:
        return long[0][1]
    if len(long) > 1 and long[-1][1] == head_end - 1 and long[-1][0] >= 8:
        long.pop()
    if long:
        return max(long)[1]
    return found[0][1] if found else None


def _plausible_title(units: list[Unit], kinds: list[str | None], i: int) -> int:
    """The words of unit ``i`` if it could be a headline, else 0."""
    unit, text = units[i], units[i].text
    words = unit.words
    if kinds[i] == "title":
        return words
    if kinds[i] not in (None, "heading") or unit.listitem or P.NUMBERISH.match(text):
        return 0
    end = text.rstrip(P.CLOSERS)
    if end.endswith(("...", "…")):
        end = end.rstrip(".…") + "!"
    if not 2 <= words <= 25 or len(text) > 200 or end[-1:] in ".:;,":
        return 0
    return words


def _is_tail(units: list[Unit], kinds: list[str | None], i: int) -> bool:
    unit, text = units[i], units[i].text
    if credits_quotation(units, i):
        return False
    words = unit.words
    if kinds[i] is not None or (unit.listitem and words <= 8) or words <= 3:
        return True
    if not P.ends_sentence(text) and words <= 15:
        return True
    if P.promo(text, words) or P.sign_off(text, words):
        return True  # a newsletter pitch, how to reach the writer
    return bool(P.BIO.match(text) or P.contributed(text) or P.NAME_LINE.match(text))


_OPEN_ENDS = frozenset(
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
        "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "his", "her", "its",
        "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "into",
        "onto", "over", "under", "about", "between",
    }
)


def _continues(prev: Mapped, nxt: Mapped) -> bool:
    """True when ``nxt`` is the rest of a paragraph split by a stray blank line.

    The first part must end mid-sentence (a letter, digit or comma, no full stop) and
    the second must start lower-case, or the first must end on a word that cannot end
    a sentence (a number, an article, a preposition, an auxiliary).
    """
    a, b = prev.text, nxt.text
    if not (a[-1].isalnum() or a[-1] in ",–—-") or not b[0].isalnum():
        return False
    if P.credit_line(a, dashed_only=True) or P.TWEET_CREDIT_END.search(a):
        return False  # "— Ann Lind (@annlind) September 19, 2016": the tweet ends there
    if b[0].islower():
        return True
    last = a.rsplit(None, 1)[-1].casefold()
    return P.word_count(a) >= 8 and (last[-1].isdigit() or last in _OPEN_ENDS)


def _short_line(text: str, words: int | None = None) -> bool:
    """Up to 10 words (``words``: its :func:`P.word_count`, when known), no sentence."""
    return (P.word_count(text) if words is None else words) <= 10 and not P.ends_sentence(text)


def _short_unit(units: list[Unit], i: int) -> bool:
    """:func:`_short_line` of unit ``i``; True outside ``units`` (an empty line is)."""
    return not 0 <= i < len(units) or _short_line(units[i].text, units[i].words)


def _subhead(units: list[Unit], group: list[int], m: Mapped, nxt: str) -> bool:
    """A short unpunctuated line between paragraphs (not in a run of short lines)."""
    first, last = group[0], group[-1]
    short = _short_unit(units, first) if len(group) == 1 else _short_line(m.text)
    if not short or units[first].listitem or nxt[:1].islower():
        return False
    if len(group) == 1 and credits_quotation(units, first):
        return False  # "— Ann Lind (@annlind) September 19, 2016" under a tweet's words
    return not (_short_unit(units, first - 1) or _short_unit(units, last + 1))


def _middle(
    units: list[Unit], kinds: list[str | None], keep: list[int], extracted: bool = False
) -> list[Mapped]:
    """Join split paragraphs, drop short subheads and repeats; returns the body.

    ``extracted`` text (cut from a page by an extractor) keeps its subheads and its
    short repeated lines (a recipe's "Pre-workout meal" each day); long repeated
    paragraphs are still kept once.
    """
    groups: list[list[int]] = []
    for i in keep:
        if groups and groups[-1][-1] == i - 1 and _continues(units[i - 1].m, units[i].m):
            groups[-1].append(i)
        else:
            groups.append([i])
    body: list[Mapped] = []
    keys: list[str] = []
    for n, group in enumerate(groups):
        pieces = [units[i].m for i in group]
        m = Mapped.join(pieces, [p.end for p in pieces[:-1]])
        nxt = units[groups[n + 1][0]].text if n + 1 < len(groups) else ""
        if not extracted and _subhead(units, group, m, nxt):
            continue
        body.append(m)
        keys.append(" ".join(m.text.casefold().split()))
    drop = copied_runs(keys) if extracted else repeats(keys)
    drop -= {i for i in drop if P.credit_line(body[i].text)}
    return [m for i, m in enumerate(body) if i not in drop]


def _kinds(units: list[Unit]) -> list[str | None]:
    kinds = [_classify(u) for u in units]
    _mark_captions(units, kinds)
    mark_name_lists(units, kinds)
    mark_link_lists(units, kinds)
    for i in range(1, len(units)):
        if units[i].text == units[i - 1].text and kinds[i] != "caption":
            kinds[i] = "dup"
    return kinds


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .")


def _restates(unit: Unit, title: str) -> bool:
    """A headline-like line that says what the title says (a kicker or a variant)."""
    from rapidfuzz import fuzz, utils

    text = unit.text
    if P.word_count(text) > 25 or P.ends_sentence(text.rstrip("?!")):
        return False
    return fuzz.token_set_ratio(text, title, processor=utils.default_process) >= 80


def _extracted_tail(unit: Unit, kind: str | None) -> bool:
    """Closing lines an extractor keeps that are not article: chrome, bios, contacts."""
    text = unit.text
    if kind is not None or P.CONTRIBUTED.search(text) or P.BIO.match(text):
        return True
    return P.word_count(text) <= 40 and P.CONTACT.search(text) is not None


TEASERS = 3
"""Long paragraphs cut off with an ellipsis that make a list of other stories' teasers."""

_CUT_OFF = re.compile(r"(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*$")


def _before_teasers(units: list[Unit], top: int, end: int) -> int:
    """Where the article ends if the extractor ran on into a list of teasers.

    A blog's or section's page read whole gives its first story and then other
    stories' summaries, each a long paragraph cut off with an ellipsis ("... para …").
    With :data:`TEASERS` or more of those, the article ends before the first.
    """
    cut = [i for i in range(top + 1, end)
           if units[i].words >= 20 and _CUT_OFF.search(units[i].text)]
    return cut[0] if len(cut) >= TEASERS else end


def _closing_credits(units: list[Unit], end: int) -> set[int]:
    """The published closing credits right after the body's ``end``: kept when nothing
    but credit and rights lines (:data:`P.CLOSING_CREDIT`) follows the body."""
    tail = [i for i in range(end, len(units)) if units[i].text.strip()]
    if tail and len(tail) <= 3 and all(P.CLOSING_CREDIT.match(units[i].text) for i in tail):
        return set(tail)
    return set()


def analyse_extracted(units: list[Unit], title: str) -> Parsed:
    """Clean text that an extractor already cut out of a page whose ``title`` is known.

    No headline is hunted and short lines (subheads, list items, closing lines) stay:
    the extractor kept them as article. Dropped: site chrome, captions, date lines and
    bylines (their metadata is read), a repeat or variant of the title at the top and
    the title said again anywhere; in the second half, everything from an end marker
    (comments, related stories) on; at the end, contributor notes, author bios, contact
    lines and a list of 3+ links; a copy of the article (:func:`_copied_runs`); other
    stories' teasers after the first story (:func:`_before_teasers`). Kept:
    the closing rights line of a wire story (:func:`_closing_credits`).
    """
    kinds = _kinds(units)
    folded = _fold(title)
    top = 0
    while top < len(units) and (kinds[top] is not None or _fold(units[top].text) == folded):
        top += 1
    if top < len(units) and _restates(units[top], title):
        top += 1
    end = len(units)
    for i in range(max(top, len(units) // 2), len(units)):
        if units[i].end_marker:  # comments, related stories: all after goes
            end = i
            break
    while end > top and _extracted_tail(units[end - 1], kinds[end - 1]):
        end -= 1
    end = _before_teasers(units, top, end)
    credits = _closing_credits(units, end)
    start = end  # a closing list of 3+ links (related stories), not one the text introduces
    while start > top and units[start - 1].listitem and not P.ends_sentence(units[start - 1].text):
        start -= 1
    if end - start >= 3 and start > top and not units[start - 1].text.endswith(":"):
        end = start
    meta = Harvest()
    keep: list[int] = []
    for i in range(len(units)):
        restated = i >= top and _fold(units[i].text) == folded  # the title said again
        if (top <= i < end and kinds[i] in (None, "heading") and not restated) or i in credits:
            keep.append(i)
        else:
            meta.harvest(units, kinds, i)
    body = _middle(units, kinds, keep, extracted=True)
    return Parsed(body, title, False, meta.get("date"), meta.get("author"), meta.get("outlet"))


def _stopped_headline(units: list[Unit], kinds: list[str | None]) -> bool:
    """The file's first line is a title-case headline ending in a full stop or a
    semicolon (as some archives store titles), over the article's first paragraph."""
    if len(units) < 2 or kinds[0] is not None or units[0].listitem:
        return False
    text = units[0].text
    if not text.rstrip(P.CLOSERS + " ").endswith((".", ";")) or text.endswith(("...", "…")):
        return False
    return headline_like(text) and _body_like(units[1], kinds[1])


def analyse(units: list[Unit]) -> Parsed:
    """Split units into headline, metadata and body paragraphs."""
    kinds = _kinds(units)
    if _stopped_headline(units, kinds):
        kinds[0] = "title"
    span = main_run(units, kinds)
    if span is None:
        lo, head_end, tail_start = 0, len(units), len(units)
    else:
        head_end, tail_start = span
        lo = max(0, head_end - HEAD)
    while tail_start < len(units) and closing(units, kinds, tail_start):
        tail_start += 1
    title_i = _title_index(units, kinds, head_end, lo)
    while tail_start > head_end and _is_tail(units, kinds, tail_start - 1):
        tail_start -= 1
    listed = introduced_list(units, kinds, tail_start) if tail_start > head_end else tail_start
    meta = Harvest()
    keep: list[int] = []
    dropped_heading = False
    for i, unit in enumerate(units):
        if i == title_i:
            continue
        if i < head_end:
            ok = i >= lo and (title_i is None or i > title_i)
            ok = ok and _lead_like(unit, kinds[i], lenient=span is None or i == head_end - 1)
        elif i < tail_start:
            ok = kinds[i] is None and not (dropped_heading and unit.listitem)
            if ok and weight(unit, kinds[i]) < 0:
                ok = not in_short_run(units, kinds, i)
        elif i < listed:  # the list the article's last paragraph introduces
            ok = kinds[i] in (None, "date")
        else:
            ok = False
        if ok:
            keep.append(i)
        else:
            meta.harvest(units, kinds, i)
        opens_list = kinds[i] == "heading" or unit.end_marker  # "Related"
        dropped_heading = (not ok and bool(opens_list)) or (
            dropped_heading and unit.listitem and not ok
        )
    body = _middle(units, kinds, keep)
    if not body and units and title_i is None:
        body = [units[i].m for i in range(len(units)) if kinds[i] is None]
    title = units[title_i].text if title_i is not None else None
    if title_i is not None and kinds[title_i] == "title":
        title = title.rstrip(" ;")
        title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
    parsed = Parsed(body, title, False, meta.get("date"), meta.get("author"), meta.get("outlet"))
    if title_i is not None:
        parsed.headline = units[title_i].m
    if parsed.title is None:
        parsed.title = derive_title(body[0].text) if body else ""
        parsed.title_derived = True
    return parsed
