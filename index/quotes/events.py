"""Speech events: a reporting cue and the phrase naming who speaks.

"Biden said", "said Navy Capt. Mike Kafka, a Pentagon spokesman", "according to
the Security Council", "Jens Stoltenberg, the chairman of NATO, stated", "he
explained", "the statement reads". Found in the narrative of a paragraph (quotations
are single tokens), one per cue, each with the token index of its cue.
"""

from __future__ import annotations

import re

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.according_sources import unread_source
from warreader.index.quotes.adverbs_left import skip_adverbs_left
from warreader.index.quotes.as_frames import as_frame
from warreader.index.quotes.clause_subjects import (
    adverb_before_participle,
    adverb_like,
    clause_subject,
    coordinate_subject,
    index_at,
    owned_object,
    owner_speaks,
)
from warreader.index.quotes.controlled import controlled_speaker
from warreader.index.quotes.cue_nouns import indefinite_noun, state_noun
from warreader.index.quotes.cue_punctuation import closes_dash_aside, ends_on_comma
from warreader.index.quotes.cue_subjects import (
    DASHES,
    cue_participle,
    is_object,
    subject_before,
)
from warreader.index.quotes.cue_surroundings import (
    capitalised_after_quote,
    cue_in_clause,
    object_of_cue,
    participle_after_object,
    person_owner,
)
from warreader.index.quotes.described_subjects import (
    colon_source,
    described_subject,
    placed_document,
)
from warreader.index.quotes.event import Event
from warreader.index.quotes.event_forms import (
    CLAIM_NOUNS,
    agent_after_by,
    as_put_it,
    colon_event,
    denies_anothers_claim,
    document_owner_phrase,
    gerund_at,
    opening_document,
    passive_agent,
)
from warreader.index.quotes.group_subjects import counted_before, group_subject
from warreader.index.quotes.inverted import determined_document, inverted_speaker
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.openers import opening_person
from warreader.index.quotes.owned_colons import owned_saying
from warreader.index.quotes.pair_references import pair_after, pair_subject
from warreader.index.quotes.pair_subjects import first_of_pair
from warreader.index.quotes.participle_subjects import embedded, main_events
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.plain_subjects import plain_subject
from warreader.index.quotes.postmodified_subjects import postmodified_mention, postmodified_subject
from warreader.index.quotes.prep_objects import after_preposition, person_after_object
from warreader.index.quotes.quoting import quoted_as_saying, quoting_closer
from warreader.index.quotes.relatives import closed_relative_main
from warreader.index.quotes.subjects import name_after_quote
from warreader.index.quotes.subordinate import clause_start, main_clause_subject
from warreader.index.quotes.talk_cues import TALK_VERBS, talks_of, vague_talker
from warreader.index.quotes.tokens import Token

_CANDIDATES = cue_lex.CUE_VERBS | {"according"}


def _speech_words() -> frozenset[str]:
    """Every word that can start a speech event: cues, "according", cue participles."""
    found = set(_CANDIDATES) | cue_lex.PARTICIPLES  # "labelling": no finite "labelled"
    for verb in cue_lex.CUE_VERBS:
        for form in (verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else "",
                     verb + verb[-1:] + "ing"):
            if form and cue_participle(form):
                found.add(form)
    return frozenset(found)


def document_words() -> frozenset[str]:
    """Documents and their issuing ("a unified statement", "reported"): a later "the
    statement reads" looks for who issued it among these words."""
    found: set[str] = set()
    for head in org_lex.DOCUMENT_NOUNS:
        found.update((head, head + "s", head.rstrip("t") + "ted", head + "ed", head + "ing"))
    return frozenset(found)


# Words that make a sentence before a quotation worth reading closely.
_SPEECH_WORDS = _speech_words()  # a speech event starts at one of these words
_PHRASAL = cue_lex.PHRASAL_CUES
_TELLING_WORDS = _SPEECH_WORDS | document_words() | {"put", "puts"} | _PHRASAL.keys()
_CLOSERS = frozenset(("quotes", "quoted")) - _SPEECH_WORDS  # '"…," the paper quotes X.'
_STARTS = _SPEECH_WORDS | {":", "put", "puts"} | DASHES | _PHRASAL.keys() | TALK_VERBS | _CLOSERS
# a colon, a bullet, "as X put it"
_WORD = re.compile(r"[a-z]+")


