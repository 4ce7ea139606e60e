"""The person named beside a description, a place or an affiliation before a cue.

``cue_subjects.subject_before`` and ``owned_speaker`` call these when the phrase before
a reporting verb is a description or a place rather than the speaker: the name before a
description whose closing comma is missing ("Nia Borg, a spokeswoman for the campaign
said", :func:`named_before`), an appositive ending in "Town, State" ("Tom Reyes, a baker
from Dayton, Ohio, said", :func:`place_in_appositive`), the person before "from", "at" or
"of" ("Nigel McCune from the Musicians' Union said", :func:`affiliated_person`), and
whether words in apposition to a job name a person (:func:`appositive_name`).
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.appositives import open_appositive_person, skip_back_appositive
from warreader.index.quotes.mention_roles import is_role_word
from warreader.index.quotes.mentions import ROLE_BREAK, Mention, build, is_person_name
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.unlisted import person_shaped


def appositive_name(words: list[Token]) -> bool:
    """Do ``words``, in apposition to a job ("Hale's campaign manager, Rich Beeson"),
    name a person: a known given name or honorific, or two or more capitalised words
    that make no organisation (the given name need not be one the list knows)?"""
    if is_person_name(words):
        return True
    mention = build(words)
    return (
        len(words) >= 2
        and all(w.kind == "w" and w.capitalised for w in words)
        and mention is not None
        and mention.kind == "name"
        and not mention.org
    )


def _open_role(role: str, mention: Mention | None) -> str:
    """An open appositive's role with the words after its preposition: "marketing
    manager at" + "Snappy Snaps" (the phrase read as the verb's subject)."""
    if mention is not None and role.rsplit(" ", 1)[-1].lower() in ROLE_BREAK:
        return f"{role} {mention.text}"
    return role


def named_before(
    tokens: list[Token], mention: Mention | None, role: str, k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Nia Borg, a spokeswoman for the Hale-Pike campaign said": the person named
    before a description at token ``k`` whose appositive's closing comma is missing."""
    opened = open_appositive_person(tokens, k, floor)  # "Ann Roe, head of X at Y said"
    if opened is not None and (person := build(left_phrase(tokens, opened[0]))) is not None:
        person.role = person.role or _open_role(opened[1], mention)
        return person, role, opened[0] - len(left_phrase(tokens, opened[0]))
    if mention is None:
        return None
    described = mention.kind == "nominal" or (
        mention.text.split(" ", 1)[0] in lexicon.DETERMINERS
        and len(mention.text.split()) > 1
        and mention.text.split()[1].islower()
    )  # "the press officer for the Kent Rowing Club"
    if not described or k - 1 <= floor or tokens[k - 1].text != ",":
        return None
    named_words = left_phrase(tokens, k - 1)
    opens = all(t.kind != "w" for t in tokens[floor : k - 1 - len(named_words)])
    if (
        named_words
        and (
            mention.text.split(" ", 1)[0].lower() in ("a", "an") or opens
        )  # indefinite, or the name opens the sentence (perhaps after the quotation)
        and (is_person_name(named_words) or opens and appositive_name(named_words))
    ):  # not "Reacting to a comment by Tim Phillips, the American said"; a name the list
        # of given names lacks only where it opens the sentence ("Tavo Brindle, the
        # broadcaster's futurologist, told"
        named = build(named_words)
        if named is not None:
            named.role = named.role or mention.text.split(" ", 1)[-1]
            return named, role, k - 1 - len(named_words)
    return None


_PLACE_PREPOSITIONS = lexicon.words("from in of at near outside")


def place_in_appositive(
    tokens: list[Token], i: int, floor: int, tail: list[Token]
) -> tuple[Mention | None, str, int] | None:
    """ "Tom Reyes, a baker from Dayton, Ohio, said": an appositive ending
    in a place written "Town, State" has a comma inside; read it as one aside. ``tail``
    is the phrase before the comma at ``i - 1`` (:func:`left_phrase`)."""
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


_OLDEST = 120  # a number between commas after a name below it may be the person's age


def affiliated_person(
    tokens: list[Token], place: Mention, k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "Nigel McCune from the Musicians' Union said": the person before "from", "at" or
    "of" and the name ``place`` starting at token ``k``; None if there is none. The place
    may be "Town, State" ("Lena Marsh of Dayton, North Dakota says"), and an age may
    stand between the person and the preposition ("Ruth Amos, 41, of Fargo, N.D.,")."""
    by_town = False
    if tokens[k].lower in ("from", "at", "of"):
        k += 1  # the phrase reader took the preposition into the name
    if k - 2 > floor and tokens[k - 1].text == ",":
        town = left_phrase(tokens, k - 1)
        while town and not town[0].capitalised:
            town = town[1:]  # "of Fargo": the phrase may hold the preposition
        if town and all(t.capitalised and not t.possessive for t in town):
            place = build(town) or place
            k -= 1 + len(town)
            by_town = True
    if k - 1 <= floor or tokens[k - 1].capitalised or tokens[k - 1].lower not in (
        "from", "at", "of"
    ):
        return None
    end, aged = k - 1, False
    if end - 1 > floor and tokens[end - 1].text == ",":  # "Ruth Amos, 41, of"
        end -= 1
        if end - 2 > floor and tokens[end - 1].text.isdigit() and tokens[end - 2].text == ",":
            end, aged = end - 2, int(tokens[end - 1].text) < _OLDEST  # "2004": no age
    person_words = left_phrase(tokens, end)
    if by_town and not is_person_name(person_words) and not (
        aged and person_shaped(" ".join(t.text for t in person_words))
    ):  # an age makes a name a person's whatever the list knows ("Tavo Brindle, 30,")
        return None  # "in front of the Lions Club at Rosa's Diner, Hale said"
    job = ""
    start = end - len(person_words)
    if person_words and not any(t.capitalised for t in person_words) and (
        person_words[-1].lower in job_lex.PERSON_NOUNS  # not "In Lisbon, traders at"
        and start - 1 > floor
        and tokens[start - 1].text == ","
    ):  # "Ravi Mehta, managing director, of Dunmore": the job between commas
        job = " ".join(t.text for t in person_words) + " "
        end = start - 1
        person_words = left_phrase(tokens, end)
    person = build(person_words) if person_words else None
    if person is None or person.kind != "name" or all(is_role_word(t) for t in person_words):
        return None  # "Speaker of the House Rep. Tom Hale said": a title, no person
    person.role = person.role or f"{job}{tokens[k - 1].text} {place.text}"
    return person, "", end - len(person_words)
