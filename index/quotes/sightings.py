"""Who is named where in an article: the names the attributor registers as it reads.

Sentences read closely register every name with its role and whether it is a subject;
sentences a little before a quotation are glanced at for names (who was around); the
rest are skimmed for people's full names only (canonical forms).
"""

from __future__ import annotations

import re

from warreader.index.names import name_key
from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, stance_lex
from warreader.index.quotes import described_sightings as described
from warreader.index.quotes.acronyms import defined_acronyms, initials
from warreader.index.quotes.appositives import aged
from warreader.index.quotes.common_words import opening_word, read_as_common
from warreader.index.quotes.common_words import words_after as words_after_name
from warreader.index.quotes.contractions import contracted
from warreader.index.quotes.contrast_clauses import (
    acting_verb,
    after_contrast,
    apposed_name,
    glanced_contrast,
    past_apposition,
    token_acts,
    token_apposition,
    words_after,
)
from warreader.index.quotes.contrast_descriptions import see_contrasts
from warreader.index.quotes.described_sightings import no_name, see_national_group
from warreader.index.quotes.descriptions import see_described_subject
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.examples import example_start
from warreader.index.quotes.marks import Span
from warreader.index.quotes.mentions import run_mention, shared_mention
from warreader.index.quotes.name_runs import FULL_NAME, NAME_RUN, office_opening, runs_of
from warreader.index.quotes.opening_pronouns import see_opening_pronoun
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.places import PLACE_PREPOSITIONS as _PLACE_PREPOSITIONS
from warreader.index.quotes.reading import Para
from warreader.index.quotes.reported_subjects import cue_before, subject_end
from warreader.index.quotes.sighted_roles import (
    NEAR_WORDS,
    NEXT_WORD,
    glance_role,
    learn_from_neighbours,
    no_person_before,
)
from warreader.index.quotes.skimmed_bodies import see_described_bodies
from warreader.index.quotes.unlisted import glance_unlisted

# A capitalised word opening a word, then another: "Mark Cueto". The match is the first
# letter alone, the rest of both words looked ahead at (group 1: the given name's other
# letters, group 2: the surname), so that matches may overlap ("Mark Cueto Smith" holds
# two) and the regex engine skips to the next capital instead of trying every position.
_GIVEN_AND_SURNAME = re.compile(r"[A-Z](?<!\w[A-Z])(?=([a-z]+)\s+([A-Z][a-z][\w-]*))")


