"""Who speaks when a document's description does ("the report said", "Hoff's letter
says", "a Gazette editorial said"): its issuer when the text names one, else the document
itself, for the resolution stage (``stage`` is the attributor)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.descriptions import named_places
from warreader.index.quotes.document_issuers import document_owner

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.resolution import Resolution


def document_speaker(stage: Resolution, p: int, event: Event) -> Entity:
    """The entity that speaks for the document ``event``'s description names: its owner
    (whom a later "it" is too), else the document, which speaks for itself and which no
    later "it said" takes."""
    mention = event.mention
    # "The Russian readout" names its issuer's country: no need to look further.
    owner = None if named_places(mention.text) or _issuer_named(mention) else (
        document_owner(stage, p, mention.head, event)  # not "a Gazette editorial"'s
    )
    first = mention.text.split(" ", 1)[0]
    if first.endswith(("'s", "’s")) and first[:1].isupper():
        person = stage.registry.known_person(first[:-2])  # "Hoff's letter": Hoff's
        owner = person.name if person is not None else owner
    owner = owner or kind_owner(stage, p, event)  # "the agency statement": the agency
    if owner:  # whom a later "it" is too
        return stage.description_entity(mention, name=owner)
    # An unattributed document speaks for itself, and "it said" may follow.
    return stage.description_entity(mention, registered=False)


def _issuer_named(mention) -> bool:
    """Does a document's description name its issuer before its noun ("a Washington Post
    editorial", "an IMF report"; not "The report" opening a sentence)?"""
    words = mention.text.split()
    lows = [w.lower() for w in words]
    if mention.head not in lows:
        return False
    first = 1 if lows[0] in _DETERMINERS else 0
    return any(w[:1].isupper() for w in words[first : lows.index(mention.head)])


_DETERMINERS = lexicon.words("the a an this that these those its their his her")


def titled_document_owner(stage: Resolution, p: int, event: Event) -> str | None:
    """The issuer of a document the cue names by its title, two or more capitalised
    words ending in a document's noun that the paragraph or the three before gave an
    owner ("its latest Beige Book report", "their Green Paper"): "the Beige Book said"
    after "the Federal Reserve said in its latest Beige Book report" is found as for
    "the book said" (:func:`document_owner`); else None (the title speaks as a name:
    "the Drudge Report", "the Washington Post")."""
    mention = event.mention
    words = mention.name.split()
    head = words[-1].lower() if len(words) > 1 else ""
    if head not in org_lex.DOCUMENT_NOUNS or not all(w[:1].isupper() for w in words):
        return None
    found = next((
        (q, at)
        for q in range(p, max(-1, p - 4), -1)
        for end in [mention.start if q == p else len(stage.paras[q].text)]
        if (at := _owned_title(stage.paras[q].text, mention.name, end)) >= 0
    ), None)
    if found is None:
        return None  # "the Drudge Report said": a publication, no one's document
    owner = _owner_named(stage, stage.paras[found[0]].text, found[1]) or document_owner(
        stage, p, head, event)
    return owner if owner and owner != mention.name else None


# The words before "its"/"their" in its sentence: a name just before "and its" ("the
# Labour Party and its Green Paper"), else the name opening the sentence ("The Fed said in
# its latest Beige Book report").
_AND_NAME = re.compile(r"((?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)\s+and\s+\Z")
_OPENING_NAME = re.compile(r"(?:The\s+)?((?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)")
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _owner_named(stage: Resolution, text: str, at: int) -> str | None:
    """The body "its" or "their" at character ``at`` of ``text`` refers to: the name right
    before "and its", else the name opening its sentence, when the article knows it as no
    person; else None."""
    start = 0
    for m in _SENTENCE_START.finditer(text, 0, at):
        start = m.end()
    before = text[start:at]
    found = _AND_NAME.search(before) or _OPENING_NAME.match(before)
    if found is None:
        return None
    name = found.group(1)
    read, names = stage.by_name
    entities = stage.registry.entities
    for e in entities[read:]:  # each entity read once: linear in the article
        names.setdefault(e.name, e)
    stage.by_name = (len(entities), names)
    entity = names.get(name) or names.get(name.removeprefix("The "))
    return entity.name if entity is not None and entity.kind != "person" else None


_TITLE_REACH = 1500  # characters read back in each paragraph for the title's owner


