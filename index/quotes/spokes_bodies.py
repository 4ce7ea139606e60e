"""The body a bare "a spokesman" speaks for when the sentence just before names it as
its subject, speaking or taking a stance, where ``unowned_documents.spoken_just_before``
finds no body: "Downing Street said ..." (a seat, read as a person's name), "Disability
charity Scope said ..." (a name of no known kind, a body's noun before it), "The consumer
group Which? welcomed the plan." (a verb of stance, no speech event), and "A spokesman
said: "..."" opening its own sentence right after.

Guards (near misses): only a name opening the sentence before and right before its verb
(no negation, no comma: "Acme did not comment", "Acme, which ..."); a person, or a name
of no kind without a body's noun, is no body; nobody else speaks in that sentence and it
quotes nothing; after a verb of stance, no capitalised word follows ("Acme criticised the
Home Office": the spokesman may be either's); the quotation's sentence holds only the
quotation before the description, or opens on the description; a sentence before in
the paragraph before only when that paragraph quotes nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex, unlisted
from warreader.index.quotes.mentions import build
from warreader.index.quotes.tokens import tokenize

if TYPE_CHECKING:
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.resolution import Resolution

# Verbs of a body's stance, short of speech: "welcomed the plan", "has rejected the claims".
_STANCES = (
    "welcomed|backed|rejected|criticised|criticized|condemned|attacked|opposed|dismissed|"
    "defended|disputed|questioned|supported|praised|hailed|endorsed|challenged|denied"
)
_VERB = re.compile(r"\s(?:(?:has|have|had)\s)?(?P<verb>[a-z]+)\b")
_STANCE = re.compile(rf"(?:{_STANCES})")
_CAPITALISED = re.compile(r"(?<![.!?]\s)\b[A-Z]")
_NOT_SUBJECT = lexicon.words(
    "not never did does do is was are were will would could can should may might must "
    "who which that when after before as if"
)
_BODY_KINDS = ("org", "group")
_NAME_LINKS = lexicon.words("of and for on in the")
_OFFICES = lexicon.words("office campaign team")


def owner_before(stage: Resolution, p: int, para: Para, event: Event) -> tuple[str, bool] | None:
    """Whose a bare "a spokesman" is, from the subject opening the sentence right before
    ``event``'s quotation, read once: (the body's name, False) when it is a body speaking
    or taking a stance; (a person's office, True) for "The Tory leader's office said"
    (:func:`_office`); else None."""
    found = _sentence_before(stage, p, para, event)
    subject = found and _subject(*found)
    if not subject:
        return None
    body = _subject_body(stage, subject)
    if body is not None:
        return body[0].name + body[1], False
    office = _office(subject)
    return (office, True) if office else None


def entity_before(stage: Resolution, p: int, para: Para, event: Event):
    """(entity, mark) of the body that opens the sentence right before ``event``'s
    quotation as the subject of a speech or stance verb ("Which?": mark "?"), when the
    quotation's sentence holds only the quotation before ``event``'s mention or opens on
    it ("a spokesman", "it"); else None."""
    found = _sentence_before(stage, p, para, event)
    subject = found and _subject(*found)
    return _subject_body(stage, subject) if subject else None


def _sentence_before(stage: Resolution, p: int, para: Para, event: Event):
    """(text, spans, start, end) of the sentence right before ``event``'s quotation, in
    its paragraph or closing the paragraph before, when the quotation's sentence holds
    only the quotation before ``event``'s mention or opens on it and nothing stands
    between; else None."""
    sentences = para.sentences()
    mention = event.mention
    s = next((i for i, (a, b) in enumerate(sentences) if a <= mention.start < b), None)
    if s is None or not _only_quotation_before(para, sentences[s][0], mention.start):
        return None
    if s > 0:
        text, spans = para.text, para.spans
        start, end = sentences[s - 1]
    elif p > 0 and stage.paras[p - 1].text.strip():
        before = stage.paras[p - 1]
        if before.spans:
            return None  # the paragraph before quotes someone: that speaker may go on
        text, spans = before.text, before.spans
        start, end = before.sentences()[-1]
    else:
        return None
    if any(start <= sp.start < end for sp in spans):
        return None  # a quotation in the sentence before: its speaker may be meant
    return text, spans, start, end


def _office(subject) -> str | None:
    """ "the Tory leader's office" for a bare "a spokesman" after "The Tory leader's office
    said it was disappointed.": a person's office, campaign or team (a possessive, then
    one of those nouns) as the ``subject`` (:func:`_subject`) of the sentence before."""
    if subject[0].kind != "nominal" or subject[0].head not in _OFFICES:
        return None
    words = subject[0].text.split()
    if len(words) < 2 or not words[-2].endswith(("'s", "s'")) or not words[0][:1].isupper():
        return None  # "The office", "Its office": whose, the text does not say there
    return " ".join(["the" if words[0] == "The" else words[0], *words[1:]])


def _only_quotation_before(para: Para, start: int, at: int) -> bool:
    """Does the sentence from ``start`` hold nothing before the description at ``at``
    but a quotation (or nothing at all)?"""
    rest = para.text[start:at]
    for sp in para.spans:
        if start <= sp.start and sp.end <= at:
            rest = rest.replace(para.text[sp.start : sp.end], " ")
    return not re.search(r"\w", rest)


def _subject_body(stage: Resolution, subject):
    """(entity, mark) of the body that ``subject`` (:func:`_subject`: the head of the
    sentence before, subject of a speech or stance verb) names; else None."""
    mention, mark, head = subject
    if mention.kind != "name" or any(
        w[:1].islower() and w not in _NAME_LINKS for w in mention.name.split()
    ):
        return None  # "Employers' organisation the CBI": a name read whole, not the body's
    body = _body(stage, mention)
    if body is None:
        return None
    return body, mark if mark and head.endswith(body.name + mark) else ""


def _subject(text: str, spans, start: int, end: int):
    """(mention, mark, words) of the subject opening the sentence ``text[start:end]``
    right before a speech or stance verb ("Which?": mark "?"); else None."""
    sentence = text[start:end]
    for found in _VERB.finditer(sentence):
        words = sentence[: found.start()].split()
        if not words or len(words) > 8 or any(w.lower() in _NOT_SUBJECT for w in words):
            return None
        if "," in sentence[: found.start()]:
            return None
        verb = found["verb"]
        stance = _STANCE.fullmatch(verb) is not None
        if not stance and (verb not in cue_lex.CUE_VERBS or not verb.endswith(("d", "s"))):
            continue  # a lower-case word of the subject ("charity", "A UN report"), a verb
        if stance and _CAPITALISED.search(sentence, found.end()):
            return None  # "Acme criticised the Home Office": either's spokesman
        head = sentence[: found.start()].rstrip()
        mark = head[-1] if head[-1] in "?!" else ""  # "Which?": a name of its own
        mention = build(tokenize(text, spans, start, start + len(head) - len(mark)))
        return (mention, mark, head) if mention is not None else None
    return None


def _body(stage: Resolution, mention):
    """The entity when the name mention names a body: an organisation or group, a seat
    no honorific made a person's ("Downing Street"), or a name a body's noun stands right
    before ("disability charity Scope", "the charity Macmillan Cancer Relief": a surname
    first, read as a person's)."""
    entity = stage.registry.entity_for(mention)
    if entity.kind in _BODY_KINDS:
        return entity
    text, name = mention.text, mention.name
    role = (text[: -len(name)] if text.endswith(name) else mention.role).lower().split()
    if role and role[-1] in org_lex.ORG_NOUNS and role[-1] not in job_lex.PERSON_NOUNS:
        return None if entity.titled else entity
    if entity.kind == "person":
        seat = not (entity.gender or entity.titled) and unlisted.seat_shaped(entity.name)
        return entity if seat else None
    return None


def it_before(stage: Resolution, p: int, para: Para, event: Event):
    """The body a '"...," it said' refers to when the sentence right before names it as
    the subject of a speech or stance verb ("The charity Rethink backed the review."),
    ahead of a body that spoke paragraphs back; else None."""
    if event.mention.text.lower() != "it":
        return None
    found = entity_before(stage, p, para, event)
    return found[0] if found else None
