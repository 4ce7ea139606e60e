"""The speaker of a "he said"/"she said" quotation that opens its sentence right after a
sentence whose subject is a described person taking a stance ("A council spokesman
defended the plan. "We acted quickly," he said.").

A description before a reporting verb ("A council spokesman dismissed the reports")
makes a speech event the pronoun reaches; a verb of stance ("defended", "has blamed",
"rejected", "was angry") made nothing, so the pronoun passed over the sentence's subject
to a name paragraphs back, or found nobody. Only then, and only for the one sentence
just before the quotation (in its paragraph, or closing a paragraph before it that
quotes nobody), is the description the speaker; it is resolved as a speech event's
description is (``Resolution._resolve_nominal``: "a"/"an"/"one" is a new person).

Guards (each from a near miss; review revP24's F1-F4 among them): no earlier quotation
in the paragraph, nor in the one before when the description stands there, and no "he
added" (a quotation that goes on: F1); a noun of no sex ("A doctor", "A volunteer"), or
one whose sentence has a "his"/"her" of the pronoun's sex ("The chairman rejected his
motion"), while a person of the pronoun's sex or of unknown sex was seen from the
paragraph before the description's to the quotation (F2); a verb outside the short list
of stances ("declined to comment", "could not be reached", "stood guard": F3); the
noun's sex or its sentence's own "his"/"her" of the other sex ("The mayor defended her
budget" before "he said": F4); "him"/"her" as an object, or a person the article knows
named after the verb ("A spokesman blamed Tom Hale"); an indefinite description whose
noun the article used before while a person of that sex was named ("Ann Lee is a council
spokeswoman"); a definite one ("The manager was furious") that the resolver ties to a
named person by rank alone, or that it leaves unresolved when the article named a person
of the pronoun's sex or of unknown sex before it. From review bblind25: a condition is
no stance ("A man is critical in hospital": only "critical of" is); no "and"/"or" among
the modifiers ("A nurse and a doctor defended ..."); a bare participle then a preposition
is a reduced passive ("A man blamed for the blaze was arrested"); a reporting clause of
its own makes the sentence someone else's account ("..., the court heard."); a bare man,
woman, boy or girl yields, as a noun of no sex does, to a person of the pronoun's sex seen
from the paragraph before; so does a paragraph before the description's that quotes a
person of the pronoun's sex or of unknown sex (that speaker may go on).
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, org_lex, stance_lex
from warreader.index.quotes.antecedents import role_matches
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.event import Event
from warreader.index.quotes.going_on import GOING_ON
from warreader.index.quotes.group_subjects import GROUP_HEADS
from warreader.index.quotes.lexicon import PRONOUNS
from warreader.index.quotes.mentions import build
from warreader.index.quotes.owned_sources import lower_article
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tokens import tokenize

_QUOTE_MARKS = re.compile('["“”«»„]')
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z])")
_VERBS = stance_lex.STANCE_VERBS  # a phrase of declining is none (F3)
# "On Tuesday, a council spokesman defended ...": an opening phrase of time, then "a"/"an"
# /"one", up to four modifiers, the person's noun; a relative clause between commas.
_STANCE = re.compile(
    r"(?:(?:On|Late on|Earlier on|Later on|Last) [A-Z]?[a-z]+(?: [a-z]+)?, )?"
    r"(?P<desc>(?P<article>A|An|One|The|a|an|one|the) "
    r"(?:(?!(?:and|or|nor|plus)\b)[\w'’-]+ ){0,4}?(?P<head>[a-z-]+))"
    r"(?:, who [^,\"“”]+,|, (?:however|though|meanwhile|for its part|in turn),)? "
    rf"(?P<verb>{_VERBS})\b(?P<rest>[^\"“”]*)\Z"
)
# "A man blamed for the blaze was arrested": a bare participle then a preposition is a
# reduced passive, not the subject's stance
_PASSIVE = re.compile(
    rf"(?:{stance_lex.STANCE_PARTICIPLES}) (?:for|over|in|"
    r"by|after|at|with|on|under|during)\b"
)
# "A man was furious when officers arrived, the court heard.": someone else's account
_HEARSAY = re.compile(
    r"\b(?:heard|said|says|told|tells|reported|reports|according to|claimed|alleged|testified)\b",
    re.IGNORECASE,
)
# a man, a woman, a boy, a girl: no role of their own that would make them the one asked
_BARE = frozenset({"man", "woman", "boy", "girl", "lady", "gentleman", "lad"})
_OBJECT = re.compile(
    r"\b(?:him|himself|herself|her(?=\s*(?:$|[,.;:!?]|(?:to|for|with|at|in|on|round|around|"
    r"out|up|down|away|back|over|off|and|but|as|that|when|after|before|of)\b)))",
    re.IGNORECASE,
)
_HIS = re.compile(r"\bhis\b", re.IGNORECASE)
_HER = re.compile(r"\bher\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_SUBJECT_PRONOUNS = ("he", "she")  # their sex: lexicon.PRONOUNS


def stance_subject(stage, p: int, para: Para, event: Event, where) -> Entity | None:
    """The described person the subject pronoun of ``event`` (at ``where``) refers to
    when its quotation opens the sentence after that person's stance (see the module's
    docstring); None when the rule does not apply."""
    pronoun = event.mention.text.lower()
    if pronoun not in (*_SUBJECT_PRONOUNS, "it") or event.cue.lower() in GOING_ON:
        return None
    tokens = para.tokens
    j = where[2]
    floor = para.floor_of[j]
    if (
        tokens[floor].kind != "q"
        or j - floor > 2
        or j < floor + 1
        or any(tokens[k].kind == "w" for k in range(floor + 1, j))
    ):
        return None  # '"...," he said' only, its quotation opening the sentence
    before = para.text[: tokens[floor].start]
    if _QUOTE_MARKS.search(before):
        return None  # an earlier quotation in the paragraph: its speaker may go on
    text, spans, at = para.text, para.spans, p
    if not before.strip():
        if p == 0 or _QUOTE_MARKS.search(stage.texts[p - 1]):
            return None
        text, spans, at = stage.texts[p - 1], [], p - 1
        before = text
    end = len(before.rstrip())
    start = 0
    for m in _SENTENCE_BREAK.finditer(before, 0, end):
        start = m.end()
    found = _STANCE.match(before, start, end)
    if found is None or found["rest"].rstrip()[-1:] not in (".", "!"):
        return None
    if _PASSIVE.match(found["verb"] + found["rest"]) or _HEARSAY.search(found["rest"]):
        return None  # "A man blamed for the blaze was arrested", "..., the court heard."
    head = found["head"].lower()
    if pronoun == "it":
        return _stance_body(stage, found, text, spans, at, where, head)
    sex = job_lex.PERSON_NOUNS.get(head)
    if sex is None or head in job_lex.PERSON_PLURALS or head in GROUP_HEADS:
        return None
    sentence = before[start:end]
    rest = found["rest"]
    if _OBJECT.search(sentence[found.start("desc") - start :]):
        return None  # "A reporter criticised her": the "she" after it is more likely her
    owns = {"m"} if _HIS.search(sentence) else set()
    owns |= {"f"} if _HER.search(sentence) else set()
    want = PRONOUNS[pronoun]
    if sex and sex != want or owns and want not in owns:
        return None  # "A council spokesman defended the plan. "...," she said."
    if at and _QUOTE_MARKS.search(stage.texts[at - 1]) and _person_near(stage, where, at - 1, want):
        return None  # a person quoted in the paragraph before the description's may go on
    if any(stage.registry.known_person(w) for w in _CAPITALISED.findall(rest)):
        return None  # "A spokesman blamed Tom Hale": the "he" after it is more likely Hale
    definite = found["article"].lower() == "the"
    if (not sex or want in owns or head in _BARE) and _person_near(stage, where, at - 1, want):
        return None  # "Tom Hale thanked the crowd. A doctor defended the rations.", "The
        # chairman rejected his motion", "A girl was delighted": Hale may be meant
    described = _described(stage, found, text, spans, head, at, where, at == p)
    if described is None:
        return None
    entity, mention, position = described
    if entity is None or entity.kind != "person" or entity.gender not in ("", want):
        return None
    if not definite:
        # "Ann Lee is a council spokeswoman. ... A council spokeswoman defended the plan."
        told = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        earlier = any(told.search(t) for t in stage.texts[:at]) or told.search(
            text, 0, found.start("desc")
        )
        return None if earlier and _person_before(stage, (at, position[1]), want) else entity
    if entity.name.lower() != lower_article(mention.text).lower():
        return entity if role_matches(head, entity) else None  # not by rank alone
    # "The manager was furious" names nobody new: of whom the article already told
    return None if _person_before(stage, (at, position[1]), want) else entity


def _stance_body(stage, found: re.Match[str], text: str, spans, at: int, where, head: str):
    """The body a speaking "it" refers to when the sentence before its quotation opens on
    a definite description of a body taking a stance ("The council, however, defended it.
    "The scheme works," it said."): the nearest subject body, not one named paragraphs
    back ("Downing Street"). Only "the" and a body's noun (no person's, group's or
    document's), and no known name after the verb ("The council blamed Acme": Acme may
    speak)."""
    if found["article"].lower() != "the" or head not in org_lex.ORG_NOUNS or (
        head in job_lex.PERSON_NOUNS or head in org_lex.DOCUMENT_NOUNS or head in GROUP_HEADS
    ):
        return None
    if _CAPITALISED.search(found["rest"]):
        return None  # "The council blamed Acme for the delay": Acme may be the "it"
    described = _described(stage, found, text, spans, head, at, where, at == where[0])
    if described is None or described[0] is None or described[0].kind == "person":
        return None
    entity, mention, _ = described
    if entity.name == lower_article(mention.text) and _body_in(stage, at, where):
        return None  # "Naftogaz cut supplies. The company blamed ...": the name, unresolved
    return entity  # by the description, may be meant; the search finds it


def _described(stage, found: re.Match[str], text: str, spans, head: str, at: int, where,
               same_para: bool):
    """(entity, mention, position) of the stance sentence's description of head ``head``,
    resolved as the weak cue of its verb (the entity may be None); None when its words
    are no nominal of that head. ``same_para``: the sentence is in the pronoun's
    paragraph (it is then read up to the pronoun at ``where``)."""
    words = tokenize(text, spans, found.start("desc"), found.end("desc"))
    mention = build(words)
    if mention is None or mention.kind != "nominal" or mention.head != head:
        return None
    n = len(words)
    read = Para(text, spans, words, [0] * n, [0] * n, [], {})
    cue = Event(found["verb"].split()[0], n - 1, mention, weak=True, first=0, last=n - 1)
    position = (at, where[1] - 1, 0) if same_para else (at, 1 << 20, 0)
    entity, _ = stage._resolve_nominal(at, read, cue, position)
    return entity, mention, position


def _body_in(stage, at: int, where) -> bool:
    """Was a name that may be a body (no person, no place) seen in paragraph ``at`` before
    the pronoun at ``where`` (among the last forty sightings)?"""
    return any(
        s.position[0] == at and s.entity.kind in ("org", "unknown") and not s.entity.no_person
        for s in stage.registry.sightings.last_before(where, 40)
    )


def _person_near(stage, where, since: int, want: str) -> bool:
    """Was a person of sex ``want`` or of unknown sex seen from paragraph ``since`` up to
    the pronoun at ``where`` (among the last forty sightings)?"""
    return any(
        s.position[0] >= since and s.entity.kind == "person" and s.entity.gender in ("", want)
        for s in stage.registry.sightings.last_before(where, 40)
    )


def _person_before(stage, where: tuple[int, int], want: str) -> bool:
    """Has the article named a person of sex ``want`` or of unknown sex before the
    (paragraph, sentence) ``where``?"""
    return any(
        e.kind == "person" and e.gender in ("", want) and min(e.met, e.named) < where
        for e in stage.registry.entities
    )