def _owned_title(text: str, title: str, end: int) -> int:
    """Where "its" or "their" stands before ``title``, with at most three other words
    between ("its latest Beige Book"), in the ``_TITLE_REACH`` characters of ``text`` before
    ``end`` (the first such title); -1 when nowhere."""
    at = text.find(title, max(0, end - _TITLE_REACH), end)
    while at >= 0:
        window = text[max(0, at - 60) : at]
        owner = _OWNER_WORD.search(window)
        if owner is not None:
            return max(0, at - 60) + owner.start()
        at = text.find(title, at + 1, end)
    return -1


# "its"/"their" followed by at most three words up to the window's end (the title).
_OWNER_WORD = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b(?=(?:\s+\S+){0,3}\s*\Z)")


def kind_owner(stage: Resolution, p: int, event: Event) -> str | None:
    """The organisation a document's description names by its kind ("said an agency
    statement" after "the International Atomic Energy Agency"), else None; None too when
    the article introduced an unnamed body of that kind (:func:`_another_of_kind`)."""
    kind = _kind_before_head(event.mention)
    if kind is None or _another_of_kind(stage, p, event, kind):
        return None
    return _body_of_kind(stage, p, event, kind)


_AFTER_BODY = (
    "in|of|from|on|at|for|with|to|by|she|he|it|they|we|that|which|who|will|would|has|had|"
    "have|is|was|were|said|says|told|also|and|or|but"
)


def _another_of_kind(stage: Resolution, p: int, event: Event, kind: str) -> bool:
    """Does the article, before the description, introduce an unnamed body of ``kind``
    ("Ann Roe was told by a bank she owed money" before "said a bank letter")? Then the
    one named body of that kind ("the World Bank") may not be the one meant. The first
    such place is found once per kind (``stage.kind_strangers``), so the work stays linear
    in the article."""
    first = stage.kind_strangers.get(kind)
    if first is None:
        another = re.compile(
            rf"\b(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+)?{kind}\b(?=\s*(?:[,.;:!?)]|"
            rf"$|(?:{_AFTER_BODY})\b|[a-z]+ed\b))"
        )  # "told by a bank she owed", "another union voted"; not "a council decision"
        first = next(
            ((q, m.start()) for q, text in enumerate(stage.texts)
             for m in another.finditer(text) if not _apposed_to_name(text, m.start())),
            (len(stage.texts), 0),
        )
        stage.kind_strangers[kind] = first
    return first < (p, event.mention.start)


_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’&.-]*,\s+$")


def _apposed_to_name(text: str, at: int) -> bool:
    """Does the phrase at ``at`` stand in apposition to a name right before it
    ("Northern Rock, a bank with two million savers,": that bank, no other)?"""
    return _NAME_THEN_COMMA.search(text, max(0, at - 40), at) is not None


def _kind_before_head(mention) -> str | None:
    """The lower-case noun of an organisation's kind right between a determiner and a
    document's head ("an agency statement", "a ministry report", "the company
    statement": "agency"), else None ("a draft report": no kind of body)."""
    lows = mention.text.split()
    if len(lows) != 3 or lows[0].lower() not in ("a", "an", "the") or (
        lows[2].lower() != mention.head
    ):
        return None
    kind = lows[1]
    if not kind.islower() or kind not in org_lex.ORG_NOUNS or kind in job_lex.PERSON_NOUNS:
        return None
    return kind


def _body_of_kind(stage: Resolution, p: int, event: Event, kind: str) -> str | None:
    """The one organisation registered so far whose name or role holds ``kind`` ("the
    International Atomic Energy Agency" for "agency", "the GMB union" for "union");
    None when none or more than one does ("the International Energy Agency and the
    European Environment Agency": either). Each entity is read once per kind
    (``stage.kind_bodies``: kind -> entities read, names found), so the work stays
    linear in the article."""
    read, names = stage.kind_bodies.get(kind, (0, set()))
    entities = stage.registry.entities
    if len(names) < 2:
        for e in entities[read:]:
            if e.kind == "org" and e.name[:1].isupper() and kind in _kind_words(e):
                names.add(e.name)
                if len(names) > 1:
                    break
    stage.kind_bodies[kind] = (len(entities), names)
    return next(iter(names)) if len(names) == 1 else None


def _kind_words(entity) -> list[str]:
    """The lower-case words of an organisation's name and of its role up to a preposition
    ("Unlock Democracy, the campaign group,")."""
    role = _ROLE_CUT.split(entity.role.lower(), maxsplit=1)[0] if entity.role else ""
    return f"{entity.name} {role}".lower().split()


_ROLE_CUT = re.compile(r"\b(?:of|for|at|in|with|from|to|on)\b")
