"""Who a paragraph of narration is about, for a quotation that follows it with no cue.

Wire copy gives each sentence its own paragraph, so a speaker's quotation often comes a
paragraph or two after the sentence that named them, with narration between ("Hale
was quoted ..." / "The plant employs 300 people." / "“It will stay open.”"). Readers
carry the speaker over such narration as long as it stays on topic: its grammatical
subjects are the speaker (by name, "he" or "she", or the role the speaker was given) or
things that do not speak ("The plant", "Standards"). A sentence whose subject is another
person or body ("The tenants' union called a meeting", "Pike was furious") moves the
topic on, and the quotation is no longer plainly the last speaker's.
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.clause_subjects import (
    adverb_like,
    after_opening_phrase,
    index_at,
    sentence_subject,
)
from warreader.index.quotes.mention_roles import DETERMINERS, job_word
from warreader.index.quotes.reading import Attribution
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.tokens import Token, tokenize

# Subjects that point at no agent: "It was a long night", "This will need skills".
_NEUTRAL_PRONOUNS = lexicon.words("it this that there")
# Words that end the opening noun phrase read for a body or person ("The plant employs").
_PHRASE_ENDS = lexicon.words(
    "of is are was were has have had will would can could may might must should also to "
    "that which who whose"
)


def keeps_topic(text: str, last: Attribution) -> bool:
    """Is every sentence of the narration ``text`` (no quotation, no speech verb) about
    the ``last`` speaker or about no other agent at all?"""
    bounds = sentence_bounds(text, [])
    if not bounds:
        return False
    names = {w.strip(".,'’") for w in (last.speaker or "").split()}
    roles = set((last.role or "").lower().split())
    for start, end in bounds:
        tokens = tokenize(text, [], start, end)
        if tokens and not _sentence_keeps(tokens, names, roles):
            return False
    return True


def _sentence_keeps(tokens: list[Token], names: set[str], roles: set[str]) -> bool:
    """Does the sentence of ``tokens`` keep the topic (see :func:`keeps_topic`)?"""
    main = after_opening_phrase(tokens, 0, len(tokens))
    start = main if main is not None else 0
    found = sentence_subject(tokens, len(tokens), 0)
    first = index_at(tokens, found[0].start) if found is not None else None
    if found is not None and first is not None and first >= start and (
        all(
            t.kind == "w" and (t.capitalised or t.lower in lexicon.DETERMINERS)
            for t in tokens[start:first]
        )  # the phrase opening the main clause, not a name inside a later phrase
        or found[0].kind == "name" and _after_opening_commas(tokens, start, first)
    ):
        mention = found[0]
        if mention.kind == "pronoun":
            return mention.head in ("he", "she") or mention.head in _NEUTRAL_PRONOUNS
        if mention.kind == "name":
            own = mention.name or mention.text
            return not mention.possessive and any(w in names for w in own.split())
        return mention.head in roles  # "the minister", when that is the speaker's role
    return not _agent_phrase(tokens, start)


def _after_opening_commas(tokens: list[Token], start: int, first: int) -> bool:
    """Do only words and commas stand before the subject at ``first``, the last a comma
    ("Later, Okafor was unimpressed.", "On Tuesday, however, Grant hit back.")?"""
    return first > start and tokens[first - 1].text == "," and all(
        t.kind == "w" or t.text == "," for t in tokens[start:first]
    )


# A quotation opening on the words that address someone: "“Mr Hale, did you ...?”",
# "“Senator, ...”" (up to four capitalised words, then a comma).
_VOCATIVE = re.compile(r"\s*[\"“‘']\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*,")
_ADDRESS_WORDS = lexicon.words("sir madam madame")


def addresses_speaker(text: str, last: Attribution) -> bool:
    """Does the quotation opening ``text`` address the ``last`` speaker, by a name of
    theirs, their role or a bare "Sir" ("“Mr Hale, did you delete the emails?”",
    "“Senator, ...”" for Senator Hale)? Such a quotation is somebody else's question
    to them, never their own words."""
    found = _VOCATIVE.match(text)
    if found is None:
        return False
    names = {w.strip(".,'’") for w in (last.speaker or "").split()}
    roles = set((last.role or "").lower().split())
    words = [w.strip(".'’") for w in found.group(1).split()]
    if len(words) == 1 and words[0].lower() in _ADDRESS_WORDS:
        return True
    return any(w in names or w.lower() in roles for w in words)


def _agent_phrase(tokens: list[Token], start: int) -> bool:
    """Does the noun phrase opening the main clause at ``start`` name a person or a body
    by a common noun ("The tenants' union", "Local ministers")?"""
    for token in [t for t in tokens[start : start + 6] if t.kind == "w"][:4]:
        if token.lower in _PHRASE_ENDS:
            return False
        low = token.lower
        if low in org_lex.ORG_NOUNS or low in job_lex.PERSON_PLURALS or job_word(low):
            return True
    return False


# Words that join a sentence to the one before without a subject of their own: "But",
# "Instead,", "Then,", "Indeed,", "Specifically,".
_CONNECTIVES = lexicon.ADVERBS | lexicon.words("but and yet so indeed")


def opens_on_quotation(tokens: list[Token], qi: int) -> bool:
    """Does the paragraph open on its quotation at token ``qi``, with at most determiners
    before it ("“…”", "The “…”"), or one connective word and its comma ("Instead, “…”",
    "But “…”")? Such a paragraph names no new speaker: it goes on with the voice of the
    paragraph before."""
    if qi <= 2 and all(t.kind != "w" or t.lower in DETERMINERS for t in tokens[:qi]):
        return True
    if not 1 <= qi <= 2 or tokens[0].kind != "w" or not tokens[0].capitalised:
        return False
    if qi == 2 and tokens[1].text != ",":
        return False
    low = tokens[0].lower
    return low in _CONNECTIVES or adverb_like(low)
