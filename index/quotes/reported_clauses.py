"""Whom an "it" or "they" that reports the clause before it ("Shell will cut 500 jobs in
Aberdeen, it said") can be: the clause's subject, never a name of its predicate.

The reporter of a clause is its subject ("Shell", "Nato", "Kyiv") or, when that is a
thing ("Growth would slow in Ruritania, it said"), someone named before the clause;
never a place or a body its verb governs ("in Aberdeen", "to the east of Poland", "buy
Booker"): a body that reports itself in its own predicate writes "itself".
:func:`reported_opener` is the subject that is a thing, :func:`predicate_sightings` the
names of the predicate, :func:`reported_bars` both. Helpers of the resolution stage
(``stage`` is the attributor).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.mentions import build
from warreader.index.quotes.phrases import right_phrase

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Sighting
    from warreader.index.quotes.event import Event
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.tokens import Token


def reported_opener(stage, para: Para, event: Event, p: int) -> tuple[Entity | None, bool]:
    """The opening subject of the clause an "it" or "they" reports after a comma (in
    paragraph ``p``), when it is one capitalised word of no known kind that only ever
    opened a sentence and never spoke, passed over as a common noun the pronoun cannot be
    (as on round 19), except a body's name that acts in its own clause ("Shell will cut
    500 jobs, it said", "Tesco increased its prices, it said": the body reports itself).
    True is returned with a thing whose verb tells a change of level with no object
    ("Demand fell", "Growth would slow", "Wages had fallen"). Passed over too: a plural or
    common-looking word ("Flights will resume", "Staff", "Deliveries"; written in lower
    case elsewhere in the article), a modifier ("Aid convoys"), an owner ("Shell's rival
    BP"), a first conjunct ("Shell and BP"), any opener of a "they", and a body's name
    after a statement of a body's description (:func:`_body_before`: "The foreign
    ministry issued a statement. Kyiv had shelled the plant, it said")."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = _reporting_at(para, event)
    if k is None:
        return None, False
    words = right_phrase(tokens, floor)
    opener = build(words) if words else None
    if opener is None or opener.kind != "name":
        return None, False
    entity = next((e for e in stage.registry.entities if e.name == opener.name), None)
    ok = entity is not None and " " not in entity.name and (
        entity.kind == "unknown"  # or a body's common noun for an "it": "Staff will get"
        or entity.kind == "org" and event.mention.head == "it"
        and entity.name.lower() in _LEXICON_WORDS
    )
    if not ok or entity.inside or entity.speaks:
        return None, False
    end = floor + len(words)
    if _level_clause(tokens, end, k):
        return entity, True
    if event.mention.head == "they" or not _acts(tokens, end, k) or _modifies(
        tokens, end, k
    ) or common_word(entity.name, stage.texts):
        return entity, False
    return (entity if _body_before(stage, p, para, floor, entity.name) else None), False


def _acts(tokens: list[Token], j: int, k: int) -> bool:
    """Does the one-word opener before ``tokens[j]`` stand alone as the subject: no owner
    ("Shell's rival BP"), no conjunct ("Shell and BP"), a lower-case word after it?"""
    if j + 1 < k and tokens[j].text == ",":  # an aside: "Shell, which employs 500 people,"
        return tokens[j + 1].lower in _ASIDE_OPENERS
    return j < k and not tokens[j - 1].possessive and tokens[j].kind == "w" and (
        tokens[j].text.islower() and tokens[j].lower != "and"
    )


def common_word(name: str, texts: list[str]) -> bool:
    """Does the one word ``name`` look like a capitalised common noun rather than a body's
    name: a plural ("Flights", "Deliveries"; not "Hamas", "Airbus", "Paris"), a word of
    the lexicons ("Staff", "Workers"), an abstract ending ("Production", "Investment"), or
    a word written in lower case in the article ("cancelled 40 flights")?"""
    low = name.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "as", "os")) or (
        low.endswith(_ABSTRACT_ENDINGS) or known_common(name, texts)
    )