class NameReading:
    """The attributor's stage that registers the names of what it reads."""

    def _know_full_names(self) -> None:
        """Register every person's full name before reading, so that a bare surname ("Pike
        said") is a person whom "he" may name even before "Ted Pike", and the first one."""
        for p, (text, far) in enumerate(zip(self.paragraphs, self._skimmed, strict=True)):
            for s, (start, end) in far:
                _skim_full_names(self, text, start, end, (p, s))
                see_described_bodies(self.registry, text, start, end, (p, s))
            know_quoted_people(text, self.paras[p].spans, self.registry.quoted_people)
            for run, acronym in defined_acronyms(text):  # "the Royal Academy of Dance
                entity = self._run_entity(run)[0]  # (RAD)": "the RAD" far from it too
                if entity is not None and entity.kind != "person" and (
                    initials(entity.name) == acronym or entity.name == run  # "(Segas)"
                ):
                    self.registry.alias(acronym, entity)

    def _run_entity(self, run: str) -> tuple[Entity | None, bool]:
        """The entity (or None) and possessiveness of a capitalised run, remembered."""
        mention = run_mention(run)
        named = mention is not None and mention.kind == "name"
        entity = self.registry.entity_for(mention) if named else None
        return self._runs.setdefault(run, (entity, bool(mention and mention.possessive)))

    def _glance_names(self, p: int, para: Para) -> list[tuple[str, tuple[int, int, int]]]:
        """Sightings of the names in sentences just before the closely read ones; the
        pronouns (and "the " + a described person) opening them are returned, resolved once
        the closely read ones are registered too ("Westmacott, who ..., praised Obama.")."""
        text = para.text
        openings = []
        for s, (start, end) in self._glanced[p]:
            if (head := described.glanced_description(text, start, end)) is not None:
                openings.append(("the " + head, (p, s, start)))  # "The Dane backed ..."
            for pronoun in SUBJECT_PRONOUN.finditer(text, start, end):
                at = pronoun.start()
                if not any(span.start <= at < span.end for span in para.spans):
                    openings.append((pronoun.group().lower(), (p, s, at)))
            for match in NAME_RUN.finditer(text, start, end):
                for at, stop in runs_of(match):
                    self._glance_run(p, s, text, start, at, stop, end)
        return openings

    def _glance_run(self, p: int, s: int, text: str, start: int, at: int, stop: int,
                    end: int) -> None:
        """One capitalised run ``text[at:stop]`` of the glanced sentence ``start``-``end``."""
        run = text[at:stop]
        first, space, rest = run.partition(" ")
        opens = not text[start:at].strip()  # the run opens its sentence
        if names_nobody(first.lower(), opens) or first == "Will" and (
            _question_will(text, start, end, at, first)
        ):
            if not rest:
                return  # "But", "Under": a sentence's first word, no name
            run, at = rest, at + len(first) + len(space)
            opens = not text[start:at].strip()
        if " " not in run and opening_word(text, start, at) and read_as_common(
            run.lower(), words_after_name(text, stop), self.common
        ):
            return  # "Casual games like ..." where the article writes "casual gamers"
        if (office := office_opening(text, at, run)) < at:  # "Chancellor of the Exchequer
            run, at = text[office:stop], office  # Tom Varley": the office and its holder
        after = NEXT_WORD.match(text, stop)
        nxt = after.group(1) if after else ""
        if " " not in run and no_name(run, spaced := nxt if text[stop : stop + 1] == " " else ""):
            see_national_group(self.registry, run, spaced, opens, (p, s, at))
            return
        entity, possessive = self._runs.get(run) or self._run_entity(run)
        if possessive and " " in run and contracted(
            nxt, (words_after(text, after) or [""])[0], after and text.startswith("-", after.end())
        ):
            possessive = False  # "Tom Curran's pressing ahead": he is, not his
        if opens and (entity is None or entity.kind != "person"):  # "The Minister did not"
            see_described_subject(self.registry, run.lower().split(), opens, nxt, (p, s, at))
        if entity is None:
            return
        speaker = nxt in cue_lex.CUE_VERBS
        near = max(start, at - NEAR_WORDS)  # the words just before the name, bounded
        before = text[near:at].split()
        governed = bool(before) and before[-1].lower() in _GOVERNING
        subject = speaker or opens or (
            nxt.islower() and nxt not in _PREPOSITIONS and not governed
        ) or near == start and _role_opening(before)
        if nxt in job_lex.PERSON_NOUNS and text[stop : stop + 1] == " ":
            subject = False  # "Hale consultant Corin Bell ...": Hale only qualifies
        if entity.kind == "unknown" and (speaker and " " in run or aged(text, stop)):
            entity.kind = "person"  # one who spoke, or "Olha, 63,": an age is a person's
        glance_unlisted(entity, text, start, at, stop)  # "specialist at X, Ann Ode,"
        if not entity.role and (text.startswith(",", stop) or text[at - 1 : at] == " "):
            glance_role(self.registry, entity, text, start, at, stop, end)
        opening = at - start <= _OPENER_CHARS and _opens_with(
            text[start:at].replace(",", " ").split()
        )
        if before and before[-1] in _PLACE_PREPOSITIONS and not possessive:
            entity.no_person = True  # "in Michigan"
        elif at == start and " " not in run and acting_verb(nxt, words_after(text, after)):
            entity.acts = True
        if text[stop : stop + 1] == " ":
            opening = opening and not no_person_before(entity, nxt)
        voice = stance_lex.voice(
            _WORD.findall(text[stop : stop + _VOICE_CHARS].lower())
        ) if opening else ""
        coordinate = not opens and _after_contrast(text, start, at, stop, nxt)  # ", but X kept"
        main = subject and not possessive and _FRONTED.match(text, start, at) is not None
        self.registry.see(entity, (p, s, at), subject, possessive, speaker=speaker, main=main,
                          opening=opening, full=" " in run, voice=voice, coordinate=coordinate)

    def _register_names(self, p: int, para: Para) -> None:
        openings = self._glance_names(p, para)
        self._read_names(p, para)  # then "..., but the striker said": contrasted descriptions
        for head, position in openings + see_contrasts(self.registry, p, para, self._glanced[p]):
            see_opening_pronoun(self.registry, head, position)

    def _read_names(self, p: int, para: Para) -> None:
        """Sightings of the names in the closely read sentences, with their roles."""
        tokens = para.tokens
        event_at = {e.mention.start: e for e in para.events}
        event_at_index = {e.first for e in para.events}
        floor_of = para.floor_of
        done = 0  # tokens before this one are read
        ends: dict[int, Entity] = {}  # where a clause-opening name ends -> its entity
        for j in [j for j, token in enumerate(tokens) if token.capitalised or token.lower in _HE]:
            if j < done:
                continue
            token = tokens[j]
            if token.lower in _HE:
                # "he" and "she" stand as subjects: the one they refer to stays the topic
                # ("... - she was a booster of Mitt Romney." then "she said" is not Romney).
                if j not in event_at_index:
                    at = (p, para.sentence_of[j], j)
                    k = cue_before(tokens, j)  # "Rubio said he": see reported_subjects
                    subject = ends.get(subject_end(tokens, k)) if k > 0 else None
                    see_opening_pronoun(self.registry, token.lower, at, k >= 0, subject)
                continue
            if j == floor_of[j] and described.see_opening(self.registry, p, para, j, event_at):
                continue  # "The Swiss star hit back": the person it is about opens it
            if names_nobody(token.lower, j == floor_of[j]) or (
                token.lower == "will" and j == floor_of[j] and _asks(tokens, para.sentence_of, j)
            ):
                continue
            words = right_phrase(tokens, j)
            if len(words) == 1 and described.no_name_at(self.registry, p, para, j, words):
                continue
            key = tuple([w.text for w in words])
            known = self._phrases.get(key)
            if known is None:
                mention = shared_mention(words, key)
                known = self._phrases[key] = (
                    (self.registry.entity_for(mention), mention.possessive)
                    if mention is not None and mention.kind == "name"
                    else (None, False)
                )
            entity, possessive = known
            nxt = tokens[stop] if (stop := j + _name_length(words)) < len(tokens) else None
            if j == floor_of[j] and (entity is None or entity.kind != "person"):
                after = nxt.text if nxt is not None and nxt.kind == "w" else ""  # "The
                lows, at = [w.lower for w in words], (p, para.sentence_of[j], j)  # Minister
                see_described_subject(self.registry, lows, True, after, at)  # did not"
            if entity is None:
                done = j + max(1, _object_name_at(words))  # "The wife of oil boss Tom
                continue  # Vale": Vale is read on his own, a later "Vale" is him
            learn_from_neighbours(entity, tokens, j, j + len(words))
            if nxt is not None and nxt.text == "(" and stop + 2 < len(tokens):
                acronym = tokens[stop + 1]
                if acronym.text.isupper() and tokens[stop + 2].text == ")":
                    self.registry.alias(acronym.text, entity)
            subject = example_start(tokens, j, floor_of[j]) is None and (  # not "such as X"
                words[0].start in event_at
                or j == floor_of[j]
                or (
                    nxt is not None
                    and nxt.kind == "w"
                    and not nxt.capitalised
                    and nxt.lower not in _PREPOSITIONS
                    and not (j > 0 and tokens[j - 1].lower in _GOVERNING)
                )
            )
            at = (p, para.sentence_of[j], j)
            if j == floor_of[j] and stop == j + 1 and nxt is not None and token_acts(tokens, stop):
                entity.acts = True
            if j and tokens[j - 1].lower in _PLACE_PREPOSITIONS and not possessive:
                entity.no_person = True  # "in Michigan"
            floor = floor_of[j]
            opening = j - floor <= _OPENER_TOKENS and _opens_with(
                [t.lower for t in tokens[floor:j] if t.text != ","]
            )
            voice = ""
            if nxt is not None and nxt.kind == "w":
                opening = opening and not no_person_before(entity, nxt.lower)
                voice = _voice(tokens, stop)
                opening = opening and voice != "declines"  # no topic who says nothing
            tells = nxt is not None and nxt.text == "," and _tells(tokens, stop)
            verb = token_apposition(tokens, stop) or nxt  # "but Ann Roe, the deputy, kept"
            coordinate = after_contrast(tokens, floor, j, verb)
            main = subject and not possessive and _after_fronted(tokens, floor, j)
            self.registry.see(entity, at, subject, possessive, tells, opening=opening, main=main,
                              full=len(words) > 1, coordinate=coordinate, voice=voice)
            if not possessive and (opening or j and tokens[j - 1].text == ","):
                ends[stop] = entity  # a clause's subject, if a reporting verb follows
            done = j + len(words)


