"""Highlighted fragments and article spans, computed only for the hits shown.

Bodies are not stored in the index, so an article hit re-reads its file (cheap: a
decode, no parsing, for text and Markdown; HTML goes through the article reader so
offsets map back into the markup). Matching re-runs the field's analyzer over the
text with character offsets and keeps tokens whose indexed form is a query term.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from warreader.index.search.analysis import text_analyzer
from warreader.index.search.results import Fragment

FRAGMENT_CHARS = 200
MAX_SPANS = 500

Segment = tuple[str, Callable[[int], int]]  # (text, index in text -> raw file offset)
Phrase = tuple[str, ...]  # the indexed forms of a phrase's words, in order
_ANALYZER = text_analyzer()


def term_spans(
    text: str, terms: set[str], phrases: Iterable[Phrase] = ()
) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of the words whose analyzed form is in ``terms``
    and of each run of words that spells one of ``phrases``, in text order."""
    phrases = [p for p in phrases if p]
    if not (terms or phrases) or not text:
        return []
    tokens = _analyzed(text)
    out = [(s, e) for term, s, e in tokens if term in terms]
    for phrase in phrases:
        n = len(phrase)
        out += [(tokens[i][1], tokens[i + n - 1][2]) for i in range(len(tokens) - n + 1)
                if tokens[i][0] == phrase[0]
                and all(tokens[i + k][0] == phrase[k] for k in range(1, n))]
    return sorted(set(out))[:MAX_SPANS]


@lru_cache(maxsize=512)
def _analyzed(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every indexed token of ``text`` with its offsets (cached: typing re-highlights the
    same articles on every keystroke)."""
    return tuple(_ANALYZER.term_offsets(text))


def make_fragment(text: str, spans: list[tuple[int, int]], width: int = FRAGMENT_CHARS) -> Fragment:
    """A window of about ``width`` chars of ``text`` holding the most matches."""
    if len(text) <= width:
        start, end = 0, len(text)
    elif not spans:
        start, end = 0, width
    else:
        best, best_count, j = 0, 0, 0
        for i in range(len(spans)):
            j = max(j, i)
            while j + 1 < len(spans) and spans[j + 1][1] - spans[i][0] <= width:
                j += 1
            if j - i + 1 > best_count:
                best, best_count = i, j - i + 1
        first = spans[best][0]
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
        start = max(0, min(start, end - width))
    start, end = _word_bounds(text, start, end)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    body = text[start:end].replace("\r", " ").replace("\n", " ").replace("\t", " ")
    shift = len(lead) - start
    highlights = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return Fragment(lead + body + tail, highlights)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start``/``end`` off the middle of words (but not past the window)."""
    if start > 0:
        space = text.find(" ", start, start + 20)
        if space != -1:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        if space > start:
            end = space
    return start, end


def article_highlight(
    segments: Iterable[Segment], terms: set[str], phrases: Iterable[Phrase] = ()
) -> tuple[Fragment, list[tuple[int, int]]]:
    """Fragment and raw-offset spans of an article hit, from its text segments.

    The fragment comes from the segment with the most matches.
    """
    best: tuple[int, str, list[tuple[int, int]]] | None = None
    raw_spans: list[tuple[int, int]] = []
    phrases = list(phrases)
    for text, to_raw in segments:
        spans = term_spans(text, terms, phrases)
        raw_spans.extend((to_raw(s), to_raw(e)) for s, e in spans)
        if best is None or len(spans) > best[0]:
            best = (len(spans), text, spans)
    if best is None:
        return Fragment(""), []
    return make_fragment(best[1], best[2]), raw_spans


def quote_highlight(
    text: str, start: int, terms: set[str], phrases: Iterable[Phrase] = ()
) -> tuple[Fragment, list[tuple[int, int]]]:
    """Fragment of a quote hit and the raw spans of its matched words (or the quote)."""
    spans = term_spans(text, terms, phrases)
    raw = [(start + s, start + e) for s, e in spans] or [(start, start + len(text))]
    return make_fragment(text, spans), raw