def known_common(name: str, texts: list[str]) -> bool:
    """Is the one word ``name`` a common noun by the lexicons ("Staff", "Police") or by the
    article, which writes it in lower case ("cancelled 40 flights")?"""
    low = name.lower()
    if low in _LEXICON_WORDS:
        return True
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])")
    return any(pattern.search(text) for text in texts)


def _modifies(tokens: list[Token], j: int, k: int) -> bool:
    """Is the one-word opener before ``tokens[j]`` a modifier of the subject's head noun
    ("Aid convoys had been blocked", "Food prices fell"): a lower-case word that is no
    auxiliary, then an auxiliary or a verb in the past?"""
    return j + 1 < k and tokens[j].kind == "w" and tokens[j].text.islower() and (
        tokens[j].lower not in _AUXILIARIES
        and (tokens[j + 1].lower in _AUXILIARIES or past_verb(tokens[j + 1].text))
    )


def _body_before(stage, p: int, para: Para, floor: int, opener: str = "") -> bool:
    """Does a body's statement stand in the sentences before the one opening at token
    ``floor`` (of paragraph ``p`` and the one before): a sentence opening with a body's
    description or an owner's that tells of a statement or a publication ("The foreign
    ministry in Moscow issued a statement", "The report was published", "The UN agency
    spoke on Monday", "Ukraine's defence ministry gave an update")? Then the pronoun reporting
    a clause is more likely that body than the clause's opener; not a body that acts
    ("The union called a strike. Tesla will close the plant, it said": Tesla). Also a
    sentence just before that opens with another name as its subject ("Aeroflot cut
    flights. Kyiv will lose 40 routes, it said": Aeroflot, not Kyiv; review revM23); after
    a headline with no stop, only when that sentence tells of a statement (review revH25)."""
    before = (stage.texts[p - 1] + "\n" if 0 < p <= len(stage.texts) else "") + para.text[
        : para.tokens[floor].start]
    sentences = list(_SENTENCE.finditer(before))
    if sentences and opener and (
        _stopped(before, sentences[-1].start(1)) or _STATEMENT_WORDS.intersection(
            sentences[-1].group(1).lower().split()
        )
    ):  # after a headline with no stop, only a statement ("Kyiv gave an update"); not a
        # firm that acts ("Tesco raised prices. Shell will cut jobs, it said": Shell)
        named = _NAMED_SUBJECT.match(sentences[-1].group(1))
        name = named.group(1) if named else ""
        if name and name != opener and name.lower() not in _NOT_NAMES and not (
            " " not in name and common_word(name, stage.texts)
        ) and (
            past_verb(named.group(2)) or named.group(2) in _NAMED_VERBS
        ):
            return True
    for match in sentences:
        words = match.group(1).lower().split()
        if (words[0] in lexicon.DETERMINERS or words[0].endswith(("'s", "’s"))) and any(
            w in _BODY_NOUNS for w in words[1:6]
        ) and (
            any(w.strip(".,;:") in _STATEMENT_WORDS for w in words)
        ):
            return True
    return False


def _stopped(text: str, at: int) -> bool:
    """Does the sentence opening at ``at`` open the text or follow a stop, rather than a
    paragraph's end with none (a headline's)?"""
    before = text[:at].rstrip().rstrip("\"”’")
    return not before or before[-1] in ".!?"


