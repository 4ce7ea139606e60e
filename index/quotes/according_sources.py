"""The source after "according to" when the speaker reader finds none in it.

"According to" always credits a source, so a sentence holding it reports someone's
words even when the phrase after it is no name or speaker noun the reader knows:
"according to reports", "According to some on social media, ...", "according to
sums by Ann Marsh of the institute". The agent after "by" or "from" speaks when it is
a name or a description; otherwise the phrase itself is the source, as written.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.event_forms import agent_after_by, document_owner_phrase
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_MAX_WORDS = 6  # a longer phrase is no plain source
_REACH = 14  # words read for an agent after "by" or "from"
_AGENT_LINKS = lexicon.words("by from")
_POSTMODIFIERS = lexicon.words("of on in at from with for")
_NO_SOURCE = lexicon.words(
    """
    that this these those which what whether how when where why it if plan plans
    his her their its our my your
    """
)  # clause words; an owner's noun is what is done "in accordance with" ("for "R,"
# according to their preference"), not a source the reader missed


def unread_source(
    tokens: list[Token], to: int, floor_of: list[int]
) -> tuple[Mention, int] | None:
    """The source credited by "according to" (``to`` is the index of "to") and the
    index of its last token, in a sentence holding a quotation (``floor_of`` gives each
    token's sentence start), read as the words up to the next punctuation or quotation;
    None when no words follow, when they run long, open on a clause word or an owner
    ("according to what ...", "according to plan", "according to their taste") or run into
    a quotation."""
    start = to + 1
    floor = floor_of[to]
    last = floor
    while last < len(tokens) and floor_of[last] == floor:
        last += 1
    if not any(t.kind == "q" for t in tokens[floor:last]):
        return None  # no quotation to credit: no speaker to make salient either
    end = start
    while end < len(tokens) and tokens[end].kind == "w" and end - start < _REACH:
        end += 1
    words = tokens[start:end]
    if not words or words[0].lower in _NO_SOURCE or end < len(tokens) and tokens[end].kind == "q":
        return None  # 'according to the "Care for All" paper': the quotation is its name
    for m in range(start + 1, end - 1):
        if tokens[m].lower in _AGENT_LINKS:
            agent = agent_after_by(tokens, m)  # "according to sums by Ann Marsh"
            if agent is not None:
                return agent, end - 1
            break
    if len(words) > _MAX_WORDS:
        return None
    text = " ".join(t.text for t in words)
    cut = next((k for k, t in enumerate(words) if k and t.lower in _POSTMODIFIERS), len(words))
    head = words[cut - 1].lower  # "some on social media": "some"; "Ann's memoir": "memoir"
    mention = Mention(text, "nominal", words[0].start, words[-1].end, head=head)
    if any(t.possessive and t.capitalised for t in words):  # "according to Ann Marsh's memoir"
        mention = document_owner_phrase(tokens, mention) or mention
    return mention, end - 1

