"""Speech events of a publication quoting someone: "Reuters quoted one trader as
saying", "Reuters reports a union source as saying", '"…," the newspaper quotes a source
close to the firm.' The one quoted speaks, not the publication.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.cue_lex import CUE_VERBS
from warreader.index.quotes.event import Event
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import postmodifier_end, right_phrase
from warreader.index.quotes.tokens import Token

_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# Verbs before "X as saying": a publication quotes, reports or cites X.
_QUOTING_VERBS = lexicon.words("quoted quoting quotes quote")
_REPORTING_VERBS = lexicon.words("reports reported reporting cites cited citing")


def quoted_as_saying(tokens: list[Token], j: int, floor: int) -> Event | None:
    """ "Reuters quoted one trader as saying", "Reuters reports a union source as
    saying": the one quoted speaks (cue "saying" at ``j``), with the postmodifier that
    names the source ("a source close to the firm"); None for "was quoted as saying",
    whose subject the general rules find."""
    for k in range(j - 2, max(floor, j - 14) - 1, -1):
        if tokens[k].lower in _QUOTING_VERBS or tokens[k].lower in _REPORTING_VERBS:
            if k > floor and tokens[k - 1].lower in lexicon.BE:
                return None
            subject = _OBJECT_PRONOUNS.get(tokens[k + 1].lower)
            if subject is not None and k + 2 == j - 1:  # "quoted him as saying"
                word = tokens[k + 1]
                mention = Mention(word.text, "pronoun", word.start, word.end, head=subject)
            else:
                words = right_phrase(tokens, k + 1)
                mention = build(words) if words and k + 1 + len(words) <= j - 1 else None
                after = k + 1 + len(words)
                if mention is not None and mention.kind == "nominal" and (
                    postmodifier_end(tokens, after) == j - 1 > after
                ):  # "a union source close to the works council as saying"
                    mention.text = " ".join(t.text for t in tokens[k + 1 : j - 1])
                    mention.end = tokens[j - 2].end
                elif tokens[k].lower in _REPORTING_VERBS and _crosses_a_clause(tokens, after, j):
                    mention = None  # "citing witnesses, described the driver as saying"
            return Event("saying", j, mention, first=k + 1, last=j) if mention else None
    return None


def _crosses_a_clause(tokens: list[Token], after: int, j: int) -> bool:
    """Does a comma or another reporting verb stand between the end of the phrase a
    verb reports (``after``) and the "as" before "saying" at ``j``? ("The police,
    citing witnesses, described the driver as saying": the driver, not the witnesses.)"""
    return any(t.text == "," or t.lower in CUE_VERBS for t in tokens[after : j - 1])


def quoting_closer(tokens: list[Token], j: int, floor: int) -> Event | None:
    """ '"…," the newspaper quotes a source close to the firm.': after a quotation in its
    sentence, the one a publication quotes (cue "quotes" at ``j``) ends the sentence and
    speaks; None for any other shape ("was quoted", "quotes Hale in full")."""
    if not any(t.kind == "q" for t in tokens[floor:j]) or tokens[j - 1].lower in lexicon.BE:
        return None
    words = right_phrase(tokens, j + 1)
    mention = build(words) if words else None
    if mention is None or mention.kind not in ("name", "nominal"):
        return None
    end = postmodifier_end(tokens, j + 1 + len(words)) if mention.kind == "nominal" else 0
    end = max(end, j + 1 + len(words))
    if end < len(tokens) and tokens[end].text not in (".", ";"):
        return None
    mention.text = " ".join(t.text for t in tokens[j + 1 : end])
    mention.end = tokens[end - 1].end
    return Event(tokens[j].text, j, mention, first=j, last=end - 1)