def reported_bars(stage, para: Para, event: Event, p: int) -> tuple[Entity | None, frozenset[int]]:
    """Whom the "it" or "they" of ``event`` (in paragraph ``p``) cannot be, when it reports
    the clause before it: that clause's opener (:func:`reported_opener`) and the ids of
    the entities its predicate names (:func:`predicate_sightings`). Their sightings there
    (the opener's only when a thing: "Growth") are marked ``oblique``: no later "it" or
    "they" is them either ("..., it said" then ""...," it added" reports for the same
    one)."""
    opener, thing = reported_opener(stage, para, event, p)
    seen = predicate_sightings(stage, para, event, p, thing)
    floor = para.floor_of[event.cue_index]
    k = _reporting_at(para, event)
    if opener is not None and not thing and event.mention.head == "it" and k is not None and (
        _acts(para.tokens, floor + 1, k) and known_common(opener.name, stage.texts)
    ):  # "Staff will get a pay rise, it said": no later "it" either
        place = (p, para.sentence_of[floor], floor)
        seen += [s for s in stage.registry.sightings.last_before(place[:2] + (floor + 1,), 9)
                 if s.entity is opener and s.position == place]
    for sighting in seen:
        sighting.oblique = True
    return opener, frozenset(id(s.entity) for s in seen if s.entity is not opener)