# Weak cues that report speech like "said" when a "that" clause follows them.
_SAYS_THAT = ("report", "highlight", "point", "continue", "question")
_DISPLAY_VERBS = lexicon.words("read reads")  # what a document shows: "the sign read"


def _one_word_name(word: Token) -> Mention:
    return Mention(word.text, "name", word.start, word.end, name=word.text)


_TALKING = lexicon.words("talking speaking")
_VERBS_BEFORE_PEOPLE = lexicon.words("says tells warns")  # "tells reporters": a verb
_NOUN_BEFORE = lexicon.words("of the a an his her its their our this these those")


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
            owned = owned_saying(tokens, j, floor_of[j]) if j + 1 < len(tokens) and (
                tokens[j + 1].kind == "q"
            ) else None
            if owned is not None:  # "Vole's response was:": the owner, even when the
                # noun was read as a verb ("Hale's Facebook post:")
                if events and events[-1].cue_index >= owned[1]:
                    events.pop()
                events.append(Event(":", j, owned[0], weak=True, first=owned[1], last=j))
                continue
            event = colon_event(tokens, j, floor_of[j], events)
            if event is None and j + 1 < len(tokens) and tokens[j + 1].kind == "q" and not (
                events and events[-1].cue_index >= floor_of[j]
            ):
                found = colon_source(tokens, j, floor_of[j])  # "From the report:"
                if found is not None:
                    event = Event(":", j, found[0], weak=True, first=found[1], last=j)
            if event is not None:
                events.append(event)
            continue
        if low in ("put", "puts"):
            event = as_put_it(tokens, j, floor_of[j])
            if event is not None:
                events.append(event)
            continue
        if low in DASHES:
            continue
        if token.kind != "w":
            continue
        floor = floor_of[j]
        if (
            token.capitalised
            and low != "according"
            and not (j == floor and low in cue_lex.INVERTIBLE)
        ):
            continue
        if low == "according" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
            mention, role, end = inverted_speaker(tokens, j + 1)
            if mention is None and (unread := unread_source(tokens, j + 1, floor_of)) is not None:
                mention, end = unread  # "according to reports": a source all the same
            if mention is not None and mention.head in org_lex.DOCUMENT_NOUNS:
                mention = document_owner_phrase(tokens, mention) or mention  # "according
                # to a legal brief filed by Dan Ross"
            if mention:
                events.append(Event("according to", j, mention, role, first=j, last=end))
            continue
        if low in _CLOSERS:
            if closer := quoting_closer(tokens, j, floor):
                events.append(closer)  # '"…," the paper quotes a source close to the firm.'
            continue
        if low == "saying" and j - 1 > floor and tokens[j - 1].lower == "as":
            quoted = quoted_as_saying(tokens, j, floor)  # "Reuters quoted one trader as"
            if quoted is not None:  # "AP reports a source as saying": not AP's words
                events[:] = [e for e in events if e.cue_index != quoted.first - 1]
                events.append(quoted)
                continue
        if low in CLAIM_NOUNS and j + 1 < len(tokens) and tokens[j + 1].lower == "by":
            agent = agent_after_by(tokens, j + 1)  # "claims by Tory leader Michael Howard"
            if agent is not None:
                events.append(Event(token.text, j, agent, first=j, last=j))
            continue
        particle = _PHRASAL.get(low)
        if particle is not None:
            if j + 1 >= len(tokens) or tokens[j + 1].lower != particle or (
                j + 2 < len(tokens)
                and tokens[j + 2].kind == "w"
                and tokens[j + 2].lower not in cue_lex.PHRASAL_AFTER
            ):
                continue  # not "he went on a diet"
        elif low in TALK_VERBS:
            if not talks_of(tokens, j):
                continue  # "talks with Iran": no speech; "talked darkly of "…"": speech
        elif low not in cue_lex.CUE_VERBS and not (low[-3:] == "ing" and cue_participle(low)):
            continue
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            (low == "state" or low in cue_lex.NOUN_LIKE_CUES and low not in _VERBS_BEFORE_PEOPLE)
            and nxt is not None
            and nxt.kind == "w"
            and (
                nxt.lower in job_lex.PERSON_PLURALS
                or nxt.lower in org_lex.ORG_NOUNS
                or low == "state" and nxt.lower in job_lex.PERSON_NOUNS
            )
        ):
            continue  # "member state officials", "state delegate": a noun here, no verb
        if (low == "state" or low in cue_lex.NOUN_LIKE_CUES) and j > floor and (
            tokens[j - 1].lower in _NOUN_BEFORE
        ):
            continue  # "the secretary of state said", "his remarks": a noun
        if low == "state" and state_noun(tokens, j, floor):
            continue  # "Florida state archivist", "a Democratic state.", "state data": a noun
        if j > floor and tokens[j - 1].lower == "to" and not (
            j - 1 > floor and tokens[j - 2].lower == "on"
        ):
            controlled = controlled_speaker(tokens, j - 1, floor)
            if controlled is not None:  # "led 12 viewers to complain": the viewers speak
                weak = low in cue_lex.WEAK_CUES
                events.append(Event(token.text, j, controlled[0], "", weak, controlled[1], j))
            continue  # "refused to say": no speech here ("went on to say" is)
        if low.startswith("den") and denies_anothers_claim(tokens, j):
            continue  # "Allies deny Russia's claim that ...": the words are Russia's
        weak = low in cue_lex.WEAK_CUES and not (
            low.startswith("point") and j + 1 < len(tokens) and tokens[j + 1].lower == "out"
        )  # "pointed out" reports as strongly as "said"
        if weak and low.startswith(_SAYS_THAT) and j + 1 < len(tokens) and (
            tokens[j + 1].lower == "that" and not cue_in_clause(tokens, j + 2)
        ):
            weak = False  # "The Courier reported that ...": a report of speech, not a view
        if low.endswith("ed") and j + 1 < len(tokens) and tokens[j + 1].lower == "by":
            agent = agent_after_by(tokens, j + 1)  # "a sapphire described by Sharon as"
            if agent is not None:
                events.append(Event(token.text, j, agent, "", weak, first=j, last=j))
                continue
            if not gerund_at(tokens, j + 2):
                continue  # "replied by shaking her head": a manner; the subject speaks
        if (
            j > floor
            and tokens[_before_negation(tokens, j, floor) - 1].lower in lexicon.BE
            and low.endswith(("ed", "ld", "id"))
            and (low not in ("quoted",))
        ):
            agent = passive_agent(tokens, j, floor_of)
            if agent is not None:
                events.append(Event(token.text, j, agent, "", weak, first=j, last=j))
            continue  # "Fletcher was described as...": the subject is not the speaker
        i = skip_adverbs_left(tokens, j, floor)
        left = tokens[i - 1] if i > floor else None
        ing = cue_participle(low) or low in _TALKING  # "with officials talking of"
        mention, role, first = None, "", j
        last = j
        # After a comma that closes an appositive ("Ada Quint, a professor, said
        # towns such as Leeds ..."), the subject before the comma speaks; the words after
        # the verb are what was said. After a quotation's comma the verb is inverted.
        after_appositive = (
            left is not None and left.text == "," and i - 2 >= floor
            and (tokens[i - 2].kind == "w" or tokens[i - 2].text == ")")  # "Union (UB), said"
        )
        if (left is None or left.kind == "q" or left.text in ",:;—–-(") and (
            low in cue_lex.INVERTIBLE
        ) and not after_appositive and not closes_dash_aside(tokens, i, floor):
            mention, role, last = inverted_speaker(tokens, j)
            if mention is None and (pair := pair_after(tokens, j)) is not None:
                mention, last = pair  # "said the latter"
        if mention is None and left is not None and (pair := pair_subject(tokens, j, floor)):
            mention, first = pair  # "the former told listeners"
        if mention is None and left is not None and left.kind != "q":
            mention, role, first = subject_before(tokens, i, floor)
            if (cut := person_after_object(tokens, first, i, floor)) is not None:
                (mention, first), role = cut, ""  # "Speaking to the BBC Tom Hale said"
            group = group_subject(tokens, i, floor, mention, first)
            if group is not None:  # "Several said", "21 percent of voters said"
                mention, first = group
            opener = opening_person(tokens, i, floor, mention, first)
            if opener is not None:  # "Tom Hale, wearing a "Vote Hale" hat, said"
                (mention, first), role = opener, ""
            if mention is not None and first > floor and after_preposition(tokens, first, floor):
                opened = postmodified_subject(tokens, i, floor)  # "an aide close to X said"
                clause = clause_start(tokens, floor, first)  # "after a woman in Leeds told"
                if opened is None and clause > floor:
                    opened = postmodified_subject(tokens, i, clause)
                if opened is not None:
                    (mention, first), role = opened, ""
            if mention is not None:
                mention, first = first_of_pair(tokens, mention, first, floor)
            if (
                mention is not None
                and ing
                and tokens[j - 1].lower not in lexicon.BE  # "are calling": no participle clause
                and participle_after_object(tokens, mention, first, floor)
            ):
                subject = clause_subject(tokens, first, floor)
                at = index_at(tokens, subject.start) if subject is not None else None
                if subject is not None and at is not None:  # "Tom Hale and Dan Ross
                    mention, first = first_of_pair(tokens, subject, at, floor)  # issued"
        if mention is None and left is not None and capitalised_after_quote(tokens, i, floor):
            mention, first = _one_word_name(left), i - 1  # ""…," From said": a name
        if mention is None and after_appositive and low in cue_lex.INVERTIBLE:
            mention, role, last = inverted_speaker(tokens, j)
        if mention is None and after_appositive:
            stray = name_after_quote(tokens, i - 1, floor)  # '"…," Jane Riley, told AP'
            if stray is not None:
                mention, first = stray
        if (
            mention is None
            and left is not None
            and (
                left.lower in ("and", "but")
                or (left.text == "," or left.kind == "q" and ends_on_comma(left.text))
                and (low in cue_lex.PARTICIPLES or ing)  # ", responding";
                # '"a levy," arguing': the comma inside the marks (American style)
            )
        ):
            previous = closed_relative_main(tokens, events, i, floor) or [
                e for e in events[-1:] if e.cue_index >= floor
            ]  # "Dunn praised Varga, who said "…", and called it "…"": Dunn's
            if previous and left.text == "," and embedded(tokens, previous[-1]):
                previous = main_events(tokens, events, floor)  # "mocked Trump for
                # complaining ..., saying": Obama's, not the gerund's
            mention = previous[-1].mention if previous else (
                clause_subject(tokens, i - 1, floor)
                or (plain_subject(tokens, floor, i - 1) if left.text == "," else None)
            )  # "the justice sounded off, saying": a description the lexicon lacks
            if previous and (own := main_clause_subject(tokens, floor, previous[-1], i)):
                mention, previous = own, []  # "When Pike asked ..., he frowned and said"
            if mention is not None and not previous and (at := index_at(tokens, mention.start)):
                mention = first_of_pair(tokens, mention, at, floor)[0]  # "Fenn and
                # other leaders shunned him, claiming": Fenn
            role = previous[-1].role if previous else ""  # not a clause read as appositive
            if left.lower in ("and", "but"):  # "..., while Tom Hale proposed "…" and said"
                since = previous[-1].cue_index if previous else floor
                subject = coordinate_subject(tokens, i, since)
                if subject is not None:
                    mention, role = subject, ""
        elif mention is None and left is not None and ing and left.kind == "w":
            words = [] if adverb_before_participle(tokens, i, floor) else left_phrase(tokens, i)
            mention = (  # "with the committee announcing"
                build(words)
                if words and not is_object(tokens, i - len(words), floor, participle=True)
                else None
            )
            counted = counted_before(tokens, i - len(words), mention, floor) if mention else None
            if counted is not None:  # "about 50 protesters chanting"
                mention = counted[0]
            if mention is None and (
                left.lower in ("after", "before", "while", "by", "when")
                or low in cue_lex.PARTICIPLES  # "X issued a statement late on Friday saying"
            ):
                mention = clause_subject(tokens, i - 1, floor)  # "X stopped ... after claiming"
        placed = (
            placed_document(tokens, i, floor)
            if left is not None and left.kind == "w" and (not weak or low in _DISPLAY_VERBS)
            else None
        )  # "a banner on the gate reads": the document, not the place named in its phrase
        if placed is not None:
            mention, role, first = placed, "", index_at(tokens, placed.start) or first
        if mention is None and left is not None and left.kind == "w" and weak and (
            low in _DISPLAY_VERBS
        ):
            mention = determined_document(tokens, i, floor)  # "his tweet read"
            if mention is not None:
                first = i - len(mention.text.split())
        if mention is None and left is not None and left.kind == "w" and not weak:
            mention = (
                determined_document(tokens, i, floor) or opening_document(tokens, floor, i)
                or postmodified_mention(tokens, i, floor)  # "a source familiar with X said"
                or postmodified_mention(tokens, i, clause_start(tokens, floor, i))
            )
            described = described_subject(tokens, i, floor) if mention is None else None
            if described is not None:  # ""…," the impersonator declared"
                mention, first = described
        if (
            mention is not None
            and mention.kind == "nominal"
            and mention.head in _OWNED_HEADS
        ):
            owner = document_owner_phrase(tokens, mention)
            if owner is not None and not person_owner(owner, mention):
                if mention.head in job_lex.SPOKES or owner.kind == "pronoun":
                    owner.owns = mention  # unless the owner turns out a person, or no owner
                mention = owner  # "the ministry's spokesman" speaks for the ministry
        if mention is None or mention.possessive and mention.kind != "name":
            continue
        if low in TALK_VERBS and vague_talker(mention):
            continue  # "Some are talking about "…"": a buzz word, nobody's words
        if indefinite_noun(tokens, mention, j):
            continue  # "gave a Hale-style reply": a noun after "a", no verb
        if mention.possessive and not owner_speaks(tokens, mention):
            continue  # "Russia’s claim": a noun, not a verb
        if mention.possessive and object_of_cue(tokens, first, j, floor):
            continue  # "called Bo's report a "muddle"", "said Ann's tweet ... meant that"
        at = index_at(tokens, mention.start)
        if at is not None and at < j and owned_object(tokens, at, floor):
            continue  # "quit his Harbor Club post": a verb's object, then a noun
        if (
            low in cue_lex.NOUN_LIKE_CUES
            and mention.kind == "name"
            and (
                len(mention.text.split()) == 1
                and mention.text.endswith(("ian", "ish", "ese", "ican", "ean"))
                and mention.text.lower() not in name_lex.first_names()
            )
        ):
            continue  # "Korean claims": a people's word before a noun; "Dean says",
            # "Ian warns": a name the list of given names holds (a surname or a given
            # name standing alone) is no people's word
        if weak and as_frame(tokens, min(first, j), j, floor):
            weak = False  # "As the Courier reported, the senator "gave $5,000""
        events.append(Event(token.text, j, mention, role, weak, first=min(first, j), last=last))
    return events


# Heads of a phrase whose owner may speak for it ("the ministry's spokesman").
_OWNED_HEADS = org_lex.DOCUMENT_NOUNS | {"headline"} | job_lex.SPOKES


_NEGATIONS = lexicon.words("not never n't")


def _before_negation(tokens: list[Token], j: int, floor: int) -> int:
    """The index of the verb at ``j``, or of the negation or "-ly" adverb right before it
    ("was not told", "was never asked", "is widely expected", "was not widely reported"):
    a passive is one whatever negates or qualifies it, and its subject, spoken to or not,
    never speaks."""
    if j - 1 > floor and adverb_like(tokens[j - 1].lower):
        j -= 1
    return j - 1 if j - 1 > floor and tokens[j - 1].lower in _NEGATIONS else j

