"""Quoted words inside an owner's saying noun and its "of" phrase ("Tom Hale's promise of
"a new dawn"", "his claim of a "landslide"", "Hale's description of the talks as "a
farce""): the words are the owner's, whoever's verb governs the phrase ('Ann Roe mocked
Tom Hale's promise of "…"'). Used by :func:`given_words.given_speaker`.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.event import Event
from warreader.index.quotes.quoted_context import titled_quote
from warreader.index.quotes.reading import Para
from warreader.index.quotes.terms import owner_mention

# Nouns for something said whose content an "of" phrase gives; not "memory", "version",
# "account" (a telling, not these words), "vision" or "plan" (a thing planned), nor "talk"
# ("mocking Fenn's talk of a "…"" may quote the mocker's scorn: test_quotes_conjunction_subject),
# nor "charges" ("Tom Hale's charges of "dangerous driving"" are the court's: review revR27 F3).
_OF_SAYINGS = lexicon.words(
    """
    assertion assertions claim claims promise promises pledge accusation accusations
    warning warnings prediction predictions boast boasts
    """
)
# Nouns for a saying that labels its object with "as": "his description of the talks as".
_AS_SAYINGS = lexicon.words("description characterisation characterization portrayal")
_AS_REACH = 6  # words of the described object between "of" and "as"


def owned_saying_speaker(para: Para, qi: int) -> Event | None:
    """The owner of a saying noun whose "of" phrase holds the quotation at ``qi``, as a
    weak event at the noun: "Hale's promise of "…"", "his claim of a "…"" (an article may
    stand between), "Hale's description of the talks as "…"". The owner is a name in the
    possessive or his, her, their, not opening the sentence; the quotation no capitalised
    title ('her promise of a "Clean Air Act"'). None otherwise."""
    tokens = para.tokens
    floor = para.floor_of[qi]
    k = qi - 1
    if k > floor and tokens[k].lower in lexicon.DETERMINERS:
        k -= 1
    if k - 2 < floor:
        return None
    if tokens[k].lower == "of" and tokens[k - 1].lower in _OF_SAYINGS:
        of = k
    elif tokens[k].lower == "as":
        of = next(
            (o for o in range(k - 2, max(floor, k - 1 - _AS_REACH), -1) if tokens[o].lower == "of"),
            -1,
        )
        if of - 2 < floor or tokens[of - 1].lower not in _AS_SAYINGS or any(
            t.kind != "w" for t in tokens[of + 1 : k]
        ):
            return None
    else:
        return None
    opening = of - 2
    while opening - 1 >= floor and tokens[opening - 1].kind == "w" and (
        tokens[opening - 1].capitalised
    ):
        opening -= 1  # "Vladimir Putin's claims": the owner's whole name (revR27 F5)
    if opening == floor:
        return None  # the owner opens the sentence: 'Russia's claims of a "…" were
        # dismissed' is read as before (a term there)
    noun, owner = tokens[of - 1], tokens[of - 2]
    if noun.kind != "w" or owner.kind != "w" or noun.capitalised:
        return None
    return owner_event(para, qi, of - 2, of - 1, of - 1)


def owner_event(para: Para, qi: int, at: int, noun: int, last: int) -> Event | None:
    """A weak event for the quotation at ``qi`` whose speaker is the owner at token ``at``
    (a possessive name, "his", "her", "their") of the saying noun at ``noun``, spanning
    ``at`` to ``last``; None for another owner, a capitalised title quoted ('Obama's "Yes We
    Can" line' is a slogan's name) or no mention to read there. Shared by the owned
    sayings here and ``given_words``' 'Hale's "..." remark'."""
    tokens = para.tokens
    owner = tokens[at]
    if not (owner.lower in ("his", "her", "their") or owner.possessive and owner.capitalised):
        return None
    span = para.spans[tokens[qi].quote]
    if titled_quote(para.text[span.start : span.end]):
        return None
    mention = owner_mention(tokens, at)
    if mention is None:
        return None
    return Event(tokens[noun].text, noun, mention, weak=True, first=at, last=last)
