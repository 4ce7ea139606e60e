"""Who issued "the statement" or "the report": the owner of a document the text
mentions, for the resolution stage (``stage`` is the attributor; see
:func:`document_owner`).

The name owning a document of that head ("a World Bank report", "Chelsea's
statement"), the speaker of an event that put one out ("Orion said in a statement",
"In a statement, the club said", "a statement from the company said"), a body that
issues its own findings ("the ministry said ... the update said"), else the names
opening the sentence of its last mention ("Washington, London and Paris").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.descriptions import named_document_owner
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.owned_sources import issuer_at
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.sightings import names_nobody

if TYPE_CHECKING:
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.resolution import Resolution

DOCUMENT_REACH = 300  # tokens (and events) searched back for who issued a document


def named_document(stage: Resolution, p: int, head: str, event: Event) -> str | None:
    """The organisation whose document of this ``head`` the paragraphs up to ``p`` named
    last ("a World Bank report", "Chelsea's statement"); None if none."""
    for q in range(p, max(-1, p - 4), -1):
        para = stage.paras[q]
        top = event.first if q == p else len(para.tokens)
        words = named_document_owner(para.tokens, top, head, DOCUMENT_REACH)
        if words and (owner := build(words)) is not None and owner.kind == "name":
            entity = stage.registry.entity_for(owner)
            if entity.kind != "person":
                return entity.name
    return None


def document_owner(stage: Resolution, p: int, head: str, event: Event) -> str | None:
    """Who issued "the statement" / "the report": the name owning a document of that
    head, the speaker of an event that put one out ("Orion said in a statement", "In a
    statement, the club said", "it said in a statement"), else the subject of its last
    mention."""
    stems = {head, head + "s", head.rstrip("t") + "ted", head + "ed", head + "ing"}
    named = named_document(stage, p, head, event)  # "the World Bank report"
    if named:
        return named
    for q in range(p, max(-1, p - 4), -1):
        para = stage.paras[q]
        for e in reversed(para.events[-DOCUMENT_REACH:]):
            if q == p and e.cue_index >= event.cue_index:
                continue
            same = e.mention.kind == "nominal" and e.mention.head == head and (  # "A
                e.mention.text.split(" ", 1)[0].lower() in ("a", "an"))  # statement from X"
            body = q == p and _body(e.mention, head, para.text)
            issued = same or body or _issued_in(para, e, head) or _issuer_of(para, e, head)
            who = stage._heard.get((q, e.cue_index)) if issued else None  # "The UK's
            # defence intelligence said ..." in the paragraph: its update
            if who and who.split()[-1].lower() not in org_lex.DOCUMENT_NOUNS:  # not itself
                return who
            if e.mention.kind == "name" and (
                e.cue.lower() in stems or stage.registry.entity_for(e.mention).kind == "org"
            ):
                return stage.registry.entity_for(e.mention).name
        top = event.first if q == p else len(para.tokens)
        for i in range(top - 1, max(-1, top - 1 - DOCUMENT_REACH), -1):
            if para.tokens[i].lower in stems:
                if para.tokens[i].lower == head and (issuer := issuer_at(
                    stage, para.tokens, i, para.tokens[i].end
                )):
                    return issuer  # "A report by the Halden Trust came out." then "the
                    # report said"
                subject = _sentence_subject(para, para.floor_of[i])
                spoken = _spoken_before(stage, para, i, subject)  # "Growth slowed, the
                if spoken is not None:  # bank said in its latest report": not "Growth"
                    return spoken or None
                if subject:
                    return subject
                if para.tokens[i].lower == head and (
                    issuer := _issuing_body(para, i, _sentences_between(stage, q, i, p, event))
                ):
                    return issuer
    return None


_ISSUES = lexicon.words("issued released sent published put")
_ISSUED_REACH = 2  # sentences after "X issued a statement" its "the statement" may follow


def _sentences_between(stage: Resolution, q: int, i: int, p: int, event: Event) -> int:
    """How many sentences after the one holding token ``i`` of paragraph ``q`` the event
    of paragraph ``p`` opens (0: the same sentence); a large number beyond the paragraph
    after ``q``."""
    if p - q > 1:
        return _ISSUED_REACH + 1
    floors = stage.paras[q].floor_of
    if q == p:
        return len(set(floors[i : event.first])) - 1
    before = len(set(stage.paras[p].floor_of[: event.first]))
    return len(set(floors[i:])) + before


_OTHER_AUTHOR = lexicon.words("from by for behalf written signed")  # "a statement on
# behalf of his family", "a letter from his doctor": the body only passed it on
_PASSED_ON = lexicon.words("letter letters memo memorandum email e-mail note message")
_AUTHOR_REACH = 8  # words after the document's noun searched for another author


def _issuing_body(para, i: int, distance: int) -> str | None:
    """ "The Trump campaign issued a statement on Monday." then, within two sentences,
    "the statement said": the description of a body (an organisation noun, no person,
    no document) opening the sentence as the subject of "issued", "released", "sent",
    "published" or "put out" a document (``i``, its noun, after "a" and at most one
    modifier); None otherwise ("Ann Roe sent a letter" is found by name; "issued a
    statement to the Stock Exchange" keeps its subject; "received a letter" is no
    issuing). A body releases or publishes what others wrote: a letter, memo or email
    is its own only when it "sent" it ("The court released a letter", "The newspaper
    published a letter" are not theirs), and never a document the rest of the sentence
    gives another author ("a statement on behalf of his family", "a letter from his
    doctor", "by", "for", "written by", "signed by")."""
    tokens, floor = para.tokens, para.floor_of[i]
    if distance > _ISSUED_REACH:
        return None
    k = i - 1 if tokens[i - 1].lower in ("a", "an") else i - 2
    if k <= floor or tokens[k].lower not in ("a", "an"):
        return None
    v = k - 2 if tokens[k - 1].lower == "out" and tokens[k - 2].lower == "put" else k - 1
    if v <= floor or tokens[v].lower not in _ISSUES or tokens[v].lower == "put" and v != k - 2:
        return None
    if tokens[i].lower in _PASSED_ON and tokens[v].lower != "sent":
        return None
    after = tokens[i + 1 : i + 1 + _AUTHOR_REACH]
    if any(t.lower in _OTHER_AUTHOR and para.floor_of[i + n] == floor
           for n, t in enumerate(after, 1)):
        return None
    subject = para.text[tokens[floor].start : tokens[v - 1].end]
    head = subject.rsplit(" ", 1)[-1].lower()
    if not re.fullmatch(r"[Tt]he(?: [\w'’-]+){1,5}", subject) or head not in org_lex.ORG_NOUNS:
        return None
    if head in org_lex.DOCUMENT_NOUNS or head in job_lex.PERSON_NOUNS:
        return None
    return "the" + subject[3:]


def _spoken_before(stage, para, i: int, subject: str | None) -> str | None:
    """Whose is the document at token ``i`` when a speech cue stands before it in its
    sentence ("Growth slowed, the bank said in its latest report")? Never the sentence's
    opening ``subject`` ("Growth"): a named speaker's when the document is the cue's own
    ("said in its report", see ``_own_document``), else "" (the document speaks as
    itself: "Ann Pike said, citing a report by the IMF" or "dismissing a report",
    "said of the report", "as a report came out" is another's). None when no cue is
    there or its speaker is that subject (the subject's document, as before)."""
    floor = para.floor_of[i]
    at = para.tokens[i].start  # the speaker and its cue both before the document's word
    spoken = [e for e in para.events if para.floor_of[e.cue_index] == floor
              and e.cue_index < i and e.mention.end <= at]  # not "According to the
    # statement, Kelly met ...", whose "source" comes after it
    if not spoken:
        return None
    event = spoken[-1]
    name = stage.registry.entity_for(event.mention).name if event.mention.kind == "name" else ""
    if name and name in (subject or ""):
        return None  # "Washington, London and Paris said ... a joint statement"
    own = _own_document(para, event.cue_index, i) or _heads_speaker(para, event, i)
    return name if name and own else ""


_OWN_BETWEEN = lexicon.words("of about on over by from to for with into at after as that")


def _heads_speaker(para, event: Event, i: int) -> bool:
    """Is the document at token ``i`` the head of the speaker's own phrase after its
    cue ("said the Vox Clara (Voice of Reason) column"): only bracketed words and up to
    three modifiers, no preposition, between the name and the noun?"""
    tokens, depth, words = para.tokens, 0, []
    if tokens[event.cue_index].start >= event.mention.start:
        return False
    for t in tokens[: i]:
        if t.start < event.mention.end:
            continue
        depth += (t.text == "(") - (t.text == ")")
        if not depth and t.text != ")":
            words.append(t)
    return len(words) <= 3 and all(
        t.kind == "w" and t.lower not in _OWN_BETWEEN for t in words)


def _own_document(para, cue: int, i: int) -> bool:
    """Is the document at token ``i`` the cue's own adjunct: "said in its latest
    report", "said on Monday in a statement" (words only between, "in" and a
    determiner, at most three modifiers that are no preposition), and not one another
    author issued ("said in a report by the IMF", "from the union")?"""
    tokens = para.tokens
    between = tokens[cue + 1 : i]
    if any(t.kind != "w" for t in between) or len(between) > 2 + _AFTER_CUE:
        return False  # "said, citing a report", "told reporters, as a report ..."
    ins = [k for k in range(cue + 1, i) if tokens[k].lower == "in"]
    if not ins or i - ins[-1] > 5 or tokens[ins[-1] + 1].lower not in _ISSUING_DETERMINERS:
        return False  # "said of the report", "in reply to a statement"
    if any(t.lower in _OWN_BETWEEN for t in tokens[ins[-1] + 2 : i]):
        return False  # "in an interview about the report"
    after = [t.lower for t in tokens[i + 1 : i + 3] if t.kind == "w"]
    return not (after[:1] and after[0] in ("by", "from", "of"))


def _issuer_of(para, e: Event, head: str) -> bool:
    """Is the event's mention the issuer a document of ``head`` names ("a statement from
    the company said", read as "the company"), whom a later "the statement" is too?"""
    return e.mention.kind == "nominal" and re.search(
        rf"(?i)\b{head} (?:\w+ )?(?:from|by) $", para.text[: e.mention.start]) is not None


def _body(mention: Mention, head: str, text: str) -> bool:
    """Is ``mention`` a description of a body ("Ukraine's general staff", "the ministry"),
    which issues a document of ``head`` the way a named body does? Only for what a body
    puts out on its own findings (an update, an assessment, a bulletin, a statement), not
    a letter, a report or a lawsuit others may have sent it, unless the verb right after
    the body put one out ("the campaign sued ... the complaint said", "sent out an
    email"); and never when the paragraph (``text``) gives the document another author
    ("a statement from residents", "Acme's assessment")."""
    return (
        mention.kind == "nominal"
        and mention.head in org_lex.ORG_NOUNS
        and mention.head not in org_lex.DOCUMENT_NOUNS
        and mention.head not in job_lex.PERSON_NOUNS
        and (head in _SELF_ISSUED or _ISSUING.match(text, mention.end) is not None)
        and re.search(rf"(?i)\b{head}s?,? (?:\w+ )?(?:by|from)\b|['’]s {head}\b", text) is None
    )


_SELF_ISSUED = lexicon.words("update assessment bulletin briefing statement")


_ISSUING = re.compile(r"\s+(?:sued|filed|sent|issued|published|released|wrote)\b")


_ISSUING_DETERMINERS = lexicon.words("a an its their his her the this")


_AFTER_CUE = 4  # words between a cue and "in a statement" ("denied the claims in a ...")


def _issued_in(para, event, head: str) -> bool:
    """Does the event speak through a document of this ``head``: "in a statement"
    (a determiner and at most one more word before the head) within a few words after
    its cue, or opening its sentence ("In a statement, the club said")?"""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    starts = [floor] if tokens[floor].lower == "in" and floor < event.first else []
    for k in range(event.cue_index + 1, min(len(tokens), event.cue_index + 2 + _AFTER_CUE)):
        if tokens[k].kind != "w" or para.floor_of[k] != floor:
            break  # a comma, a quotation or the next sentence ends the reach
        if tokens[k].lower == "in":
            starts.append(k)
    for k in starts:
        words = [t.lower for t in tokens[k + 1 : k + 4] if t.kind == "w"]
        if words[:1] and words[0] in _ISSUING_DETERMINERS and head in words[1:3]:
            return True
    return False


def _sentence_subject(para, floor: int) -> str | None:
    """Coordinated names opening a sentence: "Washington, London, and Paris"."""
    names: list[str] = []
    j = floor
    tokens = para.tokens
    if j < len(tokens) and names_nobody(tokens[j].lower, True):
        return None  # "Around 23 million Britons will ..."
    while j < len(tokens):
        words = right_phrase(tokens, j)
        mention = build(words) if words else None
        if mention is None or mention.kind != "name":
            break
        names.append(mention.name)
        j += len(words)
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        if j < len(tokens) and tokens[j].lower == "and":
            j += 1
        elif not (j > 0 and tokens[j - 1].text == ","):
            break
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
