"""The words between a subject and its reporting verb that are not the subject:
adverbs ("Reznikov also said"), a day ("The EU on Wednesday called"), a time ("The Farm
Board last week said", "Ann Marsh less than three days ago said") and a passive report
("was quoted as saying", "is understood to have said")."""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.clause_subjects import DAYS, adverb_like
from warreader.index.quotes.tokens import Token


def skip_adverbs_left(tokens: list[Token], i: int, floor: int) -> int:
    """The index where the subject of the verb at ``i`` ends: before a passive report,
    "goes on to", up to three adverbs or days, and a time phrase."""
    # "was quoted as saying", "is understood to have said": the subject comes before.
    k = i
    while k > floor and tokens[k - 1].lower in _PASSIVE_REPORT and not tokens[k - 1].capitalised:
        k -= 1
    if k < i and any(t.lower in ("quoted", "reported", "understood") for t in tokens[k:i]):
        i = k
    if i - 3 >= floor and [t.lower for t in tokens[i - 3 : i]][1:] == ["on", "to"] and (
        tokens[i - 3].lower in ("goes", "went", "go", "going")
    ):
        i -= 3  # "Corbett goes on to criticise"
    if i - 3 > floor and tokens[i - 1].text == "," and tokens[i - 3].text == "," and (
        _aside(tokens[i - 2])
    ):
        i -= 3  # "The two councillors, however, argue": the adverb between commas
    steps = 0
    while (
        i > floor
        and steps < 3
        and tokens[i - 1].kind == "w"
        and (
            not tokens[i - 1].capitalised
            and (tokens[i - 1].lower in lexicon.ADVERBS or adverb_like(tokens[i - 1].lower))
            or tokens[i - 1].lower in DAYS  # "The European Union on Wednesday called"
            and i - 2 > floor
            and tokens[i - 2].lower in ("on", "last", "this", "next")
        )
    ):
        i -= 1
        steps += 1
    return _skip_time(tokens, i, floor)


def _aside(token: Token) -> bool:
    """An adverb that stands between commas ("however", "meanwhile", "too")."""
    return token.kind == "w" and not token.capitalised and (
        token.lower in lexicon.ADVERBS or adverb_like(token.lower)
    ) and token.lower not in _NOT_ASIDES


_NOT_ASIDES = lexicon.words("has have had was is are were will would could should may might")


_TIME_UNITS = lexicon.words("week weeks month months year years night day days weekend hours")
_TIME_WORDS = lexicon.words(
    "last this next that earlier than less more about nearly almost just only a an few two "
    "three four five six seven eight nine ten several"
)
_TIME_REACH = 6  # tokens of "less than three days ago"


def _skip_time(tokens: list[Token], i: int, floor: int) -> int:
    """Step back from the verb at ``i`` over a time phrase between subject and verb:
    "last week", "earlier this month", "less than three days ago"; else ``i``."""
    k = i - 1
    if k - 1 <= floor or tokens[k].kind != "w" or tokens[k].capitalised:
        return i
    if tokens[k].lower == "ago":
        k -= 1
    if tokens[k].lower not in _TIME_UNITS:
        return i
    n = k - 1
    while n > floor and i - n <= _TIME_REACH and tokens[n].kind == "w" and (
        not tokens[n].capitalised and (tokens[n].lower in _TIME_WORDS or tokens[n].text.isdigit())
    ):
        n -= 1
    if n == k - 1 or tokens[n + 1].lower in ("a", "an", "that", "than", "more"):
        return i  # no time word, or "a week" that may be an object
    return n + 1


_PASSIVE_REPORT = frozenset(
    lexicon.words(
        """
    was is were are been being has have had quoted as reported understood to
    """
    )
)
