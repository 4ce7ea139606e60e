"""Descriptions that open a clause with a postmodifier before its cue, for the event
reading of :mod:`warreader.index.quotes.events`.

"A person close to the mayor's campaign said", "Proponents of the bill say", "A dock
worker talking to the Gazette said", "his message to Kyiv said": the description speaks
when only a prepositional, adjective or participle phrase (no verb, comma or clause)
stands between it and the cue; "A letter from the League obtained by The Courier": who
obtained it is no source.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex
from warreader.index.quotes.affiliations import PARTIES
from warreader.index.quotes.described_subjects import owned_description
from warreader.index.quotes.group_subjects import quantified_group
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import right_phrase, unnamed_description
from warreader.index.quotes.prep_objects import PLACE_POSTMODIFIERS, relative_start, unknown_head
from warreader.index.quotes.tokens import Token

_POSTMODIFIER_STARTS = lexicon.words(
    "familiar close of for from at in with on inside within near opposed to against"
) | PLACE_POSTMODIFIERS
_CLAUSE_WORDS = lexicon.words("that who which whom whose and but or when while because")
_DOCUMENT_OWNERS = lexicon.words("a an the his her their its")
_MAX_POSTMODIFIER = 10  # tokens between an unnamed source's head and its verb


_PARTICIPLE_LINKS = lexicon.words(
    "to with for on by from against in at near inside outside alongside across under"
)


def _party_plural(name: str) -> bool:
    """Is ``name`` a party's plural ("Democrats", "Tories"), a group of people?"""
    low = name.lower()
    return low.endswith("s") and low in PARTIES


def _participle_phrase(between: list[Token]) -> bool:
    """ "speaking to the Herald", "talking on condition of anonymity", "quoted by the
    Times": a participle and its preposition, a postmodifier of the subject before it."""
    return (
        len(between) > 2
        and between[0].kind == "w"
        and (between[0].lower.endswith("ing") or lexicon.agent_participle(between[0].lower))
        and between[1].lower in _PARTICIPLE_LINKS
        and (between[0].lower.endswith("ing") or between[1].lower == "by")
    )


_TRAILING_DETERMINERS = lexicon.words("the both all each either two three four five")


def _without_trailing_preposition(words: list[Token]) -> list[Token]:
    """ "A friend of both Kennedys", "A lawyer for the two Pike sisters": the phrase
    reader kept the preposition ("A friend of", "A lawyer for the") that opens the
    postmodifier; the description without it."""
    k = len(words)
    while k > 1 and words[k - 1].lower in _TRAILING_DETERMINERS and not words[k - 1].capitalised:
        k -= 1
    if k > 1 and words[k - 1].lower in _POSTMODIFIER_STARTS and not words[k - 1].capitalised:
        return words[: k - 1]
    return words


