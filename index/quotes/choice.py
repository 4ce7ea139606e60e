"""Which speech event a quotation takes, and whether it is a quote or a quoted term.

A quotation takes the event right after it ("…,” he said), else the nearest one before
it in its sentence ("Reznikov said “…”"), else one later in the sentence; failing that,
the paragraph's other quotations lend theirs (:class:`lenders.Lenders`).
"""

from __future__ import annotations

from bisect import insort

from warreader.index.quotes import lexicon
from warreader.index.quotes.event_forms import CLAIM_NOUNS
from warreader.index.quotes.events import Event
from warreader.index.quotes.labelling_verbs import (
    CALLING,
    CALLING_REACH,
    FRAMING_CUES,
    LABELLING,
    framing_word,
)
from warreader.index.quotes.main_clause import main_clause_event
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.ordered import SpanIndex
from warreader.index.quotes.phrases import left_phrase, right_phrase
from warreader.index.quotes.quoted_context import (
    title_cased,
)
from warreader.index.quotes.quoted_sentences import clause_breaks_of, heard_passives_of
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.relative_casters import relative_caster
from warreader.index.quotes.relatives import (
    hinting_relative,
    relative_cue,
    waiting_predicate,
)
from warreader.index.quotes.subjects import judged_clause, passive_heard_between, subject_before
from warreader.index.quotes.subordinate import opening_clause_event
from warreader.index.quotes.terms import (
    CASTING,
    may_speak_alone,
    owner_mention,
    speech_owner,
)

_NEAR = 3  # tokens between a quotation and the event that follows it


_WINDOW = 80  # tokens around a quotation where its event may be


def chosen_events(para: Para) -> list[tuple[Event | None, bool]]:
    """:func:`_pick_event` for each quotation of the paragraph, among the events of its
    sentence; only the sentences that hold a quotation have their events indexed."""
    by_sentence: dict[int, list[Event]] = {}
    for e in para.events:
        by_sentence.setdefault(para.sentence_of[e.cue_index], []).append(e)
    indexed: dict[int, SpanIndex] = {}
    chosen: list[tuple[Event | None, bool]] = []
    for k in range(len(para.spans)):
        qi = para.q_index.get(k)
        if qi is None:
            chosen.append((None, False))
            continue
        s = para.sentence_of[qi]
        if s not in indexed:
            indexed[s] = SpanIndex(by_sentence.get(s, []))
        chosen.append(_pick_event(para, qi, indexed[s]))
    return chosen


def _pick_event(para: Para, qi: int, same: SpanIndex) -> tuple[Event | None, bool]:
    """The event of the quotation at token ``qi`` among its sentence's events ``same``,
    and whether it is near (bounded to a window of tokens around the quotation). A
    source credited with "according to" in the sentence is the outer one and speaks ("X
    said he was "happy", according to the Times" is the Times' report)."""
    event, near = _nearest_event(para, qi, same)
    opening = event if event is not None else next(iter(same.ending(qi - _WINDOW, qi)[-1:]), None)
    if opening is not None and opening.last < qi:
        main = main_clause_event(para.tokens, para.floor_of[qi], qi, opening)
        if main is not None:  # "In the release announcing ..., Ross described "…""
            insort(para.events, main, key=lambda e: e.cue_index)  # resolved with the rest
            return main, near
    if event is not None and same.credits and event.cue != "according to":
        credited = [
            e for e in same.starting(qi - _WINDOW, qi + _WINDOW)
            if e.cue == "according to" and not _opens_next_clause(para, qi, e)
        ]
        if credited:
            return credited[0], near
    if event is not None and event.first < qi:
        trailing = [
            e
            for e in same.starting(qi, qi + _WINDOW)
            if e.cue.lower() in _REPORTED and para.tokens[e.first - 1].text == ","
        ]
        if trailing:  # "X noted that ... "central" ..., reported the Examiner"
            return trailing[0], near
    return event, near


_REPORTED = lexicon.words("reported reports")


def _opens_next_clause(para: Para, qi: int, e: Event) -> bool:
    """Does "according to" come after the quotation at ``qi`` at the head of a clause
    joined by "and"/"but" ("had promised "…," and, according to Reuters, once told")? It
    credits that clause, not the quotation."""
    if e.first <= qi:
        return False
    back = [t.lower for t in para.tokens[max(qi + 1, e.first - 2) : e.first]]
    return back[-1:] in (["and"], ["but"]) or back in (["and", ","], ["but", ","])


