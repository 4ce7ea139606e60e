"""Words shaped like a speech cue that are no cue where they stand: a cue word ending
"a ..." ("a sharp reply"). Asked by
:func:`events.find_events`."""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_PAST_WITHOUT_ED = lexicon.words("said told wrote read thought felt put")



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