def _skim_full_names(
    reader: NameReading, text: str, start: int, end: int, where: tuple[int, int]
) -> None:
    """Register the people's full names in ``text[start:end]``, sentence ``where``, for
    the ``reader``."""
    given = name_lex.first_names()
    titles = name_lex.TITLES
    for match in FULL_NAME.finditer(text, start, end):
        words = match.group().lower().split()
        if given.keys().isdisjoint(words) and titles.isdisjoint(words):
            continue  # no given name and no title: no person's full name here
        for at, stop in runs_of(match):  # "Arsenal's Sol Campbell": two names
            run = text[at:stop]
            first, _, rest = run.partition(" ")
            if names_nobody(first.lower(), True) or _question_will(
                text, start, end, at, first
            ):
                run = rest  # "But Elvis Costello"
            run = text[office_opening(text, stop - len(run), run) : stop]  # "Chancellor of
            # the Exchequer Tom Varley", not "Exchequer Tom Varley"
            if " " not in run or run in reader._runs:
                continue
            parts = run.lower().split()
            if parts[0] not in name_lex.TITLES and not any(w in given for w in parts):
                continue  # only people's full names matter here
            entity = reader._run_entity(run)[0]
            if entity is not None:
                entity.met, entity.named = min(entity.met, where), min(entity.named, where)