def _nearest_event(para: Para, qi: int, same: SpanIndex) -> tuple[Event | None, bool]:
    """The event nearest the quotation at ``qi`` by the rules in the module docstring."""
    after = same.starting(qi, qi + _WINDOW)
    before = same.ending(qi - _WINDOW, qi)
    framing = framing_word(para, qi) if before else ""  # once for all the events before
    if after:
        e = after[0]
        between = para.tokens[qi + 1 : e.first]
        follows = para.tokens[e.last + 1 : e.last + 3]
        introduces_next = len(follows) == 2 and follows[0].text == ":" and follows[1].kind == "q"
        if (
            len(between) <= _NEAR
            and all(t.kind == "p" for t in between)
            and not (introduces_next and before)
            and not _clause_participle(para, qi, e)
        ):
            own = opening_clause_event(
                para, qi, before, lambda b: _strong_before(para, b, qi, framing)
            )
            return (own, qi - own.last <= 4) if own is not None else (e, True)
    if before and relative_cue(para.tokens, before[-1].first, before[-1].cue_index, qi):
        return before[-1], qi - before[-1].last <= 4  # "Pike defended Quinn, who believes
        # the budget is "…"": the clause's cue, a weak one too, is the quotation's
    strong_before = [e for e in before if _strong_before(para, e, qi, framing)]
    if strong_before:
        e = _outermost(para, strong_before, qi)
        return e, qi - e.last <= 4
    strong_after = [
        e
        for e in after
        if not e.weak
        and not _clause_participle(para, qi, e)
        and (
            not any(t.lower in ("which", "who", "whom") for t in para.tokens[qi + 1 : e.first])
            or _closing_after_comma(para, e)  # "... a "steady hand" who ..., the board writes."
        )
    ]
    if strong_after:
        return strong_after[0], False
    return None, False


def _clause_participle(para: Para, qi: int, e: Event) -> bool:
    """Is ``e``, right after the quotation at ``qi``, a participle whose subject stands
    before the quotation ('teased Ortiz for dubbing himself the "mayor of potholes," adding
    that ...')? It goes on the clause, and is no attribution of that quotation."""
    return (
        e.cue_index == qi + 1
        and e.cue.lower().endswith("ing")
        and e.mention.start < para.tokens[qi].start
    )


def _strong_before(para: Para, e: Event, qi: int, framing: str) -> bool:
    """May ``e``, ending before the quotation at ``qi``, be its event: a strong cue, a
    weak one right before it, or one that frames or labels it? ``framing`` is
    :func:`framing_word` for ``qi``."""
    framed = framing in ("as", "to")  # "... as a "disgrace""
    return (
        not e.weak
        or qi - e.last <= 3
        or framed and e.cue.lower().startswith(FRAMING_CUES)  # described the plans as "..."
        or _labels_object(para, e, qi)  # "when Ann Marsh called the mill owner "...""
    )


_LABEL_REACH = 6  # words of the object between a labelling verb and its quotation


def _labels_object(para: Para, e: Event, qi: int) -> bool:
    """Does the weak labelling cue ``e`` of a named speaker end a few object words before
    the quotation at ``qi`` ("Marsh called the mill owner "…"")? Then it is the cue. A
    verb that names what its object is called reaches over a long object ("Marsh called
    the plan for the new mill by the river "…"")."""
    cue = e.cue.lower()
    return (
        cue in LABELLING
        and e.mention.kind in ("name", "pronoun")
        and qi - e.last <= (CALLING_REACH if cue in CALLING else _LABEL_REACH)
        and all(t.kind == "w" for t in para.tokens[e.last + 1 : qi])
    )


def subject_of_quoted(para: Para, qi: int) -> bool:
    """Is the sentence before the quotation at ``qi`` only a name, the subject of the
    quoted predicate ("Mr Sullivan "made accounting decisions," he told the court")?"""
    floor = para.floor_of[qi]
    if floor >= qi:
        return False
    words = left_phrase(para.tokens, qi)
    return len(words) == qi - floor and all(t.kind == "w" for t in words)


def _closing_after_comma(para: Para, e: Event) -> bool:
    """Does ``e`` close its sentence after a comma ("..., the editorial board writes.")?
    Then it reports the whole sentence, relative clauses in it included."""
    end = e.last + 1
    floor = para.floor_of[e.cue_index]
    while end < len(para.tokens) and para.floor_of[end] == floor:
        if para.tokens[end].kind != "p":
            return False
        end += 1
    return e.first > 0 and para.tokens[e.first - 1].text == ","


