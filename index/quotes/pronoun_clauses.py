"""A subject pronoun's place and clause, and whom it cannot be.

``resolution.Resolution`` calls these for a pronoun speaker ("he said"): where the
pronoun stands (:func:`pronoun_position`), whether it opens a subordinate clause
(:func:`subordinate_at`), the names its own clause gives (:func:`clause_names`) and the
test that keeps it from a person its quotation or clause names (:func:`skipping`, with
:func:`named_in` and :func:`names_in_clause`). :func:`capitalised_words` (the names a
quotation or a postmodifier holds) serves descriptions too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from warreader.index.quotes import lexicon
from warreader.index.quotes.clause_subjects import index_at
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.events import Event
from warreader.index.quotes.reading import Para


def pronoun_position(p: int, para: Para, event: Event) -> tuple[int, int, int]:
    """Where a pronoun speaker stands: it refers back from itself, not from its verb
    ("he backed Ann Cole over Jim Ray and said ..." is neither Cole nor Ray)."""
    j = event.cue_index
    floor = para.floor_of[j]
    start = event.mention.start
    while j > floor and para.tokens[j].start > start:
        j -= 1
    if para.tokens[j].start != start:
        j = event.first  # the pronoun follows its verb ("said he")
    return (p, para.sentence_of[j], min(j, event.first))


def skipping(
    named: frozenset[str] | None, runs: tuple, opener: Entity | None = None,
    predicate: frozenset[int] = frozenset(),
) -> Callable[[Entity], bool] | None:
    """Whom a subject pronoun cannot be: a person its quotation names (``named``), one
    its own clause names (``runs``, see :func:`clause_names`), the common noun opening
    the clause it reports (``opener``) or a name of that clause's predicate (the ids in
    ``predicate``; see ``reported_clauses``)."""
    if not named and not runs and opener is None and not predicate:
        return None

    def skipped(entity: Entity) -> bool:
        return entity is opener or id(entity) in predicate or bool(named) and named_in(
            entity, named) or names_in_clause(entity, runs)

    return skipped


def clause_names(para: Para, event: Event) -> tuple[tuple[str, ...], ...]:
    """The names (runs of capitalised words) of a subject pronoun's own clause after it,
    up to a quotation, a punctuation mark or a word opening another clause: a "he" is
    never a person its own clause names ("He has declared Ruiz the next Lincoln", "he
    told Mr Ames"), while names in a clause of their own may be ("he said after Ames
    read the charges"). Empty unless the pronoun opens its clause (after a quotation, or
    first in its sentence but for "And", "But"): "In what he called ..., Ames said" may
    name him later."""
    tokens = para.tokens
    j = index_at(tokens, event.mention.start)
    if j is None or not _opens_clause(para, j):
        return ()
    sentence = para.sentence_of[j]
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    after = j + 1
    while after < len(tokens) and tokens[after].start < event.mention.end:
        after += 1  # past a description's own words: "The Republican nominee"
    for k in range(after, len(tokens)):
        token = tokens[k]
        if para.sentence_of[k] != sentence or token.kind != "w" or token.lower in _CLAUSE_BREAKS:
            break
        if token.capitalised:
            run.append(token.bare)
            if token.possessive:
                runs.append(tuple(run))
                run = []
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return tuple(runs)


def _opens_clause(para: Para, j: int) -> bool:
    """Does the pronoun at token ``j`` open its clause: first in its sentence (after an
    "And" or "But"), or right after a quotation ("“…,” he said")?"""
    floor = para.floor_of[j]
    before = [t for t in para.tokens[floor:j] if t.text != ","]
    if not before:
        return True
    return before[-1].kind == "q" or len(before) == 1 and before[0].lower in ("and", "but")


def names_in_clause(entity: Entity, runs: tuple[tuple[str, ...], ...]) -> bool:
    """Is ``entity`` a person one of ``runs`` names: its full name, its surname or given
    name alone, or its surname after a title or its given name ("Sen. Ruiz", "Ana
    Ruiz"; never "Frank Ruiz", another of the family)?"""
    if entity.kind != "person":
        return False
    parts = entity.name.split()
    given, surname = parts[0], parts[-1]
    for run in runs:
        if run[-1] != surname and not (len(run) == 1 and run[0] == given and len(parts) > 1):
            continue
        if len(run) == 1 or run[0] == given or run[-2].rstrip(".") in _TITLE_WORDS:
            return True
    return False


# Words that end a pronoun's own clause: another clause, or a relative one, begins.
_CLAUSE_BREAKS = frozenset(
    ("and", "but", "or", "that", "who", "whom", "whose", "which", "what", "where", "why",
     "how", "because", "after", "before", "when", "while", "as", "since", "until", "if",
     "though", "although", "unless", "whether", "once", "than")
)


_TITLE_WORDS = frozenset(
    ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Gov", "Governor",
     "President", "Secretary", "Judge", "Justice", "Rev", "Sir", "Lord", "Lady", "Prof",
     "Mayor", "Speaker", "Gen", "General", "Chancellor", "Minister", "Prime")
)


