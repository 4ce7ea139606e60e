"""The subject of a reported clause broken by an aside: "Mrs. Clinton, she said, had
visited Ohio." The name opens the sentence but is what the speaker of the aside spoke
of; the aside's "she" is someone else, the person the paragraph is about. A quotation's
"she said" right after it goes on from the aside's speaker, never to the name the aside
spoke of (a speaker does not say "Mrs. Clinton, she said" of herself).
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex
from warreader.index.quotes.reading import Para

_NAME_WORDS = 4  # capitalised words of the name before the aside


def aside_subject_runs(para: Para, j: int, pronoun: str) -> tuple[tuple[str, ...], ...]:
    """The name (a run of its words) opening the sentence before the one of the subject
    pronoun at token ``j`` in ``para``, when an aside of the same ``pronoun`` and a
    speech verb follows it ("Mrs. Clinton, she said, had ..."). Empty otherwise."""
    tokens = para.tokens
    if not 0 < para.floor_of[j] < len(tokens):
        return ()
    s = para.sentence_of[j] - 1
    k = floor = para.floor_of[para.floor_of[j] - 1]
    while k < len(tokens) and k - floor < _NAME_WORDS and tokens[k].kind == "w" and (
        tokens[k].capitalised
    ):
        k += 1
    if k == floor or k + 3 >= len(tokens) or para.sentence_of[k + 3] != s:
        return ()
    comma, said, close = tokens[k], tokens[k + 2], tokens[k + 3]
    if comma.text != "," or tokens[k + 1].lower != pronoun or close.text != ",":
        return ()
    if said.lower not in cue_lex.CUE_VERBS:
        return ()
    words = [t.bare for t in tokens[floor:k]]
    return (tuple(words[-2:]),)
