"""Find quoted spans in paragraphs by pairing quotation marks.

Marks are classified as opening or closing by their type (“ ” ‘ ’ « » „) and, for
straight marks and misused curly ones, by what stands on either side. Pairing is done
per paragraph, left to right, with these repairs for real-world prose:

- a mark reopened before the previous quote closed ends that quote there;
- a quote left open at the end of a paragraph whose successor opens with a mark is a
  multi-paragraph quotation (the spans are linked with ``continues``);
- a closing mark with no opener, right after sentence punctuation, closes a quote that
  began after the previous quote (or at the paragraph start);
- a straight mark right after ``=`` opens a markup attribute's value (``<tweet
  author="@name">``), not a quotation: it and its closing mark are skipped, and so is a
  straight mark right before ``>`` (a value broken over paragraphs); a quotation ends
  before a markup tag that ends it, and one holding nothing but a tag is dropped;
- single marks count only when they pair within the paragraph and are not apostrophes
  (they’re, Russia's, conscripts'); spans nested inside other spans are dropped, also
  inside a passage between doubled single marks (''…'').

Everything is a single pass over each paragraph: linear time, whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from warreader.index.quotes.cue_lex import CUE_VERBS, WEAK_CUES
from warreader.index.quotes.mark_roles import (
    CLOSE,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    EITHER,
    NESTED_OPEN,
    OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    double_role,
    single_role,
)
from warreader.index.quotes.nested_marks import OpenPassage

STRAIGHT = "\"'"
_SENTENCE_END = ".!?…,"

DOUBLE_MARK = re.compile(f'[{DOUBLE_OPEN}{DOUBLE_CLOSE}"]')
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
# A single mark between two letters or digits is an apostrophe (they’re, O'Neill): the
# pattern leaves those out at once, so possessives cost nothing.
SINGLE_MARK = re.compile(f"[{SINGLE_OPEN}{SINGLE_CLOSE}'](?:(?![^\\W_])|(?<=(?<![^\\W_]).))")


def marks_in(
    pattern: re.Pattern[str], straight: str, text: str
) -> Iterable[re.Match[str]]:
    """The marks ``pattern`` finds in ``text``; none without scanning it when the text is
    ASCII (so holds no curly mark) and has no ``straight`` mark: most paragraphs have no
    quotation, and a pattern opening on a set of characters is tried at every one."""
    if straight not in text and text.isascii():
        return ()
    return pattern.finditer(text)


@dataclass(slots=True)
class Span:
    """Quoted words in one paragraph: ``start``/``end`` exclude the marks."""

    paragraph: int
    start: int
    end: int
    mark: str  # '"' for double marks, "'" for single
    closed: bool = True  # a closing mark ended it
    continues: bool = False  # the quotation goes on in the next paragraph
    continuation: bool = False  # it goes on from the previous paragraph


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_with_mark(text: str) -> str | None:
    stripped = text.lstrip()
    if not stripped:
        return None
    ch = stripped[0]
    if ch in DOUBLE_OPEN or ch == '"':
        return '"'
    if ch in SINGLE_OPEN or ch == "'":
        return "'"
    return None


def _find(text: str, mark: str, i: int) -> int:
    """The next ``mark`` after ``i``, or the paragraph's length when there is none."""
    found = text.find(mark, i)
    return len(text) if found < 0 else found


