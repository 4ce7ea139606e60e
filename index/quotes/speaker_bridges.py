"""Who spoke last, across narration: a paragraph of quotation alone goes on with the
last speaker when nobody new has become the subject since.

Wire copy gives each sentence its own paragraph, so a speaker named once ("Dr Vale
told reporters the plant was safe.") may be followed by several paragraphs of narration
("The plant opened in 1998." / "Its owner, Brightwater, runs two more." / "Vale's
team checks it weekly.") before a paragraph that is a quotation alone ("“We have
never had a leak.”"). A reader gives that quotation to the last speaker: the narration
between speaks of things, of bodies that have said nothing, of the speaker and what is
theirs, but puts no other person forward as its subject, and gives nobody a speech
verb. When a new person becomes the subject ("Pike, the union's leader, was
furious."), or someone is given a speech verb, the quotation is no longer plainly the
last speaker's and stays unattributed.

The narration may run up to :data:`REACH` paragraphs back as long as it holds at most
:data:`MOST_SENTENCES` sentences, and only then may bodies and things named by name be
its subjects; a speaker two or three paragraphs back is carried over any length of
narration whose every sentence has the speaker, "he" or "she", or no agent at all for
subject (the rule of the unsplit layout, where a paragraph holds several sentences).
"""

from __future__ import annotations

import re

from warreader.index.names import name_key
from warreader.index.quotes import job_lex, org_lex
from warreader.index.quotes.clause_subjects import (
    after_opening_phrase,
    index_at,
    sentence_subject,
)
from warreader.index.quotes.entities import Registry, may_be_person
from warreader.index.quotes.mentions import Mention, job_word, run_mention
from warreader.index.quotes.narration_topics import keeps_topic
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.tokens import tokenize

# How far back the last speaker may be (paragraphs), and how many sentences of
# narration may stand between beyond the paragraph before last and the one before that.
REACH = 7
MOST_SENTENCES = 6
_DASH_CHARS = ("-", "–", "—", "―")
# A name owning the subject: "Vale's", "Mr Vale's" (the words before the subject).
_OWNER = re.compile(r"(?:[A-Z][a-z]{0,3}\.? )?([A-Z][\w-]+)['’]s\b")


def bridged(
    last: tuple[int, Attribution] | None,
    p: int,
    paras: list[Para],
    para: Para,
    registry: Registry,
) -> bool:
    """Is paragraph ``p``, quotations alone, the words of the speaker ``last`` of an
    earlier paragraph (at most :data:`REACH` back), because each paragraph between
    gives nobody else a strong speech verb (the speaker may have one: "..., argues Mr
    Vale."), is no credit line, and keeps that speaker
    as its topic (see :func:`_keeps`), names that speaker or is a mere pause ("Pause.")?"""
    if last is None or not p - REACH <= last[0] <= p - 2 or not last[1].speaker:
        return False
    if any(t.kind == "w" for t in para.tokens):
        return False
    between = paras[last[0] + 1 : p]
    wide = sum(_sentences(b.text) for b in between) <= MOST_SENTENCES
    if last[0] < p - 3 and not wide:
        return False
    surname = last[1].speaker.split()[-1]
    texts = [q.text for q in paras]
    for b in between:
        if any(not e.weak and not _by_name(e.mention, surname) for e in b.events):
            return False  # somebody else given a speech verb ("Pike said the rent ...")
        if b.text.lstrip()[:1] in _DASH_CHARS:
            return False  # nor a credit line ("- Reyes.") closing the quotation before
        words = b.text.split()
        if not (
            len(words) <= 3
            or re.search(rf"\b{re.escape(surname)}\b", b.text) is not None
            and last[0] == p - 2
            or not b.text.rstrip().endswith(":")  # "Partial transcript follows:"
            and _keeps(b.text, last[1], registry, wide, last[0] < p - 3, texts)
        ):
            return False
    return True


def _by_name(mention: Mention, surname: str) -> bool:
    """Is ``mention`` the last speaker by name ("argues Mr Vale": reported speech of
    the same voice, which keeps it)?"""
    return mention.kind == "name" and surname in (mention.name or mention.text).split()


def _sentences(text: str) -> int:
    return max(1, len(sentence_bounds(text, [])))


