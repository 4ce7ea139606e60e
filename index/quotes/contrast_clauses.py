"""Two clauses side by side in one sentence ("Kell said ..., but Ames rejected his
comments"): the second's subject is read as a sentence's of its own for a later "he".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warreader.index.quotes import cue_lex, lexicon


def after_contrast(tokens: list, floor: int, j: int, nxt) -> bool:
    """Does the name at token ``j`` open a clause of its own after "but" (", while", ",
    whereas"), up to four words of an owner or a role between, before a verb in the past
    ("Kell said ..., but Tennis Australia's Ames rejected his comments")? Its sentence
    then holds two clauses, each read as a sentence for a later "he" or "she": the latest
    subject first. Not before a modal or other verb ("... said the port would close but
    Ames would stay": still what Kell said), nor in a subordinate clause ("but when Ames
    arrived")."""
    if nxt is None or nxt.kind != "w" or not (  # the verb first: most names have none
        past_verb(nxt.text) or nxt.lower in cue_lex.CUE_VERBS and not nxt.lower.endswith("s")
    ):
        return False
    k = j - 1  # back over an owner's name or a role: "but Tennis Australia's Geoff
    while k > max(floor, j - 5) and tokens[k].kind == "w" and not (  # Pollard", "while
        tokens[k].lower in _CONTRASTS or past_verb(tokens[k].text)  # rival leader Ames"
        or tokens[k].lower in cue_lex.CUE_VERBS or tokens[k].lower in _SUBORDINATORS
    ):
        k -= 1
    return k > floor and (
        tokens[k].lower == "but" or tokens[k].lower in _CONTRASTS and tokens[k - 1].text == ","
    )


def past_apposition(text: str, stop: int) -> str:
    """The word after an apposition set off by commas right after a name ending at
    ``stop`` ("but Ann Roe, the deputy, kept talking": "kept"); else ""."""
    match = _APPOSITION.match(text, stop)
    return match.group(1) if match else ""


_APPOSITION = re.compile(r", (?:the|a|an|his|her|its|their) [\w' -]{1,40}?, ([a-z]+)\b")


def token_apposition(tokens: list, stop: int) -> object | None:
    """:func:`past_apposition` of tokens: the token after ", the deputy," at ``stop``."""
    if stop + 2 >= len(tokens) or tokens[stop].text != "," or (
        tokens[stop + 1].lower not in _APPOSITION_OPENERS
    ):
        return None
    for k in range(stop + 2, min(len(tokens) - 1, stop + 8)):
        if tokens[k].text == ",":
            return tokens[k + 1]
        if tokens[k].kind != "w":
            return None
    return None


_APPOSITION_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their"))


def apposed_name(before: str, text: str, stop: int) -> tuple[str, str] | None:
    """For a name set off by commas after a description ("but the presenter, Jane Kell,
    cut her off"): the text before the description and the word after the name's closing
    comma, which :func:`glanced_contrast` reads as for "but Jane Kell cut"; else None."""
    match = _DESCRIBED_BEFORE.search(before)
    after = _WORD_AFTER_COMMA.match(text, stop)
    if match is None or after is None:
        return None
    return before[: match.start()], after.group(1)


_DESCRIBED_BEFORE = re.compile(r" (?:the|a|an|his|her|its|their)(?: [a-z][\w'-]*){1,3}, $")
_WORD_AFTER_COMMA = re.compile(r", ([a-z]+)\b")


def glanced_contrast(before: str, nxt: str) -> bool:
    """:func:`after_contrast` for a name glanced in plain text: ``before`` is its
    sentence's text up to the name, ``nxt`` the word after it ("The anchor tried to move
    on, but Hughes kept going": Hughes opens the latest clause)."""
    if not (past_verb(nxt) or nxt in cue_lex.CUE_VERBS and not nxt.endswith("s")):
        return False
    words = _GLANCED_WORDS.findall(before)
    k = len(words) - 1  # back over an owner's name or a role, as after_contrast
    while k > max(0, len(words) - 5) and words[k] != "," and not (
        words[k].lower() in _CONTRASTS or past_verb(words[k])
        or words[k].lower() in cue_lex.CUE_VERBS or words[k].lower() in _SUBORDINATORS
    ):
        k -= 1
    return k > 0 and (
        words[k].lower() == "but" or words[k].lower() in _CONTRASTS and words[k - 1] == ","
    )


_GLANCED_WORDS = re.compile(r"[\w'’.-]+|,")


_CONTRASTS = frozenset(("but", "while", "whereas"))  # ", while" and ", whereas" only
# Words opening a subordinate clause: "but when Ames arrived" is no clause of Ames's own.
_SUBORDINATORS = lexicon.SUBORDINATORS | {"including"}


def past_verb(word: str) -> bool:
    """Is ``word`` a lower-case verb in the past tense ("defied", "addressed", "spoke")?"""
    return word.islower() and (len(word) > 3 and word.endswith("ed") or word in _IRREGULAR_PAST)


# The past tense of common irregular verbs, each a form no present tense or noun shares
# ("spoke", "met", "gave"; not "put", "hit", "read", nor "was" and "had", which also
# follow bodies and places): "Hale spoke to troops" opens with a subject as "Hale
# visited troops" does.
_IRREGULAR_PAST = lexicon.words(
    """
    spoke met gave took went came made told wrote led held sent spent won lost began
    flew drove rode fought sought brought bought thought felt kept stood sat saw knew
    grew threw chose broke fled struck swore became ran paid heard meant found got
    left rose fell drew wore tore bore shook forgave forbade withdrew undertook
    """
)


def acting_verb(word: str, after: Sequence[str] = ()) -> bool:
    """Is ``word`` a past verb that shows a one-word name opening its sentence acting as
    a person may ("Hale defied", "Putin spoke")? Not a verb of a change in level, whose
    subjects are places, markets and prices ("Bakhmut fell", "Tokyo rose 2%", "London
    slipped"), so that such a name is no later "he"; unless ``after`` (the next words)
    shows it taking an object or a person's place ("Hale gained the trust", "Budanov
    dropped a hint", "Hale climbed onto the stage", "Hale rose to loud applause")."""
    if not past_verb(word):
        return False
    if word not in _LEVEL_VERBS or not after:
        return word not in _LEVEL_VERBS
    first = after[0].lower()
    if first == "to" and len(after) > 1:  # "rose to loud applause"; not "fell to 5%",
        return after[1].isalpha() and after[1].islower() and after[1] not in _LEVEL_TARGETS
    return first in _OBJECT_OPENERS


# Words after a verb of level that show it used of a person: an object or a place moved to.
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "their", "onto", "into"))
# Words after "rose to" / "fell to" that open a level, not a person's goal.
_LEVEL_TARGETS = frozenset(("its", "the", "a", "an", "record", "new", "all"))


# Verbs of rising and falling: news gives them places, indices and prices as subjects.
_LEVEL_VERBS = lexicon.words(
    """
    rose fell grew climbed dropped slipped gained plunged plummeted surged jumped soared
    slumped tumbled dipped declined rallied sank shrank eased edged firmed weakened
    strengthened collapsed
    """
)


def words_after(text: str, word: re.Match[str] | None) -> list[str]:
    """The (up to) two words after the word ``word`` matched in ``text`` (a verb), for
    :func:`acting_verb`."""
    return _WORDS_AFTER.match(text, word.end()).group().split() if word else []


def token_acts(tokens: list, at: int) -> bool:
    """:func:`acting_verb` of the token at ``at``, with the two tokens after it."""
    return acting_verb(tokens[at].text, [t.text for t in tokens[at + 1 : at + 3]])


_WORDS_AFTER = re.compile(r"(?: [\w%]+){0,2}")  # the two words after a verb, if any
