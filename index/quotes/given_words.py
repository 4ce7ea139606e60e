"""Quoted words whose speaker the phrase around them names, with no reporting cue:

- a passive labelling verb and its "by" agent: 'he was called the "…" by the judge',
  'deemed "…" by the club's board', 'often labelled as a "…" by Democrats', 'an option
  seen by organisers as a "…"';
- an owner and a noun for something said: 'Romney's "…" remark', 'his "…" comment';
- a question's asker after "by": 'she was asked "…?" by the presenter'.

Either way the quotation is that speaker's words, not a term, and the named speaker
outranks any reporting verb elsewhere in the sentence ('Kell mocked Romney's "…"
remark' quotes Romney). Used by :mod:`index.quotes.attribution`.

A description after "by" names a person only whose role holds it ('by the judge' is
"Judge Ann Cole"), never the nearest person, who is often the one so called ('Reed,
who sold fake watches, was called "…" by the sentencing judge'): :func:`by_agent`.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.cue_lex import CUE_VERBS
from warreader.index.quotes.descriptions import role_holds
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.event import Event
from warreader.index.quotes.event_forms import agent_after_by
from warreader.index.quotes.job_lex import PERSON_NOUNS
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.org_lex import DOCUMENT_NOUNS
from warreader.index.quotes.owned_sayings import owned_saying_speaker, owner_event
from warreader.index.quotes.reading import Para
from warreader.index.quotes.terms import may_speak_alone
from warreader.index.quotes.tokens import Token

# Participles by which someone's words label a thing: 'was called "…" by', 'deemed "…"
# by', 'described as "…" by', 'dismissed as "…" by', 'seen by X as "…"'.
_SUBJECT_ENDS = lexicon.words("was were is are has have had be been being who which that")
_THING_OPENERS = lexicon.words("the a an this that these those its their his her our my")
_LABELLED = lexicon.words(
    """
    called described labelled labeled branded dubbed deemed dismissed hailed derided
    condemned denounced slammed praised characterised characterized portrayed
    criticised criticized attacked mocked seen regarded viewed
    """
)
_LIST_GLUE = lexicon.words("and or ,")
_AFTER_LABEL = _LIST_GLUE | {"by"}  # what may follow a quotation a passive agent speaks
_BEFORE_LABEL = lexicon.DETERMINERS | _LIST_GLUE | _LABELLED | {"as"}


def given_speaker(para: Para, qi: int) -> Event | None:
    """The speaker the words around the quotation at ``qi`` name (module docstring), as
    a weak event; None when they name nobody who can speak. A source its sentence
    credits with "according to" stays the speaker: it reports what the agent said
    ('labelled "…" by the ministry, according to two officials')."""
    tokens = para.tokens
    if not 0 < qi < len(tokens) - 1 or tokens[qi].kind != "q":
        return None
    after, before = tokens[qi + 1].lower, tokens[qi - 1].lower
    if (owned := owned_saying_speaker(para, qi)) is not None:
        given = owned  # "Hale's promise of "…"", "his description of X as "…""
    elif after in _SAYINGS:
        given = _owned_remark(para, qi)
    elif after in _AFTER_LABEL or before in _BEFORE_LABEL:
        given = _passive_agent(para, qi) or _asker(para, qi)
    else:
        return None  # most quotations: no "by" after, no "as" before, no saying noun
    if given is None:
        return None
    sentence = para.sentence_of[qi]
    credited = (
        e for e in para.events
        if e.cue == "according to" and para.sentence_of[e.cue_index] == sentence
    )
    return next(credited, given)


def by_agent(para: Para, event: Event) -> bool:
    """Is ``event`` a passive's agent after "by" that :func:`given_speaker` found ('was
    called "…" by the sentencing judge')? A description there names whoever holds its
    role, never the one so called, the passive's subject (``resolution``)."""
    last = event.last
    return (
        event.weak and (event.cue.lower() in _LABELLED or event.cue == "by")
        and last < len(para.tokens) and para.tokens[last].lower == "by"
    )


def not_by_agent(para: Para, event: Event, entity: Entity, description: str, head: str) -> bool:
    """Is ``entity`` one the passive's agent ``event`` ('was called "…" by the judge',
    :func:`by_agent`) cannot be: no body and no person whose role holds the agent's
    ``description`` (head ``head``), such as the one so called? Only when a person is
    so called (a name, a pronoun or a person's noun opens the sentence): 'The budget
    was called "…" by the mayor' may be the mayor named before."""
    return (
        by_agent(para, event) and entity.kind != "org"
        and not role_holds(description, head, entity.role) and _person_called(para, event)
    )


