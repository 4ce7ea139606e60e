"""Speech events of other shapes than "X said": a colon introduction or label, a bullet,
"as X put it", a passive agent ("described by X"), a claim "by X",
a document and who issued it.
"""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon, org_lex
from warreader.index.quotes.clause_subjects import (
    NOT_VERB,
    after_opening_phrase,
    coordinate_subject,
    first_subject,
    index_at,
    sentence_subject,
)
from warreader.index.quotes.colon_subjects import colon_subject
from warreader.index.quotes.cue_subjects import (
    DASHES,
    skip_parenthesis,
    speaker_noun,
    subject_before,
)
from warreader.index.quotes.event import Event
from warreader.index.quotes.marks import Span
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.pair_subjects import first_of_pair
from warreader.index.quotes.phrases import left_phrase, right_phrase
from warreader.index.quotes.sentences import sentence_bounds
from warreader.index.quotes.tokens import Token, tokenize


def denies_anothers_claim(tokens: list[Token], j: int) -> bool:
    """ "deny Russia's claim", "denied his accusations": what follows is the other's."""
    after = tokens[j + 1 : j + 4]
    return any(t.possessive for t in after) and any(t.lower in CLAIM_NOUNS for t in after)


def opening_document(tokens: list[Token], floor: int, i: int) -> Mention | None:
    """A document opening the sentence whose long subject hides it from the verb: "The
    Russian readout of Cohen's phone conversation with Lavrov on Tuesday mentioned"."""
    k = floor
    while k < min(i, floor + 5) and tokens[k].kind == "w" and tokens[k].lower != "of":
        k += 1
    if k == floor or k >= i or tokens[k].lower != "of":
        return None
    mention = build(tokens[floor:k])
    if mention is None or mention.kind != "nominal" or mention.head not in org_lex.DOCUMENT_NOUNS:
        return None
    return mention


def as_put_it(tokens: list[Token], j: int, floor: int) -> Event | None:
    """ "As Mara Holt, the deputy head of the union, put it: "…"": the speaker between
    "as" and "put it"."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower != "it" or j - 1 <= floor:
        return None
    mention, role, first = subject_before(tokens, j, floor)
    if mention is None or first - 1 < floor or tokens[first - 1].lower != "as":
        return None
    return Event("put it", j, mention, role, first=first, last=j + 1)


def colon_event(tokens: list[Token], j: int, floor: int, events: list[Event]) -> Event | None:
    """A colon before a quotation in a sentence with no reporting verb names its opener
    as the speaker: "Southampton boss Harry Redknapp: "We know..."", "Mr Dean is
    confident though: "I think..."". None when the sentence has its own cue."""
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "q":
        return None
    headed = _after_heading(tokens, j, floor)
    if headed is not None:  # "Pollsters agree - Tess Hale: "…"": the name after the dash
        return headed
    if events and events[-1].cue_index >= floor:  # events come in text order
        return _main_clause_colon(tokens, j, floor, events[-1])  # "told reporters:": the
        # cue's event serves, unless it is in an opening clause ("When Hale suggested
        # ..., Pike fired back:")
    last = coordinate_subject(tokens, j, floor)  # "Kell tried to close the session, but
    if last is not None and last.kind in ("name", "nominal") and not last.possessive:  # Ann
        at = index_at(tokens, last.start)  # Roe kept talking:": the last clause's subject
        if at is not None and not any(t.lower in _WATCHING for t in tokens[at:j]):
            return Event(":", j, last, weak=True, first=at, last=j)  # not "while Hale
            # watched:", whose words are another's
    start = floor
    while start < j and tokens[start].kind == "p":
        start += 1  # "- Brentford boss Martin Allen:"
    main = after_opening_phrase(tokens, start, j)  # "On a rainy evening, The Herald offers"
    start = main or start
    words = right_phrase(tokens, start)
    if not words or start + len(words) > j:
        return _labelled(tokens, j, floor)
    mention, k = colon_subject(tokens, start, words, j)  # "Kevin Curran of the GMB"
    if mention is None or mention.possessive or mention.kind == "pronoun" and (
        mention.head not in ("he", "she", "they")
    ):
        return _labelled(tokens, j, floor)
    verb = past_aside(tokens, k, j)
    after = tokens[verb]
    if after is not tokens[j] and not (
        after.kind == "w" and not after.capitalised and after.lower not in NOT_VERB
    ) or main and any(t.capitalised for t in tokens[verb + 1 : min(j, verb + 3)]):
        # "In a statement on Monday:": no subject; "After the film, the Ohio-born
        # extremist cleric Ed Rook ...": a name's premodifier, no subject
        return _labelled(tokens, j, floor)
    return Event(":", j, mention, weak=True, first=start, last=j)