def subordinate_at(para: Para, j: int) -> bool:
    """Does the pronoun at token ``j`` open a subordinate clause inside its sentence
    ("Ames dismissed it in May, when he told ...")? The sentence's subject is then whom
    it refers to, as for a reported clause ("Ames said he ...")."""
    return j > para.floor_of[j] and para.tokens[j - 1].lower in lexicon.SUBORDINATORS


_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


# A determiner and one lower-case word (an adjective: "the peaceful") before the name; a
# bare "the Hale team" is as often the rival's team as the speaker's own, and two words
# are mostly a noun and a preposition ("a jab at Hale and ...").
_MODIFIED = re.compile(r"\b(?:the|a|an|our|my|your|their) [a-z][\w-]* $")


def capitalised_words(text: str, quoted: bool = False) -> frozenset[str]:
    """The capitalised words of a quotation (the people it names), without a possessive
    ending ("Senator Lind's message" names Lind). ``quoted``: not a name that modifies a
    noun after a determiner and an adjective ("the peaceful Lind supporters": a speaker's
    own name can; "the Lind team" still names Lind)."""
    return frozenset(
        m.group().removesuffix("'s").removesuffix("’s")
        for m in _CAPITALISED.finditer(text)
        if not (quoted and text[m.end() : m.end() + 2].strip()[:1].islower()
                and _MODIFIED.search(text, max(0, m.start() - 40), m.start()))
    )


def named_in(entity: Entity, words: frozenset[str]) -> bool:
    """Does a quotation name ``entity`` (its first name or surname) in the third person?"""
    parts = entity.name.split()
    # The first word is a given name unless a title follows it ("Virginia Gov. Terry
    # McAuliffe": the quotation naming Virginia does not name him).
    given = parts[0] in words and not any(p.endswith(".") for p in parts[1:-1])
    return entity.kind == "person" and (given or parts[-1] in words)


def sentence_quoted_names(para: Para, event: Event) -> frozenset[str]:
    """The capitalised words (:func:`capitalised_words`) of the quotations ``event``
    frames in its sentence, one opening the sentence or one after its cue: a
    description's speaker is no person those words name by a given name or surname
    ('"I think Donald just criticised me," the former senator said' is not Donald; 'To
    chants of "Marco!", the senator said' may be Marco)."""
    if not para.tokens or event.cue_index >= len(para.tokens):
        return frozenset()
    of = para.sentence_of
    sentence = of[event.cue_index]
    words: frozenset[str] = frozenset()
    for k, at in para.q_index.items():
        if at < len(of) and of[at] == sentence and (
            at > event.cue_index or at == 0 or of[at - 1] != sentence
        ):
            span = para.spans[k]
            words |= capitalised_words(para.text[span.start : span.end], True)
    return words


def quoted_alone(entity: Entity, words: frozenset[str], near: list) -> bool:
    """Does a quotation name ``entity`` (:func:`named_in`), by its surname or by a given
    name that no other person of the sightings ``near`` has ('"Michael has served us
    well," the Tory leader said' after Michael Portillo and Michael Howard names neither
    for sure)?"""
    if not words or not named_in(entity, words):
        return False
    parts = entity.name.split()
    if parts[-1] in words or len(parts) < 2:
        return True
    return not any(
        s.entity is not entity and s.entity.kind == "person"
        and s.entity.name.split()[0] == parts[0] for s in near
    )