def _keeps(
    text: str, last: Attribution, registry: Registry, wide: bool, far: bool, texts: list[str]
) -> bool:
    """Does the narration ``text`` keep the ``last`` speaker as its topic? As
    :func:`narration_topics.keeps_topic` says (for a speaker not ``far``: two or three
    paragraphs back), or, in a few short paragraphs of narration (``wide``: the wire
    layout), sentence by sentence: each has for subject a name that is no new person
    (:func:`_no_new_person`: "Vale's team", "Brightwater runs two more"), or keeps the
    topic and opens on no name of a person."""
    if not far and keeps_topic(text, last):
        return True
    if not wide:
        return False
    for start, end in sentence_bounds(text, []):
        sentence = text[start:end]
        if sentence.strip() and not (
            _no_new_person(sentence, last, registry, texts)
            or keeps_topic(sentence, last)
            and not _opens_on_person(sentence, last, registry)
        ):
            return False
    return True


def _opens_on_person(sentence: str, last: Attribution, registry: Registry) -> bool:
    """Does the main clause of ``sentence`` open on the name of a person other than the
    ``last`` speaker ("Texas Sen. Ted Cruz, who ..., named ...": a subject the clause
    reader may miss)?"""
    tokens = tokenize(sentence, [], 0, len(sentence))
    main = after_opening_phrase(tokens, 0, len(tokens)) if tokens else None
    run = []
    for token in tokens[main or 0 : (main or 0) + 6]:
        if token.kind != "w" or not token.capitalised:
            break
        run.append(token.text)
    mention = run_mention(" ".join(run)) if run else None
    if mention is None or mention.kind != "name":
        return False
    key = (mention.name or mention.text).split()[-1].strip(".,'’")
    names = {w.strip(".,'’") for w in (last.speaker or "").split()}
    return key not in names and (may_be_person(registry, key) or _spoke(registry, key))


def _no_new_person(sentence: str, last: Attribution, registry: Registry, texts: list[str]) -> bool:
    """Is the subject opening the main clause of ``sentence`` a name, the ``last``
    speaker's (possessive: "Vale's team") or a proper name of a thing or body that
    never spoke (:func:`_proper_non_person`)?"""
    tokens = tokenize(sentence, [], 0, len(sentence))
    if not tokens:
        return True
    main = after_opening_phrase(tokens, 0, len(tokens))
    start = main if main is not None else 0
    found = sentence_subject(tokens, len(tokens), 0)
    first = index_at(tokens, found[0].start) if found is not None else None
    if found is None or first is None or first < start:
        return False
    names = {w.strip(".,'’") for w in (last.speaker or "").split()}
    mention = found[0]
    owner = _OWNER.match(sentence[tokens[start].start : mention.end])
    if owner is not None and owner.group(1) in names:
        return True  # "Vale's team", "Dr Vale's firm Brightwater"
    if first > start:
        return False
    if mention.kind != "name":
        return False
    own = (mention.name or mention.text).split()
    if any(w.strip(".,'’") in names for w in own):
        return mention.possessive  # the speaker's own firm, team, words
    key = own[-1].strip(".,'’") if own else ""
    if len(own) == 1 and _common_noun(key, texts):  # "Studios could fit ...", written
        return not _agent_word(key.lower())  # "studios" elsewhere: a thing, no body
    return bool(key) and _proper_non_person(registry, key, texts)


def _common_noun(word: str, texts: list[str]) -> bool:
    """Does the article write the capitalised ``word`` in lower case too (a common noun
    opening its sentence: "Studios could fit ..." and "if studios want ...")?"""
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    return word[:1].isupper() and any(lower.search(text) for text in texts)


def _agent_word(low: str) -> bool:
    """A noun of a body or of people ("union", "companies", "officials", "minister")."""
    return low in org_lex.ORG_NOUNS or low in job_lex.PERSON_PLURALS or job_word(low)


def _proper_non_person(registry: Registry, word: str, texts: list[str]) -> bool:
    """Is ``word`` the name of a thing or body that the article writes as a proper name
    (an organisation, a place, or a name it capitalises inside a sentence, not a
    capitalised word only opening one: "Voices like those ..."), never a person's and
    never a speaker's? ``texts``: the article's paragraphs."""
    found = registry._by_key.get(name_key(word), [])
    if not found or may_be_person(registry, word) or _spoke(registry, word):
        return False
    inside = re.compile(rf"[a-z,;:] {re.escape(word)}\b")
    return all(e.kind == "org" or e.no_person or e.inside for e in found) or any(
        inside.search(text) for text in texts
    )


def _spoke(registry: Registry, word: str) -> bool:
    """Has an entity under the name ``word`` been seen speaking in the article?"""
    return any(e.speaks for e in registry._by_key.get(name_key(word), []))
