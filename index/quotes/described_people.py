"""A person described, not named, as the subject of a sentence that reports no speech
("A council spokesman defended the plan.", "The mayor was defiant.", "One resident, who
lost her home, was angry."): a subject sighting of whom the description refers to, so
that a "he" or "she" after it reaches that person ahead of anyone named further back.

A description before a reporting verb ("A council spokesman dismissed the reports")
makes a speech event, whose mention the resolver sees as a speaker; any other verb made
nothing, so the pronoun of the next quotation passed over the sentence's subject to a
name paragraphs back, or found nobody. The description is resolved as a speech event's
would be (``Resolution._resolve_nominal``: the named person the article gives that role,
a new person for "a"/"one", else the description itself) and seen as a subject, never as
a speaker, and never for a later "it" or "they" (``oblique``). A definite description
that only rank would tie to a named person ("The veteran councillor" after "Tom Hale")
is left to the sightings of names, as before.

Only a singular noun of a person heading the phrase that opens its clause (the
sentence's start, or after a time phrase: "On Monday, a council spokesman ...") counts:
not a group ("Police", "The officers"), two people joined ("A man and his son"), a
thing ("The report"), a person behind a preposition ("The question of whether someone
..."), an apposition ("A likely running mate, Ann Lee is"; "For Ann Lee, a retired
nurse, ..."), a subject that suffers the verb or died ("A man was arrested", "A woman
died"), nor a description of no sex in a sentence whose "him" or "her" or a person named
after the verb is somebody else ("A nurse showed him round", "A reporter grilled Tom
Hale": the "he" that follows is more likely that one).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.antecedents import referred_person, role_matches
from warreader.index.quotes.clause_subjects import (
    NOT_VERB,
    after_opening_phrase,
    index_at,
    sentence_subject,
)
from warreader.index.quotes.event import Event
from warreader.index.quotes.group_subjects import GROUP_HEADS
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tokens import Token, tokenize

_OPENERS = frozenset(("the", "a", "an", "one"))  # a description of one person opens so
_REACH = 4  # modifiers before the head noun ("A senior council press officer")
_POSTMODIFIER = 6  # words of a place after the head ("at the scene", "in the crowd")
_PLACE_PREPOSITIONS = frozenset(("at", "in", "on", "near", "outside", "inside", "from"))
# A pronoun of somebody else in the predicate: "showed him round", "thanked her".
# "her" before a noun is an owner's ("who lost her home"): only "her" before a comma, a
# full stop or a small word is.
_OTHER = re.compile(
    r"\b(?:him|himself|herself|her(?=[\s,.;:!?]+(?:$|[,.;:!?]|to|for|with|at|in|on|round|"
    r"around|out|up|down|away|back|over|off|and|but|as|that|when|after|before)\b))",
    re.IGNORECASE,
)
# A subject that undergoes the verb or has died is no speaker a "he" after it means ("A
# man was arrested", "A woman died in the flood", "A teenager was killed").
_SUFFERED = re.compile(
    r"\b(?:(?:was|were|is|are|has been|had been|have been|being)(?: \w+ly)? "
    r"(?:\w+ed|\w+en|shot|hit|hurt|held|found|caught|struck|sent|left|put|told|made|"
    r"kept|bitten|beaten|born)|died|dies|dead|killed|drowned|murdered|perished)\b",
    re.IGNORECASE,
)
_NO_VERB = NOT_VERB | lexicon.words("his her their its my our your this these those")
_start = attrgetter("start")
_DATES = lexicon.words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)  # a capitalised word closing an opening phrase that names nobody ("On Monday,")
# A cheap look for a noun of a person among a sentence's first words, before tokenising.
_FIRST_WORDS = re.compile(r"[^\W_]+")


def see_described_people(stage, p: int, para: Para) -> None:
    """Register, for paragraph ``p`` of the attributor ``stage``, the person each of its
    sentences that are no speech event's describes as its subject (see the module's
    docstring): glanced sentences (names only) and closely read ones alike."""
    text = para.text
    for s, (start, end) in stage._glanced[p]:
        if not _may_describe(text, start, end):
            continue
        tokens = tokenize(text, para.spans, start, end)
        if not tokens:
            continue
        read = Para(text, para.spans, tokens, [s] * len(tokens), [0] * len(tokens), [], {})
        _see(stage, p, s, read, 0, len(tokens), by_offset=True)
    floors = sorted(set(para.floor_of))
    by_floor: dict[int, list[Event]] = {}
    for e in para.events:
        by_floor.setdefault(para.floor_of[e.first], []).append(e)
    for n, floor in enumerate(floors):
        stop = floors[n + 1] if n + 1 < len(floors) else len(para.tokens)
        events = by_floor.get(floor, [])
        quoted = next((k for k in range(floor, stop) if para.tokens[k].kind == "q"), stop)
        if quoted - floor < 3:
            continue  # the sentence opens on its quotation: no subject before it
        if not events:
            _see(stage, p, para.sentence_of[floor], para, floor, stop, by_offset=False)
        elif quoted < stop and all(
            e.mention.kind == "pronoun" and e.first > quoted for e in events
        ):
            # "The mayor was defiant - "...," she said.": the words before the quotation
            _see(stage, p, para.sentence_of[floor], para, floor, quoted, by_offset=False)


def _may_describe(text: str, start: int, end: int) -> bool:
    """Does the sentence ``text[start:end]`` hold, among its first words, a determiner
    with a person's noun soon after it (read before the sentence is cut into tokens)?"""
    words = [w.lower() for w in _FIRST_WORDS.findall(text, start, min(end, start + 120))]
    return any(
        w in _OPENERS and not job_lex.PERSON_NOUNS.keys().isdisjoint(words[i + 1 : i + 2 + _REACH])
        for i, w in enumerate(words)
    )