def postmodified_mention(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """The mention :func:`postmodified_subject` finds, or None."""
    found = postmodified_subject(tokens, i, floor)
    return found[0] if found else None


def _owner_in_object(
    tokens: list[Token], start: int, n: int
) -> tuple[Mention, list[Token]] | None:
    """ "The chairman of Ann Roe's campaign": a described person whose "of" object is
    owned (the phrase reader stopped at the owner's possessive, ``n``): the description
    run on through the owned noun; None when it is no such one."""
    owned = right_phrase(tokens, n)
    if not owned or owned[-1].possessive or owned[-1].capitalised:
        return None
    words = tokens[start : n + len(owned)]
    whole = build(words)
    if whole is None or whole.kind != "nominal" or whole.possessive:
        return None
    return whole, words


# Words after which an "-ed" word modifies a noun ("the jailed tycoon", "was jailed").
_BEFORE_ADJECTIVE = lexicon.BE | _DOCUMENT_OWNERS | lexicon.words("this that these those")


def _determined(words: list[Token], n: int) -> bool:
    """Is the word at ``n`` a noun after its determiner, perhaps past one adjective ("from a
    Western state", "close to the state", "at the annual report"), no verb? (A capitalised
    one stays a stop: "An editorial in the Western Post said" is the Post's.)"""
    return any(
        words[k].lower in _DOCUMENT_OWNERS and not words[k].capitalised
        for k in range(max(0, n - 2), n)
    )


def _past_verb(token: Token) -> bool:
    """A lower-case word in "-ed" ("resigned"): past a head's postmodifier, its verb."""
    return token.kind == "w" and not token.capitalised and token.lower.endswith("ed")


def _passive_by(tokens: list[Token], n: int) -> bool:
    """ "obtained by", "seen by": a past participle and its agent."""
    return lexicon.agent_participle(tokens[n].lower) and tokens[n + 1].lower == "by"


def postmodified_subject(
    tokens: list[Token], i: int, floor: int
) -> tuple[Mention, int] | None:
    """ "A person close to the mayor's campaign said", "Proponents of the bill
    say": the description opening the clause, when only a prepositional or adjective
    phrase (no verb, comma or clause) stands between it and the cue at ``i``; with the
    index of its first token."""
    start = floor
    opened_by_quote = tokens[start].kind == "q"
    if opened_by_quote and start + 1 < i:
        start += 1  # "“...,” a guest at the table wondered": the clause after the quote
        if tokens[start].text == "," and start + 1 < i:
            start += 1
    if tokens[start].lower in ("but", "and", "yet") and start + 1 < i:
        start += 1
    words = right_phrase(tokens, start)
    words = _without_trailing_preposition(words)
    if start + 1 < i and tokens[start].lower in _DOCUMENT_OWNERS and (
        tokens[start + 1].lower in org_lex.DOCUMENT_NOUNS and not tokens[start + 1].capitalised
    ):  # "his message to Kyiv said": the document and its owner, whatever the phrase reader
        words = tokens[start : start + 2]  # reads
    mention = build(words) if words else None
    n = start + len(words)
    if mention is not None and mention.possessive and n < i and (
        tokens[n].lower in org_lex.DOCUMENT_NOUNS and not tokens[n].capitalised
    ):  # "(..., and) Acme's letter to shareholders said": the owner's document
        words = tokens[start : n + 1]
        mention = build(words)
    elif mention is not None and mention.possessive and mention.kind == "name" and n < i:
        owned = owned_description(tokens, start, n, i)  # "Ukraine's ambassador to Poland
        if owned is not None and owned[0].head in job_lex.PERSON_NOUNS:  # said": the envoy
            mention, words = owned[0], tokens[start : owned[1]]
    elif mention is not None and mention.kind == "nominal" and words[-1].possessive and n < i:
        whole = _owner_in_object(tokens, start, n)  # "The chairman of Ann Roe's
        if whole is not None:  # campaign in Ohio said": the chairman, not cut at "Roe's"
            mention, words = whole
    described = unnamed_description(tokens, start)  # "one veteran aide to X said"
    if (mention is None or mention.kind != "nominal") and (
        head := unknown_head(tokens, start, i)
    ) is not None:  # "A visitor to Kyiv said": a head no lexicon knows, not Kyiv
        (mention, n), described = head, None
        words = tokens[start:n]
        i = relative_start(tokens, n, i)  # "A visitor to Kyiv, who asked not to be named,"
    group = quantified_group(tokens, start) if not words and not described else None
    if group is not None:  # "Some Republicans in Congress said": not Congress
        mention, words = group[0], tokens[start : group[1]]
    if described and (
        len(described) > len(words) or mention is None or mention.kind != "nominal"
    ):  # "The nominee for the Nov. 4 vote": the phrase reader ran on into a name
        words, mention = described, build(described)
    party = mention is not None and mention.kind == "name" and _party_plural(mention.name)
    if mention is None or mention.kind != "nominal" and not party or mention.possessive:
        return None  # a party's plural is a description too: "Democrats in the Senate said"
    end = start + len(words)
    i = relative_start(tokens, end, i)  # "A person close to the campaign, who asked not
    # to be named, said": the person, not the campaign
    between = tokens[end:i]
    if not between or len(between) > _MAX_POSTMODIFIER:
        return None
    if opened_by_quote and mention.head in org_lex.DOCUMENT_NOUNS and all(
        t.lower != "to" for t in between
    ):  # "“...,” the letter from Qwest said": the issuer named in it speaks; "“...,” a
        return None  # letter (from Anna Berg) to Poland said": the letter or its issuer
    participle = _participle_phrase(between)
    if between[0].lower not in _POSTMODIFIER_STARTS and not participle:
        return None
    for n, token in enumerate(between):
        if participle and not n:
            continue
        if token.kind != "w" or token.lower in _CLAUSE_WORDS or token.lower in lexicon.BE or (
            token.lower in cue_lex.CUE_VERBS and (token.capitalised or not _determined(between, n))
        ):
            return None
    if participle or party:
        return mention, start  # "A dock worker talking to the Gazette": the worker alone
    stop = next(
        (n for n in range(end, i - 1) if _passive_by(tokens, n) or n > end and (
            _past_verb(tokens[n]) and tokens[n + 1].kind == "w"
            and tokens[n - 1].lower not in _BEFORE_ADJECTIVE
            and not tokens[n - 1].lower.endswith("ly")  # "the (recently) jailed tycoon"
        )), i
    )  # "A letter from the League obtained by The Courier": who obtained it is no source;
    # "The chairman of the campaign in Ohio resigned Friday after saying": its verb ends it
    mention.text = " ".join(t.text for t in tokens[start:stop])  # the whole description
    mention.end = tokens[stop - 1].end
    return mention, start
