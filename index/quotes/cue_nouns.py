"""Words shaped like a speech cue that are no cue where they stand: "state" as a noun
("Florida state archivist"), a cue word ending "a ..." ("a sharp reply"). Asked by
:func:`events.find_events`."""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_PAST_WITHOUT_ED = lexicon.words("said told wrote read thought felt put")


# Words that open the object or complement of "state" used as a verb ("they state that",
# "the rules state their aim", "state clearly").
_STATE_OBJECT = lexicon.words(
    "that the a an their his her its our my your this these those what how why whether "
    "as in on at to for"
)


def state_noun(tokens: list[Token], j: int, floor: int) -> bool:
    """Is "state" at ``j`` a noun: after a capitalised word that is no plural subject
    ("Florida state archivist", "a Democratic state", "Frankfurt's state of"), before
    "of", or before a lower-case word that opens no object ("state voter data")?"""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "w" and (
        nxt.lower == "of"
        or not nxt.capitalised
        and nxt.lower not in _STATE_OBJECT
        and not nxt.lower.endswith("ly")
    ):
        return True
    before = tokens[j - 1] if j > floor else None
    return (
        before is not None
        and before.kind == "w"
        and before.text[:1].isupper()
        and (before.possessive or not before.text.endswith("s"))
        and before.lower not in lexicon.PRONOUNS
    )


def indefinite_noun(tokens: list[Token], mention: Mention, j: int) -> bool:
    """Is the cue word at ``j`` a noun ending "a ..." right before it: "a Trump-style
    retort", "a sharp reply"? A singular subject with "a" takes "replies" or "replied",
    never the bare form; "helped a journalist write" keeps its person."""
    low = tokens[j].lower
    last = mention.text.rsplit(" ", 1)[-1].lower()
    return (
        j > 0
        and tokens[j - 1].end == mention.end
        and mention.text.lower().startswith(("a ", "an "))
        and not low.endswith(("s", "ed", "ing"))
        and low not in _PAST_WITHOUT_ED
        and last not in job_lex.PERSON_NOUNS
        and last not in org_lex.ORG_NOUNS
    )
