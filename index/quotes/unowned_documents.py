"""Whose is a document the text introduces with "a" and no owner ("a statement said", "a
poster which asks"): the body that spoke or put it out right there, for the resolution
stage (``stage`` is the attributor).

"The Metropolitan Police said extra officers had been sent. "We take community concerns
very seriously," a statement said.": the body whose speech the sentence just before the
quotation's reports (:func:`spoken_just_before`). "The Conservatives have unveiled a
poster which asks: "..."": the body that put out the document in the same sentence
(:func:`put_out_by`); the first only for a document in which a body speaks for itself
("a statement", "a release", "a leaflet"; not "a study said", "a transcript said"). Only
a body (no person: "Tom Hale said he would resign. "...," a statement said" may be his
lawyers'), only a bare description (no capitalised owner, handled elsewhere: "a Home
Office statement"), and only when nothing stands between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.index.quotes import cue_lex, lexicon, org_lex
from warreader.index.quotes.mentions import build
from warreader.index.quotes.negated_cues import negated_cue

if TYPE_CHECKING:
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.resolution import Resolution

# Verbs of putting out a document: "has unveiled a poster", "issued a statement".
_PUTS_OUT = lexicon.words(
    "unveiled unveils launched launches issued issues released releases published "
    "publishes produced produces"
)
_AUXILIARIES = lexicon.words("has have had")
_RELATIVES = lexicon.words("which that")
_BODY_KINDS = ("org", "group")
# Documents in which a body speaks for itself: "a statement said" after the body spoke is
# its own; "a study", "a report", "a transcript", "a letter" may be anyone's.
_OWN_VOICE = lexicon.words(
    "statement release announcement notice update readout communique declaration bulletin "
    "message post tweet leaflet poster advert advertisement"
)
_OTHER_AUTHOR = lexicon.words("from by of for on behalf written signed issued released")


def _word_after(para: Para, end: int) -> str:
    """The lower-case word right after character ``end`` of the paragraph, if any."""
    rest = para.text[end : end + 24].split(None, 1)
    return rest[0].lower().strip(",.;:") if rest else ""


def unowned_document_owner(stage: Resolution, p: int, para: Para, event: Event) -> str | None:
    """The body whose document ``event``'s indefinite description names ("a statement",
    "a new poster"), when it spoke in the sentence just before the quotation or put the
    document out in the cue's own sentence; else None."""
    mention = event.mention
    words = mention.text.split()
    if words[0].lower() not in ("a", "an") or mention.head not in org_lex.DOCUMENT_NOUNS:
        return None
    if any(w[:1].isupper() or w.lower() in org_lex.ORG_NOUNS for w in words[1:-1]) or (
        words[-1].lower() != mention.head
    ):
        return None  # "a Home Office statement", "a police statement": found elsewhere
    after = _word_after(para, mention.end)
    if after in _OTHER_AUTHOR:
        return None  # "a statement from the residents' association"
    if (owner := put_out_by(stage, para, event)) is not None:
        return owner
    return spoken_just_before(stage, p, para, event) if mention.head in _OWN_VOICE else None


def put_out_by(stage: Resolution, para: Para, event: Event) -> str | None:
    """ "The Conservatives have unveiled a poster which asks:": the body opening the
    sentence as the subject of a verb of putting out (``_PUTS_OUT``) whose object is the
    description, the cue in a relative clause on it ("which asks")."""
    tokens, mention = para.tokens, event.mention
    cue = event.cue_index
    k = next((i for i in range(cue - 1, -1, -1) if tokens[i].start == mention.start), None)
    if k is None or cue - 1 < 0 or tokens[cue - 1].lower not in _RELATIVES:
        return None
    last = cue - 2  # the description's last word
    if tokens[last].lower != mention.head:
        return None
    verb = k - 1
    floor = para.floor_of[k]
    if verb <= floor or tokens[verb].lower not in _PUTS_OUT:
        return None
    end = verb - 1 if tokens[verb - 1].lower in _AUXILIARIES else verb
    return _body(stage, tokens[floor:end])


def spoken_just_before(stage: Resolution, p: int, para: Para, event: Event) -> str | None:
    """ "The Metropolitan Police said extra officers had been sent. "...," a statement
    said.": the named body that spoke (a reporting verb, not denied; not "is welcoming";
    nobody else but its own "it" speaking there) in the sentence right before the one of
    the quotation, which holds only the quotation
    before the description; in its paragraph or closing the one before when the quotation
    opens its own."""
    floor = para.floor_of[event.cue_index]
    if any(t.kind == "w" and t.end <= event.mention.start
           for t in para.tokens[floor : event.cue_index]):
        return None  # only the quotation before the description: '"...," a statement said'
    if floor > 0:
        q, before, top = para, para.floor_of[floor - 1], floor
        if q.sentence_of[before] != q.sentence_of[floor] - 1:
            return None  # a sentence not read stands between
    elif p > 0 and para.sentence_of[floor] == 0 and stage.paras[p - 1].tokens:
        q = stage.paras[p - 1]
        top = len(q.tokens)
        before = q.floor_of[top - 1]
        if q.sentence_of[before] != len(q.sentences()) - 1:
            return None  # the paragraph before goes on past the sentence read
    else:
        return None
    if any(t.kind == "q" for t in q.tokens[before:top]):
        return None  # a quotation in between: its speaker may be the one meant
    spoken = [e for e in q.events if before <= e.cue_index < top]
    if not spoken or any(e.mention.kind != "pronoun" for e in spoken[1:]):
        return None  # another speaker in that sentence; "said it welcomed" is the body's own
    e = spoken[0]
    if e.weak or e.cue.lower() not in cue_lex.CUE_VERBS:
        return None
    if negated_cue(q.tokens, e.cue_index, before) or e.first != before:
        return None  # "Acme did not comment"; the speaker must open its sentence
    return _body(stage, None, e.mention)


def _body(stage: Resolution, words, mention=None) -> str | None:
    """The name of the body that ``words`` (or ``mention``) name, when they name one (an
    organisation or a group; no person, nothing of unknown kind)."""
    mention = mention if mention is not None else (build(words) if words else None)
    if mention is None or mention.kind != "name":
        return None
    entity = stage.registry.entity_for(mention)
    return entity.name if entity.kind in _BODY_KINDS else None
