"""A quotation inside a sentence's opening subordinate clause.

"When Ross shouted, "Pike," Hale joked", "Even as Hale claimed that "the mayor got off
lightly," Reed said ...": the quotation ends on a comma, so the cue after it reads like
its attribution ("“…,” Hale joked"), yet it stands in the clause the sentence opens
with ("When ...", "As ...", "While ..."), whose own cue and subject come before it. The
quoted words are that clause's; the main clause's speaker speaks after them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon
from warreader.index.quotes.clause_subjects import first_subject
from warreader.index.quotes.cue_punctuation import after_first_comma

if TYPE_CHECKING:
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.mentions import Mention
    from warreader.index.quotes.tokens import Token

# Not "if", "unless" nor "whether": read as opening clauses they lost two PolNeAR train
# lines (the fifteenth round's census).
_SUBORDINATORS = lexicon.SUBORDINATORS - lexicon.words("if unless whether")
_LEADS = lexicon.words("but and yet even just")  # "But even as ...", "Just as ..."
_CLAUSE_REACH = 14  # tokens between the clause's cue and its quotation
_ENDS_CLAUSE = frozenset((";", ":", "(", ")"))


def opening_clause_event(para, qi: int, before: list, strong):
    """The event of the opening subordinate clause holding the quotation at ``qi``: the
    last of ``before`` (events ending before it) that passes ``strong`` (the caller's
    test of a cue near enough to speak) and stands in that clause; else None."""
    tokens = para.tokens
    k = floor = para.floor_of[qi]
    while k < qi and k - floor < 2 and tokens[k].lower in _LEADS:
        k += 1
    if tokens[k].kind != "w" or tokens[k].lower not in _SUBORDINATORS:
        return None
    own = [e for e in before if e.first > k and qi - e.last <= _CLAUSE_REACH and strong(e)]
    if not own:
        return None
    e = own[-1]
    if tokens[qi - 1].text == "," and e.last != qi - 2:
        return None  # "When Ross asked him about it, “…,” Hale said": the clause closed
    if any(t.kind == "q" or t.text in _ENDS_CLAUSE for t in tokens[e.last + 1 : qi]):
        return None
    return e


_CLAUSE_OPENERS = _SUBORDINATORS | lexicon.words("but and")


def clause_start(tokens, floor: int, first: int) -> int:
    """Where the clause holding the token ``first`` starts: after the last subordinator
    or "but"/"and" between the sentence's start ``floor`` and it, else ``floor``."""
    for k in range(first - 1, floor - 1, -1):
        if tokens[k].kind == "w" and tokens[k].lower in _CLAUSE_OPENERS:
            return k + 1
    return floor


def main_clause_subject(
    tokens: list[Token], floor: int, opening: Event, i: int
) -> Mention | None:
    """The subject of the main clause when the event ``opening`` stands in the clause
    the sentence opens with, maybe after a phrase ("When Quint pressed Dorn on the deal,
    he shrugged and said", "Back in June, when Quint ..."):
    a verb coordinated after that clause ("and said", before token ``i``) is its main
    clause's, so its subject opens the words after the clause's comma ("he"); else None."""
    opens = any(  # at the start, after a lead ("But when") or a phrase ("Last week, when")
        tokens[k].lower in _SUBORDINATORS
        and (k == floor or tokens[k - 1].lower in _LEADS or tokens[k - 1].text == ",")
        for k in range(floor, min(opening.first, floor + 8))
    )
    if not opens:
        return None
    main = after_first_comma(tokens, opening.last + 1, i - 1)
    found = first_subject(tokens, main, i - 1) if main is not None else None
    return found[0] if found is not None else None
