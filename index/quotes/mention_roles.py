"""The role words of a speaker phrase and the descriptions they make, for
:func:`warreader.index.quotes.mentions.build`.

Job and title words ("spokesman", "Secretary", "ex-minister"), the words that make a
phrase a person's (ranks, honorifics, given names), and the shapes in which role words
describe someone instead of naming them: an office of a place ("the Archbishop of
Canterbury"), a job for a domain ("Britain's envoy for the Middle East"), a person
described by a body ("a spokesman for ...", "the chief executive of a car maker"), and
a peer's seat that is no part of the name ("Lord Falconer of Thoroton").
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.tokens import Token

DETERMINERS = lexicon.words(
    """
    the a an this that its his her their our one another
    """
)


def job_word(word: str) -> bool:
    """A noun for a person's job, perhaps compounded ("co-author", "ex-minister",
    "front-runner": its last part is one)."""
    low = word.lower()
    if low in job_lex.PERSON_NOUNS:
        return True
    return "-" in low and low.rsplit("-", 1)[1] in job_lex.PERSON_NOUNS


def is_role_word(token: Token) -> bool:
    """Title or job words that may stand in a role ("Secretary", "spokesman")."""
    low = token.lower
    if "-" in low:
        return any(
            part in name_lex.TITLES or part in job_lex.PERSON_NOUNS for part in low.split("-")
        )
    return low in name_lex.TITLES or low in job_lex.PERSON_NOUNS


_RANKS = frozenset(
    lexicon.words(
        """
    capt gen col lt maj adm sgt cmdr lieutenant colonel major captain sergeant
    admiral general commander president minister secretary
    """
    )
)


def is_personal(token: Token) -> bool:
    """Words that make a phrase a person's: ranks, honorifics, job nouns, given names."""
    low = token.lower
    return (
        low in job_lex.PERSON_NOUNS
        or low in name_lex.HONORIFICS
        or low in _RANKS
        or low in name_lex.first_names()
    )


def office_of_place(role_words: list[Token], name_words: list[Token]) -> str:
    """The office of "the Archbishop of Canterbury", "Mayor of London", "the Bishop of
    Oxford" (a capitalised title, "of", perhaps "the", then capitalised words that hold no
    given name: a place or body, no person), lower case; "" for any other words."""
    words = role_words[1:] if role_words and role_words[0].lower in DETERMINERS else role_words
    if words and words[-1].lower == "the":
        words = words[:-1]
    if len(words) != 2 or words[1].lower != "of" or not words[0].capitalised:
        return ""
    title = words[0].lower
    if title not in name_lex.TITLES or not name_words:
        return ""
    names = name_lex.first_names()
    if not all(w.capitalised for w in name_words) or any(w.lower in names for w in name_words):
        return ""
    return title


def job_for_domain(role_words: list[Token], name_words: list[Token]) -> str:
    """The job of "Acme's spokesman for Europe", "Britain's envoy for the Middle East" (a
    job word, "for", perhaps "the", then capitalised words with no given name: the job's
    domain, never the person), lower case; "" for any other words."""
    words = role_words[:-1] if role_words and role_words[-1].lower == "the" else role_words
    if len(words) < 2 or words[-1].text != "for" or not is_role_word(words[-2]):
        return ""
    names = name_lex.first_names()
    if not name_words or any(
        not w.capitalised or w.lower in names or not w.text[-1].isalpha() for w in name_words
    ):  # not "the nominee for the Nov. 8 election": a date's, which the phrase cut short
        return ""
    return words[-2].lower


def described_person(words: list[Token]) -> str | None:
    """The person noun of "a spokesman for ...", "the close associate of ...", "the
    Bishop of ..." (an article, at most two lower-case words, the noun, then "for",
    "of", "at" or "from")."""
    lowers, capitals = [w.lower for w in words], [w.capitalised for w in words]
    first = 0 if job_lex.group_opens(lowers, capitals) else 1  # "Residents of"
    named = 0  # capitalised words before the noun: "A UK Independence Party member of"
    n = first - 1
    while (n := n + 1) < min(4 + named, len(words) - 1):
        word = words[n]
        if word.lower in job_lex.PERSON_NOUNS or word.lower in job_lex.PERSON_PLURALS:
            if named and word.capitalised:
                return None  # "the Labour Party Member ...": capitals all through, a name
            return word.lower if words[n + 1].lower in ("for", "of", "at", "from") else None
        if word.kind != "w" or word.capitalised and (
            first == 0 or named == 3 or lowers[0] not in ("a", "an")
        ) or named and not word.capitalised:  # not "The Republican presidential nominee
            return None  # for ...", nor "The Green candidate for ...": as before
        if word.capitalised:  # a body or party naming the noun's kind, then a lower-case
            named += 1  # noun: "a Labour member of", "A UK Independence Party member of"
    return None


def body_of_person(words: list[Token]) -> str | None:
    """The body noun of "the campaign of Tom Vale", "the family of Ann Roe" (an article,
    a lower-case body noun, "of", then capitalised words): the body speaks, not the person
    it belongs to; None for any other words."""
    if len(words) < 4 or words[0].lower not in DETERMINERS or words[2].lower != "of":
        return None
    noun = words[1]
    if noun.capitalised or noun.kind != "w" or not (
        noun.lower in org_lex.ORG_NOUNS or noun.lower in _HOUSEHOLDS
    ):
        return None
    return noun.lower if all(w.capitalised for w in words[3:]) else None


_HOUSEHOLDS = lexicon.words("family relatives")


def role_at_body(words: list[Token]) -> str | None:
    """The role noun of "the chief executive of a ... maker", "a spokesman for a bank",
    "the head of Ukraine's army" (an indefinite or an owned body after "of", "for" or
    "at"): the person holding it speaks."""
    for n in range(1, min(4, len(words) - 2)):
        if words[n].lower in ("of", "for", "at"):
            role = words[n - 1].lower
            if role in job_lex.PERSON_NOUNS and (
                words[n + 1].lower in ("a", "an", "one") or words[n + 1].possessive
            ):  # "the head of Ukraine's army": the head, whichever army
                return role
            return None
    return None


_PEERS = lexicon.words("lord lady baroness viscount viscountess earl countess")


def without_seat(words: list[Token]) -> list[Token]:
    """ "Lord Falconer of Thoroton", "Baroness Williams of Crosby": a peer's territorial
    designation is no part of the name (the peer is Lord Falconer); other words as given."""
    for k in range(2, len(words) - 1):
        if (
            words[k].lower == "of"
            and words[k - 2].lower in _PEERS
            and words[k - 2].capitalised
            and words[k - 1].capitalised
            and all(w.capitalised for w in words[k + 1 :])
        ):
            return words[:k]
    return words
