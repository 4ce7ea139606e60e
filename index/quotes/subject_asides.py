"""Asides between a speaker and the reporting verb, read back from the verb's comma: a
bracketed party code ("Gov. Ann Marlow (D-Ore.), said"), a ", who ..." clause, a short
adverbial aside (", for example,", ", clearly frustrated,"). Used by
:mod:`index.quotes.cue_subjects`.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon, org_lex
from warreader.index.quotes.appositives import before_party_state
from warreader.index.quotes.clause_subjects import adverb_like
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token


def skip_parenthesis(tokens: list[Token], end: int, floor: int) -> int:
    """Step back over a short "(AP)" that ends just before ``end``."""
    if end > floor and tokens[end - 1].text == ")":
        k = end - 1
        while k > floor and tokens[k].text != "(" and end - k < 6:
            k -= 1
        if tokens[k].text == "(":
            return k
    return end


def bracketed_name(
    tokens: list[Token], i: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Gov. Ann Marlow (D-Ore.), said": a name opening its clause, a short bracket and a
    comma before the verb at ``i``; not "chairman of Acme (a PAC), said"."""
    bracket = skip_parenthesis(tokens, i - 1, floor)
    if any(t.kind == "w" and not t.capitalised for t in tokens[bracket : i - 1]):
        return None  # "(a local charity)": an aside, no party code
    words = left_phrase(tokens, bracket) if bracket < i - 1 else []
    named = build(words) if words else None
    opens = bracket - len(words)
    if named is not None and named.kind == "name" and words[0].capitalised and (
        opens == floor or tokens[opens - 1].kind != "w"
    ):  # not "Tom Dray, head of the Union of Bakers (UB), said": an appositive's end
        return named, "", opens
    return None


_WHO_REACH = 30  # tokens back from a verb to the ", who" opening its subject's clause


def who_antecedent(
    tokens: list[Token], i: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Paul Dorn, who lives outside the county seat, Elmwood, said" and "Kemp,
    meanwhile, who holds no post, said": the name before the ", who" whose clause ends
    at the comma before the verb at ``i``, past an adverb aside or a party and state
    (", R-Ohio,"); None if there is none."""
    for w in range(i - 3, max(floor, i - _WHO_REACH), -1):
        token = tokens[w]
        if token.kind == "q" or token.lower in ("which", "that", "and"):
            return None
        if token.lower != "who" or token.capitalised or tokens[w - 1].text != ",":
            continue
        end = before_party_state(tokens, skip_aside_adverb(tokens, w - 1, floor))
        words = left_phrase(tokens, end)  # "Tim Ruiz, R-Ohio, who ..., said": past the code
        mention = build(words) if words else None
        if mention is None or mention.kind != "name":
            return None
        return mention, "", end - len(words)
    return None


# Two-word adverbials that stand between commas after a subject ("The campaign, for
# example, said").
ASIDE_PHRASES = frozenset(
    tuple(pair.split())
    for pair in (
        "for example", "for instance", "of course", "in fact", "in turn", "in response",
        "by contrast", "in contrast", "in particular", "as well", "at least", "in part",
    )
)


_NOT_IN_SHORT_ASIDE = lexicon.words("who which that whose and but or the a an his her their")


def short_aside(tokens: list[Token], i: int, floor: int) -> int | None:
    """The comma opening a short aside of one to three lower-case words before the comma
    at ``i - 1`` ("Pell, clearly frustrated, responded"), none of them a cue, a relative
    or a determiner; None otherwise."""
    for k in range(i - 3, max(floor, i - 5), -1):
        if tokens[k].text == ",":
            inside = tokens[k + 1 : i - 1]
            ok = all(
                t.kind == "w" and not t.capitalised and t.lower not in _NOT_IN_SHORT_ASIDE
                and t.lower not in cue_lex.CUE_VERBS
                for t in inside
            )
            return k if ok else None
    return None


def skip_aside_adverb(tokens: list[Token], end: int, floor: int) -> int:
    """Step back from the comma at ``end`` over an adverb between commas (", meanwhile")."""
    if end - 2 > floor and tokens[end - 2].text == "," and tokens[end - 1].kind == "w" and (
        not tokens[end - 1].capitalised
        and (adverb_like(tokens[end - 1].lower) or tokens[end - 1].lower in lexicon.ADVERBS)
    ):
        return end - 2
    return end


_AUTHORED = lexicon.words("released issued published written signed filed commissioned")
_AGENT_STARTS = lexicon.words("the a an")
_DOCUMENT_ASIDE_REACH = 14  # tokens between the document's comma and the verb's


def document_aside(tokens: list[Token], i: int, floor: int) -> int | None:
    """The comma after a document's noun opening an aside that names its author before
    the comma at ``i - 1`` ("The report, by the Commons home affairs committee, said",
    "The memo, written by a senior civil servant, warns"): the document is the verb's
    subject. "by" must lead a name, a determiner or a number, so that ", by then," and
    ", by next spring," are no such aside; None otherwise."""
    for k in range(i - 3, max(floor, i - 2 - _DOCUMENT_ASIDE_REACH), -1):
        if tokens[k].kind != "w":
            if tokens[k].text != "," or tokens[k - 1].lower not in org_lex.DOCUMENT_NOUNS:
                return None
            by = k + 2 if tokens[k + 1].lower in _AUTHORED else k + 1
            if tokens[by].lower != "by" or by + 1 >= i - 1:
                return None
            agent = tokens[by + 1]
            ok = agent.capitalised or agent.lower in _AGENT_STARTS or agent.text.isdigit()
            owned = any(t.possessive for t in tokens[by + 1 : i - 1])  # "by Ann Roe's
            # reckoning": a manner, no author
            return k if ok and not owned and not tokens[k - 1].capitalised else None
    return None
