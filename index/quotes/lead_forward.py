"""Where the paragraph after a news lead names the person the lead described, beyond a
name opening it (see :mod:`warreader.index.quotes.lead_names`): a definite description
that says which one ("The leader of the TGWU has said ...", "according to the head of the
inquiry into the project") and a paragraph that opens on its quotation and credits it
next ('"My son gave his life," Tom Hale, whose son died in 2011, told reporters') when the
name ties itself to the description: a "whose" clause of its own story or an apposition
holding the noun (a bare '"We are appealing for witnesses," Ann Rook told reporters' after
"A witness said ..." is another voice).
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.lead_names import DEBATING, OPENING_NAME, QUOTE_FIRST, answers

# A definite description that says which one it means by a body after "of": "the leader
# of the TGWU", "the head of the inquiry into the project". Not one premodified ("the
# Tory leader", "The US president", "The Chelsea manager"): an office whose holder a
# rival answers by bare name ("John Kerry said ..."), as fwd29's near misses show.
_OF_BODY = re.compile(r"(?i)^the (?:[a-z-]+ ){0,2}([a-z]+) of (?:the|a|an) \S")
# Offices of a state, a city or a team, whose holders' rivals answer them by name: "the
# president of the United States", "the manager of the club".
_OFFICES_ANSWERED = job_lex.OFFICES - lexicon.words(
    "leader chairman chairwoman chief executive director judge prosecutor"
)
# Words of a side (a party, a nation): "the leader of the Conservative Party" is answered
# by the other side's leader, named bare ("Tony Blair said ...").
_SIDES = job_lex.NATIONAL_ADJECTIVES | lexicon.words(
    "democratic democrat democrats republican republicans gop labour tory tories "
    "conservative conservatives liberal liberals party"
)


def specified(description: str) -> bool:
    """Does a definite ``description`` say which one it means by a body after "of" ("the
    leader of the TGWU", "the head of the inquiry into the project"), its noun no office
    of a state or a team (:data:`_OFFICES_ANSWERED`: "the president of the United
    States") and no word of a side in it (:data:`_SIDES`: "the leader of the Welsh
    Conservatives")?"""
    found = _OF_BODY.match(description)
    if found is None or found.group(1).lower() in _OFFICES_ANSWERED:
        return False
    return not any(re.sub(r"['’]s$", "", w.lower()) in _SIDES for w in description.split())


def quoted_first(text: str, head: str) -> int | None:
    """Where the name crediting a paragraph's opening quotation stands ('"We lost," Tom
    Hale told ...' -> at "Tom"), or 0 when the paragraph opens on no quotation; None
    when it opens on one and ``head`` is a noun of debate (:data:`lead_names.DEBATING`),
    whose quotation after the lead may answer it ('"That is wrong," Tom Hale said'), or
    when the paragraph answers (:func:`lead_names.answers`) or speaks of "the <head>"."""
    found = QUOTE_FIRST.match(text)
    if found is None:
        return None if text[:1] in "\"“" else 0
    if head in DEBATING or answers(text) or re.search(rf"\b[Tt]he {re.escape(head)}\b", text):
        return None  # '"It is untrue," Tom Hale told ...', '"The father is wrong."'
    if not _tied(text, found.end(), head):
        return None  # '"We are appealing for witnesses," Ann Rook told reporters' after "A
        # witness said ...": a bare name crediting a quotation is another voice (bblind29's F13)
    return found.end()


def _tied(text: str, at: int, head: str) -> bool:
    """Does the name at ``at`` tie itself to a description of noun ``head``: a "whose"
    clause of the person's own story (:data:`_OWN_STORY`: '"My son gave his life," Tom
    Hale, whose son died in 2011, told'; not "whose airline ran the flight") or an
    apposition holding the noun ("Tom Hale, a miner at the pit,")?"""
    found = OPENING_NAME.match(text, at)
    if found is None:
        return False
    between = text[found.end(1) : found.start(3)].lower()
    words = re.findall(r"[a-z]+", between)
    if between.startswith(", whose "):
        return len(words) > 1 and words[1] in _OWN_STORY
    return found.group(2) is not None and head in words


# What a "whose" clause tells of the person's own story: a family, a body, a home.
_OWN_STORY = lexicon.words(
    "son sons daughter daughters child children baby husband wife partner father mother "
    "parents brother brothers sister sisters family grandson granddaughter nephew niece "
    "fiance fiancee leg legs arm arms eye eyes injuries wounds home house"
)