def _outermost(para: Para, before: list[Event], qi: int) -> Event:
    """The event a quotation after ``before`` belongs to: the last one, unless it stands
    in the reported clause of the one before it ("Ms Cooper said Mr Sullivan had not
    mentioned "anything uncomfortable"" is Cooper's): then the reporting one. Not when the
    last one's cue (a weak one too: "who called it "…"") stands in a relative clause
    still open at the quotation ``qi`` ("Dunn thanked Varga, who said the port was "…"":
    Varga's; see ``relatives``)."""
    e = before[-1]
    if len(before) > 1 and (waiting := waiting_predicate(para.tokens, before, qi)):
        return waiting  # "Hale said Orme, who called it "…", "deserves a medal"": Hale's
    if len(before) < 2 or e.cue.lower() in CLAIM_NOUNS:
        return e  # "X rejected claims by Y that ... "…"": the claim's author's words
    outer = before[-2]
    if outer.last < e.first and relative_cue(para.tokens, e.first, e.cue_index, qi):
        return e  # "Dunn thanked Varga, who said the port was "…"": the relative's speaker
    if outer.last < e.first and para.tokens[e.first - 1].lower == "what" and (
        e.cue.lower() in CALLING and qi - e.last == 1 and not outer.cue.lower().startswith("ask")
        and para.tokens[e.cue_index - 1].lower not in _MODALS
    ):  # not "Pike asked what Orme called "…"" (her question) nor "what Orme would call": his
        return e  # "Orme told MPs the war was over in what she called "…"": hers
    between = para.tokens[outer.last + 1 : e.first]  # nothing, or "that"
    if outer.last < e.first and len(between) <= 1 and all(t.lower == "that" for t in between):
        return outer
    if outer.last < e.first and not outer.weak and para.tokens[e.cue_index - 1].lower in _MODALS:
        return outer  # "Vane said that voters will say "no"": only foreseen speech
    if outer.last < e.first and not outer.weak and _reported_clause(
        para.tokens[outer.last + 1 : e.cue_index]
    ):
        return outer  # "Hale said he is sure Pike will remain "..."": Hale's
    return e


_CLAUSE_BREAKS = lexicon.words(
    ", ; : - but while whereas and or although though who which whom whose after before "
    "because when since until as if"
)


def _reported_clause(between: list) -> bool:
    """Do the tokens between two cues read as the first cue's reported clause (no
    comma, colon or conjunction that would start a clause of its own)?"""
    return len(between) <= 14 and not any(
        t.kind == "q" or t.text in _CLAUSE_BREAKS or t.lower in _CLAUSE_BREAKS for t in between
    )


_MODALS = lexicon.words("will would could might may should can must")


def subject_event(para: Para, qi: int) -> Event | None:
    """A quotation with no speech event in its sentence is the words of the sentence's
    subject when it stands in that subject's predicate ("Quill reckoned that there were
    "…"", "Gale derided "the armchair experts""): the subject is who speaks."""
    if not 0 <= qi < len(para.tokens):
        return None
    token = para.tokens[qi]  # a quotation's own token (a look-up: `in values()` was a scan)
    if token.kind != "q" or para.q_index.get(token.quote) != qi:
        return None
    owned = speech_owner(para, qi)  # "Dunn's claim that "…"": the owner said it
    if owned is not None and (owner := owner_mention(para.tokens, owned[0])) is not None:
        noun = owned[1]
        return Event(para.tokens[noun].text, noun, owner, weak=True, first=owned[0], last=noun)
    cast = relative_caster(para.tokens, qi, para.floor_of[qi], CASTING)
    if cast is not None:  # "Hale joined X, which has attacked the plan as "…"": X's words
        mention, verb = cast
        return Event(para.tokens[verb].text, verb, mention, weak=True, first=verb, last=verb)
    found = subject_before(para.tokens, qi, para.floor_of[qi], clause_breaks_of(para))
    if found is None:
        return None
    mention, verb = found
    if mention.kind == "nominal" and not may_speak_alone(mention.head):
        return None
    if hinting_relative(para.tokens, verb + 1, qi):
        return None  # "Dunn thanked Varga, who had implied it was "…"": not the subject's
    return Event(para.tokens[verb].text, verb, mention, weak=True, first=verb, last=verb)


