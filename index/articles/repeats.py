"""Paragraphs said again: which are copies to drop, which are article said twice.

Plain text (:func:`repeats`): a paragraph said before, or a long one made mostly of what
was said before, is dropped (a standfirst repeated as the first paragraph, a page's
hidden copy of the article) unless it reports a quotation again: a live blog's entry
re-reporting an earlier one, a pull quote. That is article text, and its quotations are
the reporter's to find. Extracted text (:func:`copied_runs`) keeps single repeats and
drops only a copied block.

Paragraphs are given as keys: their text folded (case, runs of white space).
"""

from __future__ import annotations

import re

from warreader.index.articles import patterns as P

COPY_WORDS = 30  # words: a paragraph this long made of what was said before is a copy
COPY_SHARE = 0.6  # of its runs of four words said before, for a long paragraph to be a copy
COPIED_BLOCK = 3  # long repeats in a row that make a copied block even with quotations

_QUOTED = re.compile("(?<!=)[\"“«„]([^\"“”«»„]+)[\"”»“]")  # not markup's attr="value"
QUOTED_WORDS = 3  # words between double marks that make a quotation (not a term)


def reports_quotation(key: str) -> bool:
    """True when a paragraph holds a passage of :data:`QUOTED_WORDS` or more words
    between double quotation marks (single marks and shorter passages are terms; a
    mark right after "=" opens a markup attribute's value)."""
    return any(len(m.group(1).split()) >= QUOTED_WORDS for m in _QUOTED.finditer(key))


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return set(zip(words, words[1:], words[2:], words[3:], strict=False))  # runs of four


def _surely_new(words: list[str], said_words: set[str]) -> bool:
    """True when fewer than :data:`COPY_SHARE` of the runs of four of ``words`` can have
    been said before, judged from the words said before alone (``said_words``).

    Exact, without the runs themselves: a run said before has its four words among
    ``said_words``, so those said are at most the positions starting four such words in
    a row; and the distinct runs are at least the distinct words less three (the run
    starting where a word first appears is the only one that starts with it, for every
    word but the last three's)."""
    said_at = int.from_bytes(bytes(map(said_words.__contains__, words)), "big")
    possible = (said_at & (said_at >> 8) & (said_at >> 16) & (said_at >> 24)).bit_count()
    return possible == 0 or possible < COPY_SHARE * (len(set(words)) - 3)


def repeats(keys: list[str]) -> set[int]:
    """Positions of paragraphs said before (plain text: each is kept once).

    Also a long paragraph (:data:`COPY_WORDS`) whose runs of four words were mostly
    (:data:`COPY_SHARE`) said before: several of the article's paragraphs run together
    again (a page's hidden copy of the article, a print version).

    Kept all the same: a repeat that reads as a sentence, reports a quotation
    (:func:`reports_quotation`) and copies one earlier paragraph (said again, or most
    of its runs of four words from that one paragraph), unless it is one of
    :data:`COPIED_BLOCK` or more long repeats in a row (a copy of the article).

    The runs of four are made only for a paragraph that may be a copy
    (:func:`_surely_new` says most cannot) and for those before it.
    """
    seen: dict[str, int] = {}
    said: set[tuple[str, ...]] = set()  # the runs of four of keys[:ready]
    said_words: set[str] = set()  # every word of the keys before
    split: list[list[str]] = []
    grams: dict[int, set[tuple[str, ...]]] = {}
    ready = 0
    drop: set[int] = set()
    again: set[int] = set()  # repeats of one earlier paragraph that report a quotation

    def runs(j: int) -> set[tuple[str, ...]]:
        if j not in grams:
            grams[j] = _grams(split[j])
        return grams[j]

    for i, key in enumerate(keys):
        words = key.split()
        split.append(words)
        copy = False
        if len(words) >= COPY_WORDS and not _surely_new(words, said_words):
            for j in range(ready, i):
                said |= runs(j)
            ready = i
            mine = runs(i)
            copy = len(mine & said) >= COPY_SHARE * len(mine)
        if key in seen or copy:
            drop.add(i)
            mine = runs(i)
            one = key in seen or any(
                len(mine & runs(j)) >= COPY_SHARE * len(mine) for j in range(i)
            )
            if one and P.ends_sentence(key) and reports_quotation(key):
                again.add(i)
        seen.setdefault(key, i)
        said_words.update(words)
    return drop - (again - _blocks(keys, drop))


def _blocks(keys: list[str], drop: set[int]) -> set[int]:
    """The repeats in runs of :data:`COPIED_BLOCK` or more long (8+ words) ones in a row."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*range(len(keys)), len(keys)]:
        if i < len(keys) and i in drop and P.word_count(keys[i]) >= 8:
            run.append(i)
            continue
        if len(run) >= COPIED_BLOCK:
            out.update(run)
        run = []
    return out


COPIED_RUN = 8
"""Long paragraphs repeating an earlier stretch, in order, that make a copied block."""


def copied_runs(keys: list[str]) -> set[int]:
    """Positions of long paragraphs that repeat an earlier stretch of the body in order.

    An extractor sometimes returns a page's article twice (a print copy, a teaser list of
    the same items); a run of :data:`COPIED_RUN` or more long paragraphs, each said
    before and in the same order as before, is that copy. A single long paragraph said
    again (a recipe's dish on two days' menus) and short repeated lines are kept.
    """
    first: dict[str, int] = {}
    run: list[int] = []
    drop: set[int] = set()

    def close() -> None:
        if len(run) >= COPIED_RUN:
            drop.update(run)
        run.clear()

    for i, key in enumerate(keys):
        if P.word_count(key) < 8:
            continue
        if key not in first:
            first[key] = i
            close()
            continue
        if run and first[key] <= first[keys[run[-1]]]:
            close()
        run.append(i)
    close()
    return drop
