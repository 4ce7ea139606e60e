"""A name read before a reporting verb that is a preposition's object, not its subject.

"An aide close to Hale said", "a spokesman for both Kennedys said", "aides to all three
Hale brothers called": the name ends a postmodifier of the description that opens the
clause, and the description speaks (``postmodified_subjects.postmodified_subject``). A determiner or
a number may stand between the preposition and the name ("both", "the", "all three"), but
no bare number after "of" ("The father of two Tom Hale said": the name speaks).

The head of the phrase speaks even when no lexicon knows it (:func:`unknown_head`: "A
visitor to Kyiv", "a cousin of all four Moss sisters", "a passer-by in Leeds"), when a
list of people's nouns holds it (:func:`person_shaped_head`; never "the account from", "a
letter from", "the latest figures from", "a flier from"); a relative clause between
it and the verb is stepped over (:func:`relative_start`). A name run that follows a
clause-opening preposition is cut before the person's given name
(:func:`person_after_object`: "Speaking to the BBC Tom Hale said", "Ambassador to Ruritania
Wei Lin said"): the object is a place, a body or a paper, the person speaks.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon, name_lex
from warreader.index.quotes.mention_roles import is_role_word
from warreader.index.quotes.mentions import Mention, build, is_person_name
from warreader.index.quotes.name_runs import two_people
from warreader.index.quotes.tokens import Token

# Prepositions of place after which a group's or a person's place is written ("Protesters
# outside the embassy chanted", "Aides around the president say"): the phrase after them is
# the preposition's object, and the whole description speaks.
PLACE_POSTMODIFIERS = lexicon.words("outside across around along behind beyond")
OBJECTS_OF = lexicon.words("to with of for from at in on near inside within against") | (
    PLACE_POSTMODIFIERS
)
# Words between a preposition and its object's name: "for both Kennedys", "of the Pikes",
# "to all three Hale brothers".
_QUANTIFIERS = lexicon.words("both all the each either several many some")
# A number counts after a determiner ("of the two Pike sisters", "of all three Hale
# brothers") or a preposition other than "of" ("A veteran with three Purple Hearts said"):
# "The father of two Tom Hale said" is the British "father-of-two" before the speaker.
_NUMBERS = lexicon.words("two three four five")
_QUANTIFIER_REACH = 2  # "all three"


def after_preposition(tokens: list[Token], first: int, floor: int) -> bool:
    """Does the phrase opening at token ``first`` follow a preposition (after floor), with
    at most two lower-case determiners or numbers between (a number not straight
    after "of"), or open on a lower-case preposition the phrase reader took in ("of Ann
    Roe" after "A cousin")?"""
    k = first - 1
    for _ in range(_QUANTIFIER_REACH):
        if k <= floor or tokens[k].capitalised:
            break
        low = tokens[k].lower
        if low in _QUANTIFIERS or low in _NUMBERS and tokens[k - 1].lower != "of":
            k -= 1
    return k >= floor and tokens[k].lower in OBJECTS_OF or (
        tokens[first].lower in OBJECTS_OF and not tokens[first].capitalised
    )  # "of Ann Roe" after "A cousin": the phrase reader took the preposition in


_ARTICLES = lexicon.words("a an the one")
_HEAD_PREPOSITIONS = lexicon.words("of to from at for in with")
_HEAD_REACH = 2  # lower-case words between the article and the preposition


def unknown_head(tokens: list[Token], start: int, i: int) -> tuple[Mention, int] | None:
    """ "A visitor to Kyiv", "a cousin of all four Moss sisters": an article at ``start``,
    one or two lower-case words no lexicon knows (the last heads the phrase), then a
    preposition before the cue at ``i``; the description's head as a nominal
    :class:`Mention` and the index after it. A place, a body or a person after the
    preposition is the head's modifier, never the speaker. None for a head that is a
    document ("a letter from"), a quantity ("a number of") or data ("figures from"), or a
    word that may be a verb or an adverb."""
    if start + 2 >= i or tokens[start].lower not in _ARTICLES or tokens[start].kind != "w":
        return None
    for n in range(start + 1, min(i - 1, start + 1 + _HEAD_REACH)):
        token = tokens[n]
        low = token.lower
        if token.kind != "w" or token.capitalised or token.possessive or not (
            low.replace("-", "").isalpha()
        ) or low in _NOT_HEAD_WORDS or low.endswith("ly"):
            return None
        if tokens[n + 1].lower in _HEAD_PREPOSITIONS and not tokens[n + 1].capitalised:
            if not person_shaped_head(low):
                return None
            text = " ".join(t.text for t in tokens[start : n + 1])
            mention = Mention(text, "nominal", tokens[start].start, token.end, head=low)
            return mention, n + 1
    return None


# Words that cannot stand in a description's head position: grammar words, verbs that
# report, forms of "be".
_NOT_HEAD_WORDS = (
    lexicon.DETERMINERS | lexicon.BE | cue_lex.CUE_VERBS | _HEAD_PREPOSITIONS
    | lexicon.words("who which that and or but not has have had will would can could")
)


def relative_start(tokens: list[Token], n: int, i: int) -> int:
    """The comma opening a relative clause ", who asked not to be named," that closes
    right before the cue at ``i`` (after the description's words from ``n``), or ``i``."""
    if i - 1 <= n or tokens[i - 1].text != ",":
        return i
    for k in range(n, i - 2):
        if tokens[k].text == "," and tokens[k + 1].lower in ("who", "whose") and all(
            t.text != "," for t in tokens[k + 1 : i - 1]
        ):
            return k
    return i


_OBJECT_ARTICLES = lexicon.words("the")
_OBJECT_PREPOSITIONS = OBJECTS_OF | lexicon.words("about over against into under after via")
_NAME_REACH = 3  # words of a person's name after the preposition's object
# Words opening a place's name whose next word is a given name ("St Louis", "San Jose",
# "Lake Victoria", "Fort William", "Camp David").
_PLACE_PREFIXES = lexicon.words(
    "st saint san santa sao fort camp lake port mount mt cape new los las el glen loch"
)


def person_after_object(
    tokens: list[Token], first: int, i: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Speaking to the BBC Tom Hale said", "Writing in the Sunday Times Prof Ann Roe
    said", "Ambassador to Ruritania Wei Lin said": the capitalised words from a preposition
    (at most four words before ``first``) to the cue at ``i`` are the preposition's object
    (a body, a place, a paper) run on into the subject's name with no comma between; the
    person whose given name (or honorific) opens the last two or three words speaks, with
    a title before the name, and the words before the preposition as role when a title
    opens the clause ("Ambassador to Ruritania"). Two full names back to back are two
    people, the second speaking ("Speaking to Elton John Tom Hale said": Tom Hale; see
    ``name_runs.two_people``). None when every other word of the object is a given name
    or the first is ("Speaking with Mary Ann Roe Tom Hale said" is left alone) or a title
    ("aides to
    Governor Tom Hale": the titled person is the object), for a lower-case word, or when no
    preposition stands before."""
    p = first - 1
    while p > floor and first - p <= _NAME_REACH + 1 and (
        tokens[p].kind == "w" and tokens[p].capitalised and not tokens[p].possessive
    ):
        p -= 1  # "the Sunday Times": the phrase reader stopped at "Sunday"
    if p > floor and tokens[p].lower in _OBJECT_ARTICLES and not tokens[p].capitalised:
        p -= 1
    if p < floor or tokens[p].lower not in _OBJECT_PREPOSITIONS or (
        tokens[p].capitalised and p > floor
    ):
        return None
    start = p + 1 + (tokens[p + 1].lower in _OBJECT_ARTICLES and not tokens[p + 1].capitalised)
    if i - start < 3 or not all(
        t.kind == "w" and t.capitalised and not t.possessive for t in tokens[start:i]
    ):
        return None
    given = name_lex.first_names()
    if two_people([t.text for t in tokens[start:i]]):
        # "Speaking to Sam Cole Ann Roe said": two people, the second speaks (narrow27)
        person = build(tokens[start + 2 : i])
        return (person, start + 2) if person is not None and person.kind == "name" else None
    if tokens[start].lower in given:
        return None  # "Speaking with Mary Ann Roe Tom Hale": a person is the object
    for m in range(max(start + 1, i - _NAME_REACH), i - 1):
        low = tokens[m].lower
        if low not in given and low not in name_lex.HONORIFICS or m == i - _NAME_REACH and (
            low in given and (tokens[m + 1].lower not in given or tokens[m - 1].lower in (
                _PLACE_PREFIXES))
        ):  # "in St Louis Tom Hale", "at Lake Victoria Ann Roe": a place's name; "the BBC
            continue  # Mary Ann Roe": two given names
        words = tokens[m:i]
        n = m
        while n > start and is_role_word(tokens[n - 1]):
            n -= 1  # "Prof Ann Roe": the title is the person's; "to Governor Tom Hale": no cut
        if n == start or all(t.lower in given for t in tokens[start:n]) or not (
            is_person_name(words) or low in name_lex.HONORIFICS
        ):
            return None
        person = build(tokens[n:i])
        if person is None or person.kind != "name":
            return None
        title = tokens[floor:p]
        if title and all(t.capitalised and is_role_word(t) for t in title):
            person.role = person.role or " ".join(t.text for t in tokens[floor:n])
        return person, n
    return None


# Nouns for people and groups of people that the job lexicon lacks (singular and plural): a
# head before "of", "to", "from"... speaks only when it is one of these. No ending makes a
# word a person's: "figures", "posters", "a flier", "a primer", "a tracker", "the tender"
# from a body are things, and the body speaks.
_PEOPLE_WORDS = lexicon.words(
    """
    cousin cousins relative relatives sibling siblings people family families guest guests
    bride groom figure local locals individual individuals client clients tenant
    tenants migrant migrants immigrant immigrants occupant occupants inhabitant inhabitants
    descendant descendants recipient recipients respondent respondents heir heirs kin crew
    staff personnel folk folks orphan orphans pilgrim pilgrims eyewitness eyewitnesses
    passer-by passers-by relation relations trainee trainees detainee detainees evacuee
    evacuees divorcee appointee appointees escapee escapees amputee
    visitor visitors mourner mourners guardian guardians monitor monitors publisher
    publishers translator translators interpreter interpreters passenger passengers admirer
    admirers follower followers shopper shoppers traveller travellers traveler travelers
    commuter commuters outsider outsiders bystander bystanders onlooker onlookers
    holidaymaker holidaymakers subscriber subscribers spectator spectators negotiator
    negotiators mediator mediators investigator investigators inspector inspectors observer
    observers handler handlers caretaker caretakers caller callers diner diners homeowner
    homeowners lodger lodgers worshipper worshippers pensioner pensioners jobseeker
    jobseekers motorist motorists cyclist cyclists tourist tourists loyalist loyalists
    historian historians librarian librarians civilian civilians pedestrian pedestrians
    comedian comedians musician musicians technician technicians physician physicians
    custodian custodians landlord landlords neighbor neighbors employee employees ruler
    rulers
    """
)


def person_shaped_head(low: str) -> bool:
    """May this lower-case head word no job lexicon lists be a person's or a group's
    ("visitor", "cousin", "mourners", "passer-by")? Only the words of a list: a head
    shaped like a person's noun may be a thing ("the latest figures", "a flier", "the
    posters"), whose source is the speaker."""
    return low in _PEOPLE_WORDS
