"""A named subject with a prepositional adjunct between it and its verb ("Tom Hale in
Leeds praised", "Ann Roe during a Sunday rally thanked"): the name that opens the
sentence is the verb's subject, never the object of the adjunct's preposition (Leeds,
Sunday) that the phrase reader finds right before the verb.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.group_subjects import QUANTIFIERS
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.tokens import Token

# Prepositions that open an adjunct of place or time after a subject ("in Leeds", "during
# a visit", "on Sunday"). Not "with" ("Hale with Roe": two people), nor "of" ("Fans of Hale"
# is no adjunct), nor "by", "for", "against" (an object or an agent may follow).
_OPENERS = lexicon.words("in at on during from near outside inside throughout over amid")
# Words that end the adjunct: another clause, a list, a relative, a verb.
_STOPS = lexicon.BE | lexicon.words(
    """
    and or but nor who whom whose which that where when while as if because
    has have had will would may might can could should shall must do does did
    not never also then
    """
)
# The head of a body's name, which a preposition may continue ("Council on Foreign
# Relations", "Centre for ...").
_BODY_WORDS = org_lex.ORG_NOUNS | org_lex.ORG_SUFFIXES
_DISPLAY_VERBS = lexicon.words("read reads")
_REACH = 8  # tokens of the adjunct, preposition included


def subject_before_adjunct(
    tokens: list[Token], i: int, floor: int
) -> tuple[Mention, str, int] | None:
    """The name opening the sentence at ``floor`` when the words from it to the verb at
    ``i`` are that name (a person's with a given name may have an "of" affiliation: "Ann
    Roe of the Green Party in Leeds") and then one adjunct opened by a preposition of place or time,
    holding only nouns, articles, capitalised words and prepositions ("Tom Hale in Leeds",
    "Ann Roe during a visit to Leeds"); with its first token index. None when the
    sentence opens on anything else ("Fans of Hale in Leeds", "Hale's aides in Leeds"),
    the name is a modifier ("Hale supporters in Leeds"), or the stretch holds a verb, a
    list, a clause or punctuation ("Hale in Leeds and Roe in York said", "Hale met fans
    in Leeds who said")."""
    if i - floor < 3 or i >= len(tokens) or tokens[i].lower in _DISPLAY_VERBS:
        return None  # "Banners on the fence read "…"": a thing displays, nobody speaks
    run = floor
    while run < i and tokens[run].kind == "w" and tokens[run].capitalised and not (
        tokens[run].possessive
    ):
        run += 1
    name_end = run
    if run - floor >= 2 and tokens[run].lower == "of" and (
        tokens[floor].lower in name_lex.first_names()
    ):
        run = _past_affiliation(tokens, run + 1, i)  # "Ann Roe of the Green Party in Leeds"
    if run == floor or run >= i - 1 or tokens[run].lower not in _OPENERS:
        return None
    if name_lex.participle(tokens[floor].lower) or tokens[floor].lower.endswith("ing"):
        return None  # "Speaking at Leeds United Tom Hale said": an opening participle
    if tokens[floor].lower in lexicon.SENTENCE_OPENERS or tokens[floor].lower in QUANTIFIERS:
        return None  # "Some Democrats in the Senate said": a group and its postmodifier
    if tokens[run].capitalised or i - run > _REACH:
        return None
    if tokens[run - 1].lower in _BODY_WORDS and tokens[run + 1].capitalised:
        return None  # "The Council on Rural Affairs Director Ann Roe says": one name
    for token in tokens[run + 1 : i]:
        if token.kind != "w" or token.possessive and not token.capitalised:
            return None
        low = token.lower
        if low in _STOPS or low in cue_lex.CUE_VERBS:
            return None
        if not token.capitalised and (low.endswith("ed") or low.endswith("ing")) and (
            low not in _NOUNS_OF_SHAPE
        ):
            return None  # "Hale in Leeds voted and said": a verb of its own
    mention = build(tokens[floor:name_end])
    if mention is None or mention.kind != "name" or mention.possessive:
        return None
    return mention, "", floor


def _past_affiliation(tokens: list[Token], k: int, i: int) -> int:
    """The index after the capitalised body of an "of" affiliation starting at ``k`` ("the
    Green Party"), before ``i``; ``k - 1`` (the "of", no opener) when there is none."""
    if k < i and tokens[k].lower == "the" and not tokens[k].capitalised:
        k += 1
    start = k
    while k < i and tokens[k].kind == "w" and tokens[k].capitalised and not tokens[k].possessive:
        k += 1
    return k if k > start else start - 1


# Nouns of a verb's shape an adjunct holds ("during a meeting", "at a briefing").
_NOUNS_OF_SHAPE = lexicon.words(
    """
    meeting briefing hearing gathering evening morning wedding funeral building
    ceremony screening reading sitting spring
    """
)