def _person_called(para: Para, event: Event) -> bool:
    """Does the sentence of ``event`` open with a person, the passive's subject: a name
    ("Reed, who ..."), a pronoun ("He"), or a description with a person's noun ("The
    striker"), not a thing ("The team", "The budget")?"""
    first = event.cue_index
    while first and para.sentence_of[first - 1] == para.sentence_of[event.cue_index]:
        first -= 1
    words = []
    for token in para.tokens[first : event.cue_index]:
        if token.kind != "w" or token.lower in _SUBJECT_ENDS:
            break
        words.append(token)
    if not words:
        return False
    if any(w.lower in PERSON_NOUNS or w.bare.lower() in PERSON_NOUNS for w in words):
        return True
    return words[0].lower not in _THING_OPENERS and words[0].text[:1].isupper()


def _list_of(para: Para, qi: int) -> tuple[int, int]:
    """:func:`_list_ends` of the quotation at ``qi``, worked out once per list (kept for
    each of its quotations: a list of thousands is walked once, not once for each)."""
    lists = para.memo.setdefault("lists", {})
    if qi not in lists:
        first, last = _list_ends(para.tokens, qi)
        for k in range(first, last + 1, 2):
            lists[k] = (first, last)
    return lists[qi]


def _list_ends(tokens: list[Token], qi: int) -> tuple[int, int]:
    """The first and last quotation token of a list the quotation at ``qi`` stands in
    ('"pretty average" and "strange" by scouts'); ``qi`` twice when it stands alone."""
    first = qi
    while first >= 2 and tokens[first - 1].text in _LIST_GLUE and tokens[first - 2].kind == "q":
        first -= 2
    last = qi
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text in _LIST_GLUE
        and tokens[last + 2].kind == "q"
    ):
        last += 2
    return first, last


def _passive_agent(para: Para, qi: int) -> Event | None:
    """ 'was called "…" by the sentencing judge', 'seen by organisers as a "…"': the
    participle stands right before the quotation (an "as" and an article between at
    most: an object there would make the verb active, "called it "…""), and the agent
    after "by" is a name or a description that can speak ("by locals" names nobody)."""
    tokens = para.tokens
    first, last = _list_of(para, qi)
    k = first - 1
    if k > 0 and tokens[k].lower in lexicon.DETERMINERS:
        k -= 1
    framed = k > 0 and tokens[k].lower == "as"
    if framed:
        k -= 1
    floor = para.floor_of[qi]
    if last + 1 < len(tokens) and tokens[last + 1].lower == "by" and _quoted_participle(
        tokens, qi, first, last
    ):  # 'was fined and "severely reprimanded" by the FA': the verb quoted is the agent's
        agent = _agent(tokens, last + 1)  # (not 'said he was "deeply shocked" by the news')
        reported = _reported_verdict(tokens, qi, floor)
        return None if agent is None or reported or agent.head in DOCUMENT_NOUNS else Event(
            "by", last + 1, agent, weak=True, first=last + 1, last=last + 1
        )
    if last + 1 < len(tokens) and tokens[last + 1].lower == "by" and k >= floor:
        by, verb = last + 1, k  # 'was called "…" by the judge'
    elif framed:
        # 'seen by organisers as a "…"': the agent between the participle and "as"
        by = next((b for b in range(k - 1, max(floor, k - 6), -1) if tokens[b].lower == "by"), -1)
        if by <= floor:
            return None
        verb = by - 1
    else:
        return None
    participle = tokens[verb]
    if participle.kind != "w" or participle.lower not in _LABELLED or participle.capitalised:
        return None
    agent = _agent(tokens, by)
    if agent is None:
        return None
    return Event(participle.text, verb, agent, weak=True, first=verb, last=by)


def _asker(para: Para, qi: int) -> Event | None:
    """ 'She was asked "…?" by a reporter', 'Asked, "…?", by a voter, he said': the
    question's asker, the agent after "by" (a name or a description that can speak;
    "by noon" names no one), as a weak event at "by"."""
    tokens = para.tokens
    floor = para.floor_of[qi]
    k = qi - 1 - (qi - 1 > floor and tokens[qi - 1].text == ",")
    by = qi + 1 + (tokens[qi + 1].text == ",")
    span = para.spans[tokens[qi].quote]
    if not (
        k >= floor and tokens[k].lower == "asked" and by < len(tokens)
        and tokens[by].lower == "by" and para.sentence_of[by] == para.sentence_of[qi]
        and para.text[span.start : span.end].rstrip("\"”’' ").endswith("?")
    ):
        return None
    agent = _agent(tokens, by)
    return None if agent is None else Event("by", by, agent, weak=True, first=by, last=by)


