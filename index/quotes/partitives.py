"""One of a group speaking: ""…," one of them said" after "Two people familiar with the
talks said Moscow was worried" or "Two Western diplomats in Kyiv gave a similar
assessment". The pronoun of the partitive ("one of them", "some of them", "one of those")
refers to a group, never to a person named in between, and the quotation is the group's,
as unnamed sources are credited: a plural description of people opening the sentence
before the quotation's, in its paragraph (:func:`opening_group`), or else the latest group
the attributor registered in that paragraph or the one before (a plural description that
spoke).
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.event import Event
from warreader.index.quotes.reading import Para


def partitive_group(stage, p: int, para: Para, event: Event) -> Entity | None:
    """The group a partitive speaker ("one of them") of ``event`` belongs to; None for any
    other speaker, or when no group stands before it. ``stage`` is the attributor."""
    mention = event.mention
    if mention.kind != "pronoun" or mention.text.lower() not in ("them", "those"):
        return None
    tokens = para.tokens
    k = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if k is None or k < 2 or tokens[k - 1].lower != "of" or tokens[k - 2].lower not in _PARTS:
        return None
    s = para.sentence_of[k]
    group = opening_group(para, s - 1) if s else None
    if group is not None:
        entity = Entity(group, "group")
        stage.registry.entities.append(entity)
        return entity
    where = (p, s, k)
    return stage.registry.antecedent("they", where, window=1, avoid=lambda e: e.kind != "group")


_PARTS = lexicon.words("one some each two three another none several both")


def opening_group(para: Para, s: int) -> str | None:
    """The plural description of people opening sentence ``s`` of ``para``, up to its verb
    ("Two Western diplomats in Kyiv" of "Two Western diplomats in Kyiv gave ..."), its
    first word in lower case unless it is a name's; None if the sentence opens otherwise."""
    tokens = [t for t, at in zip(para.tokens, para.sentence_of, strict=True) if at == s]
    plurals = job_lex.PERSON_PLURALS
    noun = next(
        (i for i, t in enumerate(tokens[:_REACH]) if t.kind == "w" and t.lower in plurals), None
    )
    if noun is None or any(t.kind != "w" for t in tokens[:noun]):
        return None
    end = noun + 1
    while end < len(tokens) and end - noun <= _REACH and tokens[end].kind == "w" and not (
        past_verb(tokens[end].lower) or tokens[end].lower in cue_lex.CUE_VERBS
    ):
        end += 1
    if end - noun > _REACH or end >= len(tokens):
        return None  # no verb in reach: no subject read
    text = para.text[tokens[0].start : tokens[end - 1].end]
    first, _, rest = text.partition(" ")
    if first.lower() in _PARTS or first.lower() in lexicon.DETERMINERS or first.lower() in (
        _QUANTITIES
    ):
        text = f"{first.lower()} {rest}" if rest else first.lower()
    return text


_REACH = 6  # words from a sentence's start to its plural noun, and from the noun to the verb
_QUANTITIES = lexicon.words("many few some several dozens hundreds thousands four five six")