def judged_quote(para: Para, qi: int, event: Event | None) -> bool:
    """Is the quotation at ``qi`` others' words about its clause's subject, judged or told
    in the passive ("Mr Dunn was hailed for his "…"", "Residents were told it was "…"")?
    Then no one speaks it: not the subject, an event before its verb nor a neighbouring
    sentence's speaker; only an event at or after the verb ("by police") still may."""
    if qi <= 0 or para.tokens[qi - 1].text == ":":
        return False  # 'was asked about it: "…"': an answer standing alone
    if not passive_heard_between(heard_passives_of(para), para.floor_of[qi], qi):
        return False  # no "was hailed" / "were told": the clause breaks are not needed
    verb = judged_clause(para.tokens, qi, para.floor_of[qi], clause_breaks_of(para))
    return verb is not None and (event is None or event.last < verb)


def coordinated_quote(para: Para, k: int, qi: int, previous: Attribution | None) -> bool:
    """Is the quotation at ``qi`` joined by "and", "or" or a comma to the quotation
    before it, ``previous``, which is a quote ("called them "reckless" and "cruel"")?
    Then it is one too: a list of quoted words is one speaker's."""
    before = para.q_index.get(k - 1)
    if before is None or not 1 <= qi - before <= 1 + _GOES_ON_REACH:
        return False
    if previous is None or previous.kind != "quote":
        return False
    between = [t.lower for t in para.tokens[before + 1 : qi]]
    if between in (["and"], ["or"], [","], [",", "and"], [",", "or"]):
        return True
    # "said Vane was "a fraud" while Dunn is "a bore"", "called him a "fraud" who had
    # "lied"": a short clause of the same speech, with no speaker's verb, goes on it.
    words = para.text[para.spans[k].start : para.spans[k].end].split()
    return (
        previous.speaker is not None
        and not (len(words) > 1 and title_cased(words))  # 'who went on to sing "Salt Lake"'
        and para.sentence_of[before] == para.sentence_of[qi]
        and len(between) <= _GOES_ON_REACH
        and bool(between)
        and between[0] in _GOES_ON
        and not any(before < e.cue_index < qi for e in para.events)
        and not any(w.startswith(CASTING) for w in between)  # "while Dunn refers to her as"
    )


_GOES_ON = lexicon.words("while and but whereas or who which that")
_GOES_ON_REACH = 6


_SHOUTS = lexicon.words(
    """
    chant chants chanted chanting cries cry cried crying shout shouts shouted shouting
    yell yells yelled yelling scream screams screamed screaming jeers jeered heckled
    cheer cheered cheering
    """
)
_SHOUT_GLUE = frozenset(("of", "back", "out", ",", ":", "at", "him", "her", "them", "for"))
_CALLS = lexicon.words("calls")  # "near-constant calls of "…"" from a crowd


def shouted_quote(para: Para, qi: int) -> bool:
    """Is the quotation at ``qi`` what a crowd or a person shouted ("chants of "…"",
    "cries of "…"", "the fans yelled back at her, "…"", "calls of "…"")? Words said,
    not a term."""
    before = para.tokens[qi - 1].lower if qi else ""
    for k in range(qi - 1, max(para.floor_of[qi], qi - 5) - 1, -1):
        token = para.tokens[k]
        if token.kind == "w" and (
            token.lower in _SHOUTS
            or token.lower in _CALLS and k + 1 == qi - 1 and before == "of"
        ):
            return True
        if token.lower not in _SHOUT_GLUE:
            return False
    return False


def shout_agent(para: Para, qi: int) -> Event | None:
    """Who shouted, named by "by" right after the quotation ("greeted by cries of "…"
    by the crowd"), as an event whose cue is that "by"."""
    j = qi + 1
    if j + 1 >= len(para.tokens) or para.tokens[j].lower != "by":
        return None
    words = right_phrase(para.tokens, j + 1)
    if para.tokens[j + 1].lower in lexicon.DETERMINERS:  # "the ever vocal crowd"
        end = j + 1
        while (
            end < min(len(para.tokens), j + 7)
            and para.tokens[end].kind == "w"
            and para.tokens[end].lower not in _AGENT_STOPS
        ):
            end += 1
        words = para.tokens[j + 1 : end]
    if not words:
        return None
    found = build(words) or Mention(
        " ".join(w.text for w in words), "nominal", words[0].start, words[-1].end,
        head=words[-1].lower,
    )
    if found.possessive:
        return None
    return Event("by", j, found, weak=True, first=j, last=j + len(words))


_AGENT_STOPS = lexicon.words("as when after before at in on outside inside who which that and")
