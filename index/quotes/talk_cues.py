"""Talking of something: "talks about "…"", "spoke of a "…"", "talking darkly of "…"".

"Talk" and "speak" report no words by themselves ("spoke to reporters", "talks with
Iran"), but with "of" or "about" after them (an adverb may stand between) the quoted
words in their object are what the talker called the thing, and the talker said them;
unless the talker is nobody in particular ("some", "people"): talk of a word is then buzz.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

TALK_VERBS = lexicon.words("talk talks talked talking speak speaks spoke speaking")
_TOPIC = lexicon.words("of about")
_REACH = 12  # tokens from the preposition to the quotation


def talks_of(tokens: list[Token], j: int) -> bool:
    """Is the word at ``j`` a verb of talking with "of"/"about" after it (past one "-ly"
    adverb) and a quotation in that object, before any clause break ("Ann Marsh talked
    darkly of a "long war""); not a noun ("the talk of "war"", "peace talks about")?"""
    if j and tokens[j - 1].lower in _NOT_VERB_AFTER:
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].kind == "w" and tokens[k].lower.endswith("ly"):
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _TOPIC:
        return False
    for n in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        token = tokens[n]
        if token.kind == "q":
            return True
        if token.text in (".", ";", ":", "?", "!") or token.lower in cue_lex.CUE_VERBS:
            return False
    return False


_NOT_VERB_AFTER = lexicon.DETERMINERS | lexicon.words(
    "his her its their our my your peace trade"
)


_VAGUE = lexicon.words(
    "some many others few most several people everyone everybody anyone nobody"
)


def vague_talker(mention: Mention) -> bool:
    """Is the talker nobody in particular ("Some are talking about "…"", "people talk
    of "…"")? Then the talk is the buzz around a word, which is a term, not a quote."""
    return mention.text.lower() in _VAGUE
