"""What a group says: its members earliest first, the two flags, the words that differ.

*Worded differently*: two members credited to the same speaker are near-identical but
not the same words (one being only a part of the other does not count). *Credited
differently*: the same quotation (the same words, a part of them, or a near-identical
version) is credited to two different named speakers. Only pairs that are related
directly count: two disjoint parts of one long quote are not "worded differently".
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import combinations

from warreader.index.provenance.grouper import Entry
from warreader.index.provenance.model import Group, Member
from warreader.index.provenance.normalise import fold_word, word_spans
from warreader.index.provenance.relate import same_speaker, same_words

MAX_PAIRS = 200
"""Members compared pairwise for the flags (beyond that, each with the earliest only)."""


def order_key(member: Member) -> tuple:
    """Earliest first: dated before undated, then by path and place in the article."""
    return (member.date is None, member.date or "", member.path or member.article, member.start)


def build_group(gid: int, entries: list[Entry]) -> Group:
    """The :class:`Group` of these filed quotes, with flags and per-member differences."""
    entries = sorted(entries, key=lambda e: order_key(e.member))
    group = Group(id=gid, members=[e.member for e in entries])
    first = entries[0]
    for e in entries[1:]:
        if not same_words(e.words, first.words) and changed_spans(e.member.text, first.member.text):
            group.reworded.add(e.member.key)
        if e.speaker and first.speaker and not same_speaker(e.speaker, first.speaker):
            group.recredited.add(e.member.key)
    pairs = combinations(entries, 2) if len(entries) <= MAX_PAIRS else (
        (first, e) for e in entries[1:]
    )
    for a, b in pairs:
        if not (a.speaker and b.speaker) or not a.related(b):
            continue
        if not same_speaker(a.speaker, b.speaker):
            group.credited_differently = True
        elif not same_words(a.words, b.words):
            group.worded_differently = True
        if group.worded_differently and group.credited_differently:
            break
    return group


def changed_spans(text: str, earliest: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of the words that differ from ``earliest``:
    replaced or added inside the stretch both versions cover. Words only dropped, and
    words before or after that stretch (a longer or shorter cut of the quotation),
    leave nothing to mark; so do versions too different to align (over half changed)."""
    spans = word_spans(text)
    words = [fold_word(text[s:e]) for s, e in spans]
    base = [fold_word(earliest[s:e]) for s, e in word_spans(earliest)]
    if not words or not base or same_words(tuple(base), tuple(words)):
        return []
    ops = SequenceMatcher(None, base, words, autojunk=False).get_opcodes()
    while ops and ops[0][0] != "equal":  # before the shared stretch
        ops.pop(0)
    while ops and ops[-1][0] != "equal":  # after it
        ops.pop()
    out = [(spans[j1][0], spans[j2 - 1][1])
           for op, _i1, _i2, j1, j2 in ops if op in ("replace", "insert") and j1 < j2]
    if sum(j2 - j1 for op, _i1, _i2, j1, j2 in ops if op != "equal") * 2 > len(words):
        return []
    return out