def _see(stage, p: int, s: int, para: Para, floor: int, stop: int, by_offset: bool) -> None:
    """The subject sighting of the sentence ``para.tokens[floor:stop]``, if it is a
    described person (``by_offset``: positions in characters, as a glanced sentence's)."""
    tokens = para.tokens
    found = _described_subject(tokens, floor, stop)
    if found is None:
        return
    mention, verb = found
    if mention.text.split(" ", 1)[0].lower() not in _OPENERS:
        return
    if verb + 2 < stop and tokens[verb + 1].text == "," and tokens[verb + 2].capitalised:
        return  # "A potential vice president pick, Haley is ...": an apposition opens it
    head = mention.head
    first = index_at(tokens, mention.start)
    if first is None or not _head_first(tokens, first, verb, head):
        return  # "The question of whether someone ...": the person is no head
    if head not in job_lex.PERSON_NOUNS or head in job_lex.PERSON_PLURALS or (
        head in GROUP_HEADS
    ):
        return
    end = tokens[stop - 1].end
    if not job_lex.PERSON_NOUNS[head] and _OTHER.search(para.text, tokens[verb].start, end):
        return  # "A nurse showed him round": the "he" after it is more likely him
    if _SUFFERED.search(para.text, tokens[verb].start, end):
        return  # "A man was arrested after the protest."
    position = (p, s, mention.start if by_offset else floor)
    if not job_lex.PERSON_NOUNS[head] and _person_after(
        stage.registry, (p, s, tokens[verb].start if by_offset else verb)
    ):
        return  # "A reporter grilled Tom Hale on the cost": the "he" after it is Hale's
    if _subject_seen(stage.registry, position):
        return  # "The Swiss star hit back": the person it is about (described_sightings)
    event = Event(tokens[verb].lower, verb, mention, weak=True, first=floor, last=verb)
    entity, _ = stage._resolve_nominal(p, para, event, position)
    if entity is not None and mention.text[:4].lower() == "the " and not (
        entity.name.lower() == mention.text.lower() or role_matches(head, entity)
    ):
        return  # "The veteran councillor": someone by rank alone, as "he" may find anyway
    if entity is not None and referred_person(entity, head):
        stage.registry.see(entity, position, True, False, opening=True)
        for sighting in stage.registry.sightings.last_before((*position[:2], position[2] + 1), 4):
            if sighting.entity is entity and sighting.position == position:
                sighting.oblique = True  # one person: no "it" or "they" after it