def predicate_sightings(
    stage, para: Para, event: Event, p: int, opening: bool = False
) -> list[Sighting]:
    """The sightings of the names in the predicate of the clause an "it" or "they"
    reports after a comma (in paragraph ``p``): every name after the clause's subject
    ("in Aberdeen", "to Ukraine", "buy Booker", "in China" after "Apple's sales fell"),
    none of them the reporter; with ``opening``, the subject's opening sighting too (a
    thing: "Growth"), whose place "at" stays its owner ("Profits rose at Tesco"). The
    subject's other names stay ("Sales at Kestrel Air fell, it said": Kestrel Air). Only
    its places when the subject cannot be the "it" (:func:`_subject_can_report`: "Mr Hale
    will join Barclays", "Mr Hale will visit Kyiv", "A new plant will be built by Acme")
    and no body's statement stands before (:func:`_body_before`). Empty for another
    shape: a quotation before the pronoun, a clause opening with a preposition or an
    adverb ("On Monday, Nato will ..."), two commas."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = _reporting_at(para, event)
    if k is None or any(t.text == "," for t in tokens[floor : k - 1]):
        return []
    start = _subject_end(tokens, floor, k)
    if start is None:
        return []
    thing = opening or _level_clause(tokens, start, k)  # "Profits fell in Norway"
    whole = thing or _subject_can_report(stage, tokens, floor, event.mention.head) or (
        _body_before(stage, p, para, floor)  # "The ministry issued a statement. Mr Hale"
    )
    sentence = para.sentence_of[floor]
    return [
        sighting for sighting in stage.registry.sightings.last_before((p, sentence, k), _REACH)
        if sighting.position[:2] == (p, sentence) and (
            start <= sighting.position[2] < k - 1 and (
                not (thing and tokens[sighting.position[2] - 1].lower == "at") if whole
                else tokens[sighting.position[2] - 1].lower in _PLACE_MARKS
            ) or opening and sighting.position[2] == floor
        )
    ]


def _subject_can_report(stage, tokens: list[Token], floor: int, head: str) -> bool:
    """Does the subject opening at ``tokens[floor]`` keep the "it" or "they" reporting its
    clause from its predicate's names: a subject pronoun, a demonstrative before its
    auxiliary ("This was helped by ... in Ireland": see :func:`_subject_end`), or a name
    that is no person (no title: "Mr Hale will join Barclays"; not "Ann Hale"), a body's
    or a common noun's ("Flights will resume in Spain": passed over itself, see
    :func:`reported_opener`); not a description ("A new chief executive will lead
    Ryanair", "The deal was signed by Acme"). For a "they" (``head``), a plural common
    noun or its description too ("Police arrested two men in Leeds", "The rebels had
    taken Homs")."""
    if tokens[floor].lower in _SUBJECT_PRONOUNS | _DEMONSTRATIVES:  # "This was helped by"
        return True
    plural = head == "they"
    first = floor + (tokens[floor].lower == "the")
    if plural and first + 1 < len(tokens) and tokens[first + 1].text.islower() and (
        common_word(tokens[first].text, stage.texts) and tokens[first].lower.endswith("s")
        or tokens[first].lower in _LEXICON_WORDS  # "Police arrested", "The rebels had"
    ):
        return True
    words = right_phrase(tokens, floor)
    subject = build(words) if words else None
    if subject is None or subject.kind != "name" or any(
        w.lower in name_lex.TITLES for w in words
    ):
        return False
    entity = next((e for e in stage.registry.entities if e.name == subject.name), None)
    return not (entity is not None and entity.kind == "person")


def _reporting_at(para: Para, event: Event) -> int | None:
    """The index of the pronoun of ``event`` when a comma right before it closes the
    clause it reports ("..., it said", "..., it said in a statement on Monday"), else
    None: not when its verb takes a clause or an object of its own ("assuming that Nokia
    keeps its share, it is estimating that ...": the clause before is no report)."""
    tokens = para.tokens
    floor = para.floor_of[event.cue_index]
    k = next((j for j in range(floor, event.cue_index) if tokens[j].start >= event.mention.start),
             None)
    if k is None or k - 1 <= floor or tokens[k - 1].text != ",":
        return None
    after = event.last + 1
    if after < len(tokens) and para.floor_of[after] == floor and tokens[after].kind == "w" and (
        tokens[after].lower not in _AFTER_REPORT and not tokens[after].capitalised
    ):
        return None
    return k


def _subject_end(tokens: list[Token], floor: int, k: int) -> int | None:
    """The index of the first word after the subject of the clause ``tokens[floor:k]``: a
    subject pronoun ("They had walked from Bradford"), or a noun phrase with a name after
    "at", "of", "for" or "from" ("Sales at Kestrel Air", "Demand for Kestrel Air
    flights") or after its owner ("Shell's rival BP"), or a demonstrative before its verb
    ("This was helped by ..."); None when the clause opens with no subject (a
    preposition, an adverb)."""
    first = tokens[floor]
    if first.lower in _SUBJECT_PRONOUNS or first.lower in _DEMONSTRATIVES and (
        floor + 1 < k and tokens[floor + 1].lower in _AUXILIARIES  # "This was helped by"
    ):  # not "This week Nato will ..."
        return floor + 1
    if first.lower in _NO_SUBJECT or first.kind != "w" or not first.capitalised:
        return None
    words = right_phrase(tokens, floor)
    if not words:
        return None
    end = floor + len(words)
    if end + 1 < k and tokens[end].lower in _OWNING and tokens[end + 1].capitalised:
        end += 1 + len(right_phrase(tokens, end + 1))
    if tokens[end - 1].possessive:  # "Shell's rival BP lost": the name after the owner
        j = end
        while j < min(k, end + 3) and tokens[j].kind == "w" and tokens[j].text.islower() and not (
            tokens[j].lower in _AUXILIARIES | _LEVEL_WORDS | _NO_SUBJECT | _OWNING
            or past_verb(tokens[j].text)
        ):  # not "Apple's sales fell in China"
            j += 1
        if end < j < k and tokens[j].capitalised:
            end = j + len(right_phrase(tokens, j))
    return end


def _level_clause(tokens: list[Token], j: int, k: int) -> bool:
    """Does the verb at ``tokens[j]`` (after auxiliaries, up to ``k``) tell a change of
    level with no object ("fell", "would slow", "had fallen 3%", "are rising sharply", "rose
    at Tesco")? Not a verb taking an object ("Tesco increased its prices", "Shell slowed
    production", "Hamas dropped its demand": the body acts)."""
    while j < k and tokens[j].lower in _AUXILIARIES:
        j += 1
    if not (j < k and tokens[j].lower in _LEVEL_WORDS):
        return False
    after = tokens[j + 1] if j + 1 < k else None
    return after is None or after.kind != "w" or after.text[0].isdigit() or (
        after.lower in _AFTER_LEVEL or after.lower.endswith("ly")
    )


_REACH = 60  # sightings read back for the predicate's names and a speaking body
# A sentence's first five words (after the start of the text or a sentence's end).
# A paragraph's end (a headline with no full stop) ends a sentence too.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+)([\w'’-][^.!?\n]*)", re.M)
# A sentence opening on a name of one to four capitalised words, then a lower-case verb.
# (a verb in the past after it, or "cut": "Aeroflot cut flights", not "Oil prices fell";
# "said" is no past_verb: "Oxfam said aid was blocked. Shell will cut 500 jobs, it said"
# is Shell's).
_NAMED_SUBJECT = re.compile(
    r"([A-Z][\w'’&-]*(?: [A-Z][\w'’&.-]*){0,3}) (?:[a-z]+ly )?([a-z]{3,})\b"
)
_NOT_NAMES = lexicon.words("the a an this that these those it its he she they we i there here")
_NAMED_VERBS = lexicon.words("cut")
_BODY_NOUNS = org_lex.ORG_NOUNS - job_lex.PERSON_NOUNS.keys()  # "ministry", "charity", "report"
_STATEMENT_WORDS = lexicon.words(
    "said says saying issued published statement announced told spoke update briefing "
    "briefed"
)
# Common nouns a one-word opener may be ("Staff", "Workers", "Police"), and the endings of
# abstract nouns ("Production", "Investment").
_LEXICON_WORDS = (
    job_lex.PERSON_NOUNS.keys() | job_lex.PERSON_PLURALS | org_lex.ORG_NOUNS | {"staff"}
) - {"kremlin", "pentagon"}  # "staff": people, no body's noun alone (org_lex)
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity")
# Words after a verb of level with no object: a measure, a place, a time ("fell by 3%",
# "rose to 5%", "fell in Spain", "rose at Tesco", "slowed last year").
_AFTER_LEVEL = lexicon.words(
    "by to from in on at for after since over during last this again further than as amid "
    "because despite while when behind below above back short"
)
_ASIDE_OPENERS = lexicon.words("which who whose")
# Words before a place a person's clause names ("Mr Hale will fly to Kyiv", "will visit
# Kyiv"): barred even then; a body after "join", "of", "by" is not ("will join Barclays").
_PLACE_MARKS = lexicon.words("in to into from near visit visits visited visiting")
# Words that may follow "it said" closing a report: a phrase of place, time or manner, or
# whom it was told to ("it told the BBC", "it told Reuters").
_AFTER_REPORT = lexicon.words(
    "in on at by to from via through after before during last this earlier later yesterday "
    "today tonight late overnight reporters journalists also again "
    "separately adding citing"
)
_SUBJECT_PRONOUNS = lexicon.words("it they")
_DEMONSTRATIVES = lexicon.words("this that these those")
_OWNING = lexicon.words("at of for from")  # "Sales at Kestrel Air": the subject's owner
# Words opening a clause with no subject before its verb: prepositions, adverbs.
_NO_SUBJECT = lexicon.words(
    "in on at after before during since from under over with without despite following "
    "amid by for as when while if although though but and yet so however meanwhile "
    "earlier later last this next separately also still then there here"
)
_AUXILIARIES = lexicon.words(
    "will would could may might should can shall had has have is are was were be been "
    "being also still further"
)
# Verbs of a level and their forms ("fell", "would fall", "had fallen", "is falling").
_LEVEL_WORDS = lexicon.words(
    """
    rose rise rising risen fell fall falling fallen grew grow growing grown slowed slow
    slowing climbed climb climbing dropped drop dropping slipped slip slipping gained
    plunged plunge surged surge jumped jump soared soar slumped slump tumbled tumble dipped
    dip declined decline declining sank sink shrank shrink shrinking shrunk eased ease
    easing edged edge weakened weaken strengthened collapsed collapse increased increase
    increasing decreased decrease stalled stall stagnated halved doubled
    """
)
