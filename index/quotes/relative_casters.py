"""A quotation that a relative clause's verb casts "as" something: "the Air Carriers
Association, which has attacked the package as a "bad piece of law"" is the
association's words, as "the association attacked the package as "…"" is.

The relative word ("who", "which") follows a comma after the body or person it stands
for; between it and the casting verb stand only an auxiliary of the perfect or adverbs
("which has long attacked"), never a passive ("which was described as "…"": others'
words about it); "as" (and a determiner) comes right before the quotation.
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.cast_checks import opens_clause
from warreader.index.quotes.cue_subjects import subject_before
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_REACH = 14  # tokens between the casting verb and "as"
_BETWEEN = lexicon.words("has have had also already long now just since often")
_RELATIVE = lexicon.words("who which")


def relative_caster(
    tokens: list[Token], qi: int, floor: int, casting: tuple[str, ...]
) -> tuple[Mention, int] | None:
    """The antecedent of the relative clause whose verb (a word starting with one of
    ``casting``) casts the quotation at ``qi`` "as" something, and that verb's index;
    None when the quotation is not so cast."""
    k = qi - 1
    if k > floor and tokens[k].lower in lexicon.DETERMINERS:
        k -= 1
    if k <= floor or tokens[k].lower != "as" or opens_clause(tokens, qi):
        return None
    for v in range(k - 1, max(floor, k - _REACH) - 1, -1):
        verb = tokens[v]
        if verb.kind == "q" or verb.text in (";", ":"):
            return None
        if verb.kind != "w" or verb.capitalised or not verb.lower.startswith(casting):
            continue
        w = v - 1
        while w > floor and (tokens[w].lower in _BETWEEN or tokens[w].lower.endswith("ly")):
            w -= 1
        if tokens[w].lower not in _RELATIVE or w - 1 <= floor or tokens[w - 1].text != ",":
            return None
        mention = subject_before(tokens, w + 1, floor)[0]
        if mention is None or tokens[w].lower == "which" and mention.kind == "nominal" and (
            mention.head in job_lex.PERSON_NOUNS or mention.head in job_lex.PERSON_PLURALS
        ):
            return None  # "Critics of the council, which has hailed ...": not the critics
        return mention, v
    return None