_WATCHING = lexicon.words("watched listened looked heard observed applauded cheered nodded")


# Words opening an aside between a subject and its verb: a prepositional phrase ("The
# board, in a memo to staff, put it bluntly"), "as ever", a relative clause.
_ASIDE_OPENERS = lexicon.words(
    "in at on during after before as for with from under through who which"
)
_ASIDE_REACH = 16  # tokens inside the aside


def past_aside(tokens: list[Token], k: int, j: int) -> int:
    """The token after an aside between commas that opens at ``k`` (", in a memo to
    staff,", ", who died in 2011,") and closes before the colon at ``j``: the subject's
    verb follows it. ``k`` itself when no such aside stands there."""
    if tokens[k].text != "," or k + 1 >= j or tokens[k + 1].lower not in _ASIDE_OPENERS:
        return k
    for c in range(k + 2, min(j, k + 2 + _ASIDE_REACH)):
        token = tokens[c]
        if token.kind == "q" or token.text in (":", ";"):
            return k
        if token.text == ",":
            return c + 1 if c + 1 < j else k
    return k


_HEADING_REACH = 8  # tokens between a heading's dash and the colon of its label


def _after_heading(tokens: list[Token], j: int, floor: int) -> Event | None:
    """A round-up line, "Media shares blame for the overhype - Tess Hale: "…"": a heading,
    a dash, then the name labelling the quotation at the colon ``j``; the heading's words
    (and any verb in them) are no speaker. None unless a dash stands a few words before
    the colon with a name, and nothing else, between them."""
    dash = next(
        (k for k in range(j - 1, max(floor, j - _HEADING_REACH), -1) if tokens[k].text in DASHES),
        None,
    )
    if dash is None or dash <= floor:
        return None  # "- Mark Blumenthal:" opening the line is read as before
    end = skip_parenthesis(tokens, j, dash)
    words = left_phrase(tokens, end)
    if not words or end - len(words) != dash + 1:
        return None
    return _labelled(tokens, j, dash + 1)


def _main_clause_colon(tokens: list[Token], j: int, floor: int, last: Event) -> Event | None:
    """ "When Hale suggested the mill would close, Pike fired back: "…"": the sentence's
    last cue is in its opening clause, so the main clause's subject, before the colon at
    ``j``, introduces the quotation; None when a cue stands in the main clause."""
    main = after_opening_phrase(tokens, floor, j)
    if main is None or last.cue_index >= main:
        return None
    found = first_subject(tokens, main, j)
    if found is None or found[0].kind != "name" or found[0].possessive:
        return None
    first = index_at(tokens, found[0].start)
    return Event(":", j, found[0], weak=True, first=first if first is not None else main, last=j)


def colon_introduction(text: str, spans: list[Span]) -> tuple[list[Token], Event, int] | None:
    """A paragraph ending on a colon, with no reporting verb, introduces the quotation
    opening the next paragraph: its last sentence's subject speaks ("Ken Abara released
    these remarks:", "She then spoke to the volunteers once more:"), or the name
    that labels it ("- Iris Vang:"). (tokens, event, sentence index) or None."""
    bounds = sentence_bounds(text, spans)
    tokens = tokenize(text, spans, *bounds[-1])
    j = len(tokens) - 1
    if j < 1 or tokens[j].text != ":":
        return None
    found = sentence_subject(tokens, j, 0)
    if found is None or found[0].possessive or found[0].kind == "pronoun" and (
        found[0].head not in ("he", "she", "they")
    ):
        event = _labelled(tokens, j, 0)
    else:
        event = Event(":", j, found[0], weak=True, first=0, last=j)
    return (tokens, event, len(bounds) - 1) if event is not None else None