def _double_spans(index: int, text: str, carried: bool = False) -> list[Span]:
    """The double-quoted spans of paragraph ``text``. ``carried``: the paragraph before
    ended inside a quotation and this one opens on no mark, so a closing mark before any
    opening one closes a quotation whose opening mark was left off the paragraph's start
    (a quotation running over paragraphs, its reopening mark lost)."""
    spans: list[Span] = []
    open_at: int | None = -1 if carried else None  # -1: the mark left off the start
    boundary = 0  # where a quote missing its opening mark may start
    attribute = False  # inside a markup attribute's value: author="@name"
    nested_to = -1  # the curly pair nested in a straight-quoted passage ends here
    curly_close = straight = -1  # the next ” and the next " (found lazily, once each)
    passage: OpenPassage | None = None  # the open straight-quoted passage, read once
    for match in marks_in(DOUBLE_MARK, '"', text):
        i = match.start()
        if i <= nested_to:
            continue
        if text[i] == '"' and (attribute or (i and text[i - 1] == "=")):
            attribute = not attribute
            continue
        if text[i] == '"' and text[i + 1 : i + 2] == ">":
            attribute = False  # '…">' closes a markup attribute (its opening may stand in
            continue  # the paragraph before: a value broken over lines), never a quotation
        role = double_role(text, i)
        if role == EITHER:
            role = CLOSE if open_at is not None else OPEN
        # A carried passage's opening mark (in the paragraph before) is unknown: nothing
        # is nested in it.
        straight_open = open_at is not None and open_at >= 0 and text[open_at] == '"'
        if role == OPEN and straight_open and text[i] == "“":
            if not text[open_at + 1 : i].strip():
                open_at = i  # '"“Yes,” he said': a doubled opening opens once
                continue
            # "He said “no” twice": a curly pair inside a straight-quoted passage is
            # nested, when its ” comes before the passage's closing straight mark.
            if curly_close < i:
                curly_close = _find(text, "”", i)
            if straight < i:
                straight = _find(text, '"', i)
            if curly_close < straight:
                nested_to = curly_close
                continue
        if role == OPEN and straight_open and text[i] == '"':
            if passage is None or passage.start != open_at:
                passage = OpenPassage(text, open_at)
            inner = passage.nested_pair_end(i)  # 'wrote, "… yelled "Stop!" as he …"'
            if inner is not None:
                nested_to = inner
                continue
        if role == OPEN:
            if open_at is not None and open_at >= 0:
                s, e = _trim(text, open_at + 1, i)
                if e > s:
                    spans.append(_left_open(index, text, s, e))
            open_at = i
        elif open_at is not None:
            s, e = _trim(text, open_at + 1, i)
            if e > s:
                spans.append(Span(index, s, e, '"'))
            open_at, boundary = None, i + 1
        elif i and text[i - 1] in _SENTENCE_END:
            start = boundary
            after_quote = spans and spans[-1].end >= boundary - 1 and boundary > 0
            if not after_quote:
                # No quotation just before: the missing mark opened the current sentence.
                for sentence_end in _SENTENCE_BREAK.finditer(text, boundary, i):
                    start = sentence_end.end()
                start = _single_opened(text, boundary, start, i)  # "'Networks like ... ," it said"
            s, e = _trim(text, start, i)
            # '"…," Kell said."': a quotation ending on a comma goes on with its
            # attribution, and the stray mark after it closes nothing.
            if e > s and " " in text[s:e] and not (after_quote and text[spans[-1].end - 1] == ","):
                spans.append(Span(index, s, e, '"', closed=True))
            boundary = i + 1
    if open_at is not None and open_at >= 0:
        s, e = _trim(text, open_at + 1, len(text))
        if e > s:
            spans.append(_left_open(index, text, s, e))
    return spans


