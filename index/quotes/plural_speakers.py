"""Whom a speaking "they" names when the antecedent search found one person or a place
("Hillary Clinton met union members in Ohio. "We are with her," they said.").

The search gives "they" to the most salient sighting in reach, and a plural of people
written in lower case ("union members", "the crowd", "supporters", "local residents") is
no sighting, so the person who met them, or the town they met in, is taken. One person is
almost never a "they" (in PolNeAR train every "they" the engine gave to a single named
person was someone else), and a place never is. So, for a "they" whose antecedent is a
person or a place (:func:`plural_instead`):

- a person named as one of a pair in reach ("Tom Hale and Ann Roe appeared together",
  "Tom Hale and his wife") keeps the "they" (the first of the two, as before), even beside
  a group ("Tom Hale and Ann Roe met voters": the subject pair); so does a person with a
  companion who has no name, before any group of the sentence ("Tom Hale, flanked by his
  wife, told reporters", "Ann Roe and a friend"), or beside two written as one ("the
  pair said", "Both men"; a place then names nobody);
- else the first of two other people joined by "and" in reach ("Ed Lum recalled dinners
  with Tom Hale and Ann Roe. But even then, they argued": Tom Hale, as for a pair), or
  nobody when the quotation has an "I" speaking ("I am glad we talked": one of the two);
- else the group of people written in reach speaks (``Entity`` of kind "group", named by
  its words: "union members", "the crowd"; or with a capital, ``named_groups``: "the
  Smiths", "Democrats"), when there is exactly one such group; nobody
  when there are two ("Police arrested protesters": either may speak), or when the
  quotation is in the first person singular only ("I want to be their voice," they said:
  a person who uses "they", or one of the group) or has an "I" speaking beside a "we" ("I
  am glad we talked": one speaker, never a group in unison);
- else, with no group at all, a person who was the speaker of the last speech event keeps
  the "they" as one of those it counts ("Ann Roe said ... Despite their friendship, they
  joked": she and her friend);
- else, with no group at all, a person of no known sex keeps a "they" whose quotation is
  in the first person singular only (a singular "they": "Sam Lee, who uses they/them,
  lost the case. "I am disappointed," they said.");
- else nobody: "Jim Bell visited Dayton. "We want jobs," they said." names no speaker.

In reach are the sentences from the one that last named that antecedent, or the second
before the pronoun's in its paragraph when that is earlier, up to the pronoun (its own
sentence cut at it, quotations left out), four sentences at most.

A "they" whose antecedent is a body ("Labour", "Acme"), a group already seen speaking
("US officials said"), a description ("the rebels"), an unnamed source ("a person close
to the talks", "A spokesperson for Acme", who may speak for a side) or a place-shaped
subject of a plural verb ("Chelsea have sacked": a club) is left as it is; "as they say"
names nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.named_groups import named_groups
from warreader.index.quotes.partitives import group_entity

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Position
    from warreader.index.quotes.mentions import Mention
    from warreader.index.quotes.reading import Para
    from warreader.index.quotes.resolution import Resolution

_PLURALS = job_lex.PERSON_PLURALS | lexicon.words(
    "locals civilians villagers families relatives guards militants rebels fighters "
    "insurgents separatists"
)
# Words before a plural noun that belong to its group: "the crowd", "their supporters",
# "two men", "many residents".
_DETERMINERS = lexicon.words(
    "the his her their its our some many several hundreds thousands dozens two three four "
    "five six seven eight nine ten"
)
# Lower-case words that never modify the group's noun: function words and verbs of saying.
_NOT_MODIFIERS = lexicon.words(
    "a an and or but nor who which that whose of in on at to for with by from as than "
    "when while after before this these those said say says told tells will would could "
    "should may might can must not also is are was were be been has have had"
)
# Words that open a clause or qualify one, never a group's modifier ("Dayton, where voters
# lined the streets", "then farmers took the microphone", "and even supporters walked out").
_LINKS = lexicon.words("where wherever then even just only still too so yet now later soon")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MAX_MODIFIERS = 3
# What joins the two of a pair who may say "we" together (bblind27 P1).
_JOINED = (r"(?:and|along\s+with|alongside|together\s+with|joined|"
           r"(?:(?:was|were|is|has\s+been)\s+)?reunited\s+with|teamed\s+up\s+with|"
           r"with(?:\s+(?:his|her)\s+[a-z]+)?)")
# What may stand between the first of a pair and "and": "(D-Conn.)", ", a nurse,", ",".
_ASIDE = r"(?:\s*\([^)]*\)|,[^,.;:]{1,40},|,)?"
_CAPITAL = r"[A-Z][\w.'’-]*"
# Two people going together, the first a capitalised word, the second a run of up to four
# (a lookahead, so pairs that share a name are all found): compiled once, the names met
# compared after the match (a pattern of every person's name per call was quadratic).
_GOING_TOGETHER = re.compile(
    rf"(?=\b({_CAPITAL})\b{_ASIDE}\s+{_JOINED}\s+((?:{_CAPITAL}\s+){{0,3}}{_CAPITAL})\b)"
)
_AND_KIN = re.compile(rf"(?=\b({_CAPITAL})\b{_ASIDE}\s+and\s+(?:his|her)\s+([a-z]+)\b)")
_AND_PAIR = re.compile(
    rf"(?=\b({_CAPITAL})\b{_ASIDE}\s+and\s+((?:{_CAPITAL}\s+){{0,3}}{_CAPITAL})\b)"
)
# The first words of a person entity that is a description ("A spokesperson", "One witness").
_DESCRIPTION_OPENERS = lexicon.words("a an the one another some")
_PREPOSITIONS = lexicon.words("in at from of to near into across around outside inside "
                              "through throughout via for by")
# An unnamed companion going with a person ("flanked by his wife", "with her husband",
# "accompanied by her daughter", "speaking with her son").
_WITH_COMPANION = re.compile(
    r"\b(?:(?:flanked|accompanied|joined)\s+by|with|alongside|beside)\s+(?:his|her)\s+"
    r"(?:([a-z]+)\s+)?([a-z]+)\b"
)
# "Tom Hale and a friend", "Ann Roe, 34, and her son": the person and one unnamed other.
_AND_SOMEONE = re.compile(
    rf"(?=\b({_CAPITAL})\b{_ASIDE}\s+and\s+(?:a|an|his|her)\s+(?:friend|colleague|"
    r"companion|partner|neighbour|neighbor|relative|brother|sister|son|daughter|wife|"
    r"husband|mother|father|cousin|fiancee|fiancée|fiance|fiancé|girlfriend|boyfriend)\b)"
)
# Two people written as one: "the pair", "the couple", "both men", "the two women".
_TWO_AS_ONE = re.compile(
    r"\b(?:[Tt]he\s+(?:pair|couple|duo)|[Bb]oth\s+(?:men|women)|"
    r"[Tt]he\s+two\s+(?:men|women))\b"
)
# "as they say": a saying's generic "they" (revPB27 PB4).
_GENERIC = re.compile(r"they\s+say\b", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
# A quotation in one person's words ("I", "my") and none of a group's ("we", "our").
_FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b")
_SPEAKING_I = re.compile(r"\bI\b")  # the subject "I": one speaker, whatever "we" follows
_SENTENCES_BACK = 3  # sentences searched back from the pronoun's for its antecedent's
_SENTENCES_NEAR = 2  # sentences before the pronoun's always read


def plural_instead(
    stage: Resolution, mention: Mention, where: Position, entity: Entity | None
) -> Entity | None:
    """``entity``, the antecedent found for the speaking pronoun ``mention`` at ``where``,
    or, for a "they" whose antecedent is a person or a place, the person as one of a pair,
    the first of another pair, the group of people in reach, the person who spoke last, or
    None (see the module's docstring)."""
    if entity is None or mention.text.lower() != "they":
        return entity
    if _GENERIC.match(stage.paragraphs[where[0]], mention.start) and (
        _AS_BEFORE.search(stage.paragraphs[where[0]][max(0, mention.start - 5) : mention.start])
    ):
        return None  # "Make hay while the sun shines," as they say: nobody's words
    person = entity.kind == "person"
    if person and _unnamed(entity.name):
        return entity  # an unnamed source ("A spokesperson for Acme"): for their side
    if not person and not (entity.no_person and entity.kind != "org"):
        if entity.kind != "group" and _in_one_voice(stage, where[0], mention):
            return None  # "Police arrested Kit Ambler. "I did nothing," they said": no body
        return entity  # a body, a group, a description: a "they" may be any of them
    sentences = _reach(stage, mention, where, entity)
    if sentences is None:
        return entity  # the antecedent was found too far back to read the text between
    if not person and any(_acts_as_body(entity.name, text) for text in sentences):
        return entity  # "Chelsea have sacked their manager": a club, not a place
    if person and any(_paired(stage, entity, text) for text in sentences):
        return entity  # "Tom Hale and Ann Roe appeared together"
    if any(_TWO_AS_ONE.search(text) for text in sentences):
        return entity if person else None  # "the pair said"; "The couple met fans in Leeds"
    if person and any(_accompanied(entity, text) for text in sentences):
        return entity  # "Tom Hale, flanked by his wife, told reporters"
    pair = next(filter(None, (_pair_first(stage, t) for t in reversed(sentences))), None)
    if pair is not None:  # "Ed Lum recalled dinners with Tom Hale and Ann Roe. They argued"
        return None if _in_one_voice(stage, where[0], mention, beside_we=True) else pair
    groups: dict[str, str] = {}
    for text in sentences:
        for words in _groups(text) + named_groups(text):  # "union members", "the Smiths"
            groups.setdefault(words.split()[-1].lower(), words)
    if len(groups) == 1:
        if _in_one_voice(stage, where[0], mention, beside_we=True):
            return None  # '"I want to be their voice," they said': one person, or a group?
        return _group_entity(stage, next(iter(groups.values())))
    if not groups and person and _spoke_last(stage, where, entity):
        return entity  # "Ann Roe said ... they": she and those with her, as for a pair
    if not groups and person and not entity.gender and _in_one_voice(stage, where[0], mention):
        return entity  # "Sam Lee, who uses they/them, lost. "I am hurt," they said": one
        # person of no known sex, in the first person singular, no group in reach
    return None  # "Police arrested protesters": either may speak; or nobody plural


def _in_one_voice(
    stage: Resolution, p: int, mention: Mention, beside_we: bool = False
) -> bool:
    """Is the quotation in paragraph ``p`` next to the pronoun ``mention`` (ending a few
    characters before it, or opening a few after it) in one person's voice: in the first
    person singular only ("I want to be their voice": a person who uses "they", or one of
    a group; revPB27 PB4), or, with ``beside_we``, with an "I" speaking beside a "we" ("I
    am glad we talked": one speaker and those with them, never a group in unison; bblind28
    SL14; a body's spokesman may say it: "Police ... "I think we did well," they said")?"""
    paragraph = stage.paragraphs[p]
    for span in stage.paras[p].spans:
        if 0 <= mention.start - span.end <= 4 or 0 <= span.start - mention.end <= 12:
            quoted = paragraph[span.start : span.end]
            return bool(_FIRST_SINGULAR.search(quoted)) and (
                not _FIRST_PLURAL.search(quoted)
                or beside_we and _SPEAKING_I.search(quoted) is not None
            )
    return False


def _unnamed(name: str) -> bool:
    """Is the person entity ``name`` a description rather than a name ("a person close to
    the talks", "A spokesperson for Acme", "One witness", "A senior official"): lower case,
    or opening on an article or a number word (review revPB27 PB1: a description that
    opens its sentence is registered with a capital)?"""
    first = name.split()[0] if name.split() else ""
    return not name[:1].isupper() or first.lower() in _DESCRIPTION_OPENERS


def _acts_as_body(name: str, text: str) -> bool:
    """Is the place-shaped ``name`` in ``text`` the subject of a plural verb ("Chelsea have
    sacked", "Leeds are", "Wigan were": British usage for a club or a team), not after a
    preposition ("protesters in Ohio were")? Such a place is a body acting (revPB27 PB3)."""
    pattern = rf"(?<![\w'’-])({re.escape(name)})\s+(?:have|are|were)\b"
    for match in re.finditer(pattern, text):
        before = _WORD.findall(text[max(0, match.start() - 30) : match.start()])
        if not before or before[-1].lower() not in _PREPOSITIONS:
            return True
    return False


def _accompanied(entity: Entity, text: str) -> bool:
    """Has the person ``entity`` a companion in ``text``: one unnamed ("Tom Hale, flanked by
    his wife,", "accompanied by her daughter", "with her husband at her side", "Tom Hale
    and a friend"; the unnamed one in a sentence that names the person or holds a
    "he"/"she", before any group of people it holds)? (revPB27 PB2)"""
    own_word = entity.name.split()[-1]
    if any(m.group(1) == own_word for m in _AND_SOMEONE.finditer(text)):
        return True
    if not re.search(rf"\b(?:{re.escape(own_word)}|[Hh]e|[Ss]he)\b", text):
        return False
    first_group = min((text.find(words) for words in _groups(text)), default=len(text))
    return any(
        m.start() < first_group and any(
            word in job_lex.PERSON_NOUNS or word == "partner" for word in m.groups() if word
        )
        for m in _WITH_COMPANION.finditer(text)
    )  # not "Ann Roe met nurses who had worked with her mother"


def _reach(
    stage: Resolution, mention: Mention, where: Position, entity: Entity
) -> list[str] | None:
    """The texts of the sentences from the one that last named ``entity`` before ``where``,
    or the second before the pronoun's in its paragraph when earlier, up to the pronoun (its own
    sentence cut at it), earliest first, quotations blanked; None when the entity's
    sentence is further back than a few sentences."""
    sighting = next(
        (s for s in reversed(stage.registry.sightings.last_before(where, 60))
         if s.entity is entity), None,
    )
    if sighting is None:
        return None
    seen = sighting.position[:2]
    texts: list[str] = []
    p, s = where[:2]
    for _ in range(_SENTENCES_BACK + 1):
        if p >= len(stage.paras):
            return None
        paragraph = stage.paragraphs[p]
        bounds = stage.paras[p].sentences()
        if s >= len(bounds):
            return None
        start, end = bounds[s]
        if (p, s) == where[:2]:
            end = min(end, mention.start)
        texts.append(_blank_quotes(paragraph, stage.paras[p], start, end))
        done = (p, s) <= seen
        if done and (len(texts) > _SENTENCES_NEAR or s == 0):
            return texts[::-1]  # the near sentences only in the pronoun's paragraph
        if s > 0:
            s -= 1
        elif p > 0:
            p -= 1
            s = len(stage.paras[p].sentences()) - 1
        else:
            return texts[::-1] if done else None  # the article's first sentence
    return texts[::-1] if (p, s) < seen else None


def _blank_quotes(paragraph: str, para: Para, start: int, end: int) -> str:
    """``paragraph[start:end]`` with every quoted span's characters made spaces (of
    ``para``'s spans only those that reach into the range are read: a paragraph of many
    quotations asked once per sentence cost quadratic time)."""
    kept = para.memo.get("blanking")
    if kept is None:  # spans by start, and the furthest end of each and those before it
        spans = sorted(para.spans, key=_start)
        reach, furthest = [], -1
        for span in spans:
            furthest = max(furthest, span.end)
            reach.append(furthest)
        kept = para.memo["blanking"] = (spans, [s.start for s in spans], reach)
    spans, starts, reach = kept
    chars = list(paragraph[start:end])
    i = bisect_left(starts, end) - 1  # the last span that starts before the range ends
    while i >= 0 and reach[i] > start:  # no span from i back reaches into the range
        span = spans[i]
        for k in range(max(span.start, start), min(span.end, end)):
            chars[k - start] = " "
        i -= 1
    return "".join(chars)


_start = attrgetter("start")


def _groups(text: str) -> list[str]:
    """The plural descriptions of people in ``text`` ("union members", "the crowd",
    "Labour MPs", "local residents"): a plural noun of people in lower case (or opening
    the text), not an owner ("voters' anger") nor a modifier of another such noun
    ("police officers"), with the modifiers and the determiner before it."""
    words = list(_WORD.finditer(text))
    found = []
    for i, match in enumerate(words):
        word = match.group()
        low = word.lower()
        if low not in _PLURALS or word[:1].isupper() and i > 0 and not word.isupper():
            continue  # "Friends of the Earth", "Police Scotland"; not "MPs"
        after = text[match.end() : match.end() + 2]
        if word.endswith(("'", "’")) or after[:1] in ("'", "’"):
            continue  # "voters' anger", "the crowd's mood"
        if i + 1 < len(words) and words[i + 1].group().lower() in _PLURALS and (
            text[match.end() : words[i + 1].start()] == " "
        ):
            continue  # "police officers": the officers
        k = i
        while k > 0 and i - k < _MAX_MODIFIERS and text[words[k - 1].end() : words[k].start()] == (
            " "
        ) and _modifier(words[k - 1].group()):
            k -= 1
        if k > 0 and words[k - 1].group().lower() in _DETERMINERS and text[
            words[k - 1].end() : words[k].start()
        ] == " ":
            k -= 1
        found.append(text[words[k].start() : match.end()])
    return found


def _modifier(word: str) -> bool:
    """May ``word`` modify a plural noun of people ("union", "striking", "local", "Labour",
    "Trump") and be no verb ("met", "addressed", "thanks") nor function word?"""
    low = word.lower()
    if low in _NOT_MODIFIERS or low in _DETERMINERS or low in _PLURALS or (
        low in lexicon.SUBORDINATORS or low in _LINKS
    ):
        return False  # "because residents", "then farmers": the group starts after it
    if word[:1].isupper():
        return low not in name_lex.HONORIFICS
    if past_verb(word) or low.endswith("ly"):
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us")))


def _group_entity(stage: Resolution, words: str) -> Entity:
    """The article's one group entity named ``words`` (its determiner in lower case)."""
    first, _, rest = words.partition(" ")
    if rest and first.lower() in _DETERMINERS:
        words = f"{first.lower()} {rest}"
    return group_entity(stage.registry, words)


def _paired(stage: Resolution, entity: Entity, text: str) -> bool:
    """Is ``entity`` named in ``text`` as one of two people joined by "and" ("Tom Hale
    and Ann Roe", "Mr Blair and Mr Brown", "Tom Hale and his wife") or going together
    ("Tom Hale joined Ann Roe", "Tom Hale, along with Ann Roe,", "Tom Hale, with his deputy
    Ann Roe beside him": review bblind27 P1)?"""
    own_word = entity.name.split()[-1]
    kin = next((m for m in _AND_KIN.finditer(text) if m.group(1) == own_word), None)
    if kin is not None and kin.group(2) in job_lex.PERSON_NOUNS:
        return True  # "Tom Hale and his wife"
    def other(word: str) -> bool:
        return stage.surnames.person(word, other_than=entity) is not None

    for match in _GOING_TOGETHER.finditer(text):
        if match.group(2).endswith(("'s", "’s")):
            continue  # "Tom Hale joined Ann Roe's supporters": her supporters, no pair
        first, run = match.group(1), _run_words(match.group(2))
        if first == own_word and any(other(w) for w in run) or (
            own_word in run and other(first)
        ):
            return True
    return False


def _spoke_last(stage: Resolution, where: Position, entity: Entity) -> bool:
    """Is ``entity`` the speaker of the last speech event seen before ``where``?"""
    sighting = next(
        (s for s in reversed(stage.registry.sightings.last_before(where, 60))
         if s.speaker), None,
    )
    return sighting is not None and sighting.entity is entity


def _pair_first(stage: Resolution, text: str) -> Entity | None:
    """The first of two people ``text`` names joined by "and" ("Tom Hale and Ann Roe",
    "Mr Blair and Mr Brown"), or None."""
    for match in _AND_PAIR.finditer(text):
        first, run = stage.surnames.person(match.group(1)), _run_words(match.group(2))
        if first is None:
            continue
        second = next((w for w in reversed(run) if stage.surnames.person(w)), None)
        if second is None:
            continue
        return None if match.group(1) == second else first
    return None


def _run_words(run: str) -> list[str]:
    """The words of a run of up to four capitalised words after "and" ("Ann Roe"), each
    without the stops and apostrophes a name pattern may end on ("Roe."), and each word's
    own word-character head ("Roe" of "Roe-Smith"), so a surname found by a word boundary
    is found here too."""
    words = []
    for word in run.split():
        words.append(word.rstrip(".'’-"))
        head = re.match(r"\w+", word)
        if head is not None and head.group() != words[-1]:
            words.append(head.group())
    return words
