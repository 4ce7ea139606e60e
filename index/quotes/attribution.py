"""Decide who said each quotation of an article, and whether it is a quote or a term.

Per paragraph: tokens (quotations as single tokens), sentences and speech events.
A quotation takes the event right after it ("…,” he said), else the nearest one
before it in its sentence ("Reznikov said “…”"), else one later in the sentence.
Failing that, the paragraph's other quotations lend theirs ("“A,” he said. “B.”"),
a multi-paragraph quotation keeps its speaker, and a colon introduction ("told
reporters:") or the previous paragraph's speaker carries over to a paragraph that
opens with a quotation. Mentions then resolve to entities (:mod:`index.quotes.entities`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from warreader.index.quotes import lexicon
from warreader.index.quotes.appositives import appositive_role
from warreader.index.quotes.entities import Entity, Registry, names_a_job
from warreader.index.quotes.events import Event, find_events, may_speak
from warreader.index.quotes.marks import Span
from warreader.index.quotes.mentions import (
    DETERMINERS,
    build,
    left_phrase,
    right_phrase,
    run_mention,
    shared_mention,
)
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.subjects import subject_before
from warreader.index.quotes.tokens import Token, keeps_dot, tokenize

_NEAR = 3  # tokens between a quotation and the event that follows it
_CLOSE = 2  # sentences before a quotation read closely (tokens, speech events)
_LOOK_BACK = 3  # sentences before a quotation glanced at for names
_WINDOW = 80  # tokens around a quotation where its event may be
_DOCUMENT_REACH = 300  # tokens (and events) searched back for who issued a document


@dataclass(slots=True)
class Attribution:
    """The outcome for one span."""

    kind: str = "quote"
    speaker: str | None = None
    role: str | None = None
    mention: str | None = None
    cue: str | None = None
    via: str = "none"  # how the speaker was found: one of VIAS
    source: int | None = None  # the paragraph of ``mention``


# How a speaker is found: the cue names it, a pronoun or a description ("the minister")
# refers to it, a label (transcript, credit line, bullet) or a document gives it, the
# quotation goes on from an earlier one, a colon introduces it, or nothing does.
VIAS = ("named", "pronoun", "description", "label", "document", "carried", "colon", "none")


@dataclass(slots=True)
class _Para:
    text: str
    spans: list[Span]
    tokens: list[Token]
    sentence_of: list[int]
    floor_of: list[int]
    events: list[Event]
    q_index: dict[int, int]  # span number -> token index


def _prepare(
    text: str, spans: list[Span], bounds: list[tuple[int, int]], wanted: set[int]
) -> _Para:
    """Tokens, sentences and events of the ``wanted`` sentences of a paragraph."""
    if not wanted:
        return _Para(text, spans, [], [], [], [], {})
    tokens: list[Token] = []
    sentence_of: list[int] = []
    floor_of: list[int] = []
    for s in sorted(wanted):
        floor = len(tokens)
        tokenize(text, spans, bounds[s][0], bounds[s][1], tokens)
        sentence_of.extend([s] * (len(tokens) - floor))
        floor_of.extend([floor] * (len(tokens) - floor))
    q_index = {t.quote: i for i, t in enumerate(tokens) if t.kind == "q"}
    return _Para(text, spans, tokens, sentence_of, floor_of, find_events(tokens, floor_of), q_index)


def _quoted_sentences(
    bounds_of: list[list[tuple[int, int]]], spans_of: list[list[Span]]
) -> list[set[int]]:
    """For each paragraph, the sentences its quotations are in."""
    quoted: list[set[int]] = []
    for bounds, spans in zip(bounds_of, spans_of, strict=True):
        starts = [b[0] for b in bounds]
        quoted.append({max(0, bisect_right(starts, span.start) - 1) for span in spans})
    return quoted


def _wanted_sentences(
    bounds_of: list[list[tuple[int, int]]], quoted: list[set[int]], reach: int
) -> list[set[int]]:
    """Sentences with quotations and the ``reach`` sentences before each of them.

    Attribution and coreference look back a few sentences from a quotation; the rest
    of an article only contributes names (registered cheaply elsewhere).
    """
    wanted: list[set[int]] = [set() for _ in bounds_of]
    for p, sentences in enumerate(quoted):
        for s in sentences:
            wanted[p].update(range(max(0, s - reach), s + 1))
            back = reach - s
            q = p - 1
            while back > 0 and q >= 0:
                count = len(bounds_of[q])
                wanted[q].update(range(max(0, count - back), count))
                back -= count
                q -= 1
    return wanted


def _pick_event(para: _Para, qi: int, same: list[Event]) -> tuple[Event | None, bool]:
    """The event of the quotation at token ``qi`` among its sentence's events ``same``,
    and whether it is near (bounded to a window of tokens around the quotation)."""
    after = [e for e in same if qi < e.first <= qi + _WINDOW]
    before = [e for e in same if qi - _WINDOW <= e.last < qi]
    if after:
        e = after[0]
        between = para.tokens[qi + 1 : e.first]
        follows = para.tokens[e.last + 1 : e.last + 3]
        introduces_next = len(follows) == 2 and follows[0].text == ":" and follows[1].kind == "q"
        if (
            len(between) <= _NEAR
            and all(t.kind == "p" for t in between)
            and not (introduces_next and before)
        ):
            return e, True
    back = qi - 1 if qi > 0 and para.tokens[qi - 1].lower not in ("a", "an", "the") else qi - 2
    framed = back >= 0 and para.tokens[back].lower in ("as", "to")  # "... as a "disgrace""
    strong_before = [
        e
        for e in before
        if not e.weak
        or qi - e.last <= 3
        or framed and e.cue.lower().startswith(_FRAMING_CUES)  # described the plans as "..."
    ]
    if strong_before:
        e = _outermost(para, strong_before)
        return e, qi - e.last <= 4
    strong_after = [
        e
        for e in after
        if not e.weak
        and not any(t.lower in ("which", "who", "whom") for t in para.tokens[qi + 1 : e.first])
    ]
    if strong_after:
        return strong_after[0], False
    return None, False


def _subject_of_quoted(para: _Para, qi: int) -> bool:
    """Is the sentence before the quotation at ``qi`` only a name, the subject of the
    quoted predicate ("Mr Sullivan "made accounting decisions," he told the court")?"""
    floor = para.floor_of[qi]
    if floor >= qi:
        return False
    words = left_phrase(para.tokens, qi)
    return len(words) == qi - floor and all(t.kind == "w" for t in words)


def _outermost(para: _Para, before: list[Event]) -> Event:
    """The event a quotation after ``before`` belongs to: the last one, unless it stands
    in the reported clause of the one before it ("Ms Cooper said Mr Sullivan had not
    mentioned "anything uncomfortable"" is Cooper's): then the reporting one."""
    e = before[-1]
    if len(before) < 2:
        return e
    outer = before[-2]
    between = para.tokens[outer.last + 1 : e.first]  # nothing, or "that"
    if outer.last < e.first and len(between) <= 1 and all(t.lower == "that" for t in between):
        return outer
    return e


def _named_organisation(mention) -> bool:
    """ "the Clinton campaign": a definite organisation noun after a capitalised name
    that is no nationality or place adjective ("the Russian ministry" is not one)."""
    words = mention.text.split()
    if len(words) < 3 or words[0].lower() != "the" or mention.head not in lexicon.ORG_NOUNS:
        return False
    if mention.head in lexicon.PERSON_NOUNS:
        return False
    modifiers = words[1:-1]
    return any(
        w[:1].isupper() and w.lower() not in lexicon.NATIONALITIES and not _places(w)
        for w in modifiers
    )


def _subject_event(para: _Para, qi: int) -> Event | None:
    """A quotation with no speech event in its sentence is the words of the sentence's
    subject when it stands in that subject's predicate ("Hoover estimated that there are
    "…"", "Gibbs derided "the professional left""): the subject is who speaks."""
    if qi not in para.q_index.values() or para.tokens[qi].kind != "q":
        return None
    found = subject_before(para.tokens, qi, para.floor_of[qi])
    if found is None:
        return None
    mention, verb = found
    if mention.kind == "nominal" and not _may_speak_alone(mention.head):
        return None
    return Event(para.tokens[verb].text, verb, mention, weak=True, first=verb, last=verb)


_LABELLING = lexicon.words(
    """
    call calls called brand brands branded dub dubs dubbed label labels labelled labeled
    deride derides derided characterise characterises characterised characterize
    characterizes characterized decry decries decried denounce denounces denounced
    deem deems deemed dismiss dismisses dismissed slam slams slammed blast blasts blasted
    condemn condemns condemned praise praises praised hail hails hailed
    """
)


def _labels(para: _Para, subject: Event, qi: int) -> bool:
    """Does a named subject's verb label something with the quoted words ("Gibbs derided
    "the professional left"", "Mosman called it "distasteful""): a quote, not a term."""
    framed = para.tokens[qi - 1].lower == "as"  # "branded the complaint as "pathetic""
    return (
        subject.mention.kind in ("name", "pronoun")
        and para.tokens[subject.cue_index].lower in _LABELLING
        and (qi - subject.cue_index <= 6 or framed)
    )


def _may_speak_alone(head: str) -> bool:
    return (
        head in lexicon.PERSON_NOUNS
        or head in lexicon.PERSON_PLURALS
        or head in lexicon.ORG_NOUNS
        or head in lexicon.DOCUMENT_NOUNS
    )


def _is_term(para: _Para, qi: int, span: Span, near: bool, has_event: bool) -> bool:
    words = para.text[span.start : span.end].split()
    prev = []
    for t in reversed(para.tokens[max(0, qi - 2) : qi]):
        if t.kind != "w":
            break
        prev.insert(0, t.lower)
    if prev and prev[-1] in lexicon.TERM_MARKERS or "as" in prev[-1:] and "known" in prev:
        return True
    if prev and prev[-1] == "called" and not near:
        return True
    nxt = para.tokens[qi + 1] if qi + 1 < len(para.tokens) else None
    if len(words) == 1 and nxt is not None and nxt.lower in _WORD_AS_SUBJECT:
        return True  # '"blog" was the word of the year': the word itself is the topic
    sentence_like = len(words) >= 4 or para.text[span.end - 1] in ".!?…"
    if sentence_like:
        titled = all(
            w[0].isupper()
            or w.lower()
            in lexicon.NAME_PARTICLES | {"of", "the", "and", "a", "in", "on", "to", "for"}
            for w in words
        )
        return titled and len(words) <= 6 and not has_event
    return not (near or has_event)


class ArticleAttributor:
    """Attributes the spans of one article, paragraph by paragraph, in text order."""

    def __init__(self, paragraphs: list[str], spans: list[Span]) -> None:
        # Speakers are named when their quotation is reached, so the paragraphs after the
        # last quotation cannot change any result: they are not read at all.
        last = max((s.paragraph for s in spans), default=-1)
        self.texts = paragraphs[: last + 2]  # one more for a credit line after a quotation
        paragraphs = paragraphs[: last + 1]
        self.paragraphs = paragraphs
        by_para: list[list[Span]] = [[] for _ in paragraphs]
        for span in spans:
            by_para[span.paragraph].append(span)
        # Sentences matter only where quotations are and just before them; elsewhere a
        # paragraph is one span of text that is only skimmed for names.
        near_quote = [False] * len(paragraphs)
        for p, spans_here in enumerate(by_para):
            if spans_here:
                for q in range(max(0, p - _LOOK_BACK), p + 1):
                    near_quote[q] = True
        bounds_of = [
            sentence_bounds(t, s) if near else [(0, len(t))]
            for t, s, near in zip(paragraphs, by_para, near_quote, strict=True)
        ]
        quoted = _quoted_sentences(bounds_of, by_para)
        close = _wanted_sentences(bounds_of, quoted, _CLOSE)
        near = _wanted_sentences(bounds_of, quoted, _LOOK_BACK)
        # A sentence before a quotation with no reporting cue in it holds no speech event;
        # glancing at its names is enough.
        for text, bounds, wanted, q in zip(paragraphs, bounds_of, close, quoted, strict=True):
            wanted -= {s for s in wanted - q if not may_speak(text, *bounds[s])}
        self.paras = [
            _prepare(t, s, b, w)
            for t, s, b, w in zip(paragraphs, by_para, bounds_of, close, strict=True)
        ]
        # Sentences a little further back are glanced at for names (who was around);
        # people's full names were all registered before reading (_know_full_names).
        self._skimmed = [
            [b for i, b in enumerate(bounds) if i not in n]
            for bounds, n in zip(bounds_of, near, strict=True)
        ]
        self._glanced = [
            [(i, bounds[i]) for i in sorted(n - c)]
            for bounds, n, c in zip(bounds_of, near, close, strict=True)
        ]
        self.registry = Registry()
        self.results: dict[tuple[int, int], Attribution] = {}
        self._last_speaker: tuple[int, Attribution] | None = None
        # Phrases already read in this article -> (entity or None, possessive).
        self._phrases: dict[tuple[str, ...], tuple[Entity | None, bool]] = {}
        self._runs: dict[str, tuple[Entity | None, bool]] = {}  # the same, by raw text
        self._documents: dict[str, Entity] = {}  # "the lawsuit", "the report"

    def run(self) -> list[Attribution]:
        """One :class:`Attribution` per span, in the order spans were given."""
        self._know_full_names()
        out: list[Attribution] = []
        for p, para in enumerate(self.paras):
            self._register_names(p, para)
            if not para.spans:
                for e in para.events:
                    self._resolve(p, para, e)
                continue  # its names and speakers are known now; nothing to attribute
            by_sentence: dict[int, list[Event]] = {}
            for e in para.events:
                by_sentence.setdefault(para.sentence_of[e.cue_index], []).append(e)
            chosen: list[tuple[Event | None, bool]] = []
            for k in range(len(para.spans)):
                qi = para.q_index.get(k)
                same = by_sentence.get(para.sentence_of[qi], []) if qi is not None else []
                chosen.append(_pick_event(para, qi, same) if qi is not None else (None, False))
            # A pronoun's speaker is not someone the quotation names ("Ruud is the best
            # striker in Europe," he said): the quoted words of each event tell whom to skip.
            quoted: dict[int, str] = {}
            for k, (e, _) in enumerate(chosen):
                if e is not None and e.mention.text.lower() in ("he", "she"):  # not "her website"
                    span = para.spans[k]
                    said_words = para.text[span.start : span.end]
                    qi = para.q_index.get(k)
                    if qi is not None and e.first > qi and _subject_of_quoted(para, qi):
                        # "Mr Sullivan "made accounting decisions," he told the court": the
                        # name opening the sentence is the subject of what was said.
                        opening = para.tokens[para.floor_of[qi]].start
                        said_words += " " + para.text[opening : span.start]
                    quoted[id(e)] = quoted.get(id(e), "") + " " + said_words
            resolved = {id(e): self._resolve(p, para, e, quoted.get(id(e))) for e in para.events}
            lenders = _Lenders(para, chosen)
            for k, span in enumerate(para.spans):
                event, near = chosen[k]
                qi = para.q_index.get(k, 0)
                subject = _subject_event(para, qi) if event is None else None
                labelled = subject is not None and _labels(para, subject, qi)
                term = _is_term(para, qi, span, near, event is not None or labelled)
                if term and not span.continuation:
                    result = Attribution(kind="term")
                elif event is not None:
                    result = resolved[id(event)]
                elif subject is not None:
                    result = self._resolve(p, para, subject)
                else:
                    result = self._fallback(p, para, k, lenders, resolved)
                    if not result.speaker and _phrase_like(para.text, span):
                        result = Attribution(kind="term")
                self.results[(p, k)] = result
                if result.speaker and result.kind == "quote":
                    self._last_speaker = (p, result)
                out.append(result)
        return out

    # -- names and events ---------------------------------------------------------------

    def _know_full_names(self) -> None:
        """Register every person's full name in the article before reading it, so that a
        bare surname ("Cruz said") is a person (whom "he" may name) even where the full
        name ("Ted Cruz") comes later, and names the first person the article gives it."""
        for text, far in zip(self.paragraphs, self._skimmed, strict=True):
            for start, end in far:
                self._skim_full_names(text, start, end)

    def _skim_full_names(self, text: str, start: int, end: int) -> None:
        """Register the people's full names in ``text[start:end]``."""
        given = lexicon.first_names()
        titles = lexicon.TITLES
        for match in _FULL_NAME.finditer(text, start, end):
            words = match.group().lower().split()
            if given.keys().isdisjoint(words) and titles.isdisjoint(words):
                continue  # no given name and no title: no person's full name here
            for at, stop in _runs_of(match):  # "Arsenal's Sol Campbell": two names
                run = text[at:stop]
                first, _, rest = run.partition(" ")
                if _names_nobody(first.lower(), True):
                    run = rest  # "But Elvis Costello"
                if " " not in run or run in self._runs:
                    continue
                parts = run.lower().split()
                if parts[0] not in lexicon.TITLES and not any(w in given for w in parts):
                    continue  # only people's full names matter here
                self._run_entity(run)

    def _run_entity(self, run: str) -> tuple[Entity | None, bool]:
        """The entity (or None) and possessiveness of a capitalised run, remembered."""
        mention = run_mention(run)
        entity = None
        if mention is not None and mention.kind == "name":
            entity = self.registry.entity_for(mention)
        known = self._runs[run] = (entity, bool(mention and mention.possessive))
        return known

    def _glance_names(self, p: int, para: _Para) -> None:
        """Sightings of the names in sentences just before the closely read ones."""
        text = para.text
        for s, (start, end) in self._glanced[p]:
            opening = _OPENING_PRONOUN.match(text, start, end)
            if opening:
                self._see_opening_pronoun(opening.group(1).lower(), (p, s, opening.start(1)))
            for match in _NAME_RUN.finditer(text, start, end):
                for at, stop in _runs_of(match):
                    self._glance_run(p, s, text, start, at, stop, end)

    def _see_opening_pronoun(self, head: str, position: tuple[int, int, int]) -> None:
        """A sentence opening on He or She ("She will now meet Venus Williams."): the one
        it refers to is that sentence's subject."""
        entity = self.registry.antecedent(head, position)
        if entity is not None:
            self.registry.see(entity, position, True, False)

    def _glance_run(self, p: int, s: int, text: str, start: int, at: int, stop: int,
                    end: int) -> None:
        """One capitalised run ``text[at:stop]`` of the glanced sentence ``start``-``end``."""
        run = text[at:stop]
        first, space, rest = run.partition(" ")
        if _names_nobody(first.lower(), not text[start:at].strip()):
            if not rest:
                return  # "But", "Under": a sentence's first word, no name
            run, at = rest, at + len(first) + len(space)
        if " " not in run and _participle_like(run):
            return
        entity, possessive = self._runs.get(run) or self._run_entity(run)
        if entity is None:
            return
        after = _NEXT_WORD.match(text, stop)
        nxt = after.group(1) if after else ""
        speaker = nxt in lexicon.CUE_VERBS
        subject = speaker or not text[start:at].strip() or (
            nxt.islower() and nxt not in _PREPOSITIONS
        )
        if speaker and entity.kind == "unknown" and " " in run:
            entity.kind = "person"
        if not entity.role and (text.startswith(",", stop) or text[at - 1 : at] == " "):
            self._glance_role(entity, text, start, at, stop, end)
        self.registry.see(entity, (p, s, at), subject, possessive, speaker=speaker)

    def _glance_role(
        self, entity: Entity, text: str, start: int, run_start: int, run_end: int, end: int
    ) -> None:
        """The role ``entity``, glanced at ``text[run_start:run_end]``, carries: "Kremlin
        spokesman Dmitry Peskov" (role words just before the name) or "Jens Stoltenberg,
        the chairman of NATO," (an appositive)."""
        space = run_start - 1
        if space > start and text[space] == " ":
            previous = text[text.rfind(" ", start, space) + 1 : space]
            if previous in lexicon.PERSON_NOUNS or (
                previous[:1].isupper() and previous.lower() in lexicon.TITLES
            ):  # "spokesman Dmitry Peskov", "Capt. Mike Kafka"; not "major Russia-Belarus"
                floor = max(start, text.rfind(" ", start, max(start, run_start - 120)) + 1)
                tokens = tokenize(text, [], floor, run_end)
                words = left_phrase(tokens, len(tokens))
                mention = build(words) if words else None
                if mention is not None and mention.kind == "name" and mention.role:
                    self.registry.entity_for(mention)  # learns the role
                    return
        after = _NEXT_WORD.match(text, run_end) if text.startswith(",", run_end) else None
        described = after and after.group(1)
        if described and (described in ("a", "an", "the") or described in lexicon.PERSON_NOUNS):
            role = appositive_role(tokenize(text, [], run_end, min(end, run_end + 200)), 0)
            if role:
                entity.role = role

    def _register_names(self, p: int, para: _Para) -> None:
        self._glance_names(p, para)
        tokens = para.tokens
        event_at = {e.mention.start: e for e in para.events}
        event_at_index = {e.first for e in para.events}
        floor_of = para.floor_of
        done = 0  # tokens before this one are read
        for j in [j for j, token in enumerate(tokens) if token.capitalised]:
            if j < done:
                continue
            token = tokens[j]
            if token.lower in ("he", "she") and j == floor_of[j] and j not in event_at_index:
                self._see_opening_pronoun(token.lower, (p, para.sentence_of[j], j))
                continue
            if _names_nobody(token.lower, j == floor_of[j]):
                continue
            words = right_phrase(tokens, j)
            if len(words) == 1 and _participle_like(token.bare):
                continue  # "Directed by Antoine Fuqua, ...": a verb, not a name
            key = tuple([w.text for w in words])
            known = self._phrases.get(key)
            if known is None:
                mention = shared_mention(words, key)
                if mention is None or mention.kind != "name":
                    self._phrases[key] = (None, False)
                    done = j + max(1, len(words))
                    continue
                known = self._phrases[key] = (self.registry.entity_for(mention), mention.possessive)
            entity, possessive = known
            if entity is None:
                done = j + max(1, len(words))
                continue
            nxt = tokens[j + len(words)] if j + len(words) < len(tokens) else None
            if not entity.role:
                entity.role = appositive_role(tokens, j + len(words))
            if nxt is not None and nxt.text == "(" and j + len(words) + 2 < len(tokens):
                acronym = tokens[j + len(words) + 1]
                if acronym.text.isupper() and tokens[j + len(words) + 2].text == ")":
                    self.registry.alias(acronym.text, entity)
            subject = (
                words[0].start in event_at
                or j == floor_of[j]
                or (
                    nxt is not None
                    and nxt.kind == "w"
                    and not nxt.capitalised
                    and nxt.lower not in _PREPOSITIONS
                )
            )
            self.registry.see(entity, (p, para.sentence_of[j], j), subject, possessive)
            done = j + len(words)

    def _resolve(
        self, p: int, para: _Para, event: Event, quoted: str | None = None
    ) -> Attribution:
        mention = event.mention
        position = (p, para.sentence_of[event.cue_index], event.first)
        entity: Entity | None = None
        speaker: str | None = None
        if mention.kind == "name":
            entity = self.registry.entity_for(mention)
            if entity.kind == "unknown" and len(mention.name.split()) > 1 and not mention.org:
                entity.kind = "person"  # a speaking two-word name not shaped like an org
        elif mention.kind == "pronoun":
            if mention.head in ("he", "she", "it", "they"):
                named = _capitalised_words(quoted) if quoted else None
                entity = self.registry.antecedent(
                    mention.head, position, avoid=(lambda e: _named_in(e, named)) if named else None
                )
        else:
            entity, speaker = self._resolve_nominal(p, para, event, position)
        role = event.role or mention.role or None
        if entity is not None:
            if mention.kind == "pronoun" and mention.head in ("he", "she") and not entity.gender:
                entity.gender = "m" if mention.head == "he" else "f"
                entity.kind = "person"
            if role and (
                not entity.role
                or event.role
                and not names_a_job(entity.role)
                and not event.role.startswith(("from ", "of "))  # an affiliation, no job
            ):
                entity.role = role  # "Navy Capt." gives way to ", a Pentagon spokesman"
            self.registry.see(entity, position, True, False, speaker=True)
            speaker, role = entity.name, role or entity.role
        via = _via(para, event)
        return Attribution("quote", speaker, role or None, mention.text, event.cue, via, p)

    def _resolve_nominal(self, p: int, para: _Para, event: Event, position) -> tuple:
        mention = event.mention
        words = mention.text.split()
        indefinite = words[0].lower() in ("a", "an", "one", "another")
        if mention.head in lexicon.PERSON_PLURALS:
            # "the researchers", "US officials": a group, whom a later "they" may name.
            entity = Entity(_lower_article(mention.text), "group")
            self.registry.entities.append(entity)
            return entity, None
        if indefinite:
            # An unnamed source ("a senior administration official") is somebody a later
            # "he said" can refer to.
            person = mention.head in lexicon.PERSON_NOUNS
            entity = Entity(
                self.registry.spell_out(mention.text),
                "person" if person else "org",
                lexicon.PERSON_NOUNS.get(mention.head, ""),
            )
            self.registry.entities.append(entity)
            return entity, None
        if mention.head in lexicon.DOCUMENT_NOUNS:
            # "The Russian readout" names its issuer's country: no need to look further.
            owner = None if _places(mention.text) else self._document_owner(p, mention.head, event)
            if owner:
                return None, owner
            # An unattributed document speaks for itself, and "it said" may follow.
            name = _lower_article(mention.text)
            entity = self._documents.get(name)
            if entity is None:
                entity = self._documents[name] = Entity(name, "org")
            return entity, None
        if _named_organisation(mention):
            # "the Clinton campaign", "the Senate ethics committee": a description that
            # names whose it is speaks as itself, never for another organisation in reach.
            name = _lower_article(mention.text)
            entity = self._documents.get(name)
            if entity is None:
                entity = self._documents[name] = Entity(name, "org")
                self.registry.entities.append(entity)
            return entity, None
        places = _places(mention.text)
        owner = _owner_word(mention.text)
        entity = self.registry.antecedent(
            mention.head,
            position,
            window=4,
            avoid=(
                lambda e: _places_clash(places, e.role) or _not_owned_by(owner, mention.head, e)
            )
            if places or owner
            else None,
        )  # "Ukraine's defense minister" is no "Russian Defense Minister"; "the prime
        # minister's official spokesman" no Lib Dem spokesman named before
        if entity is None and mention.head in lexicon.ORG_NOUNS and (
            mention.head not in lexicon.PERSON_NOUNS
        ):
            # "said the magazine" with no magazine named: the description speaks, and a
            # later "it concluded" may refer to it.
            name = _lower_article(mention.text)
            entity = self._documents.get(name)
            if entity is None:
                entity = self._documents[name] = Entity(name, "org")
                self.registry.entities.append(entity)
        return entity, None if entity else _lower_article(mention.text)

    def _document_owner(self, p: int, head: str, event: Event) -> str | None:
        """Who issued "the statement" / "the report": the subject of its last mention."""
        stems = {head, head + "s", head.rstrip("t") + "ted", head + "ed", head + "ing"}
        for q in range(p, max(-1, p - 4), -1):
            para = self.paras[q]
            for e in reversed(para.events[-_DOCUMENT_REACH:]):
                if q == p and e.cue_index >= event.cue_index:
                    continue
                if e.mention.kind == "name" and (
                    e.cue.lower() in stems or self.registry.entity_for(e.mention).kind == "org"
                ):
                    return self.registry.entity_for(e.mention).name
            top = event.first if q == p else len(para.tokens)
            for i in range(top - 1, max(-1, top - 1 - _DOCUMENT_REACH), -1):
                if para.tokens[i].lower in stems:
                    subject = _sentence_subject(para, para.floor_of[i])
                    if subject:
                        return subject
        return None

    def _fallback(self, p: int, para: _Para, k: int, lenders: _Lenders, resolved) -> Attribution:
        span = para.spans[k]
        if span.continuation and p > 0:
            prev = self.paras[p - 1]
            last = self.results.get((p - 1, len(prev.spans) - 1))
            if last and last.speaker:
                return _carried(last)
        qi = para.q_index.get(k, 0)
        if k and qi and para.tokens[qi - 1].kind == "q":
            previous = self.results.get((p, k - 1))
            if previous is not None and previous.speaker:
                return _carried(previous)  # “A. “B.”: a quotation reopened after another
        opens = qi <= 2 and all(t.kind != "w" or t.lower in DETERMINERS for t in para.tokens[:qi])
        event = lenders.before(qi)
        if event is None:
            event = lenders.after(k)
            if (
                event is not None
                and opens
                and self._last_speaker
                and self._last_speaker[0] == p - 1
                and para.sentence_of[event.cue_index] - para.sentence_of[qi] >= 2
            ):
                # A paragraph opening on a quotation goes on from the last speaker, not
                # from a new one attributed after some narrative ("... Victory over
                # England ... "People ...," said a proud coach Mike Ruddock.").
                return _carried(self._last_speaker[1])
        if event is not None:
            return _carried(resolved[id(event)])
        credited = self._credit_line(p, para, k)
        if credited is not None:
            return credited
        if p > 0 and opens:
            prev = self.paras[p - 1]
            if prev.text.rstrip().endswith(":") and prev.events:
                return replace(self._resolve(p - 1, prev, prev.events[-1]), via="colon")
            if self._last_speaker and self._last_speaker[0] == p - 1:
                return _carried(self._last_speaker[1])
            strong = [e for e in prev.events if not e.weak]
            if strong:  # "..., argues Mr Donofrio." then a paragraph opening on a quotation
                return _carried(self._resolve(p - 1, prev, strong[-1]))
        return Attribution("quote")

    def _credit_line(self, p: int, para: _Para, k: int) -> Attribution | None:
        """A paragraph of quotation alone followed by a credit line ("- Bernie Sanders.",
        "— Dean Baker, Center for Economic Research") is the credited person's."""
        if p + 1 >= len(self.texts) or any(t.kind == "w" for t in para.tokens):
            return None
        match = _CREDIT_LINE.match(self.texts[p + 1])
        mention = run_mention(match.group(1).rstrip(".")) if match else None
        if mention is None or mention.kind != "name":
            return None
        entity = self.registry.entity_for(mention)
        role = (match.group(2) or "").strip() or entity.role or None
        cue = match.group(0)[:1]
        return Attribution("quote", entity.name, role, mention.text, cue, "label", p + 1)


def _carried(found: Attribution) -> Attribution:
    """``found`` lent to a quotation that goes on from it."""
    return replace(found, via="carried") if found.speaker else found


def _via(para: _Para, event: Event) -> str:
    """How ``event`` names its speaker (see :data:`VIAS`)."""
    mention = event.mention
    if event.cue == ":":  # "Harry Redknapp: "..."", "Howard Kurtz, Fox News: "..."" are
        colon = para.tokens[event.cue_index].start  # labels; "Mr Dean is sure: "..."" not
        between = para.text[mention.end : colon].split()
        return "colon" if any(w[:1].islower() for w in between) else "label"
    if event.cue in ("-", "–", "—"):  # a bullet: "- Bolton boss Sam Allardyce "...""
        return "label"
    if mention.kind == "pronoun":
        return "pronoun"
    if mention.kind == "nominal":
        return "document" if mention.head in lexicon.DOCUMENT_NOUNS else "description"
    return "named"


class _Lenders:
    """Events a quotation without its own may borrow, found in O(log n) per quotation.

    ``before(qi)``: the latest event ending before token ``qi`` that is a strong cue or
    was used by another quotation ("A," he said. "B."). ``after(k)``: the event of a
    later quotation attributed right after itself ("A. "B," he explained."), unless
    another speech event stands between them.
    """

    def __init__(self, para: _Para, chosen: list[tuple[Event | None, bool]]) -> None:
        used = {id(e) for e, _ in chosen if e is not None}
        # A sentence whose quotation took one event lends only that one: "“A,” Trump
        # assured Jones, after Jones assured Trump that ... “B.”" is Trump's B.
        quoting = {para.sentence_of[e.cue_index] for e, _ in chosen if e is not None}
        eligible = sorted(
            (
                e
                for e in para.events
                if id(e) in used
                or not e.weak and para.sentence_of[e.cue_index] not in quoting
            ),
            key=lambda e: e.last,
        )
        self._lasts = [e.last for e in eligible]
        self._eligible = eligible
        self._next: list[Event | None] = [None] * len(chosen)
        following: Event | None = None
        starts = sorted(e.first for e in para.events)
        for k in range(len(chosen) - 1, -1, -1):
            qi = para.q_index.get(k, -2)
            self._next[k] = following
            event, near = chosen[k]
            if event is not None and near and event.first > qi:
                following = event
            previous = para.q_index.get(k - 1, -2) if k else -2
            if bisect_right(starts, qi) - bisect_right(starts, previous):
                following = None  # another speech event between the two ends the lending

    def before(self, qi: int) -> Event | None:
        """The latest lendable event ending before token ``qi``."""
        i = bisect_right(self._lasts, qi - 1)
        return self._eligible[i - 1] if i else None

    def after(self, k: int) -> Event | None:
        """The event of the next quotation attributed right after itself."""
        return self._next[k]


# "- Bernie Sanders.", "— Dean Baker, Center for Economic and Policy Research": a dash,
# a capitalised name of two to four words, perhaps an affiliation, and nothing else.
_CREDIT_LINE = re.compile(
    r"\s*[-–—―]+\s*([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?:,\s*([^.!?]{1,80}))?\.?\s*$"
)

_FULL_NAME = re.compile(
    r"(?:[A-Z][\w’'.&-]*\s+)(?:(?:[A-Z][\w’'.&-]*|of|von|van|der|de|da|la|le|bin|al)\s+)*"
    r"[A-Z][\w’'&-]+"
)

_NAME_RUN = re.compile(
    r"[A-Z][\w’'.&-]*"
    r"(?:\s+(?:[A-Z][\w’'.&-]*|(?:of|von|van|der|de|da|la|le|bin|al)(?=\s+[A-Z])))*"
)  # a particle only inside a name ("Bank of England"), never "al" of "also"
_POSSESSIVE_END = re.compile(r"(?<=['’]s)\s+|(?<=s['’])\s+")


def _runs_of(match: re.Match[str]) -> list[tuple[int, int]]:
    """(start, end) of a capitalised run's parts: "Russia's Defense Ministry" is the owner
    and what it owns, two names, as when the sentence is read closely."""
    at, stop = match.span()
    run = match.group()
    if run.endswith("..."):  # "for Stardust... The": an ellipsis
        stop -= len(run) - len(run.rstrip("."))
    elif run.endswith("."):  # "... met Alexander Lukashenko.": the sentence's full stop
        last = run.rpartition(" ")[2]
        if len(last) > 2 and not keeps_dot(last):
            stop -= 1
    if "'" not in run and "’" not in run:
        return [(at, stop)]
    parts = []
    for cut in _POSSESSIVE_END.finditer(run, 0, stop - at):
        parts.append((at, match.start() + cut.start()))
        at = match.start() + cut.end()
    parts.append((at, stop))
    return parts


_OPENING_PRONOUN = re.compile(r"\s*(He|She)\b")

_NEXT_WORD = re.compile(r"[\s,]*(\w+)")

_FRAMING_CUES = ("describ", "liken", "compar", "dismiss", "brand", "label")

_WORD_AS_SUBJECT = lexicon.words(
    "was is has had were are means meant headed topped became remains comes came"
)

_PREPOSITIONS = frozenset(
    lexicon.words(
        """
    of and or in at on for to with from by as the a an who which that than nor but
    """
    )
)


_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


def _capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of a quotation (the people it names)."""
    return frozenset(_CAPITALISED.findall(text))


def _named_in(entity: Entity, words: frozenset[str]) -> bool:
    """Does a quotation name ``entity`` (its first name or surname) in the third person?"""
    parts = entity.name.split()
    return entity.kind == "person" and (parts[0] in words or parts[-1] in words)


_NATIONALITY_ENDINGS = ("ian", "ish", "ese", "an", "i")


def _places(text: str) -> frozenset[str]:
    """The countries a description names, as 4-letter stems: "Ukraine's defense minister"
    -> {"ukra"}, "Russian Defense Minister" -> {"russ"}."""
    found = set()
    for word in text.split():
        bare = word.removesuffix("'s").removesuffix("’s")
        if word[:1].isupper() and (bare != word or bare.lower().endswith(_NATIONALITY_ENDINGS)):
            low = bare.lower()
            if len(low) > 3 and low not in lexicon.TITLES and (
                low not in lexicon.PERSON_NOUNS or low in lexicon.NATIONALITIES
            ):
                found.add(low[:4])
    return frozenset(found)


def _owner_word(description: str) -> str:
    """The last word of a description's owner, lower case: "the prime minister's
    official spokesman" -> "minister", "his former adviser" -> "his"; "" when nobody
    owns it."""
    words = description.split()
    if words[0].lower() in ("his", "her", "their"):
        return words[0].lower()  # nobody's role names "his": the owner's aide is another
    for word in words[:-1]:
        if word.endswith(("'s", "’s")):
            return word[:-2].lower()
    return ""


def _not_owned_by(owner: str, head: str, entity: Entity) -> bool:
    """Is ``entity`` someone other than the owner's ``head`` ("his son", "the rapper's
    spokesman")? Yes unless its role names the owner, or for "his"/"her"/"their" the job."""
    if not owner:
        return False
    role = entity.role.lower()
    if owner in ("his", "her", "their"):
        return head not in role  # "his son" is "Stephen" whose role is "Nogar's son"
    return owner not in f"{role} {entity.name.lower()}"


def _places_clash(places: frozenset[str], role: str) -> bool:
    """Does a role name other countries than a description does ("Russian Defense
    Minister" for "Ukraine's defense minister")?"""
    if not places or not role:
        return False
    theirs = _places(role)
    return bool(theirs) and places.isdisjoint(theirs)


def _phrase_like(text: str, span: Span) -> bool:
    """A short quoted phrase that is no sentence: a term when nobody says it."""
    return text[span.end - 1] not in ".!?…,;:" and len(text[span.start : span.end].split()) < 8


def _names_nobody(low: str, opens_sentence: bool) -> bool:
    """Is a capitalised word with this lower case no start of a name: "But", "This", or
    at a sentence's start "Under" ("Under the deal, ...")? "The" may start one."""
    return low != "the" and (
        low in lexicon.NOT_NAME_START or (opens_sentence and low in lexicon.SENTENCE_OPENERS)
    )


def _participle_like(word: str) -> bool:
    """"Directed", "Quoting": a lone capitalised verb form, not a name."""
    low = word.lower()
    return len(low) > 4 and low.endswith(("ed", "ing")) and low not in lexicon.first_names()


def _lower_article(text: str) -> str:
    """ "The lawsuit" -> "the lawsuit" (a description, not a name)."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in ("the", "a", "an") and rest else text


def _sentence_subject(para: _Para, floor: int) -> str | None:
    """Coordinated names opening a sentence: "Washington, London, and Paris"."""
    names: list[str] = []
    j = floor
    tokens = para.tokens
    if j < len(tokens) and _names_nobody(tokens[j].lower, True):
        return None  # "Around 23 million Britons will ..."
    while j < len(tokens):
        words = right_phrase(tokens, j)
        mention = build(words) if words else None
        if mention is None or mention.kind != "name":
            break
        names.append(mention.name)
        j += len(words)
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        if j < len(tokens) and tokens[j].lower == "and":
            j += 1
        elif not (j > 0 and tokens[j - 1].text == ","):
            break
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