def paragraph_topic(text: str) -> tuple[list[Token], Event] | None:
    """The person a paragraph without quotations is about: the name that is the subject
    of its first sentence ("Hale is upbeat about the harvest, ..."), which a paragraph of
    quotation alone that follows, with no cue of its own, quotes. (tokens, event) or
    None."""
    return sentence_topic(text, [], sentence_bounds(text, [])[0], pronouns=True)


def sentence_topic(
    text: str, spans: list[Span], bounds: tuple[int, int], pronouns: bool = False
) -> tuple[list[Token], Event] | None:
    """The person named as the subject of the sentence of ``text`` within ``bounds``
    (see :func:`paragraph_topic`). (tokens, event) or None."""
    tokens = tokenize(text, spans, *bounds)
    found = sentence_subject(tokens, len(tokens), 0) if tokens else None
    if found is None or found[0].possessive or found[0].org or not (
        found[0].kind == "name" or pronouns and found[0].text.lower() in ("he", "she")
    ):
        return None
    first = index_at(tokens, found[0].start)
    if first is None or first > 0 and tokens[first - 1].kind == "w" and (
        not tokens[first - 1].capitalised
    ):
        return None  # the subject of a clause inside the sentence, not the sentence's
    return tokens, Event("", found[1], found[0], weak=True, first=first, last=found[1])


def _labelled(tokens: list[Token], j: int, floor: int) -> Event | None:
    """A name right before the colon labels the quotation that follows: "EARLY - Mark
    Blumenthal: "…"", "doesn't surprise pollster Daron Shaw: "…"", and a person with
    an outlet, "Howard Kurtz, Fox News: "…"". A bracketed party is stepped over ("Rep.
    Ann Marsh (D-Ohio): "…""), and of two people named the first stands for both."""
    end = skip_parenthesis(tokens, j, floor)
    words = left_phrase(tokens, end)
    mention = build(words) if words else None
    if mention is None or mention.kind != "name" or mention.possessive:
        return None
    mention, first = first_of_pair(tokens, mention, end - len(words), floor)
    if first - 1 > floor and tokens[first - 1].lower == "and":  # "More from Hale and Pike:"
        before = left_phrase(tokens, first - 1)
        named = build(before) if before else None
        if named is not None and named.kind == "name" and not named.possessive:
            mention, first = named, first - 1 - len(before)
    more_from = first - 2 >= floor and [t.lower for t in tokens[first - 2 : first]] == [
        "more",
        "from",
    ]
    if first > floor and tokens[first - 1].lower in NOT_VERB and not more_from:
        return None  # "In a statement on Monday:": the object of a preposition ("More
        # from Jones:" labels Jones's words)
    if mention.org and first - 2 >= floor and tokens[first - 1].text == ",":
        person_words = left_phrase(tokens, first - 1)
        person = build(person_words) if person_words else None
        if person is not None and person.kind == "name" and not person.org:
            person.role = person.role or mention.text
            return Event(":", j, person, weak=True, first=first - 1 - len(person_words), last=j)
    return Event(":", j, mention, weak=True, first=first, last=j)


CLAIM_NOUNS = lexicon.words(
    "claims claim accusations accusation allegations allegation remarks comments warnings "
    "warning criticism suggestions suggestion attack attacks"
)


def passive_agent(tokens: list[Token], j: int, floor_of: list[int]) -> Mention | None:
    """The "by" agent of a passive cue: "was described as ... by his friend X"."""
    for k in range(j + 1, min(len(tokens), j + 25)):
        if floor_of[k] != floor_of[j]:
            return None
        if tokens[k].lower == "by" and tokens[k].kind == "w":
            return agent_after_by(tokens, k)
    return None


