"""Who speaks at a reporting verb: the subject before it ("Reznikov said"), the speaker
after an inverted verb ("said Navy Capt. Mike Kafka, a Pentagon spokesman"), the subject
of a clause or a relative clause, a person before "of"/"from"/"at".
"""

from __future__ import annotations

from bisect import bisect_left

from warreader.index.quotes import lexicon
from warreader.index.quotes.appositives import (
    appositive_before,
    appositive_role,
    skip_back_appositive,
)
from warreader.index.quotes.entities import names_a_job
from warreader.index.quotes.mentions import Mention, build, is_person_name
from warreader.index.quotes.phrases import left_phrase, right_phrase
from warreader.index.quotes.tokens import Token


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
    if i - 1 > floor and tokens[i - 1].lower in _REFLEXIVES:
        i -= 1  # "Cruz himself said"
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
        # "Nate Silver, the polling guru who founded the site tweeted": the name
        return _named_before(tokens, *relative, floor) or relative
    if mention is not None and mention.kind == "name":
        person = _affiliated_person(tokens, mention, k, floor)
        if person is not None:
            return person
    if mention is not None:
        named = _named_before(tokens, mention, "", k, floor)
        if named is not None:
            return named
    return mention, "", k


def _named_before(
    tokens: list[Token], mention: Mention, role: str, k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Scott Stanzel, a spokesman for the Bush-Cheney campaign said": the person named
    before a description at token ``k`` whose appositive's closing comma is missing."""
    if mention.kind != "nominal" or k - 1 <= floor or tokens[k - 1].text != ",":
        return None
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
            return named, role, k - 1 - len(named_words)
    return None


def first_of_pair(tokens: list[Token], mention: Mention, k: int, floor: int) -> tuple[Mention, int]:
    """ "David Albers and Serena Kell wrote": when the name ``mention`` at token ``k`` is
    the second of two people, the first named stands for both (their joint words are his
    too); else ``mention`` and ``k`` unchanged."""
    if mention.kind != "name" or k - 1 <= floor or tokens[k - 1].lower != "and":
        return mention, k
    conj = k - 1
    words = left_phrase(tokens, conj)
    if not words or not is_person_name([w for w in words if w.capitalised]):
        return mention, k
    first = build(words)
    if first is None or first.kind != "name":
        return mention, k
    return first, conj - len(words)


_PLACE_PREPOSITIONS = lexicon.words("from in of at near outside")
_REFLEXIVES = lexicon.words("himself herself themselves itself")


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


_CLAUSE_REACH = 60  # tokens back to a coordinated clause's subject


_BE = lexicon.words(
    """
    was were is are been being be
    """
)


def _speaker_noun(low: str) -> bool:
    """Can this lower-case noun speak by itself ("police", "officials", "the ministry")?"""
    return low in lexicon.PERSON_PLURALS or low in lexicon.ORG_NOUNS


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
        ) and not (
            token.capitalised
            and token.lower in _OPENERS_NO_SUBJECT
            and token.lower not in _PERSONAL_SUBJECTS  # "She then addressed them"
        ):
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
            if nxt is not None and mention is not None:
                nxt = _verb_after_aside(tokens, end, i)  # "Sen. Tom Grady (R-Iowa) on
                # Wednesday played down"
            if (
                mention is not None
                and nxt is not None
                and nxt.kind == "w"
                and (not nxt.capitalised and nxt.lower not in _NOT_VERB)
                and nxt.lower not in _TIME_AFTER  # "Hours later, Trump ..."
                and (not mention.possessive or _owner_speaks(tokens, mention))
            ):
                return mention, end
            j = max(end, j + 1)
            continue
        j += 1
    return None


_PERSONAL_SUBJECTS = frozenset(("he", "she", "they"))


_TIME_AFTER = lexicon.words("later earlier ago before after")


def _verb_after_aside(tokens: list[Token], k: int, stop: int) -> Token:
    """The token at ``k``, or the one after a bracketed aside and a day there
    ("(R-Iowa) on Wednesday", "on Friday"), which a subject's verb may follow."""
    if tokens[k].text == "(":
        close = next((n for n in range(k + 1, min(stop, k + 8)) if tokens[n].text == ")"), None)
        if close is not None and close + 1 < stop:
            k = close + 1
    if k + 2 < stop and tokens[k].lower == "on" and tokens[k + 1].lower in _DAYS:
        k += 2
    return tokens[k]


_NOT_VERB = frozenset(
    lexicon.words(
        """
    of and or in at on for to with from by as the a an who which that than nor but
    about into over under after before since during
    """
    )
)