# A single mark opening a sentence ("... networks. 'Networks like"), and a closing single
# mark (after a word, before a space, punctuation or the end).
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[.!?:]\s))['‘](?=[A-Z])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?]|$)")


def _single_opened(text: str, boundary: int, start: int, close: int) -> int:
    """Where a quotation closed by a double mark with no opening one starts: ``start``
    (its sentence's start), or earlier at a single mark opening a sentence after
    ``boundary`` that no single mark closes before the double mark at ``close`` (a
    quotation opened with ' and closed with ": "'Networks like these facilitate theft.
    The BPI believes …," it said" is all the BPI's; not "'Yes. It was 'fine'," he said")."""
    after = boundary  # past the last closing single mark before ``close`` (one scan)
    for closing in _SINGLE_CLOSING.finditer(text, boundary, close):
        after = closing.end()
    opening = _SINGLE_OPENING.search(text, after, start) if after < start else None
    return start if opening is None else opening.end()


# A nested quotation's closing single mark, a comma and an attribution: '… 'wait and
# see', the organisation said' (the passage's own closing double mark forgotten).
_ATTRIBUTED_CLOSE = re.compile(
    r"['’],\s+(?:the |a |an )?(?:he|she|it|they|[A-Za-z][\w’'-]*)(?:\s+[A-Za-z][\w’'-]*){0,3}?"
    r"\s+(?:said|says|told|tells|added|adds|noted|notes|warned|warns|explained|insisted)\b"
)


def _left_open(index: int, text: str, s: int, e: int) -> Span:
    """The span of a double-quoted passage no closing double mark ends: up to a nested
    closing single mark that an attribution follows, if one does, else to ``e``."""
    found = _ATTRIBUTED_CLOSE.search(text, s, e)
    if found is not None and NESTED_OPEN.search(text, s, found.start()):
        return Span(index, s, found.start() + 1, '"')  # the nested pair opened inside
    return Span(index, s, e, '"', closed=False)


def _single_spans(index: int, text: str, primary: bool = False) -> list[Span]:
    """Spans between paired single marks. When single marks are the article's
    ``primary`` ones (‘…’ with “…” nested, as British book style has it), they get the
    repairs double marks get: a mark reopened before the quote closed ends it there, and
    a quote left open at the paragraph's end runs to it (and on, if the next paragraph
    opens with a single mark)."""
    spans: list[Span] = []
    open_at: int | None = None
    for match in marks_in(SINGLE_MARK, "'", text):
        i = match.start()
        role = single_role(text, i)
        if role == OPEN and open_at is None:
            open_at = i
        elif role == OPEN and primary:
            s, e = _trim(text, open_at + 1, i)
            if e > s:
                spans.append(Span(index, s, e, "'", closed=False))
            open_at = i
        elif role == CLOSE and open_at is not None:
            s, e = _trim(text, open_at + 1, i)
            if e > s:
                spans.append(Span(index, s, e, "'"))
            open_at = None
    if primary and open_at is not None:
        s, e = _trim(text, open_at + 1, len(text))
        if e > s:
            spans.append(Span(index, s, e, "'", closed=False))
    return spans


def singles_primary(paragraphs: list[str], singles: list[list[Span]] | None = None) -> bool:
    """Does the article quote with single marks first? More pairs of single marks
    (``singles``: each paragraph's, paired within it) than quotations opened by a double
    mark (opening curly ones and half the straight ones). Counted in pairs, not marks:
    an elision ("'bot nets") or a stray apostrophe opens no pair; and only pairs that
    hold speech, several words or one ending on a stop or comma ('Again,'): a one-word
    term ("the mood was 'tense'") is no quotation's mark."""
    if singles is None:
        singles = [_single_spans(i, text) for i, text in enumerate(paragraphs)]
    pairs = sum(
        _spoken(paragraphs[span.paragraph], span) for found in singles for span in found
    )
    if not pairs:
        return False
    doubles = sum(
        text.count("“") + text.count("„") + text.count("«") + text.count('"') // 2
        for text in paragraphs
    )
    return pairs > doubles


def _spoken(text: str, span: Span) -> bool:
    """Could ``span`` (in ``text``) be speech: several words, or one ending on a stop or
    a comma ('Again,' she said)?"""
    inside = text[span.start : span.end]
    return " " in inside or inside[-1:] in ",.!?"


_DOUBLED_SINGLE = re.compile("''")


def _outside_doubled_singles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without those inside a passage quoted with doubled single marks
    (''He said, 'No cuts to the library,' and meant it,'' as some outlets write):
    a quotation nested in another is part of the outer one."""
    if "''" not in text:
        return spans  # most paragraphs: no match object made
    marks = [m.start() for m in _DOUBLED_SINGLE.finditer(text)]
    regions = [
        (marks[i], marks[i + 1] if i + 1 < len(marks) else len(text))
        for i in range(0, len(marks), 2)
    ]
    kept, r = [], 0
    for span in spans:  # both in text order: one pass
        while r < len(regions) and regions[r][1] < span.start:
            r += 1
        if r < len(regions) and regions[r][0] < span.start <= regions[r][1] + 1:
            continue
        kept.append(span)
    return kept


def _drop_nested(spans: list[Span]) -> list[Span]:
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue  # nested in (or overlapping) the previous outer span
        kept.append(span)
    return kept


def _credit_closing(last: Span, index: int, paragraphs: list[str], span: Span) -> bool:
    """Is ``span``, closed by a mark with no opener, the credit line of a quotation
    left open in the paragraph before ("“Fares must fall.¶Ann Bell, ferry users’
    group.”")? It runs from the paragraph's start, is short and ends on a full stop,
    and the paragraph before is that quotation alone: a name, not quoted words."""
    text = paragraphs[index]
    if last.paragraph != index - 1 or last.closed or not span.closed or span.start > 3:
        return False
    if span.start and text[span.start - 1] in STRAIGHT + DOUBLE_OPEN + SINGLE_OPEN:
        return False  # a pair of marks, not a stray closing one
    before = paragraphs[index - 1]
    lead = len(before) - len(before.lstrip())
    if last.start > lead + 1 or last.end < len(before.rstrip()) - 1:
        return False
    credit = text[span.start : span.end]
    named = credit.split(",")[0].split()
    return (
        credit[:1].isupper()
        and credit.endswith(".")
        and len(credit.split()) <= 10
        and bool(named)
        and (named[-1][:1].isupper() or sum(w[:1].islower() for w in named) <= 1)
    )


_CLOSING_TAG = re.compile(r"\s*<[^<>]*>\W*$")


def _without_markup(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` cut before a markup tag that ends them ('… a big fan.<tweet/>.'), and
    without those that hold nothing but a tag: markup is no one's words."""
    kept: list[Span] = []
    for span in spans:
        tag = _CLOSING_TAG.search(text, span.start, span.end)
        if tag is not None:
            if not any(c.isalnum() for c in text[span.start : tag.start()]):
                continue
            span.start, span.end = _trim(text, span.start, tag.start())
        kept.append(span)
    return kept


def find_spans(paragraphs: list[str]) -> list[Span]:
    """Every quoted span of every paragraph, in order, multi-paragraph quotes linked."""
    result: list[Span] = []
    paired = [_single_spans(index, text) for index, text in enumerate(paragraphs)]
    if singles_primary(paragraphs, paired):
        paired = [_single_spans(index, text, True) for index, text in enumerate(paragraphs)]
    for index, text in enumerate(paragraphs):
        singles = _outside_doubled_singles(text, paired[index])
        carried = bool(result) and _left_running(result[-1], paragraphs, index)
        carried = carried and not _reported_before_close(text)
        spans = _drop_nested(_double_spans(index, text, carried) + singles)
        if carried and spans and spans[0].mark == '"' and spans[0].start <= _lead(text):
            result[-1].continues = True  # "… we waited.\n\nAnd we won.” she said"
        if "<" in text:
            spans = _without_markup(text, spans)
        if spans and result and _credit_closing(result[-1], index, paragraphs, spans[0]):
            spans.pop(0)
        if (
            spans
            and result
            and result[-1].continues
            and spans[0].start <= 1 + (len(text) - len(text.lstrip()))
        ):
            spans[0].continuation = True
        if spans and not spans[-1].closed and spans[-1].end >= len(text.rstrip()) - 1:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            spans[-1].continues = _opens_with_mark(nxt) == spans[-1].mark
        result.extend(spans)
    return result


def _lead(text: str) -> int:
    """Where ``text``'s first visible character stands."""
    return len(text) - len(text.lstrip())


def _left_running(last: Span, paragraphs: list[str], index: int) -> bool:
    """Did the paragraph before ``index`` end inside a double quotation (``last``, the
    span before) that paragraph ``index`` goes on with, though it opens on no mark?"""
    before, text = paragraphs[last.paragraph], paragraphs[index]
    return (
        last.mark == '"'
        and not last.closed
        and last.end >= len(before.rstrip()) - 1
        and last.paragraph == index - 1
        and _opens_with_mark(text) is None
    )


# ", the ministry said" / "Tom Hale, 54, said": a reporting clause with a subject of its
# own, a comma and at most four words before the verb (never "I", "we" or "you").
_OWN_CUE = re.compile(r",\s+((?:[\w’'-]+\s+){0,4}?)([a-z]+)\b")


def _reported_before_close(text: str) -> bool:
    """Does a third-person reporting clause stand before ``text``'s first double mark?
    Then the paragraph is narrative with a stray mark, not a quotation carried over."""
    mark = DOUBLE_MARK.search(text)
    head = text[: mark.start()] if mark else text
    for match in _OWN_CUE.finditer(head):
        verb, subject = match.group(2), match.group(1).split()
        strong = verb in CUE_VERBS and verb not in WEAK_CUES and not verb.endswith("ing")
        if strong and (not subject or subject[0].lower() not in ("i", "we", "you")):
            return True
    return False
