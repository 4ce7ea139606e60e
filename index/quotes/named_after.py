"""A quotation standing alone as a sentence, credited by the sentence after it.

A news lead may open on the words and name their speaker next: '"We will not be bullied."
Those were the words of Ann Cole after the vote.', '... That was the message Tom Kell
delivered to donors.', '... So said Tom Kell.', '... The pledge came from Kell.', '...
These are the questions Tom Kell will be asking.', '... That is how Ann Cole described
the fight.' The sentence refers back to the quotation (a demonstrative, or "the" and a
noun for something said) and the person it names said it. "That prompted Kell to ..."
or "That is why Kell resigned" refer back to it too but say nothing of who spoke: they
credit nobody.
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex
from warreader.index.quotes.entities import Registry
from warreader.index.quotes.mentions import run_mention
from warreader.index.quotes.name_runs import NAME_RUN, runs_of
from warreader.index.quotes.reading import Attribution
from warreader.index.quotes.tokens import keeps_dot

# Nouns for something said that a sentence after a quotation refers back to it with.
_SAID_NOUNS = (
    "words|message|line|pledge|promise|warning|questions?|remarks?|comments?|verdict|plea|"
    "claim|vow|boast|prediction|advice|assessment|answer|reply|response|quote|quotation|"
    "slogan|cry|view|thoughts|sentiment|challenge|appeal|rallying"
)
_BACK = re.compile(
    r"\s*(?:"
    r"(?:That|This|Those|These)\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|one\s+of\s+the)\s+)?"
    rf"(?:[a-z]+\s+)?(?:{_SAID_NOUNS})\b"  # "Those were the words of", "That quote from"
    rf"|The\s+(?:[a-z]+\s+)?(?:{_SAID_NOUNS})\b"  # "The pledge came from"
    r"|So\s+said\b"
    r"|(?P<how>(?:That|This)\s+(?:is|was)\s+how\b)"  # "That is how Kell described"
    r")"
)
_SPEAKING_AFTER_HOW = re.compile(r"\s+(?:described|put|summed|summarised|summarized|explained)\b")
_SENTENCE_END = re.compile(r"\S*[.?!](?=\s|$)")
_NOT_SPACE = re.compile(r"\S")


def credited_after(texts: list[str], p: int, end: int, registry: Registry) -> Attribution | None:
    """The person named by the sentence after a quotation that ends its sentence at
    character ``end`` of paragraph ``p`` (the next paragraph's first sentence when the
    quotation ends its paragraph), when that sentence refers back to it; else None."""
    text, source, start = texts[p], p, end
    if _NOT_SPACE.search(text, end) is None:  # not text[end:].strip(): read to a word only
        if p + 1 >= len(texts):
            return None
        text, source, start = texts[p + 1], p + 1, 0
    found = _BACK.match(text, start)
    if found is None:
        return None
    stop_at = _sentence_end(text, found.end())
    for match in NAME_RUN.finditer(text, found.end(), stop_at):
        for at, after in runs_of(match):
            following = _NEXT_WORD.match(text, after)
            if following and following.group(1) in job_lex.PERSON_NOUNS:
                continue  # "Tory whip Tom Kell": the run qualifies a role
            mention = run_mention(text[at:after])
            if mention is None or mention.kind != "name":
                continue
            entity = registry.entity_for(mention)
            between = text[found.end() : at].split()
            placed = all(  # nothing, or a role before the name ("how Tory leader Tom Kell")
                w[:1].isupper() or w.lower() in job_lex.PERSON_NOUNS for w in between
            ) or _LINKED.fullmatch(text, found.end(), at)
            if entity.no_person or not placed:
                return None  # a place, or a name elsewhere ("Those words angered Tom Kell")
            if found.group("how") and not _SPEAKING_AFTER_HOW.match(text, after):
                return None  # "That is how Kell won the seat": no speech
            if _related(found, text, at) and not _delivered(found, text, after):
                return None  # "the words Kell rejected", "The answer Kell gave was ..."
            return Attribution("quote", entity.name, entity.role or None, mention.text, None,
                               "label", source)
    return None


# What may stand between the words referring back and the name: "of", "from" ("the words
# of Tom Kell", "the pledge came from the Treasury", "The line, from Ann Cole's speech") or
# a verb of delivery and "by" ("The warning, delivered by Tom Kell"); not "drew a reply
# from", "was mocked by", "was aimed at" (someone else's answer or target).
_LINKED = re.compile(
    r"\s*,?\s*(?:(?:came|comes|come)\s+)?(?:of|from)\s+(?:the\s+)?"
    r"|\s*,?\s*(?:was\s+)?(?:delivered|made|given|uttered|spoken|written|issued)\s+by\s+(?:the\s+)?"
)
_NEXT_WORD = re.compile(r" ([a-z]+)")


# Verbs with which the person in a relative clause on the noun spoke the words ("That was
# the message Tom Kell delivered", "the questions Jimmy Connors will be asking"), after
# auxiliaries; not "the words Kell rejected", "the reply Kell got from the union", nor a
# passive ("the question Kell was asked": see :func:`_delivered`).
_DELIVERY = re.compile(
    r"\s+(?:(?P<aux>will|would|has|had|have|was|were|is|are|be|been|kept|keeps)\s+)*"
    r"(?P<verb>delivered|delivers|gave|gives|used|uses|offered|offers|made|makes|said|says|"
    r"wrote|writes|uttered|spoke|speaks|put|puts|sent|sends|posted|tweeted|repeated|"
    r"repeats|asking|asks|asked|told|tells|shouted|chose)\b"
)


def _related(found: re.Match[str], text: str, at: int) -> bool:
    """Does the name at ``at`` stand in a relative clause on the noun for something said
    that ``found`` matched (nothing but a role between them: "the message Tom Kell
    delivered"), not after "of", "from" or "by", "So said" or "That is how"?"""
    opening = found.group().lstrip()
    return not (found.group("how") or opening.startswith("So ")) and (
        _LINKED.fullmatch(text, found.end(), at) is None
    )


def _delivered(found: re.Match[str], text: str, after: int) -> bool:
    """Does the relative clause whose name ends at ``after`` speak or deliver the words
    (:data:`_DELIVERY`), in a sentence opening on a demonstrative ("That was the message
    Kell delivered")? Not "The answer Kell gave was different": a definite noun with a
    clause of its own is another answer, compared."""
    delivery = _DELIVERY.match(text, after)
    return found.group().split()[0] != "The" and delivery is not None and not (
        delivery["aux"] in _BE and not delivery["verb"].endswith("ing")
    )  # "the question Tom Kell was asked", "the message Ann Roe had been sent": words he
    # received (a passive), not "the questions Tom Kell will be asking"


_BE = frozenset(("was", "were", "is", "are", "be", "been"))


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends: a full stop, question or exclamation
    mark before a space, but not the stop of a title or an initial ("Sen.", "J.")."""
    for match in _SENTENCE_END.finditer(text, start):
        if not (match.group().endswith(".") and keeps_dot(match.group())):
            return match.end() - 1
    return len(text)