def _name_length(words: list) -> int:
    """The words of a speaker phrase up to its last that is no small word: "Olaf Scholz
    for the" (before "package") is a name followed by a preposition, an object's."""
    n = len(words)
    while n > 1 and not words[n - 1].capitalised and words[n - 1].lower in _PREPOSITIONS:
        n -= 1
    return n


def _tells(tokens: list, k: int) -> bool:
    """Does a relative clause after the comma ``tokens[k]`` make the name before it
    speak ("Jo Dunn, who told reporters ...")?"""
    return (
        k + 2 < len(tokens) and tokens[k + 1].lower == "who"
        and tokens[k + 2].lower in cue_lex.CUE_VERBS
    )


_HE = frozenset(("he", "she"))


# "he" or "she" as a word: the same matches as r"\b(?:[Hh]e|[Ss]he)\b", written to open on
# a character set so that the regex engine skips to the next H or S instead of trying a
# match at every character (2.7x faster over the corpus text).
SUBJECT_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])e|(?<=[Ss])he)\b")


# Words that may come before a sentence's subject: "Meanwhile Rihanna, who ..., spoke".
_DISCOURSE_OPENERS = frozenset(
    ("and", "but", "yet", "still", "meanwhile", "however", "also", "then", "so", "now")
)


_OPENER_TOKENS = 4  # "But, meanwhile," at most before a subject that opens a sentence


def _after_fronted(tokens, floor: int, j: int) -> bool:
    """Does the name at token ``j`` open the main clause after a subordinate clause that
    opens its sentence ("When a voter asked ..., Ashford cut it short"; "But after Ames
    left, Hale said")? The comma before it ends a clause (a lower-case word before it:
    not "When Hale, Ames and Cole arrived"), and no quotation stands between."""
    first = floor + (tokens[floor].lower in _CLAUSE_LINKS)
    return (
        j - 3 > first
        and tokens[first].lower in lexicon.SUBORDINATORS
        and tokens[j - 1].text == ","
        and tokens[j - 2].kind == "w"
        and not tokens[j - 2].capitalised
        and all(t.kind != "q" for t in tokens[first:j])
    )


_CLAUSE_LINKS = lexicon.words("but and yet so")
# A glanced sentence's text before a name that opens the main clause after a fronted
# subordinate clause (:func:`_after_fronted`): "But when Ames left, " before "Hale".
_FRONTED = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:When|Whenever|As|While|Whereas|After|Before|Until|"
    r"Since|If|Unless|Whether|Because|Although|Though|Once)\s[^\"“”]*[a-z],\s+$"
)


def _voice(tokens, stop: int) -> str:
    """What the words after a name at ``stop`` say of its speaking (``stance_lex.voice``):
    one that declined to speak ("The regulator declined to comment", "did not respond to
    requests") is no topic a later "it said" refers to (bblind28b U20)."""
    return stance_lex.voice([t.lower for t in tokens[stop : stop + 5] if t.kind == "w"])