def _reported_verdict(tokens: list[Token], qi: int, floor: int) -> bool:
    """Does the quoted verdict at ``qi`` stand in a clause a reporting verb before it
    reports ('Hale said he was "warned" by', 'Hale claimed Ivo Brandt had been "warned"
    by': Hale's words)? Not when its "was" is joined by "and" or "or" to the sentence's
    own subject ('Hale accused the referee and was fined and "reprimanded" by')."""
    if any(
        tokens[n].lower in CUE_VERBS and tokens[n + 1].lower in _CLAUSE_OPENERS
        for n in range(floor, qi - 1)
    ):
        return True
    be = next((b for b in range(qi - 1, floor, -1) if tokens[b].lower in _BE_WORDS), floor)
    if be > floor and tokens[be - 1].lower in _HAVE_WORDS:
        be -= 1  # "had been"
    if be <= floor or tokens[be - 1].lower in _LIST_GLUE:
        return False
    return any(tokens[n].lower in CUE_VERBS for n in range(floor, be - 1))


_CLAUSE_OPENERS = lexicon.words("that he she they it i we")
_BE_WORDS = lexicon.words("was were been being be is are")
_HAVE_WORDS = lexicon.words("had has have")
_PASSIVE_BEFORE = _BE_WORDS | lexicon.words("and or")
# Participles of a body's verdict on someone, quoted: 'was "severely reprimanded" by'
# (not "told", "ordered", "instructed", "reminded": 'were "told" by police to stay away'
# quotes a word, not a verdict).
_SANCTIONED = _LABELLED | lexicon.words(
    "reprimanded censured rebuked admonished warned cautioned accused cleared criticised "
    "criticized"
)


def _quoted_participle(tokens: list[Token], qi: int, first: int, last: int) -> bool:
    """Is the quotation at ``qi`` (alone, not in a list) a short phrase after "was",
    "been" or "and" that ends on a participle of a verdict ('was "severely reprimanded"
    by'; not 'was "deeply shocked" by', the subject's own feeling)?"""
    words = tokens[qi].text.strip("\"'“”‘’ ,.").split()
    return first == last == qi and 0 < len(words) <= 3 and (
        words[-1].lower() in _SANCTIONED and tokens[qi - 1].lower in _PASSIVE_BEFORE
    )


_AGENT_WORDS = 6  # words of a description after "by" ("the sentencing judge")
_AGENT_STOPS = lexicon.words("who which that whom when after as in at on for of with from")


def _agent(tokens: list[Token], by: int) -> Mention | None:
    """Who speaks after the "by" at ``by``: a name ("Joshua Hendrick, a professor"), a
    description that can speak ("the sentencing judge"), what an owner's phrase names
    ("the film's director Marc Forster", "the club's board"); None for words that name
    no speaker ("by locals", "by any measure")."""
    mention = agent_after_by(tokens, by)
    if mention is not None and not mention.possessive and _can_speak(mention):
        return mention
    start = by + 1
    owner = next(
        (
            j
            for j in range(start, min(len(tokens), start + _AGENT_WORDS))
            if tokens[j].kind == "w" and tokens[j].possessive
        ),
        None,
    )
    if owner is not None:
        owned = agent_after_by(tokens, owner)  # "the film's director Marc Forster"
        if owned is not None and owned.kind == "name" and not owned.possessive:
            return owned
    words: list[Token] = []
    for t in tokens[start : start + _AGENT_WORDS]:
        bare = t.text.removesuffix("'s").removesuffix("’s")
        if t.kind != "w" or t.lower in _AGENT_STOPS or not bare.isalpha():
            break
        words.append(t)
    while words and not (not words[-1].capitalised and may_speak_alone(words[-1].lower)):
        words.pop()
    if not words:
        return None
    text = " ".join(t.text for t in words)
    return Mention(text, "nominal", words[0].start, words[-1].end, head=words[-1].lower)


def _can_speak(mention: Mention) -> bool:
    return mention.kind == "name" or (
        mention.kind == "nominal" and may_speak_alone(mention.head)
    )


# Nouns for something said that an owner's quoted words name ('his "…" remark'); not
# "phrase", "slogan", "term", whose quoted words are mentioned rather than said.
_SAYINGS = lexicon.words(
    """
    remark remarks comment comments quip quips line jibe jibes gibe retort boast vow
    promise pledge claim warning description tweet barb jab gaffe putdown insult
    """
)


def _owned_remark(para: Para, qi: int) -> Event | None:
    """ 'Mitt Romney's "…" comment', 'his "…" remark': an owner who can speak (a name in
    the possessive, his, her, their) right before the quotation, a noun for something
    said right after it; not a capitalised title ('Obama's "Yes We Can" line' is a
    slogan's name)."""
    tokens = para.tokens
    if qi - 1 < para.floor_of[qi]:
        return None
    owner, noun = tokens[qi - 1], tokens[qi + 1]
    if noun.kind != "w" or noun.lower not in _SAYINGS or owner.kind != "w":
        return None
    return owner_event(para, qi, qi - 1, qi + 1, qi + 1)