def _described_subject(tokens: list[Token], floor: int, stop: int) -> tuple[Mention, int] | None:
    """The description opening the clause of the sentence at ``floor`` (its first word,
    or the first after an opening phrase: "On Monday, a council spokesman ...") and the
    index of its verb: the clause's subject (``sentence_subject``) when it opens the
    clause, else a determiner, a few modifiers and a person's noun, then a relative
    clause between commas or a place ("at the scene"), then a lower-case word that may be
    a verb."""
    main = after_opening_phrase(tokens, floor, stop)
    if main is not None and (
        tokens[main - 2].capitalised and tokens[main - 2].lower not in _DATES
        or tokens[main].lower == "the"
    ):
        main = None  # "For Major, a retiree ...": an apposition; "According to ..., the
        # Swiss star": a definite description there is left to the sightings of names
    starts = (floor,) if main is None else (floor, main)
    found = sentence_subject(tokens, stop, floor)
    if found is not None:
        mention, verb = found
        after = bisect_left(tokens, mention.end, key=_start)  # the token after it
        if any(mention.start == tokens[k].start for k in starts) and verb < stop and (
            mention.head in job_lex.PERSON_NOUNS
            and tokens[verb].lower not in _NO_VERB
            and (after >= stop or tokens[after].lower not in ("and", "or", "&"))
        ):
            return mention, verb
    start = starts[-1]
    if tokens[start].lower not in _OPENERS:
        return None
    for k in range(start + 1, min(stop - 1, start + 2 + _REACH)):
        token = tokens[k]
        if token.kind != "w" or token.capitalised or token.possessive:
            return None
        if token.lower in job_lex.PERSON_NOUNS and (
            tokens[k + 1].kind != "w" or tokens[k + 1].lower not in job_lex.PERSON_NOUNS
        ):
            mention = build(tokens[start : k + 1])
            verb = _verb_after(tokens, k + 1, stop)
            if mention is None or mention.kind != "nominal" or verb is None:
                return None
            return mention, verb
    return None


def _head_first(tokens: list[Token], floor: int, verb: int, head: str) -> bool:
    """Is ``head`` the noun the description opening at ``floor`` reaches first, after
    modifiers only ("The council's chief executive", "A spokesman for Tom Hale"; not
    "The question of whether someone", "A friend of the victim")?"""
    for k in range(floor + 1, verb):
        token = tokens[k]
        if token.lower == head:
            return True
        if token.kind != "w" or token.lower in NOT_VERB:
            return False
    return False


def _verb_after(tokens: list[Token], k: int, stop: int) -> int | None:
    """The index of the verb after a head noun at ``k - 1``: right after it, after a
    relative clause between commas (", who lost her home,") or after a short place
    with no name in it ("at the scene"); None when none follows."""
    if k < stop and tokens[k].text == "," and k + 1 < stop and tokens[k + 1].lower == "who":
        close = next((n for n in range(k + 2, stop) if tokens[n].text == ","), None)
        k = close + 1 if close is not None else stop
    elif k < stop and tokens[k].lower in _PLACE_PREPOSITIONS:
        for n in range(k + 1, min(stop, k + _POSTMODIFIER)):
            if tokens[n].kind != "w" or tokens[n].capitalised:
                return None
            if tokens[n].lower not in NOT_VERB and n > k + 2:
                k = n
                break
        else:
            return None
    if k < stop and tokens[k].kind == "w" and not tokens[k].capitalised and (
        tokens[k].lower not in _NO_VERB
    ):
        return k
    return None


def _subject_seen(registry, position) -> bool:
    """Is somebody already seen as the subject opening the sentence at ``position``?"""
    return any(
        s.position[:2] == position[:2] and s.subject and s.position[2] <= position[2]
        for s in registry.sightings.last_before((*position[:2], 1 << 30), 12)
    )


def _person_after(registry, verb) -> bool:
    """Is a person named after the verb at ``verb`` in its sentence (its object)?"""
    return any(
        s.position[:2] == verb[:2] and s.position[2] > verb[2] and (
            s.entity.kind == "person" or s.entity.kind == "unknown" and " " in s.entity.name
        )
        for s in registry.sightings.last_before((*verb[:2], 1 << 30), 24)
    )
