"""Speech events: a reporting cue and the phrase naming who speaks.

"Biden said", "said Navy Capt. Mike Kafka, a Pentagon spokesman", "according to
the Security Council", "Jens Stoltenberg, the chairman of NATO, stated", "he
explained", "the statement reads". Found in the narrative of a paragraph (quotations
are single tokens), one per cue, each with the token index of its cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from warreader.index.quotes import lexicon
from warreader.index.quotes.appositives import (
    appositive_before,
    appositive_role,
    skip_back_appositive,
)
from warreader.index.quotes.entities import names_a_job
from warreader.index.quotes.mentions import (
    DETERMINERS,
    Mention,
    build,
    is_person_name,
    left_phrase,
    right_phrase,
)
from warreader.index.quotes.tokens import Token


@dataclass(slots=True)
class Event:
    """A reporting cue with its speaker mention, in one paragraph."""

    cue: str
    cue_index: int  # token index of the cue word
    mention: Mention
    role: str = ""  # from an appositive
    weak: bool = False  # a cognitive or descriptive verb ("believes", "described")
    first: int = 0  # first token index of the whole event (mention or cue)
    last: int = 0  # last token index of the whole event


def _skip_adverbs_left(tokens: list[Token], i: int, floor: int) -> int:
    # "was quoted as saying", "is understood to have said": the subject comes before.
    k = i
    while k > floor and tokens[k - 1].lower in _PASSIVE_REPORT and not tokens[k - 1].capitalised:
        k -= 1
    if k < i and any(t.lower in ("quoted", "reported", "understood") for t in tokens[k:i]):
        i = k
    if i - 3 >= floor and [t.lower for t in tokens[i - 3 : i]][1:] == ["on", "to"] and (
        tokens[i - 3].lower in ("goes", "went", "go", "going")
    ):
        i -= 3  # "Corbett goes on to criticise"
    steps = 0
    while (
        i > floor
        and steps < 3
        and tokens[i - 1].kind == "w"
        and (
            not tokens[i - 1].capitalised
            and (tokens[i - 1].lower in lexicon.ADVERBS or _adverb_like(tokens[i - 1].lower))
            or tokens[i - 1].lower in _DAYS  # "The European Union on Wednesday called"
            and i - 2 > floor
            and tokens[i - 2].lower in ("on", "last", "this", "next")
        )
    ):
        i -= 1
        steps += 1
    return i


# Capitalised sentence openers that begin no subject ("About 500 officials", "Among").
_OPENERS_NO_SUBJECT = lexicon.SENTENCE_OPENERS - {"the", "a", "an", "this", "that", "these"}

_DAYS = lexicon.words("monday tuesday wednesday thursday friday saturday sunday")


def _adverb_like(low: str) -> bool:
    """ "initially", "reportedly", "jokingly": an -ly word that is no noun or verb."""
    return len(low) > 4 and low.endswith("ly") and low not in _LY_NOT_ADVERBS


_LY_NOT_ADVERBS = lexicon.words("reply supply family rally apply ally assembly italy")

_PASSIVE_REPORT = frozenset(
    lexicon.words(
        """
    was is were are been being has have had quoted as reported understood to
    """
    )
)


def _inverted(tokens: list[Token], j: int) -> tuple[Mention | None, str, int]:
    """The speaker after the cue at ``j``: "said Mr Howard", "said EEF chief economist,
    Steve Radley", "said entrepreneur Drayton Valentine"."""
    start = j + 1
    if start < len(tokens) and tokens[start].lower == "out" and tokens[j].lower.startswith("point"):
        start += 1  # "points out former Olympian Steve Cram"
    skipped = 0
    while (
        start < len(tokens)
        and skipped < 3
        and tokens[start].kind == "w"
        and (
            not tokens[start].capitalised
            and tokens[start].lower not in lexicon.PRONOUNS
            and tokens[start].lower not in ("that", "to", "it", "this", "in", "on", "at", "by")
            and start + 1 < len(tokens)
            and tokens[start + 1].kind == "w"
        )
    ):
        start += 1  # "said a proud coach Mike Ruddock": descriptive words before the name
        skipped += 1
    words = right_phrase(tokens, start)
    if skipped and not (words and words[-1].capitalised and words[-1].lower not in (
        lexicon.PERSON_NOUNS
    )):
        start, words = j + 1, right_phrase(tokens, j + 1)
    if words and words[0].lower in ("that", "this", "these", "those"):
        return None, "", j  # "said that detectives could ...": a clause, no speaker
    if len(words) == 1 and words[0].lower in ("the", "a", "an"):
        words = _described(tokens, start) or words  # "said the lock forward"
    if words and words[0].lower in _INDEFINITE and words[-1].lower not in _SPEAKING_HEADS:
        words = _unnamed_source(tokens, start) or words  # "said one district GOP leader"
    if words and words[-1].possessive:
        owned = _owned_speaker(tokens, start, words)
        if owned is not None:
            return owned
    mention = build(words) if words else None
    if mention is None or mention.kind == "pronoun" and mention.head not in ("he", "she"):
        return None, "", j
    end = start + len(words) - 1
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    beyond = tokens[end + 2].lower if end + 2 < len(tokens) else ""
    if after is not None and tokens[j].lower != "to" and (
        after.lower in _AUXILIARIES
        or after.kind == "w"
        and not after.capitalised
        and after.lower.endswith("ed")
        and beyond not in _POSTMODIFIER_PREPOSITIONS  # "said one analyst quoted by AFP"
    ):  # "said Charles was one of his heroes", "said the channel offered": a clause
        return None, "", j
    # "said England sevens coach Mike Friday": a few more description words, then the name.
    k = end + 1
    while k < len(tokens) and k - end <= 3 and tokens[k].kind == "w" and not tokens[k].capitalised:
        k += 1
    if k > end + 1 and tokens[k - 1].lower in lexicon.PERSON_NOUNS and k < len(tokens):
        named_words = right_phrase(tokens, k)
        named = build(named_words) if named_words and named_words[0].capitalised else None
        if named is not None and named.kind == "name" and not named.org:
            named.role = named.role or " ".join(t.text for t in tokens[start:k])
            after = k + len(named_words) - 1
            return named, appositive_role(tokens, after + 1), after
    if mention.kind == "nominal" and end + 2 < len(tokens) and tokens[end + 1].text == ",":
        named = build(right_phrase(tokens, end + 2))
        if named is not None and named.kind == "name":
            named.role = named.role or mention.text.removeprefix("the ").removeprefix("a ")
            after = end + 1 + len(right_phrase(tokens, end + 2))
            return named, appositive_role(tokens, after + 1), after
    if mention.possessive and mention.kind == "name" and not _owner_speaks(tokens, mention):
        return None, "", j  # "said the extent of CVRD's price rise was": no speaker here
    if start > j + 1 and mention.kind == "name" and not mention.role:
        mention.role = " ".join(
            t.text for t in tokens[j + 1 : start] if t.lower not in ("a", "an", "the")
        )
    return mention, appositive_role(tokens, end + 1), end