def agent_after_by(tokens: list[Token], k: int) -> Mention | None:
    """The speaker phrase after the "by" at ``k``, past a few description words; None
    after "by" and a gerund ("interjected by hitting Ross": a manner, no agent)."""
    m = k + 1
    if gerund_at(tokens, m):
        return None
    while (
        m < len(tokens)
        and m - k < 6
        and tokens[m].kind == "w"
        and (not tokens[m].capitalised and tokens[m].lower not in lexicon.DETERMINERS)
    ):
        if speaker_noun(tokens[m].lower) and not (
            m + 1 < len(tokens) and tokens[m + 1].capitalised
        ):
            break  # "praised by police for": the noun itself is the agent
        m += 1
    words = right_phrase(tokens, m)
    mention = build(words) if words else None
    if mention is None or mention.kind not in ("name", "nominal"):
        return None
    if m > k + 1 and mention.kind == "name" and not mention.role:
        mention.role = " ".join(
            t.text for t in tokens[k + 1 : m] if t.lower not in ("his", "her", "their", "and")
        )
    return mention


def gerund_at(tokens: list[Token], m: int) -> bool:
    """Is token ``m`` a gerund ("by hitting Ross"), not an adjective before a person or
    a body ("by campaigning farmer Tom Hale")?"""
    if m >= len(tokens) or tokens[m].kind != "w" or tokens[m].capitalised:
        return False
    if not tokens[m].lower.endswith("ing") or len(tokens[m].lower) <= 5:
        return False
    nxt = tokens[m + 1].lower if m + 1 < len(tokens) else ""
    return nxt not in job_lex.PERSON_NOUNS and nxt not in job_lex.PERSON_PLURALS and (
        nxt not in org_lex.ORG_NOUNS
    )


def document_owner_phrase(tokens: list[Token], mention: Mention) -> Mention | None:
    """ "his report", "Morquendi's message": the owner (a pronoun or a name); "Ostrow
    issued a notice saying": the subject of the verb whose object it is."""
    first = index_at(tokens, mention.start)
    if first is None:
        return None
    word = tokens[first]
    if word.lower in ("a", "an") and first >= 2 and _issuing_verb(tokens[first - 1]):
        found = sentence_subject(tokens, first - 1, _sentence_start(tokens, first - 1))
        if found is not None and found[1] == first - 1 and found[0].kind in ("name", "pronoun"):
            return found[0]
    pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(word.lower)
    if pronoun:
        return Mention(word.text, "pronoun", word.start, word.end, head=pronoun)
    if word.possessive and word.capitalised:
        owner = _owner(left_phrase(tokens, first + 1)[:-1] + [word] if first else [word])
        if owner is not None:
            return owner
    last = index_at(tokens, mention.end - len(mention.text.rsplit(" ", 1)[-1]))
    for k in range(first, last if last is not None else first):
        if tokens[k].possessive and tokens[k].capitalised:  # "Mr Tanzi's statement"
            return _owner(tokens[first : k + 1])
    return _author_after(tokens, last) if last is not None else None


_AUTHORING = lexicon.words(
    "filed sent written issued signed released published authored drafted posted penned "
    "submitted emailed"
)


def _author_after(tokens: list[Token], head: int) -> Mention | None:
    """ "a legal brief filed by county counsel Dan Ross", "an email sent out by Ruiz",
    "a study by Ann Hale": the person named after "by" right after the document's head
    word at ``head``, past one issuing participle; None when no name follows."""
    k = head + 1
    if k < len(tokens) and tokens[k].lower in _AUTHORING:  # not "reviewed by The Post"
        k += 1
        if k < len(tokens) and tokens[k].lower == "out":
            k += 1
    if k >= len(tokens) or tokens[k].lower != "by":
        return None
    agent = agent_after_by(tokens, k)
    return agent if agent is not None and agent.kind == "name" else None


def _issuing_verb(token: Token) -> bool:
    """ "issued", "released", "sent", "posted", "emailed": a verb that puts out a document."""
    return token.kind == "w" and not token.capitalised and (
        token.lower.endswith("ed") or token.lower in ("sent", "put", "wrote", "read")
    )


def _sentence_start(tokens: list[Token], k: int) -> int:
    """The index of the first token of the sentence holding token ``k`` (the tokens of a
    paragraph's wanted sentences run on; a full stop token ends one)."""
    while k > 0 and tokens[k - 1].text not in (".", "!", "?"):
        k -= 1
    return k


def _owner(words: list[Token]) -> Mention | None:
    """The name that ``words`` (ending in a possessive) make, as the speaker; None if not
    a name."""
    owner = build(words)
    if owner is None or owner.kind != "name":
        return None
    owner.possessive = False
    return owner


