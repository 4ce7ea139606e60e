"""The subject of a sentence that quotes without a speech verb.

"Quill reckoned that there were "…"", "After the tour, he derided "the lazy critics"":
no reporting cue ties the quotation to anyone, yet the sentence says whose words they
are: its grammatical subject, when the quotation stands in that subject's predicate.
The reading here is deliberately narrow (a subject phrase at the start of the sentence
or right after an opening phrase and its comma, an optional appositive, then a word
shaped like a finite verb), because a wrong speaker is worse than none.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.cue_punctuation import after_first_comma, ends_on_comma
from warreader.index.quotes.findings import finding
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.press_pieces import opens_with_piece, piece_subject
from warreader.index.quotes.subject_calls import calls_it
from warreader.index.quotes.tokens import Token

_PERSONAL = frozenset(("he", "she", "they"))
_APPOSITIVE_REACH = 16  # tokens an appositive between subject and verb may span

# Finite verbs that do not end in -ed or -s.
_IRREGULAR = lexicon.words(
    """
    said told wrote came went took made gave put saw found thought felt kept left sent
    spoke got brought began became held meant set stood knew led ran won lost built
    sought taught chose drew fought hit let read quit cut bit forgot
    will would can could may might must shall should did does do has had have is was are
    were
    """
)
_NOT_FINITE = lexicon.words(
    "news series species politics process access business "
    "years months weeks days hours minutes decades"  # "Thirteen years earlier, she ..."
)


def _looks_finite(token: Token) -> bool:
    if token.kind != "w" or token.capitalised:
        return False
    low = token.lower
    if low in _IRREGULAR or low in cue_lex.CUE_VERBS:
        return True
    if low in _NOT_FINITE or low.endswith(("ss", "us", "is", "ous")):
        return False
    return len(low) > 3 and low.endswith(("ed", "es", "s"))


_AUXILIARIES = lexicon.words("has have had is was are were will would did does")


def _main_verb(token: Token) -> bool:
    low = token.lower
    return (
        token.kind == "w"
        and not token.capitalised
        and (low in cue_lex.CUE_VERBS or low.endswith(("ed", "en", "ing")) or low in _IRREGULAR)
    )


def _adverb(token: Token) -> bool:
    """ "also", "later", "routinely": a word between a subject and its verb."""
    low = token.lower
    if token.kind != "w" or token.capitalised or low in _IRREGULAR:
        return False
    return low in lexicon.ADVERBS or len(low) > 4 and low.endswith("ly")


def _opening_participle(token: Token) -> bool:
    """ "Speaking to reporters, ...", "Reprising a line, ...", "Immediately after the
    vote, ...": a capitalised -ing or -ly word that is no given name ("Sterling",
    "Beverly")."""
    low = token.lower
    return len(low) > 5 and low.endswith(("ing", "ly")) and low not in name_lex.first_names()


_CONJUNCTIONS = lexicon.words("but and so yet")
_PRONOUNS = lexicon.words("he she they we i")


def _after_opening_phrase(tokens: list[Token], floor: int, stop: int) -> int | None:
    """Where the subject may start: the sentence's first word, or the word after the
    comma closing an opening phrase ("After the tour, he ...", "In an interview, X ...")."""
    first = tokens[floor]
    if first.kind == "w" and not (
        first.capitalised
        and (first.lower in lexicon.SENTENCE_OPENERS or _opening_participle(first))
    ):
        return floor
    if first.lower in _PRONOUNS and first.kind == "w" or opens_with_piece(tokens, floor, stop):
        return floor  # "She applauded him for ...", "A review in the Courier dubbed it"
    if first.lower in _CONJUNCTIONS and floor + 1 < stop:
        second = tokens[floor + 1]
        if second.kind == "w" and (
            second.lower in _PRONOUNS
            or second.capitalised and second.lower not in lexicon.SENTENCE_OPENERS
        ):
            return floor + 1  # "But he also dubbed him "…"", "And Kell called it "…""
    return after_first_comma(tokens, floor + 1, stop)


def job_of_field(words: list[Token]) -> Mention | None:
    """ "the former director of finance", "her chief of staff": a job, "of" and a
    lower-case field, as a description headed by the job; None for other words."""
    if len(words) < 3 or words[-2].lower != "of" or words[-1].capitalised:
        return None
    if words[-3].lower not in job_lex.PERSON_NOUNS:
        return None
    mention = build(words[:-2])
    if mention is None or mention.kind != "nominal":
        return None
    mention.text = f"{mention.text} of {words[-1].text}"
    mention.end = words[-1].end
    return mention


def subject_before(
    tokens: list[Token], qi: int, floor: int, breaks: list[int] | None = None,
    reader: Callable[[list[Token], int, int], tuple[Mention, int] | None] | None = None,
) -> tuple[Mention, int] | None:
    """The subject phrase of the sentence holding the quotation at ``qi`` and the index of
    its finite verb, when both stand before the quotation; else None. ``breaks``: the
    :func:`clause_breaks` of ``tokens``, when known (a sentence of thousands of
    quotations is then not walked once for each). ``reader``: how a subject and verb are
    read at a word (:func:`subject_at` unless given)."""
    read = reader or subject_at
    j = _after_opening_phrase(tokens, floor, qi)
    if j is None and tokens[floor].lower in lexicon.DETERMINERS:
        return read(tokens, floor, qi) if reader else determined_subject(tokens, floor, qi)
    if j is None or j >= qi:
        return None
    found = read(tokens, j, qi)
    if found is None and (j > floor or _opening_word(tokens, floor)):
        found = _after_later_comma(tokens, j, qi, read)  # "Speaking on X in Y, which hosts Z,
    if found is None and reader is None and tokens[floor].lower in lexicon.DETERMINERS:
        found = _determined_past_clause(tokens, floor, qi)  # "The MP, expelled ..., branded"
    if found is None:  # Hale referred to Pike as "…"": the opening phrase ran on
        return None
    # "Hale proposed a debate, but Pike rejected the idea as "…"": the nearer clause's
    # subject
    k = _next_break(tokens, found[1] + 1, qi, breaks)
    return found if k is None else read(tokens, k + 1, qi) or found


def _next_break(tokens: list[Token], start: int, qi: int, breaks: list[int] | None) -> int | None:
    """The first coordinated clause's break at ``start <= k < qi - 2``, from ``breaks``
    (:func:`clause_breaks`) when known, else walked."""
    if breaks is None:
        return next((k for k in range(start, qi - 2) if _clause_break(tokens, k)), None)
    n = bisect_left(breaks, start)
    return breaks[n] if n < len(breaks) and breaks[n] < qi - 2 else None


def clause_breaks(tokens: list[Token]) -> list[int]:
    """Where coordinated clauses start in ``tokens`` (after each index listed, in order)."""
    return [  # :func:`_clause_break` inlined: it runs for every token of a paragraph
        k for k in range(1, len(tokens))
        if (t := tokens[k]).text == ";" or t.lower == "but" and tokens[k - 1].text in _CLAUSE_DASHES
    ]


_LATER_COMMAS = 3  # further commas an opening phrase may hold


def _opening_word(tokens: list[Token], floor: int) -> bool:
    """Does the sentence open on a word that opens a phrase before the main clause: one
    followed by a comma ("Moreover,") or a past participle ("Horrified at ...")?"""
    first = tokens[floor]
    return first.kind == "w" and floor + 1 < len(tokens) and (
        tokens[floor + 1].text == "," or len(first.lower) > 4 and first.lower.endswith("ed")
    )


def _after_later_comma(
    tokens: list[Token], j: int, qi: int, read: Callable | None = None
) -> tuple[Mention, int] | None:
    """The subject and verb after one of the next few commas from ``j`` when the
    opening phrase before the main clause holds more than one; None at a quotation."""
    read = read or subject_at
    tried = 0
    for k in range(j, qi - 1):
        if tokens[k].kind == "q" or tried >= _LATER_COMMAS:
            return None
        if tokens[k].text == ",":
            tried += 1
            found = read(tokens, k + 1, qi)
            if found is not None:
                return None if tokens[found[1]].lower in _FINITE_BE else found
    return None


# The finite forms of "be" only: "Only years earlier, he was a ... who" (a description).
_FINITE_BE = lexicon.BE - lexicon.words("be been being")


_CLAUSE_DASHES = frozenset((",", ";", "-", "–", "—"))


def _clause_break(tokens: list[Token], k: int) -> bool:
    """Does a coordinated clause start after ``k``: ", but", "- but", "; "?"""
    return tokens[k].text == ";" or tokens[k].lower == "but" and (
        tokens[k - 1].text in _CLAUSE_DASHES
    )


def subject_at(tokens: list[Token], j: int, qi: int) -> tuple[Mention, int] | None:
    """The subject phrase starting at ``j`` and its finite verb, both before ``qi``, when
    the subject may be the speaker: not one others judge or tell ("Mr Dunn was
    questioned about "…"", "Residents were told the plan was "…"")."""
    found = _subject_verb(tokens, j, qi)
    if found is None or _judged(tokens, found[1], qi) or _received(tokens, found[1]):
        return None
    return found


def judged_clause(
    tokens: list[Token], qi: int, floor: int, breaks: list[int] | None = None
) -> int | None:
    """The verb of the passive that makes the quotation at ``qi`` others' words about its
    clause's subject, judged or told ("Ms Pike chaired it, but Mr Dunn was questioned
    about "…"", "Residents, who asked ..., were told the plan was "…""); else None. The
    caller gives such a quotation no speaker unless an event at or after that verb
    names one ("were told by police ...")."""
    found = subject_before(tokens, qi, floor, breaks, _subject_verb)
    if found is None or _heard(tokens, found[1], qi):
        return None if found is None else found[1]
    # "..., but her deputy was praised for his "…"": a later clause's subject not read
    k = _next_break(tokens, found[1] + 1, qi, breaks)
    if k is None:
        return None
    be = next((m for m in range(k + 2, min(qi, k + 6)) if tokens[m].lower in _FINITE_BE), 0)
    if be and be + 1 < qi and _heard(tokens, be + 1, qi) and all(
        t.kind == "w" for t in tokens[k + 1 : be]
    ):
        return be + 1
    return None


def heard_passives(tokens: list[Token]) -> list[int]:
    """Each ``m`` (in order) where a finite "be" at ``m - 1`` and a participle of judging
    or telling at ``m`` stand ("was hailed", "were told"): the only verbs at which
    :func:`judged_clause` can answer, so a caller may skip it when none stands between a
    sentence's floor and the quotation (see :func:`passive_heard_between`)."""
    return [
        m
        for m in range(1, len(tokens))
        if tokens[m].lower in _HEARD_PARTICIPLES and tokens[m - 1].lower in _FINITE_BE
    ]


def passive_heard_between(passives: list[int], start: int, qi: int) -> bool:
    """Does one of ``passives`` (:func:`heard_passives`) fall at ``start <= m < qi``?"""
    n = bisect_left(passives, start)
    return n < len(passives) and passives[n] < qi


def _heard(tokens: list[Token], end: int, qi: int) -> bool:
    """Is the verb at ``end`` a passive by which its subject is judged or told?"""
    return _judged(tokens, end, qi) or _received(tokens, end)


def _subject_verb(tokens: list[Token], j: int, qi: int) -> tuple[Mention, int] | None:
    """The subject phrase starting at ``j`` and its finite verb, both before ``qi``."""
    words = right_phrase(tokens, j) or ([tokens[j]] if tokens[j].lower in _PERSONAL else [])
    mention = (build(words) or job_of_field(words)) if words else None
    end = j + len(words)
    if (piece := piece_subject(tokens, j, qi)) is not None:
        mention, end = piece  # "A review in the Daily Courier dubbed": the paper
    if mention is not None and mention.possessive and end < qi:
        owned = right_phrase(tokens, end)  # "Norway's Minister Eva Lund heralded"
        mention = build(owned) if owned else None
        end += len(owned)
    if mention is None or mention.possessive:
        return None
    if mention.kind == "name" and (named := _named_after_job(tokens, mention, end, qi)):
        mention, end = named  # "Ireland fly-half Ronan Gara hailed": the player
    if end + 2 < qi and tokens[end].text == "(":  # "Gov. Sam Orr (D) blamed"
        end = next((k + 1 for k in range(end + 1, min(qi, end + 6)) if tokens[k].text == ")"), end)
    if end < qi and tokens[end].text == ",":  # an appositive: ", a former aide,"
        end = _past_aside(tokens, end, qi)
        if end is not None and end < qi and _aside_adverb(tokens, end) and (
            tokens[end].lower in _RELATIVE_OPENERS
        ):
            end = _past_aside(tokens, end - 1, qi)  # "Others, however, who had stayed out,"
        if end is None:
            return None
    while end < qi and _adverb(tokens[end]):
        end += 1
    if end >= qi or not _looks_finite(tokens[end]):
        return None
    if tokens[end].lower in _AUXILIARIES and end + 1 < qi and _main_verb(tokens[end + 1]):
        end += 1  # "has branded", "was describing": the verb that says how it was said
    return mention, end


# Past participles of verbs by which someone is told something: after a finite "be" the
# subject hears the words ("Residents were told the plan was "…"", "were warned").
_RECEIVED = lexicon.words(
    "told warned assured informed reminded advised notified promised cautioned"
)


def _received(tokens: list[Token], end: int) -> bool:
    """Is the verb at ``end`` a passive of being told ("were told", "was assured")?"""
    return tokens[end - 1].lower in _FINITE_BE and tokens[end].lower in _RECEIVED


# Past participles of verbs by which others judge, name or question someone: after a
# finite "be" the subject is the one judged ("was hailed for his "…"").
_JUDGED = lexicon.words(
    """
    questioned asked hailed praised described awarded named accused criticised criticized
    honoured honored dubbed branded labelled labeled called portrayed depicted blamed
    condemned credited
    """
)


# Either kind of participle: judging or telling (the trigger of :func:`judged_clause`).
_HEARD_PARTICIPLES = _JUDGED | _RECEIVED


def _judged(tokens: list[Token], end: int, qi: int) -> bool:
    """Is the verb at ``end`` a passive of judging ("was hailed", "is described") with no
    verb of saying or "-ing" form between it and the quotation at ``qi`` ("was criticised
    for calling the plan "…"" keeps the subject's own words)?"""
    return (
        tokens[end - 1].lower in _FINITE_BE
        and tokens[end].lower in _JUDGED
        and not any(
            t.kind == "w" and (t.lower in cue_lex.CUE_VERBS or _participle(tokens, k))
            for k, t in enumerate(tokens[end + 1 : qi], end + 1)
        )
    )


# Words that lead an "-ing" form used as a verb ("for calling", "after saying").
_ING_LEADS = lexicon.words("for of by after while before without since when on in from about")
# "-ing" words that are no verb's form, even after such a word ("in the morning").
_ING_NOUNS = lexicon.words(
    """
    during morning mornings evening evenings something nothing anything everything
    king kings ring thing things spring string wing ceiling sibling
    """
)


def _participle(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` an "-ing" form used as a verb: led by a preposition or
    subordinator ("for calling", "after saying"), not a noun ("in the morning") nor
    "during"?"""
    low = tokens[k].lower
    return (
        len(low) > 4
        and low.endswith("ing")
        and low not in _ING_NOUNS
        and tokens[k - 1].lower in _ING_LEADS
    )


def _past_aside(tokens: list[Token], comma: int, qi: int) -> int | None:
    """The index after the comma closing the aside that opens at the comma ``comma``
    (", a former aide,"; ", star of "Docks,"" closes inside its mark); None if no comma
    closes it before the quotation at ``qi``."""
    reach = range(comma + 1, min(qi, comma + _APPOSITIVE_REACH))
    close = next((k for k in reach if tokens[k].text == ","), None)
    if close is None:  # ", star of "Docks,"": the comma inside the closing mark
        close = next((k for k in reach if tokens[k].kind == "q" and (
            ends_on_comma(tokens[k].text)
        )), None)
    return None if close is None else close + 1


_RELATIVE_OPENERS = lexicon.words("who whose which")


def _aside_adverb(tokens: list[Token], end: int) -> bool:
    """Was the aside closing just before ``end`` one adverb (", however,", ", meanwhile,")?
    Another aside may follow it before the verb ("Others, however, who ..., warned")."""
    return end >= 3 and tokens[end - 3].text == "," and _adverb(tokens[end - 2])


def _named_after_job(
    tokens: list[Token], team: Mention, end: int, qi: int
) -> tuple[Mention, int] | None:
    """ "Ireland fly-half Ronan Gara", "Welsh legend Mervyn Davies": a team, place or
    nationality, one lower-case word for a job the lexicon does not list, then a
    person's name of two words or more. The name is the subject, the words before it
    its role; (mention, end of the name) or None."""
    job = end
    if job + 2 >= qi or tokens[job].kind != "w" or tokens[job].capitalised:
        return None
    if not tokens[job].text.replace("-", "").isalpha() or tokens[job].lower in _NOT_A_JOB:
        return None
    if _looks_finite(tokens[job]) or _adverb(tokens[job]):
        return None
    words = right_phrase(tokens, job + 1)
    if len(words) < 2 or not all(w.capitalised for w in words):
        return None
    named = build(words)
    if named is None or named.kind != "name" or named.possessive:
        return None
    if not named.role:
        named.role = f"{team.text} {tokens[job].text}"
    return named, job + 1 + len(words)


# Small words between a name and a capitalised word that make no job ("Kell on Tuesday").
_NOT_A_JOB = lexicon.words(
    """
    in on at of by for from with to and or but nor the a an that which who whom whose as
    than since after before until during about against via per like
    """
)


_SO_CALLED = lexicon.words("so-called so called dubbed")


def determined_subject(tokens: list[Token], floor: int, qi: int) -> tuple[Mention, int] | None:
    """ "The Courier ran an editorial that said the plan was "…"", "The Lind campaign
    rejected ... as "…"": a sentence opening on "The"/"A" has that phrase for subject
    only when it is a person, a body or a named one, and a reporting verb or a document
    stands between its verb and the quotation (a scare quote in its predicate, "the
    FCC fined CBS over the "…"", is nobody's); never for a "so-called" term."""
    found = subject_at(tokens, floor, qi)
    if found is None:
        return None
    mention, verb = found
    if finding(tokens, mention, verb, qi):
        return found  # "The inquiry found that officers had been "…"": its finding
    if mention.kind != "name" and not (
        mention.head in job_lex.PERSON_NOUNS
        or mention.head in job_lex.PERSON_PLURALS
        or mention.head in org_lex.ORG_NOUNS
    ):
        return None
    if qi > 0 and tokens[qi - 1].lower in _SO_CALLED or lexicon.BE & {
        tokens[verb].lower, tokens[verb - 1].lower
    }:
        return None  # "The rapper was criticised after ...": a passive subject says nothing
    between = tokens[verb : qi]
    if not any(
        t.kind == "w" and not t.capitalised and (
            t.lower in cue_lex.CUE_VERBS or t.lower in org_lex.DOCUMENT_NOUNS
        )
        for t in between
    ) and not (tokens[qi - 1].lower == "as" and tokens[verb].lower.endswith("ed")) and not (
        calls_it(tokens, verb, qi)
    ):
        return None  # "The council rejected the plan as "…"": a verb that casts it
    return found


def _determined_past_clause(tokens: list[Token], floor: int, qi: int) -> tuple[Mention, int] | None:
    """:func:`determined_subject` of a "The"/"A" sentence whose first comma is not after
    its subject, or is followed by a participle or relative clause ("The MP, expelled
    ..., branded it "…""); not an appositive name (", the Rt Rev Tom Hale,")."""
    found = determined_subject(tokens, floor, qi)
    ends = found[0].end if found else tokens[qi].start
    end = next((k for k in range(floor, qi) if tokens[k].start >= ends), qi)
    if end + 1 >= qi or tokens[end].text != ",":
        return found if end + 1 < qi else None  # "The BPI spokesman described it, ..., as "…""
    opener = tokens[end + 1]
    return found if opener.lower in _CLAUSE_OPENERS or opener.kind == "w" and (
        not opener.capitalised and opener.lower.endswith(("ed", "en"))
    ) else None


_CLAUSE_OPENERS = lexicon.words("by who which whose")


_STRAY_REACH = 6  # words of a name between a closing quotation and a stray comma
_LINKS = lexicon.words("with to of for by from at in on and")  # no name's words


def name_after_quote(tokens: list[Token], comma: int, floor: int) -> tuple[Mention, int] | None:
    """The name standing between a closing quotation and the comma right before its
    verb ('"…," shop owner Jane Riley, told reporters'): a stray comma, not an
    appositive's; the name speaks. (mention, index of its first word), or None."""
    k = comma - 1
    while k > floor and comma - k <= _STRAY_REACH and tokens[k].kind == "w":
        k -= 1
    words = tokens[k + 1 : comma]
    if tokens[k].kind != "q" or not words or comma + 1 >= len(tokens) or (
        tokens[comma + 1].lower.endswith("ing")  # '"…," X told Y, adding': a participle
        or any(w.lower in cue_lex.CUE_VERBS or w.lower in _LINKS for w in words)
    ):
        return None
    mention = build(words)
    return (mention, k + 1) if mention is not None and mention.kind == "name" else None
