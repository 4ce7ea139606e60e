"""Sentence-opening adjuncts with no subject of their own ("Speaking to Ann Cole, he
said"): the people they name as objects are never the subject pronoun or description
after them ("Speaking to Ann Cole, the minister said"); nor is the subject of a passive
whose agent a description is ("Ann Cole was told by the minister": :func:`other_subject_names`).
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.clause_subjects import index_at
from warreader.index.quotes.cue_punctuation import after_first_comma
from warreader.index.quotes.events import Event
from warreader.index.quotes.reading import Para


def adjunct_names(para: Para, event: Event) -> tuple[tuple[str, ...], ...]:
    """The names (capitalised runs; a person noun as a run of one word, for "Asked by a
    reporter") up to the first comma (past a name in apposition to a common noun: "with
    its editor, Ann Cole,") of a subjectless adjunct that opens a subject
    pronoun's sentence and ends right before it ("Speaking to Ann Cole, he said", "Asked by
    Ann Cole whether ..., he said", "In an interview with Ann Cole, he said", "At a
    dinner hosted by Ann Cole, she said", "After meeting Ann Cole, he said"). The
    adjunct's understood subject is the pronoun, so the people it names as objects are
    never its person (that would be "himself"); an owner ("Speaking at Cole's home") may
    be. Empty when the adjunct may have a subject of its own ("When Ann Cole arrived, she
    said", "When the chairman arrived, he said": a subordinator before anything but a
    participle), or gives the topic ("As for Cole, she said")."""
    tokens = para.tokens
    j = index_at(tokens, event.mention.start)
    if j is None or j < 2 or tokens[j - 1].text != ",":
        return ()
    floor = para.floor_of[j]
    first = floor + (tokens[floor].lower in ("and", "but"))
    if first >= j - 2 or any(t.kind == "q" for t in tokens[first:j]):
        return ()
    opener, nxt = tokens[first], tokens[first + 1]
    if not (
        name_lex.participle(opener.lower)
        or opener.lower in _ADJUNCT_PREPOSITIONS and nxt.kind == "w"
        or opener.lower in _ADJUNCT_SUBORDINATORS and name_lex.participle(nxt.lower)
    ):
        return ()
    comma = next(k for k in range(first, j) if tokens[k].text == ",")
    if not name_lex.participle(opener.lower) and opener.lower in _ADJUNCT_PREPOSITIONS and any(
        t.kind == "w" and not t.capitalised and t.lower in _FINITE
        for t in tokens[first + 1 : comma]
    ):
        return ()  # "In a speech in which Cole ..., he said": a clause with its own subject
    while _takes_apposition(tokens[comma - 1]) and (after := next(
        (k for k in range(comma + 1, j) if tokens[k].text == ","), None)) and all(
        t.kind == "w" and t.capitalised for t in tokens[comma + 1 : after]
    ):
        comma = after  # a name in apposition: "In an interview with its editor, Ann Cole,"
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for k in range(first + 1, comma + 1):  # to its first comma: "In a memo ...,
        token = tokens[k]  # campaign manager Mook said ..., which, he said, ...": Mook's
        if token.kind == "w" and token.capitalised and not token.possessive:  # clause
            run.append(token.bare)
            continue
        if run and not token.possessive:
            runs.append(tuple(run))
        run = []
        if token.lower in job_lex.PERSON_NOUNS and not token.possessive and not any(
            t.lower == "as" for t in tokens[max(first, k - 2) : k]
        ):  # "Asked by a reporter", not "Speaking as chairman"
            runs.append((token.lower,))
    return tuple(runs)


def _takes_apposition(token) -> bool:
    """May a name in apposition follow ``token`` and its comma: a lower-case noun ("its
    editor, Ann Cole", "the chief whip, Ann Cole"), not a day, a time or a place ("on
    Monday, Ann Cole, the minister said": Ann Cole is the clause's)?"""
    return token.kind == "w" and not token.capitalised and token.lower not in _TIMES


_TIMES = frozenset(("morning", "afternoon", "evening", "night", "day", "week", "weekend",
                    "month", "year", "today", "yesterday", "tonight"))


# Prepositions opening a subjectless adjunct ("In an interview with ...", "Unlike Cole");
# not "as" nor "for", which give the topic ("As for Kell, he said": Kell).
_ADJUNCT_PREPOSITIONS = frozenset(
    ("in", "at", "on", "during", "with", "without", "from", "following", "despite", "amid",
     "unlike", "like", "under", "through", "throughout", "alongside", "against", "among",
     "to", "by")
)
# Words that open an adjunct with no subject only before a participle ("After meeting
# Cole", "When asked by Cole"; not "After Cole left", "When the chairman arrived").
_ADJUNCT_SUBORDINATORS = frozenset(
    ("after", "before", "since", "until", "when", "while", "once")
)
# Words that open a finite clause or stand as its subject inside a prepositional adjunct.
_FINITE = lexicon.SUBORDINATORS | lexicon.words(
    "which who whom whose where that what he she they we i it"
)


def relative_object_names(para: Para, event: Event) -> tuple[tuple[str, ...], ...]:
    """The subject's names (one capitalised run, or two joined by "and"; an owner never)
    of the clause whose verb or preposition stands before a description that opens a
    relative clause ("Mr Dunn spoke after the chairman, who had said ...", "Hale sat
    through a talk by the foreign minister, who said ..."): that subject is not the one the
    description picks out (that would be "himself"). The clause starts the sentence, or
    follows its opening phrase's comma, a ";" or a ", and"/", but"; a person it names as
    an object ("Members elected Rob Hale and cheered the new chairman, who") or owner
    ("Rob Hale's rivals attacked the chairman, who") may be the description's, and so
    may the subject of an earlier clause ("Hale won, and fans cheered the chairman, who").
    Empty for a description after a comma (in apposition: "Tom Hale, the chairman, who
    said ...") or not followed by ", who"."""
    tokens = para.tokens
    j = index_at(tokens, event.mention.start)
    if j is None or j < 1:
        return ()
    end = j
    while end + 1 < len(tokens) and tokens[end + 1].end <= event.mention.end:
        end += 1
    if end + 2 >= len(tokens):
        return ()
    before = tokens[j - 1]
    if before.kind != "w" or before.capitalised or before.lower in _NOT_OBJECT:
        return ()  # "Hale is the chairman, who ...", "named Hale as the chairman, who ..."
    if tokens[end + 1].text != "," or tokens[end + 2].lower != "who":
        return ()
    start = para.floor_of[j]
    for k in range(start + 1, j - 1):
        if tokens[k].text == ";" or (
            tokens[k].text == "," and tokens[k + 1].lower in ("and", "but")
        ):
            start = k + 1 + (tokens[k].text == ",")  # the clause the description ends
    if tokens[start].lower in _OPENING_WORDS:  # "On Monday, Hale thanked the chairman"
        start = after_first_comma(tokens, start, j) or j
    runs: list[tuple[str, ...]] = []
    k = j - 2  # "Reporters asked Rob Hale about the chairman, who": one verb's two persons
    while k > start and tokens[k].kind == "w" and tokens[k].capitalised and (
        before.lower in _ADJUNCT_PREPOSITIONS or before.lower == "about"
    ):
        k -= 1
    if k < j - 2 and (run := _subject_run(tokens, k + 1, j - 1)):
        runs.append(run)
    while start < j and (run := _subject_run(tokens, start, j)):
        runs.append(run)
        start += len(run) + (tokens[start].bare.rstrip(".").lower() in name_lex.HONORIFICS)
        if start + 1 >= j or tokens[start].lower != "and":
            break
        start += 1  # "Tom Hale and Ann Orme met the chairman"
    return tuple(runs)


def _subject_run(tokens, start: int, stop: int) -> tuple[str, ...]:
    """The capitalised run opening a clause at ``start`` (honorific left out: "Mr Rob
    Hale" is "Rob Hale"), empty when it is an owner ("Rob Hale's rivals") or a word that
    opens sentences ("The", "He")."""
    k = start + (tokens[start].bare.rstrip(".").lower() in name_lex.HONORIFICS)
    run: list[str] = []
    while k < stop and tokens[k].kind == "w" and tokens[k].capitalised:
        if tokens[k].possessive:
            return ()
        run.append(tokens[k].bare)
        k += 1
    if len(run) == 1 and run[0].lower() in lexicon.SENTENCE_OPENERS:
        return ()
    return tuple(run)


# Words opening a sentence's phrase before its subject ("On Monday, ...", "After the vote,").
_OPENING_WORDS = _ADJUNCT_PREPOSITIONS | _ADJUNCT_SUBORDINATORS | lexicon.words(
    "as for of last this earlier later"
)


# Words before a description that make it no object of another person's clause: a
# conjunction, or a copula or "as" that makes it the same person ("Hale is the chairman").
_NOT_OBJECT = lexicon.BE | lexicon.words(
    "and or but as become becomes became remain remains remained "
    "named appointed elected made"
)


def partner_names(para: Para, event: Event) -> tuple[tuple[str, ...], ...]:
    """The names a description's own sentence gives to another of its persons, never
    the description's: :func:`relative_object_names` and :func:`other_subject_names`."""
    return relative_object_names(para, event) + other_subject_names(para, event)


def other_subject_names(para: Para, event: Event) -> tuple[tuple[str, ...], ...]:
    """The name that is the subject of a passive whose agent a description is, never the
    description's person ("Mr Howard was told by the prime minister that ..."). Empty for
    any other shape: an opening clause's subject ("After Mr Howard had spoken, the prime
    minister said") is the same person as often as another (revO26), and a coordinated
    clause may well be ("Tony Blair arrived and the prime minister said")."""
    tokens = para.tokens
    j = index_at(tokens, event.mention.start)
    if j is None or j < 3:
        return ()
    start = para.floor_of[j]
    before = tokens[j - 1]
    if before.lower == "by":  # the passive's subject opens the sentence
        run = _subject_run(tokens, start, j)
        if not run:
            return ()
        end = start + len(run) + (tokens[start].bare.rstrip(".").lower() in name_lex.HONORIFICS)
        middle = tokens[end : j - 1]
        passive = bool(middle) and middle[0].lower in lexicon.BE and all(
            t.kind == "w" and not t.capitalised for t in middle
        )
        return (run,) if passive else ()
    return ()  # (not "After Mr Howard had spoken, the prime minister said": the same man
    # as often as another, revO26; the passive's subject only)
