"""Sources described by a noun the lexicons do not know: ""…," the impersonator
declared", "The radioman pointed out", "the progressive heavyweights wrote". An article
or demonstrative opening its clause, a few modifiers and a lower-case noun right before a
reporting verb is the verb's subject; it speaks as the description itself, never as a
person named nearby (nothing says the head is a person, nor which one).
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.group_subjects import GROUP_HEADS
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.tokens import Token

_DEMONSTRATIVES = lexicon.words("this that these those")
_OPENING = lexicon.DETERMINERS | _DEMONSTRATIVES | {"another"}  # "Another senior figure said"
_MODIFIERS = 3  # words between the article and the head: "the Leeds marine-biology graduate"
# Words that are never a head nor a modifier of a subject: function words and the words
# of time and manner that stand before a verb ("the next day said").
_NOT_IN_SUBJECT = lexicon.words(
    """
    the a an this that these those who which what whom whose and or but nor of in on at
    to for from by with as than then also not never just still only even so too very
    is was are were be been being has have had do does did will would can could may
    might must shall should there here it its he she they we you i his her their our
    your my me him them us day days week weeks month months year years morning
    afternoon evening night time times today yesterday tonight weekend moment minute
    minutes hour hours later earlier ago once again former latter same other next last
    first second third more most
    """
)
_NUMBERS = lexicon.words("one two three four five six seven eight nine ten")


def _speaking_noun_known(head: str) -> bool:
    """Does a lexicon say what the noun ``head`` is (a person, group, body, document)?"""
    return _head_noun(head) or head in name_lex.TITLES or head in GROUP_HEADS


def unknown_head(head: str) -> bool:
    """Is ``head`` a plain lower-case noun the lexicons know nothing of ("impersonator",
    "heavyweights", "jury"), so that a description it heads speaks as itself?"""
    if "-" in head and any(_speaking_noun_known(part) for part in head.split("-")):
        return False  # "front-runner", "mother-of-nine": a person
    return (
        head.replace("-", "").isalpha()
        and head.islower()
        and not head.endswith(("-old", "ly"))
        and head not in _NOT_IN_SUBJECT
        and head not in _NUMBERS
        and head not in cue_lex.CUE_VERBS
        and not _speaking_noun_known(head)
    )


def speaks_as_itself(text: str, head: str) -> bool:
    """Does a description of unknown head speak as itself rather than stand for someone
    named before? A group ("the heavyweights"), a demonstrative one ("this look-alike")
    and one a name qualifies ("the AFI jury") do; "the prop" after a paragraph about a
    rugby player is that player, and "a leading industry figure" may be named later."""
    words = text.split()
    if not unknown_head(head):  # an everyday person's noun ("the Acme shopkeeper") too,
        return head in job_lex.EVERYDAY and words[0].lower() == "the" and any(  # not of a
            w[:1].isupper() and w.lower() not in _ALLEGIANCES for w in words[1:]  # party
        )  # ("the Democratic frontrunner" is the candidate named before)
    return (
        head.endswith("s") and not head.endswith("ss")
        or words[0].lower() in _DEMONSTRATIVES
        or words[0].lower() == "the" and any(w[:1].isupper() for w in words[1:])
    )


# Capitalised words before a person's noun that say whose side, never whose shop.
_ALLEGIANCES = job_lex.NATIONAL_ADJECTIVES | lexicon.words(
    "democratic democrat republican gop labour tory conservative liberal green"
)


def _word(token: Token) -> bool:
    return (
        token.kind == "w"
        and not token.possessive
        and token.lower.replace("-", "").isalpha()
        and token.lower not in _NOT_IN_SUBJECT
        and token.lower not in cue_lex.CUE_VERBS
        and token.lower not in lexicon.PRONOUNS
    )


def _quotes_in_sentence(tokens: list[Token], floor: int, i: int) -> bool:
    """Does the sentence of the verb at ``i`` (opening at token ``floor``) hold a
    quotation?"""
    for token in tokens[floor:]:
        if token.kind == "q":
            return True
        if token.kind == "p" and token.text in ".!?" and token.start > tokens[i].start:
            return False
    return False


def _opens_clause(tokens: list[Token], k: int, floor: int) -> bool:
    if k <= floor:
        return True
    before = tokens[k - 1]
    return before.kind == "q" or before.text in (",", ":", ";")


def described_subject(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    """The description of unknown head ending right before the verb at ``i``, with the
    index of its first token: "the impersonator", "this Hale look-alike"; None when the
    words before the verb are no such phrase or do not open their clause."""
    k = i - 1
    if k < floor or not _word(tokens[k]) or tokens[k].capitalised:
        return None
    head = tokens[k].lower
    if not unknown_head(head):
        return None
    for d in range(k - 1, max(floor - 1, k - 2 - _MODIFIERS), -1):
        token = tokens[d]
        if token.kind == "w" and token.lower in _OPENING and not (
            token.capitalised and d > floor
        ):
            if not _opens_clause(tokens, d, floor):
                return None
            if token.lower == "another" and any(
                t.lower.endswith("ed") or t.lower in _NUMBERS for t in tokens[d + 1 : k]
            ):
                return None  # "Another featured five photos telling": "another" alone speaks
            text = " ".join(t.text for t in tokens[d:i])
            if not speaks_as_itself(text, head) and not _quotes_in_sentence(tokens, floor, i):
                return None  # "The bookmaker said its suspicions ...": no words of its own
            return Mention(text, "nominal", token.start, tokens[k].end, head=head), d
        if not _word(token):
            return None
    return None


# After an inverted verb, the words that may follow the head of a description the clause
# ends on ('"…," said the shopkeeper on Monday', "said the landlord, who ..."): an adjunct
# or a postmodifier, never a verb nor an object ("said the shopkeeper had lied").
_AFTER_INVERTED_HEAD = lexicon.words(
    "in on at as after during when while before for of with who to from outside near "
    "yesterday today tonight last"
)
# Heads that name what is said or a time, not who says it: "said the word", "asked the
# question on every lip", "wrote the summer before".
_NOT_INVERTED_HEAD = lexicon.words(
    "word words phrase phrases question questions summer winter spring autumn season "
    "decade century rest following opposite obvious"
)
# Finite verbs without "-ed" that would read a reported clause as a description ("said
# the shopkeeper knew").
_PAST_FORMS = lexicon.words(
    "told wrote came went took made gave put saw found thought felt kept left sent spoke "
    "got brought began became held meant set stood knew led ran won lost built sought "
    "taught chose drew fought hit let read quit cut bit forgot sold paid"
)


def described_after(tokens: list[Token], start: int, opening: bool = False) -> list[Token] | None:
    """ "said the shopkeeper", "asked the old guard": the inverted twin of
    :func:`described_subject`. "the" at ``start``, up to three modifiers and a plain
    lower-case noun the lexicons do not know, where the clause ends (a mark, an adverb
    in -ly, or an adjunct after it); the words, or None when a word could be a verb
    ("said the shopkeeper had lied"), names what is said ("said the word") or a time
    ("said the day before"), is plural ("said the prices"), or a capitalised word follows
    (a name the reader's own rules see to). A verb ``opening`` its sentence needs a colon
    after the phrase ('Said the guard: "…"'; "Asked the guard on Monday, Hale said" puts a
    question to the guard)."""
    if start >= len(tokens) or tokens[start].lower != "the":
        return None
    k = start + 1
    while k < len(tokens) and k - start <= _MODIFIERS + 1 and _word(tokens[k]) and not (
        _ends_inverted_head(tokens[k], k > start + 1)
    ):
        low = tokens[k].lower
        if tokens[k].capitalised or low in _PAST_FORMS or low.endswith("ed") and k > start + 1:
            return None  # "said the shopkeeper lied": a clause
        k += 1
    head = tokens[k - 1]
    if k == start + 1 or head.lower in _NOT_INVERTED_HEAD or not (
        unknown_head(head.lower) or head.lower in job_lex.EVERYDAY  # "said the medic"
    ):
        return None
    if head.lower.endswith("s") and not head.lower.endswith("ss"):
        return None  # "said the prices", "said the stallholders": not read (revI24)
    after = tokens[k] if k < len(tokens) else None
    if opening and (after is None or after.text != ":"):
        return None
    if after is not None and (
        after.kind == "w" and not _ends_inverted_head(after, True) or after.possessive
    ):
        return None  # "said the shopkeeper would appeal", "said the shop Tom Hale runs"
    text = " ".join(t.text for t in tokens[start:k])
    if not speaks_as_itself(text, head.lower) and not _quote_in_reach(tokens, start):
        return None  # "The shop shut, said the shopkeeper.": as before the verb, no words
    return tokens[start:k]


def _quote_in_reach(tokens: list[Token], k: int) -> bool:
    """Does the sentence around token ``k`` (to the marks that end sentences on either
    side) hold a quotation?"""
    for step in (-1, 1):
        m = k
        while 0 <= m < len(tokens) and not (tokens[m].kind == "p" and tokens[m].text in ".!?"):
            if tokens[m].kind == "q":
                return True
            m += step
    return False


def _ends_inverted_head(token: Token, past_head: bool) -> bool:
    """May ``token`` follow the head of a description after an inverted verb: an adjunct's
    opener ("on Monday", "who ..."), or, ``past_head`` the first word, an adverb in -ly
    ("said the shopkeeper sadly"; "the elderly" is no adverb)?"""
    low = token.lower
    return low in _AFTER_INVERTED_HEAD or past_head and low.endswith("ly") and not (
        token.capitalised or _speaking_noun_known(low)
    )


def described_mention(words: list[Token]) -> Mention:
    """The mention of the description ``words`` :func:`described_after` read, headed by
    its last word, speaking as itself."""
    text = " ".join(t.text for t in words)
    head = words[-1].lower  # never someone named before ("Ann Roe asked", then this)
    return Mention(text, "nominal", words[0].start, words[-1].end, head=head, itself=True)


_PLACED = lexicon.words("in on")
_NOT_PLACE = lexicon.words("who which that and but was is were are his her their its our my")
_PLACE_REACH = 6  # words of the place: "on the website of the harbour board"


def placed_document(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """ "“…,” a warning sign on the gate reads", "“…,” a caption in the brochure
    states": after an opening quotation, a document and where it stands (after "in" or
    "on", never "from" or "by", whose issuer speaks) right before the verb at ``i``; the
    mention is the whole phrase."""
    start = floor + 1
    if tokens[floor].kind != "q" or start >= i:
        return None
    if tokens[start].text == "," and start + 1 < i:
        start += 1
    if tokens[start].lower not in lexicon.DETERMINERS | {"one"}:
        return None
    k = start + 1
    while k < i and k - start <= _MODIFIERS + 1 and tokens[k].lower not in org_lex.DOCUMENT_NOUNS:
        if tokens[k].kind != "w" or tokens[k].possessive or tokens[k].lower in _NOT_IN_SUBJECT:
            return None  # a modifier may look like a verb: "a warning sign"
        k += 1
    if k + 2 >= i or tokens[k].lower not in org_lex.DOCUMENT_NOUNS:
        return None
    if tokens[k + 1].lower not in _PLACED or i - (k + 2) > _PLACE_REACH:
        return None
    for token in tokens[k + 2 : i]:
        if token.kind != "w" or token.lower in cue_lex.CUE_VERBS or token.lower in (
            _NOT_PLACE
        ) or token.possessive:
            return None  # "a statement on her website": hers, read by its owner
    text = " ".join(t.text for t in tokens[start:i])
    return Mention(text, "nominal", tokens[start].start, tokens[i - 1].end, head=tokens[k].lower)


def _headed(tokens: list[Token], start: int, stop: int) -> int | None:
    """The index of the speaking noun (person, group, body, document) heading at most
    four plain words from ``start``, before ``stop`` (the last of a run of such nouns:
    "campaign official"); None when another word comes first."""
    for k in range(start, min(stop, start + _MODIFIERS + 1)):
        token = tokens[k]
        if token.kind != "w" or token.possessive or token.lower in cue_lex.CUE_VERBS and (
            not _speaking_noun_known(token.lower)
        ):
            return None
        if not token.capitalised and _noun_at(tokens, k, start) and not (
            k + 1 < stop and tokens[k + 1].kind == "w" and _noun_at(tokens, k + 1, start)
        ):
            return k
    return None


def _noun_at(tokens: list[Token], k: int, start: int) -> bool:
    """Is the word at ``k`` a speaking noun, or the end of a body of two words after
    ``start`` ("general staff", where "staff" alone is no body)?"""
    return _head_noun(tokens[k].lower) or k > start and org_lex.compound_body(
        [tokens[k - 1].lower, tokens[k].lower]
    )


def _head_noun(low: str) -> bool:
    """A noun for a person, a group, a body or a document (not a title word)."""
    return (
        low in job_lex.PERSON_NOUNS
        or low in job_lex.PERSON_PLURALS
        or low in org_lex.ORG_NOUNS
        or low in org_lex.DOCUMENT_NOUNS
    )


def colon_source(tokens: list[Token], j: int, floor: int) -> tuple[Mention, int] | None:
    """Who introduces the quotation after the colon at ``j`` in a sentence no cue and no
    name reads: a document quoted from ("From the report:", "More from the ruling:"), or
    a description its owner opens ("The mayor's first five callers ranged from friendly
    to furious:"); with the index of the mention's first token."""
    k = floor
    if tokens[k].lower == "more" and k + 1 < j:
        k += 1
    if tokens[k].lower == "from" and k + 1 < j and tokens[k + 1].lower in _OWNERS:
        head = _headed(tokens, k + 2, j)
        if head == j - 1 and tokens[head].lower in org_lex.DOCUMENT_NOUNS:
            return _nominal(tokens, k + 1, j, tokens[head].lower), k + 1
        return None
    if tokens[floor].lower in _OPENING_PREPOSITIONS:  # "At the briefing, Hale's aides"
        floor = next((n + 1 for n in range(floor, j - 1) if tokens[n].text == ","), floor)
    owner = tokens[floor]
    if not (owner.kind == "w" and owner.possessive and owner.capitalised):
        return None
    head = _headed(tokens, floor + 1, j)
    if head is None or head + 1 >= j:
        return None
    verb = tokens[head + 1]
    if verb.kind != "w" or verb.capitalised or verb.lower in _NOT_IN_SUBJECT:
        return None
    return _nominal(tokens, floor, head + 1, tokens[head].lower), floor


_OWNERS = lexicon.words("the a an this his her its their")
_OPENING_PREPOSITIONS = lexicon.words("at in on after during before following")


def _nominal(tokens: list[Token], start: int, end: int, head: str) -> Mention:
    text = " ".join(t.text for t in tokens[start:end])
    return Mention(text, "nominal", tokens[start].start, tokens[end - 1].end, head=head)


def owned_description(
    tokens: list[Token], start: int, end: int, stop: int
) -> tuple[Mention, int] | None:
    """ "Dora Pike's right-hand woman", "Lazar's public defense lawyer": the owner's
    words (``start`` to ``end``, the last possessive) and a few modifiers up to a speaking
    noun, before ``stop``; with the index after the phrase."""
    head = _headed(tokens, end, stop)
    if head is None:
        return None
    return _nominal(tokens, start, head + 1, tokens[head].lower), head + 1


def owner_before(tokens: list[Token], mention: Mention, a: int, k: int, floor: int) -> int:
    """Widen the description ``mention`` (first token ``k``) to the capitalised owner
    whose possessive is token ``a``, when only plain lower-case words stand between and
    the owner opens its clause ("Orwin's public defense counsel asked"); the new first
    token index, or ``k`` unchanged."""
    if not tokens[a].capitalised or any(
        t.kind != "w" or t.capitalised or t.lower in _NOT_IN_SUBJECT for t in tokens[a + 1 : k]
    ):
        return k
    start = a
    while start > floor and tokens[start - 1].kind == "w" and tokens[start - 1].capitalised and (
        not tokens[start - 1].possessive
    ):
        start -= 1  # "Dora Pike's"
    if not _opens_clause(tokens, start, floor):
        return k
    mention.text = " ".join(t.text for t in tokens[start:k]) + " " + mention.text
    mention.start = tokens[start].start
    return start


def document_that(tokens: list[Token], k: int) -> tuple[Mention, str, int] | None:
    """The document before the relative "that" at ``k`` when it names its issuer ("a
    Gazette article that claimed", "an IMF report that said"): (mention, "", start).
    A document that names nobody ("an ad that urges") is the main clause's subject's
    ("Hale released an ad that said"): None."""
    if tokens[k].lower != "that" or tokens[k].capitalised:
        return None
    words = left_phrase(tokens, k)
    mention = build(words) if words else None
    if mention is None or mention.head not in org_lex.DOCUMENT_NOUNS:
        return None
    if not any(t.capitalised for t in words[1:-1]):
        return None
    return mention, "", k - len(words)