def _described(tokens: list[Token], start: int) -> list[Token] | None:
    """ "the lock forward", "the radio station": an article, a few words the lexicons do
    not know, then a person or organisation noun; None when no such noun comes."""
    last = 0
    for k in range(start + 1, min(len(tokens), start + 5)):
        token = tokens[k]
        if token.kind != "w" or token.capitalised:
            break
        low = token.lower
        if low in lexicon.PERSON_NOUNS or _speaker_noun(low):
            last = k  # the last noun heads the phrase: "the national team coach"
        elif last:
            break
    return tokens[start : last + 1] if last else None


_INDEFINITE = frozenset(("a", "an", "one", "another", "the"))
_SPEAKING_HEADS = frozenset(lexicon.PERSON_NOUNS) | lexicon.PERSON_PLURALS | lexicon.ORG_NOUNS


def _unnamed_source(tokens: list[Token], start: int) -> list[Token] | None:
    """ "one district GOP leader", "a former senior law enforcement official": after an
    inverted verb, a determiner and up to six words of any case ending in a person or
    organisation noun, where the clause ends; None otherwise."""
    for k in range(start + 1, min(len(tokens), start + 7)):
        token = tokens[k]
        if token.kind != "w":
            return None
        if not token.capitalised and token.lower in _SPEAKING_HEADS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.kind != "w" or after.lower in _CLAUSE_GOES_ON:
                return tokens[start : k + 1]
            return None
    return None


_CLAUSE_GOES_ON = lexicon.words("in on at as after during when while before for of with who")


# Documents whose noun is as often a verb ("to email", "post", "note"): they speak only
# right after a determiner ("the email said", "his tweet read").
_VERB_LIKE_DOCUMENTS = lexicon.words("email e-mail tweet post message note release")