def _after_contrast(text: str, start: int, at: int, stop: int, nxt: str) -> bool:
    """Does the glanced name ``text[at:stop]`` (its sentence from ``start``; ``nxt`` the
    word after it) open a clause after "but" (", while", ", whereas"): ", but Hughes kept
    going", ", but Ann Roe, the deputy, kept talking", ", but the presenter, Jane Kell,
    stopped her"?"""
    clause, verb = text[max(start, at - _CONTRAST_CHARS) : at], nxt
    if text.startswith(",", stop):
        verb = past_apposition(text, stop)
        apposed = apposed_name(clause, text, stop) if not verb else None
        if apposed is not None:
            clause, verb = apposed
    return glanced_contrast(clause, verb)


_OPENER_CHARS = 24
_VOICE_CHARS = 48  # text read after a name for what it says of its speaking
_WORD = re.compile(r"[\w'’-]+")
_CONTRAST_CHARS = 80  # text read back from a glanced name for a "but" opening its clause


def _opens_with(before: list[str]) -> bool:
    """Does a name after the words ``before`` it in its sentence open that sentence
    (nothing, or only discourse words: "But", "Meanwhile,")?"""
    return _DISCOURSE_OPENERS.issuperset(map(str.lower, before))  # no Python frame a word


def _role_opening(before: list[str]) -> bool:
    """Do the words opening a sentence before a name qualify it, a name then a job
    ("Hale consultant" before "Corin Bell")? Then the name is the subject."""
    return (
        1 < len(before) <= 4
        and before[0][:1].isupper()
        and not names_nobody(before[0].lower(), True)
        and before[-1] in job_lex.PERSON_NOUNS
    )


# Words after which a name is an object, whatever follows it ("promised her support to
# Ortiz lately", "a chat with Dana Quill that aired").
_GOVERNING = lexicon.words(
    "to with by for against from at about over than into onto toward towards like "
    "between among under behind beside"
)


_PREPOSITIONS = frozenset(
    lexicon.words(
        """
    of and or in at on for to with from by as the a an who which that than nor but
    """
    )
)


def _question_will(text: str, start: int, end: int, at: int, first: str) -> bool:
    """Is ``first`` (at ``at``) a "Will" opening the question ``text[start:end]`` ("Will
    Lind come down?"), an auxiliary, not the given name of a "Will Lind"?"""
    if first != "Will":
        return False
    before = text[start:at].rstrip()
    if before and not before.endswith((".", "?", "!")):
        return False  # a paragraph only skimmed is one span: "Game over. Will ..."
    stop = _SENTENCE_STOP.search(text, at, end)
    return stop is not None and stop.group() == "?"


_SENTENCE_STOP = re.compile(r"[.?!]")


def _asks(tokens, sentence_of: list[int], j: int) -> bool:
    """Does the sentence of token ``j`` end with a question mark?"""
    k = j
    while k + 1 < len(tokens) and sentence_of[k + 1] == sentence_of[j]:
        k += 1
    return tokens[k].text.endswith("?")


def names_nobody(low: str, opens_sentence: bool) -> bool:
    """Is a capitalised word with this lower case no start of a name: "But", "This", or
    at a sentence's start "Under" ("Under the deal, ...")? "The" may start one."""
    return low != "the" and (
        low in lexicon.NOT_NAME_START or (opens_sentence and low in lexicon.SENTENCE_OPENERS)
    )


def know_quoted_people(text: str, spans: list[Span], known: dict[str, str]) -> None:
    """Note in ``known`` (surname key -> gender) the surnames of people's full names
    inside the quotations ``spans`` of ``text`` ("... Mark Cueto's effort ..."): a known
    given name, then a capitalised word that is none. Words inside a quotation are no
    sightings, but a bare "Cueto" outside it is then a person (``Registry.quoted_people``)."""
    given = name_lex.first_names()
    for span in spans:
        for match in _GIVEN_AND_SURNAME.finditer(text, span.start, span.end):
            rest, surname = match.groups()
            gender = given.get(text[match.start()].lower() + rest)
            if gender is None or surname.lower() in given:
                continue
            gender = gender if gender in ("m", "f") else ""
            key = name_key(surname)
            known[key] = gender if known.get(key, gender) == gender else ""


def _object_name_at(words: list) -> int:
    """Where the capitalised object of a description's "of"/"for" starts in ``words``
    ("the wife of oil boss Tom Vale", "the campaign of Tom Vale": the name's own sighting
    is read there); ``len(words)`` when there is none."""
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower in ("of", "for") and not words[k - 1].capitalised and any(
            w.capitalised for w in words[k + 1 :]
        ):
            return k + 1
    return len(words)
