"""The subject of a reporting verb whose reported clause a "he" or "she" opens ("Rubio
said he would stay in the race"): in the pronoun's own clause, the person it most often
means. A name of no known kind there ("Rubio", "Cruz" never given in full) is bound to
the pronoun, not the topic of an earlier sentence ("Kasich spoke in Ohio. Cruz said he
..."), and learns the pronoun's sex when nobody else of unknown sex stands near it
(huntus26 family 9). A pronoun that a lookup gives a name of no known kind met only in
an earlier paragraph teaches it nothing (:func:`teaches`: "Clinton said ... // Rubio told
reporters he would stay" made Clinton a "he"). :func:`may_be_person` also keeps a
one-word name that spoke from being a "he"/"she" of last resort when it names a party,
a country, a seat of government or a document (``Entity.fits``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex, unlisted
from warreader.index.quotes.affiliations import PARTIES
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.tokens import tokenize

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position, Registry

# Words that may stand between the subject and its reporting verb ("Cruz later said he",
# "Cruz has said he", "Cruz never said he"): adverbs and auxiliaries, no verb of its own.
_BETWEEN = lexicon.words(
    "also later then again never has had have previously earlier recently repeatedly "
    "once now still already often"
)
# Seats of government named for their governments ("Moscow said he was a spy").
_SEATS = lexicon.words(
    "moscow kremlin kyiv kiev washington beijing london paris berlin brussels tehran "
    "damascus pyongyang jerusalem ankara cairo baghdad kabul tokyo seoul delhi islamabad "
    "riyadh havana caracas minsk warsaw rome madrid ottawa canberra westminster whitehall "
    "pentagon"
)
_ASIDE = 10  # tokens an aside between the subject and its verb may hold
_REACH = 40  # sightings read back for the pronoun's paragraph
_ARTICLE_REACH = 200  # sightings read back for another person the pronoun might mean


def cue_before(tokens, j: int) -> int:
    """The index of the reporting verb whose clause the pronoun at ``j`` opens ("said he",
    "said that she"), or -1."""
    k = j - 1 if j and tokens[j - 1].lower != "that" else j - 2
    return k if k >= 0 and tokens[k].lower in cue_lex.CUE_VERBS else -1


def subject_end(tokens, k: int) -> int:
    """Where the reporting verb's subject must end for the verb at ``k``: right before it,
    or before at most two adverbs or auxiliaries ("Cruz later said")."""
    m = k
    while m > 0 and k - m < 2 and not tokens[m - 1].capitalised and (
        tokens[m - 1].lower in _BETWEEN or tokens[m - 1].lower.endswith("ly")
    ):
        m -= 1
    if m > 1 and tokens[m - 1].text == ",":  # "Rubio, speaking in Miami, said he"
        for n in range(m - 2, max(0, m - _ASIDE), -1):
            if tokens[n].text == ",":
                return n
            if tokens[n].kind != "w" or tokens[n].lower in cue_lex.CUE_VERBS:
                break
    return m


def may_be_person(entity: Entity) -> bool:
    """Could the name of no known kind ``entity`` be a person's: no place, party,
    group, body, seat of government or thing ("Moscow", "Labour", "Officials")?"""
    low = entity.name.lower()
    return not (
        entity.no_person
        or entity.modifier
        or low in COUNTRY  # a country's name or its nationality ("Russia", "Russians")
        or low in job_lex.NATIONALITIES
        or low in PARTIES
        or low in job_lex.PERSON_PLURALS
        or low in _SEATS
        or low.rsplit(" ", 1)[-1] in org_lex.DOCUMENT_NOUNS
        or low.rstrip("s") in org_lex.DOCUMENT_NOUNS
        or org_lex.looks_like_org(entity.name)
        or unlisted.place_shaped(entity.name)
        or " " not in low and low in lexicon.SENTENCE_OPENERS
    )


def bind_subject(
    registry: Registry, subject: Entity, head: str, position: Position
) -> bool | None:
    """Whether the reported "he"/"she" at ``position`` is ``subject``, its reporting
    verb's subject, a name of no known kind: None when it is not (someone else fits the
    pronoun outright nearby: "Tom Hale spoke. Cole said he was wrong"), else True when
    the subject may learn the pronoun's sex, False when another name of unknown sex
    stands before it in the article ("Clinton spoke in Ohio. Trump said she ...").
    None too when a person of the pronoun's sex was named before in any role ("Police
    questioned Tom Hale. Carver said he ...") or a person is described in the pronoun's
    paragraph or the one before ("A nurse was sacked. // Unison said she ..."): the
    pronoun may well mean them (review revM27 F1, F2)."""
    want = unlisted.head_gender(head)
    if subject.kind != "unknown" or subject.gender not in ("", want) or not may_be_person(
        subject
    ):
        return None
    alone = True
    for sighting in reversed(registry.sightings.last_before(position, _ARTICLE_REACH)):
        other = sighting.entity
        if other is subject or _near_description(other, sighting.position, position):
            continue  # a person described near: judged by _described_near below
        if not sighting.possessive and other.kind == "person" and other.gender == want:
            return None  # "Police questioned Tom Hale ... Carver said he"
        if not other.gender and other.kind in ("unknown", "person") and may_be_person(other):
            alone = False  # anywhere before, in any place: "Asked about Rubio, Fiorina said he"
        if sighting.possessive or not (sighting.subject or sighting.speaker):
            continue
        if sighting.position[0] >= position[0] - 1 and other.fits(head):
            return None
    texts = list(registry.texts[max(0, position[0] - 1) : position[0] + 1])
    if texts and (named := re.search(rf"\b{re.escape(subject.name)}\b", texts[-1])):
        texts[-1] = texts[-1][: named.start()]  # not "Fiorina said he was a friend"
    if _described_near(texts, want):
        return None  # "A nurse was sacked. // Unison said she ...": the nurse, perhaps
    return alone and not _named_before(registry.texts[: position[0]], subject)


_ARTICLES = lexicon.words("a an the")
_MODIFIERS = 3  # words between the article and the person noun ("a former bank employee")
# Person nouns that are as often adjectives or a body's modifier ("the British government",
# "the executive committee"): a person's only before a verb or a stop ("An executive was").
_NOT_PERSON_HEADS = job_lex.NATIONALITIES | lexicon.words(
    "general head chief executive senior official international independent"
)
# Nouns of a hired person that are as often a firm's ("a defence contractor"): no person
# noun of the lexicon, but someone a "he"/"she" nearby may mean ("A contractor was killed
# in Iraq. // Halliburton said he had worked for it").
_HIRED = {w: "" for w in lexicon.words("contractor subcontractor")}
_VERBS_AFTER = lexicon.words(
    "was is has had were are have will would could said says told who"
)


def _described_near(texts, want: str) -> bool:
    """Do the paragraphs ``texts`` describe a person whom a "he"/"she" of sex ``want`` may
    mean ("A nurse", "An aid worker", "The company's founder", "A Barclays trader"): an
    article, at most three modifiers, then a person noun of no other sex?"""
    for text in texts:
        tokens = tokenize(text, [])
        for i, token in enumerate(tokens):
            if token.lower not in _ARTICLES:
                continue
            for k in range(i + 1, min(len(tokens), i + 2 + _MODIFIERS)):
                word = tokens[k]
                if word.kind != "w":
                    break
                sex = job_lex.PERSON_NOUNS.get(word.lower, _HIRED.get(word.lower))
                if word.lower in _NOT_PERSON_HEADS and k + 1 < len(tokens) and (
                    tokens[k + 1].kind == "w" and tokens[k + 1].lower not in _VERBS_AFTER
                ):
                    continue  # "the British government", "the chief executive"
                if sex is not None and not (word.capitalised or word.possessive):
                    if sex in ("", want) and not _asks(tokens, k + 1):
                        return True
                    break
    return False


def _near_description(other: Entity, seen: Position, position: Position) -> bool:
    """Is ``other`` an unnamed person described ("A reporter", "the nurse") in the
    pronoun's paragraph or the one before? :func:`_described_near` judges those; only a
    name, or a description further back, makes the subject no longer alone."""
    return other.name.split(" ", 1)[0].lower() in _ARTICLES and seen[0] >= position[0] - 1


def _asks(tokens, k: int) -> bool:
    """Does the described person whose noun ends before token ``k`` put a question ("A
    reporter asked about the polls", "a voter asked Cruz whether ...")? The asker is the
    one answered, not the "he" of the answerer's own reported clause ("... // Cruz said
    he would stay"); "A nurse asked for help" asks nothing."""
    if k >= len(tokens) or tokens[k].lower not in _ASKING:
        return False
    k += 1
    while k < len(tokens) and tokens[k].kind == "w" and (
        tokens[k].capitalised or tokens[k].lower in ("him", "her", "them")
    ):
        k += 1  # the one asked
    return k < len(tokens) and tokens[k].lower in _QUESTION_WORDS


_ASKING = lexicon.words("asked asks questioned quizzed pressed")
_QUESTION_WORDS = lexicon.words("about whether if why how what when where who which")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NO_NAMES = lexicon.words(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
)


def _named_before(texts, subject: Entity) -> bool:
    """Does a capitalised word that may name someone else stand in the paragraphs
    ``texts`` (those before the pronoun's, read only skimmed: "Trump rallied in Ohio. //
    ... // Clinton said he was unfit")? Months, days, sentence openers, parties,
    countries and seats of government name no one."""
    own = set(subject.name.lower().split())
    for text in texts:
        for word in _CAPITALISED.findall(text):
            low = word.lower()
            if not (
                low in own
                or low in lexicon.SENTENCE_OPENERS
                or low in _NO_NAMES
                or low in COUNTRY
                or low in job_lex.NATIONALITIES
                or low in PARTIES
                or low in _SEATS
            ):
                return True
    return False


def teaches(registry: Registry, entity: Entity, position: Position) -> bool:
    """May a "he"/"she" at ``position`` that a lookup gave ``entity`` teach it a kind and
    sex? Yes when ``entity`` is a person already or is seen in the pronoun's own paragraph
    (its topic, "Conte said he stood by it"); a name met only in an earlier one learns
    nothing from it ("Clinton said ... // Rubio told reporters he would stay": no he)."""
    if entity.kind != "unknown":
        return True
    for sighting in reversed(registry.sightings.last_before(position, _REACH)):
        if sighting.position[0] != position[0]:
            return False
        if sighting.entity is entity:
            return True
    return False