def _determined_document(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """ "the email said", "his tweet read": a determiner and a verb-like document noun
    right before the cue at ``i``."""
    k = i - 1
    if k - 1 < floor or tokens[k].lower not in _VERB_LIKE_DOCUMENTS:
        return None
    det = tokens[k - 1]
    if det.kind != "w" or det.lower not in DETERMINERS and not (
        det.lower == "press" and k - 2 >= floor and tokens[k - 2].lower in DETERMINERS
    ):
        return None
    first = k - 2 if det.lower == "press" else k - 1
    text = " ".join(t.text for t in tokens[first : k + 1])
    return Mention(text, "nominal", tokens[first].start, tokens[k].end, head=tokens[k].lower)


def _owned_speaker(
    tokens: list[Token], start: int, owner_words: list[Token]
) -> tuple[Mention, str, int] | None:
    """ "says Deutsche Bank's Simon Champion": the person after the owner, with the owner
    as role; None when no name follows the possessive."""
    k = start + len(owner_words)
    words = right_phrase(tokens, k)
    owner = build(owner_words)
    named = build(words) if words and words[0].capitalised else None
    described = ""
    if named is None and words and k + len(words) + 1 < len(tokens) and (
        tokens[k + len(words)].text == ","
    ):  # "the festival's executive director, Craig Prater"
        job = build(words)
        after = right_phrase(tokens, k + len(words) + 1)
        if job is not None and job.kind == "nominal" and after and is_person_name(after):
            described = " ".join(t.text for t in words)
            k += len(words) + 1
            words, named = after, build(after)
    if described and named is not None:
        owner_text = " ".join(t.text for t in owner_words if t.lower not in ("the", "a", "an"))
        named.role = f"{owner_text} {described}"
        end = k + len(words) - 1
        return named, appositive_role(tokens, end + 1), end
    if owner is None or owner.kind != "name" or named is None or named.kind != "name":
        return None
    named.role = f"{owner.name} {named.role}" if named.role else owner.name
    end = k + len(words) - 1
    return named, appositive_role(tokens, end + 1), end


def _skip_parenthesis(tokens: list[Token], end: int, floor: int) -> int:
    """Step back over a short "(AP)" that ends just before ``end``."""
    if end > floor and tokens[end - 1].text == ")":
        k = end - 1
        while k > floor and tokens[k].text != "(" and end - k < 6:
            k -= 1
        if tokens[k].text == "(":
            return k
    return end


def _subject_before(tokens: list[Token], i: int, floor: int) -> tuple[Mention | None, str, int]:
    """The speaker phrase ending at token ``i`` (exclusive), with any appositive."""
    if i > floor and tokens[i - 1].lower in ("who", "which") and not tokens[i - 1].capitalised:
        end, role = skip_back_appositive(tokens, i - 1)
        if end == i - 1 and i - 2 >= 0 and tokens[i - 2].text == ",":
            end = i - 2
        end = _skip_parenthesis(tokens, end, floor)  # "Music Managers' Forum (MMF), who"
        words = left_phrase(tokens, end)
        return (build(words) if words else None), role, end - len(words)
    if i > floor and tokens[i - 1].text == ",":
        place = _place_in_appositive(tokens, i, floor)
        if place is not None:
            return place
        end, role = skip_back_appositive(tokens, i)
        if end != i:
            end = _skip_parenthesis(tokens, end, floor)  # "the Summit (WSIS), which ..., told"
            words = left_phrase(tokens, end)
            mention = build(words) if words else None
            if mention is not None and mention.kind == "name":
                # "Rep. Lee Zeldin of New York, a Trump supporter, said": the person
                person = _affiliated_person(tokens, mention, end - len(words), floor)
                if person is not None:
                    return person[0], role or person[0].role, person[2]
            return mention, role, end - len(words)
        # "The UN's relief coordinator, Jan Egeland, said": the name between commas.
        words = left_phrase(tokens, i - 1)
        named = build(words) if words else None
        k = i - 1 - len(words)
        if named is not None and named.kind == "name" and k > floor and tokens[k - 1].text == ",":
            before = left_phrase(tokens, k - 1)
            described = build(before) if before else None
            if described is not None and described.kind == "nominal":
                if not names_a_job(named.role):  # "Rt Rev" gives way to "Bishop of Durham"
                    named.role = described.text.split(" ", 1)[-1]
                return named, "", k - 1 - len(before)
            if len(named.name.split()) > 1:
                return named, "", k
        if named is not None and named.kind == "name":
            # "Kirsten Pfeifer from the Consumer Electronics Association, told"
            person = _affiliated_person(tokens, named, k, floor)
            if person is not None:
                return person
        return None, "", i
    if i > floor and tokens[i - 1].text == ")":
        k = i - 1
        while k > floor and tokens[k].text != "(" and i - k < 6:
            k -= 1
        if tokens[k].text == "(":
            i = k
    elif i - 1 > floor and tokens[i - 1].text in _DASHES:
        k = i - 2  # "DJ Norman Cook - aka Fatboy Slim - has said": step over the aside
        while k > floor and tokens[k].text not in _DASHES and i - k < 12:
            k -= 1
        if k > floor and tokens[k].text in _DASHES:
            i = k
            found = appositive_before(tokens, i)  # "Paul Myers, chief executive of Wippit -"
            if found is not None and found[1]:
                words = left_phrase(tokens, found[0])
                if words:
                    return build(words), found[1], found[0] - len(words)
    words = left_phrase(tokens, i)
    mention = build(words) if words else None
    k = i - len(words)
    if k - 1 > floor and tokens[k - 1].lower in ("the",) and mention is not None:
        k -= 1
    if _is_object(tokens, k, floor):
        return None, "", k
    relative = _relative_clause_subject(tokens, k, floor)
    if relative is not None:
        return relative
    if mention is not None and mention.kind == "name":
        person = _affiliated_person(tokens, mention, k, floor)
        if person is not None:
            return person
    if mention is not None and mention.kind == "nominal" and k - 1 > floor and (
        tokens[k - 1].text == ","
    ):
        # "Scott Stanzel, a spokesman for the Bush-Cheney campaign said": an appositive
        # whose closing comma is missing.
        named_words = left_phrase(tokens, k - 1)
        if (
            named_words
            and (
                mention.text.split(" ", 1)[0].lower() in ("a", "an")
                or all(t.kind != "w" for t in tokens[floor : k - 1 - len(named_words)])
            )  # indefinite, or the name opens the sentence (perhaps after the quotation)
            and is_person_name(named_words)
        ):  # not "Reacting to a comment by Tim Phillips, the American said"
            named = build(named_words)
            if named is not None:
                named.role = named.role or mention.text.split(" ", 1)[-1]
                return named, "", k - 1 - len(named_words)
    return mention, "", k


_PLACE_PREPOSITIONS = lexicon.words("from in of at near outside")


def _place_in_appositive(
    tokens: list[Token], i: int, floor: int
) -> tuple[Mention | None, str, int] | None:
    """ "Rachel Berg, a philanthropist from Monsey, New York, said": an appositive ending
    in a place written "Town, State" has a comma inside; read it as one aside."""
    tail = left_phrase(tokens, i - 1)
    inner = i - 2 - len(tail)
    if not tail or not all(t.capitalised for t in tail) or inner <= floor:
        return None
    if tokens[inner].text != ",":
        return None
    town = left_phrase(tokens, inner)
    prep = inner - len(town) - 1
    if not town or not all(t.capitalised for t in town) or prep <= floor or (
        tokens[prep].lower not in _PLACE_PREPOSITIONS
    ):
        return None
    end, role = skip_back_appositive(tokens, inner + 1)
    if end == inner + 1:
        return None
    words = left_phrase(tokens, end)
    mention = build(words) if words else None
    if mention is None:
        return None
    return mention, role + ", " + " ".join(t.text for t in tail), end - len(words)


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _denies_anothers_claim(tokens: list[Token], j: int) -> bool:
    """ "deny Russia's claim", "denied his accusations": what follows is the other's."""
    after = tokens[j + 1 : j + 4]
    return any(t.possessive for t in after) and any(t.lower in _CLAIM_NOUNS for t in after)


def _quoted_as_saying(tokens: list[Token], j: int, floor: int) -> Event | None:
    """ "Reuters quoted one trader as saying": the one quoted speaks (cue "saying" at
    ``j``); None for "was quoted as saying", whose subject the general rules find."""
    for k in range(j - 2, max(floor, j - 14) - 1, -1):
        if tokens[k].lower in ("quoted", "quoting", "quotes", "quote"):
            if k > floor and tokens[k - 1].lower in _BE:
                return None
            subject = _OBJECT_PRONOUNS.get(tokens[k + 1].lower)
            if subject is not None and k + 2 == j - 1:  # "quoted him as saying"
                word = tokens[k + 1]
                mention = Mention(word.text, "pronoun", word.start, word.end, head=subject)
            else:
                words = right_phrase(tokens, k + 1)
                mention = build(words) if words and k + 1 + len(words) <= j - 1 else None
            return Event("saying", j, mention, first=k + 1, last=j) if mention else None
    return None


def _opening_document(tokens: list[Token], floor: int, i: int) -> Mention | None:
    """A document opening the sentence whose long subject hides it from the verb: "The
    Russian readout of Cohen's phone conversation with Lavrov on Tuesday mentioned"."""
    k = floor
    while k < min(i, floor + 5) and tokens[k].kind == "w" and tokens[k].lower != "of":
        k += 1
    if k == floor or k >= i or tokens[k].lower != "of":
        return None
    mention = build(tokens[floor:k])
    if mention is None or mention.kind != "nominal" or mention.head not in lexicon.DOCUMENT_NOUNS:
        return None
    return mention


def _as_put_it(tokens: list[Token], j: int, floor: int) -> Event | None:
    """ "As John Cornyn, the No. 2 in the leadership, put it: "…"": the speaker between
    "as" and "put it"."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower != "it" or j - 1 <= floor:
        return None
    mention, role, first = _subject_before(tokens, j, floor)
    if mention is None or first - 1 < floor or tokens[first - 1].lower != "as":
        return None
    return Event("put it", j, mention, role, first=first, last=j + 1)


def _colon_event(tokens: list[Token], j: int, floor: int, events: list[Event]) -> Event | None:
    """A colon before a quotation in a sentence with no reporting verb names its opener
    as the speaker: "Southampton boss Harry Redknapp: "We know..."", "Mr Dean is
    confident though: "I think..."". None when the sentence has its own cue."""
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "q":
        return None
    if events and events[-1].cue_index >= floor:  # events come in text order
        return None  # "told reporters:": the cue's event serves
    start = floor
    while start < j and tokens[start].kind == "p":
        start += 1  # "- Brentford boss Martin Allen:"
    words = right_phrase(tokens, start)
    if not words or start + len(words) > j:
        return _labelled(tokens, j, floor)
    mention = build(words)
    if mention is None or mention.possessive or mention.kind == "pronoun" and (
        mention.head not in ("he", "she", "they")
    ):
        return _labelled(tokens, j, floor)
    after = tokens[start + len(words)]
    if after is not tokens[j] and not (
        after.kind == "w" and not after.capitalised and after.lower not in _NOT_VERB
    ):
        return _labelled(tokens, j, floor)  # "In a statement on Monday:": no subject
    return Event(":", j, mention, weak=True, first=start, last=j)


def _labelled(tokens: list[Token], j: int, floor: int) -> Event | None:
    """A name right before the colon labels the quotation that follows: "EARLY - Mark
    Blumenthal: "…"", "doesn't surprise pollster Daron Shaw: "…"", and a person with
    an outlet, "Howard Kurtz, Fox News: "…""."""
    words = left_phrase(tokens, j)
    mention = build(words) if words else None
    if mention is None or mention.kind != "name" or mention.possessive:
        return None
    first = j - len(words)
    if first > floor and tokens[first - 1].lower in _NOT_VERB:
        return None  # "In a statement on Monday:": the object of a preposition
    if mention.org and first - 2 >= floor and tokens[first - 1].text == ",":
        person_words = left_phrase(tokens, first - 1)
        person = build(person_words) if person_words else None
        if person is not None and person.kind == "name" and not person.org:
            person.role = person.role or mention.text
            return Event(":", j, person, weak=True, first=first - 1 - len(person_words), last=j)
    return Event(":", j, mention, weak=True, first=first, last=j)


def _is_object(tokens: list[Token], k: int, floor: int, participle: bool = False) -> bool:
    """Is the phrase starting at token ``k`` the object of a preposition, not a subject:
    "talks with Disney's producers revealed", "shops in central London were expecting"?
    Before a participle "with" makes a subject ("with the minister saying")."""
    if k <= floor or tokens[k - 1].capitalised:
        return False
    before = tokens[k - 1].lower
    if before in _OBJECT_AFTER and not participle:
        return True
    return (
        before == "in"
        and k - 1 > floor
        and tokens[k - 2].kind == "w"
        and not tokens[k - 2].capitalised
        and tokens[k - 2].lower not in lexicon.PERSON_NOUNS
        and tokens[k - 2].lower not in lexicon.PERSON_PLURALS
    )  # "officials in Washington said" keeps its speaker


def _bullet_event(tokens: list[Token], j: int) -> Event | None:
    """A bulleted line naming someone, then their words with no verb or colon: "- Bolton
    boss Sam Allardyce "I am bitterly disappointed ..."" (the bullet at ``j``)."""
    words = right_phrase(tokens, j + 1)
    after = j + 1 + len(words)
    if not words or after >= len(tokens) or tokens[after].kind != "q":
        return None
    mention = build(words)
    if mention is None or mention.kind != "name" or mention.possessive:
        return None
    return Event(tokens[j].text, after - 1, mention, weak=True, first=j + 1, last=after - 1)


def _relative_clause_subject(
    tokens: list[Token], k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "The 28-year-old host who also presents Stars In Their Eyes said": the words
    before the verb end a relative clause; its antecedent is the speaker."""
    for w in range(k - 1, max(floor, k - 8) - 1, -1):
        token = tokens[w]
        if token.kind != "w":
            return None
        if token.lower in ("who", "which") and not token.capitalised:
            if w == k - 1:
                return None  # "women who he said": the phrase is the clause's own subject
            words = left_phrase(tokens, w)
            mention = build(words) if words else None
            if mention is not None and mention.kind in ("name", "nominal"):
                return mention, "", w - len(words)
            return None
    return None


def _affiliated_person(
    tokens: list[Token], place: Mention, k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Nigel McCune from the Musicians' Union said": the person before "from", "at" or
    "of" and the name ``place`` starting at token ``k``; None if there is none."""
    if k - 1 <= floor or tokens[k - 1].capitalised or tokens[k - 1].lower not in (
        "from", "at", "of"
    ):
        return None
    person_words = left_phrase(tokens, k - 1)
    person = build(person_words) if person_words else None
    if person is None or person.kind != "name":
        return None
    person.role = person.role or f"{tokens[k - 1].text} {place.text}"
    return person, "", k - 1 - len(person_words)


_DASHES = frozenset("-–—")

_POSTMODIFIER_PREPOSITIONS = lexicon.words("by in at on for to with from as")

_AUXILIARIES = lexicon.words(
    "was is were are had has have would will could should might may can did does"
)

# Prepositions whose object is never the subject of the verb after it.
_OBJECT_AFTER = lexicon.words("with among between than like")


def _participle(low: str) -> bool:
    """ "announcing", "insisting": the -ing form of a reporting verb."""
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    return (
        stem in lexicon.CUE_VERBS
        or stem + "e" in lexicon.CUE_VERBS
        or (stem[-1:] == stem[-2:-1] and stem[:-1] in lexicon.CUE_VERBS)
    )


_CLAIM_NOUNS = lexicon.words(
    "claims claim accusations accusation allegations allegation remarks comments warnings "
    "warning criticism suggestions suggestion attack attacks"
)
_CLAUSE_REACH = 60  # tokens back to a coordinated clause's subject

_BE = lexicon.words(
    """
    was were is are been being be
    """
)


def _passive_agent(tokens: list[Token], j: int, floor_of: list[int]) -> Mention | None:
    """The "by" agent of a passive cue: "was described as ... by his friend X"."""
    for k in range(j + 1, min(len(tokens), j + 25)):
        if floor_of[k] != floor_of[j]:
            return None
        if tokens[k].lower == "by" and tokens[k].kind == "w":
            return _agent_after_by(tokens, k)
    return None


def _speaker_noun(low: str) -> bool:
    """Can this lower-case noun speak by itself ("police", "officials", "the ministry")?"""
    return low in lexicon.PERSON_PLURALS or low in lexicon.ORG_NOUNS


def _agent_after_by(tokens: list[Token], k: int) -> Mention | None:
    """The speaker phrase after the "by" at ``k``, past a few description words."""
    m = k + 1
    while (
        m < len(tokens)
        and m - k < 6
        and tokens[m].kind == "w"
        and (not tokens[m].capitalised and tokens[m].lower not in ("the", "a", "an"))
    ):
        if _speaker_noun(tokens[m].lower) and not (
            m + 1 < len(tokens) and tokens[m + 1].capitalised
        ):
            break  # "praised by police for": the noun itself is the agent
        m += 1
    words = right_phrase(tokens, m)
    mention = build(words) if words else None
    if mention is None or mention.kind not in ("name", "nominal"):
        return None
    if m > k + 1 and mention.kind == "name" and not mention.role:
        mention.role = " ".join(
            t.text for t in tokens[k + 1 : m] if t.lower not in ("his", "her", "their", "and")
        )
    return mention


def _document_owner_phrase(tokens: list[Token], mention: Mention) -> Mention | None:
    """ "his report", "Morquendi's message": the owner (a pronoun or a name); "Mackler
    issued a statement saying": the subject of the verb whose object it is."""
    first = _index_at(tokens, mention.start)
    if first is None:
        return None
    word = tokens[first]
    if word.lower in ("a", "an") and first >= 2 and _issuing_verb(tokens[first - 1]):
        found = sentence_subject(tokens, first - 1, _sentence_start(tokens, first - 1))
        if found is not None and found[1] == first - 1 and found[0].kind in ("name", "pronoun"):
            return found[0]
    pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(word.lower)
    if pronoun:
        return Mention(word.text, "pronoun", word.start, word.end, head=pronoun)
    if word.possessive and word.capitalised:
        owner = _owner(left_phrase(tokens, first + 1)[:-1] + [word] if first else [word])
        if owner is not None:
            return owner
    last = _index_at(tokens, mention.end - len(mention.text.rsplit(" ", 1)[-1]))
    for k in range(first, last if last is not None else first):
        if tokens[k].possessive and tokens[k].capitalised:  # "Mr Tanzi's statement"
            return _owner(tokens[first : k + 1])
    return None


def _issuing_verb(token: Token) -> bool:
    """ "issued", "released", "sent", "posted", "emailed": a verb that puts out a document."""
    return token.kind == "w" and not token.capitalised and (
        token.lower.endswith("ed") or token.lower in ("sent", "put", "wrote", "read")
    )


def _sentence_start(tokens: list[Token], k: int) -> int:
    """The index of the first token of the sentence holding token ``k`` (the tokens of a
    paragraph's wanted sentences run on; a full stop token ends one)."""
    while k > 0 and tokens[k - 1].text not in (".", "!", "?"):
        k -= 1
    return k


def _owner(words: list[Token]) -> Mention | None:
    """The name that ``words`` (ending in a possessive) make, as the speaker; None if not
    a name."""
    owner = build(words)
    if owner is None or owner.kind != "name":
        return None
    owner.possessive = False
    return owner


def _index_at(tokens: list[Token], start: int) -> int | None:
    """The index of the token starting at offset ``start``, if any."""
    k = bisect_left(tokens, start, key=lambda t: t.start)
    return k if k < len(tokens) and tokens[k].start == start else None


def _owner_speaks(tokens: list[Token], mention: Mention) -> bool:
    """ "The Foreign Ministry’s reaction condemned...": the owner speaks through a document."""
    k0 = bisect_left(tokens, mention.end, key=lambda t: t.start)
    for k, token in enumerate(tokens[k0 : k0 + 1], k0):
        if token.start >= mention.end:
            return (
                token.kind == "w"
                and (
                    token.lower in lexicon.DOCUMENT_NOUNS
                    or token.lower
                    in (
                        "reaction",
                        "response",
                        "spokesman",
                        "spokeswoman",
                        "spokesperson",
                        "readout",
                        "website",
                        "account",
                    )
                )
                and k >= 0
            )
    return False


def _clause_subject(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """The subject of a coordinated or participle clause: the sentence's first speaker
    phrase followed by a verb-like word ("The Foreign Ministry’s reaction condemned ...
    and stated"; "Quoting a diplomat, the Times of Israel reported ... and asked")."""
    found = sentence_subject(tokens, i, floor)
    return found[0] if found else None


def sentence_subject(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    """The first speaker phrase of the sentence before token ``i`` that a verb-like word
    follows, and that word's index: the grammatical subject of the sentence's clause."""
    j = max(floor, i - _CLAUSE_REACH)
    while j < i:
        token = tokens[j]
        if token.kind == "w" and (
            token.capitalised or token.lower in lexicon.PRONOUNS or token.lower in ("the", "a")
        ) and not (token.capitalised and token.lower in _OPENERS_NO_SUBJECT):
            words = right_phrase(tokens, j) or (
                [token] if token.lower in _PERSONAL_SUBJECTS else []
            )
            mention = build(words) if words else None
            end = j + len(words)
            if mention is not None and mention.possessive and end < len(tokens):
                owned = right_phrase(tokens, end)  # "Ukraine's defense minister sought"
                whole = build(words + owned) if owned else None
                if whole is not None and whole.kind == "nominal" and not whole.possessive:
                    mention, end = whole, end + len(owned)
            nxt = tokens[end] if end < len(tokens) else None
            if (
                mention is not None
                and nxt is not None
                and nxt.kind == "w"
                and (not nxt.capitalised and nxt.lower not in _NOT_VERB)
                and (not mention.possessive or _owner_speaks(tokens, mention))
            ):
                return mention, end
            j = max(end, j + 1)
            continue
        j += 1
    return None


_PERSONAL_SUBJECTS = frozenset(("he", "she", "they"))

_NOT_VERB = frozenset(
    lexicon.words(
        """
    of and or in at on for to with from by as the a an who which that than nor but
    about into over under after before since during
    """
    )
)


_CANDIDATES = lexicon.CUE_VERBS | {"according"}


def _speech_words() -> frozenset[str]:
    """Every word that can start a speech event: cues, "according", cue participles."""
    found = set(_CANDIDATES)
    for verb in lexicon.CUE_VERBS:
        for form in (verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else "",
                     verb + verb[-1:] + "ing"):
            if form and _participle(form):
                found.add(form)
    return frozenset(found)


def _document_words() -> frozenset[str]:
    """Documents and their issuing ("a unified statement", "reported"): a later "the
    statement reads" looks for who issued it among these words."""
    found: set[str] = set()
    for head in lexicon.DOCUMENT_NOUNS:
        found.update((head, head + "s", head.rstrip("t") + "ted", head + "ed", head + "ing"))
    return frozenset(found)


# Words that make a sentence before a quotation worth reading closely.
_SPEECH_WORDS = _speech_words()  # a speech event starts at one of these words
_TELLING_WORDS = _SPEECH_WORDS | _document_words() | {"put", "puts"}
_STARTS = _SPEECH_WORDS | {":", "put", "puts"} | _DASHES  # a colon, a bullet, "as X put it"
_WORD = re.compile(r"[a-z]+")


def may_speak(text: str, start: int, end: int) -> bool:
    """Could ``text[start:end]`` hold a speech event or issue a document that speaks?"""
    return not _TELLING_WORDS.isdisjoint(_WORD.findall(text[start:end].lower()))


def find_events(tokens: list[Token], floor_of: list[int]) -> list[Event]:
    """Every speech event in a paragraph's tokens.

    ``floor_of[j]`` is the index of the first token of token j's sentence.
    """
    events: list[Event] = []
    for j in [j for j, token in enumerate(tokens) if token.lower in _STARTS]:
        token = tokens[j]
        low = token.lower
        if low == ":":
            event = _colon_event(tokens, j, floor_of[j], events)
            if event is not None:
                events.append(event)
            continue
        if low in ("put", "puts"):
            event = _as_put_it(tokens, j, floor_of[j])
            if event is not None:
                events.append(event)
            continue
        if low in _DASHES:
            if j == floor_of[j]:
                event = _bullet_event(tokens, j)
                if event is not None:
                    events.append(event)
            continue
        if token.kind != "w":
            continue
        floor = floor_of[j]
        if (
            token.capitalised
            and low != "according"
            and not (j == floor and low in lexicon.INVERTIBLE)
        ):
            continue
        if low == "according" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
            mention, role, end = _inverted(tokens, j + 1)
            if mention:
                events.append(Event("according to", j, mention, role, first=j, last=end))
            continue
        if low == "saying" and j - 1 > floor and tokens[j - 1].lower == "as":
            quoted = _quoted_as_saying(tokens, j, floor)  # "Reuters quoted one trader as"
            if quoted is not None:
                events.append(quoted)
                continue
        if low in _CLAIM_NOUNS and j + 1 < len(tokens) and tokens[j + 1].lower == "by":
            agent = _agent_after_by(tokens, j + 1)  # "claims by Tory leader Michael Howard"
            if agent is not None:
                events.append(Event(token.text, j, agent, first=j, last=j))
            continue
        if low not in lexicon.CUE_VERBS and not (low[-3:] == "ing" and _participle(low)):
            continue
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            (low == "state" or low in lexicon.NOUN_LIKE_CUES)
            and nxt is not None
            and nxt.kind == "w"
            and (nxt.lower in lexicon.PERSON_PLURALS or nxt.lower in lexicon.ORG_NOUNS)
        ):
            continue  # "member state officials", "state media": a noun here, no verb
        if j > floor and tokens[j - 1].lower == "to" and not (
            j - 1 > floor and tokens[j - 2].lower == "on"
        ):
            continue  # "refused to say": no speech here ("went on to say" is)
        if low.startswith("den") and _denies_anothers_claim(tokens, j):
            continue  # "Allies deny Russia's claim that ...": the words are Russia's
        weak = low in lexicon.WEAK_CUES
        if low.endswith("ed") and j + 1 < len(tokens) and tokens[j + 1].lower == "by":
            agent = _agent_after_by(tokens, j + 1)  # "a sapphire described by Sharon as"
            if agent is not None:
                events.append(Event(token.text, j, agent, "", weak, first=j, last=j))
            continue
        if (
            j > floor
            and tokens[j - 1].lower in _BE
            and low.endswith(("ed", "ld", "id"))
            and (low not in ("quoted",))
        ):
            agent = _passive_agent(tokens, j, floor_of)
            if agent is not None:
                events.append(Event(token.text, j, agent, "", weak, first=j, last=j))
            continue  # "Fletcher was described as...": the subject is not the speaker
        i = _skip_adverbs_left(tokens, j, floor)
        left = tokens[i - 1] if i > floor else None
        mention, role, first = None, "", j
        last = j
        # After a comma that closes an appositive ("Michael Green, a professor, said
        # places such as Iowa ..."), the subject before the comma speaks; the words after
        # the verb are what was said. After a quotation's comma the verb is inverted.
        after_appositive = (
            left is not None and left.text == "," and i - 2 >= floor and tokens[i - 2].kind == "w"
        )
        if (left is None or left.kind == "q" or left.text in ",:;—–-(") and (
            low in lexicon.INVERTIBLE
        ) and not after_appositive:
            mention, role, last = _inverted(tokens, j)
        if mention is None and left is not None and left.kind != "q":
            mention, role, first = _subject_before(tokens, i, floor)
        if mention is None and after_appositive and low in lexicon.INVERTIBLE:
            mention, role, last = _inverted(tokens, j)
        if (
            mention is None
            and left is not None
            and (left.lower in ("and", "but") or low in lexicon.PARTICIPLES and left.text == ",")
        ):
            previous = [e for e in events[-1:] if e.cue_index >= floor]
            mention = previous[-1].mention if previous else _clause_subject(tokens, i - 1, floor)
            role = previous[-1].role if previous else ""  # not a clause read as appositive
        elif mention is None and left is not None and _participle(low) and left.kind == "w":
            words = left_phrase(tokens, i)
            mention = (  # "with the committee announcing"
                build(words)
                if words and not _is_object(tokens, i - len(words), floor, participle=True)
                else None
            )
            if mention is None and (
                left.lower in ("after", "before", "while", "by", "when")
                or low in lexicon.PARTICIPLES  # "X issued a statement late on Friday saying"
            ):
                mention = _clause_subject(tokens, i - 1, floor)  # "X stopped ... after claiming"
        if mention is None and left is not None and left.kind == "w" and not weak:
            mention = _determined_document(tokens, i, floor) or _opening_document(
                tokens, floor, i
            )
        if (
            mention is not None
            and mention.kind == "nominal"
            and mention.head
            in (lexicon.DOCUMENT_NOUNS | {"headline", "spokesman", "spokeswoman", "spokesperson"})
        ):
            owner = _document_owner_phrase(tokens, mention)
            if owner is not None:
                mention = owner
        if mention is None or mention.possessive and mention.kind != "name":
            continue
        if mention.possessive and not _owner_speaks(tokens, mention):
            continue  # "Russia’s claim": a noun, not a verb
        if (
            low in lexicon.NOUN_LIKE_CUES
            and mention.kind == "name"
            and (
                len(mention.text.split()) == 1
                and mention.text.endswith(("ian", "ish", "ese", "ican", "ean"))
            )
        ):
            continue
        events.append(Event(token.text, j, mention, role, weak, first=min(first, j), last=last))
    return events
