"""The grammatical subject of a sentence's clause: the first speaker phrase a verb-like
word follows ("The Foreign Ministry's reaction condemned ... and stated"), used for
coordinated and participle clauses, colon introductions and issued documents; and the
capitalised adverbs that open a sentence but name nobody ("Hastily leaving ...").
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.cue_punctuation import after_first_comma, ends_on_comma
from warreader.index.quotes.described_subjects import owned_description
from warreader.index.quotes.group_subjects import counted_group
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import right_phrase, unnamed_description
from warreader.index.quotes.tokens import Token

# Capitalised sentence openers that begin no subject ("About 500 officials", "Among").
_OPENERS_NO_SUBJECT = lexicon.SENTENCE_OPENERS - lexicon.DETERMINERS - {"this", "that", "these"}
# Owners that open a described subject ("Her press officer kept up the attack, saying").
_OWNERS = lexicon.words("his her their its")


DAYS = lexicon.words("monday tuesday wednesday thursday friday saturday sunday")


def adverb_like(low: str) -> bool:
    """ "initially", "reportedly", "jokingly": an -ly word that is no noun or verb."""
    return len(low) > 4 and low.endswith("ly") and low not in _LY_NOT_ADVERBS


_LY_NOT_ADVERBS = lexicon.words("reply supply family rally apply ally assembly italy")


_CLAUSE_REACH = 60  # tokens back to a coordinated clause's subject


_start = attrgetter("start")  # a token's start offset, read in C (no Python frame a step)


def index_at(tokens: list[Token], start: int) -> int | None:
    """The index of the token starting at offset ``start``, if any."""
    k = bisect_left(tokens, start, key=_start)
    return k if k < len(tokens) and tokens[k].start == start else None


# What an owner speaks through: a document, or "The Foreign Ministry’s reaction", "the
# club's spokesman".
_OWNERS_VOICES = org_lex.DOCUMENT_NOUNS | job_lex.SPOKES | lexicon.words(
    "reaction response readout website account"
)


def owner_speaks(tokens: list[Token], mention: Mention) -> bool:
    """ "The Foreign Ministry’s reaction condemned...": the owner speaks through a document."""
    k = bisect_left(tokens, mention.end, key=_start)  # the first token after it
    return k < len(tokens) and tokens[k].kind == "w" and tokens[k].lower in _OWNERS_VOICES


def clause_subject(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """The subject of a coordinated or participle clause: the sentence's first speaker
    phrase followed by a verb-like word ("The Foreign Ministry’s reaction condemned ...
    and stated"; "Quoting a diplomat, the Times of Israel reported ... and asked")."""
    found = sentence_subject(tokens, i, floor)
    return found[0] if found else None


_COORDINATORS = lexicon.words("while whereas but and")
_RELATIVES = lexicon.words("where who whom which that when whose")


def coordinate_subject(tokens: list[Token], i: int, floor: int) -> Mention | None:
    """The subject of the last clause coordinated after token ``floor`` and before the
    verb at ``i`` ("and said"): what follows ", while", ", whereas", ", and" or ", but"
    when it opens on a name or a determiner ("..., while Tom Hale, the mayor, proposed
    ... and said": Hale); None when the verb's clause is the sentence's own."""
    for k in range(i - 2, max(floor, i - _CLAUSE_REACH), -1):
        token = tokens[k]
        if token.lower in _COORDINATORS and tokens[k - 1].text == "," and k + 1 < i - 1:
            opening = tokens[k + 1]
            if opening.kind == "w" and (
                opening.capitalised or opening.lower in lexicon.DETERMINERS
            ):
                found = first_subject(tokens, k + 1, i - 1)
                if found is not None:  # the clause opens on its subject, not on a list's
                    # last item ("Kent, Essex, and a new Sussex where Pryor is")
                    at = index_at(tokens, found[0].start) or k + 1
                    between = tokens[k + 1 : at]
                    verb = tokens[min(found[1], len(tokens) - 1)]
                    return None if len(between) > 8 or any(
                        t.kind != "w" or t.lower in _RELATIVES for t in [*between, verb]
                    ) else found[0]
                words = right_phrase(tokens, k + 1)  # "Tom Hale, the mayor, proposed"
                after = k + 1 + len(words)
                if words and after < i and tokens[after].text == ",":
                    return build(words)
                return None
    return None


def sentence_subject(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    """The first speaker phrase of the sentence before token ``i`` that a verb-like word
    follows, and that word's index: the grammatical subject of the sentence's clause.
    An opening phrase ("After the Paris attacks,", "When Kemp left,") is read last: the
    main clause's subject follows its comma."""
    start = _after_dateline(tokens, max(floor, i - _CLAUSE_REACH), i)
    main = after_opening_phrase(tokens, start, i)
    if main is not None:
        found = first_subject(tokens, main, i)
        if found is not None:
            return found
    return first_subject(tokens, start, i)


_OPENING_WORDS = lexicon.words(
    """
    after before during following since in on at with despite amid for from by under
    over through without unlike when while although though because if once until as
    outside inside across around near beyond
    """
)


def _after_dateline(tokens: list[Token], start: int, i: int) -> int:
    """Past a wire dateline opening the sentence ("WASHINGTON, Aug. 24 (UPI) —"): the
    token after its dash; else ``start``."""
    first = tokens[start]
    if not (first.kind == "w" and first.text.isupper() and len(first.text) > 2):
        return start
    for k in range(start + 1, min(i, start + 10)):
        if tokens[k].text in ("—", "–", "--"):
            return k + 1
    return start


def after_opening_phrase(tokens: list[Token], start: int, i: int) -> int | None:
    """The token after the comma closing an opening phrase at ``start``, if that comma
    comes before ``i``; else None."""
    if not (tokens[start].capitalised and (
        tokens[start].lower in _OPENING_WORDS
        or _participle_opening(tokens, start, i)
        or tokens[start].lower in _BEFORE_OPENING  # "Even before Hale spoke, ...",
        and start + 1 < i and tokens[start + 1].lower in _TIME_OPENERS  # "Shortly after"
    )):
        return None
    return after_first_comma(tokens, start + 1, i - 1)


_BEFORE_OPENING = lexicon.words("even just shortly soon long only right immediately")
_TIME_OPENERS = lexicon.words("before after when while since as once until")


def _participle_opening(tokens: list[Token], start: int, i: int) -> bool:
    """ "Shivering in a long Armani dress, the actress ...": a sentence opening on an
    "-ing" word and a preposition or determiner opens on a participle phrase."""
    word = tokens[start].lower
    return len(word) > 5 and word.endswith("ing") and start + 1 < i and (
        tokens[start + 1].lower in _AFTER_PARTICIPLE
    )


_AFTER_PARTICIPLE = lexicon.words(
    "in to at on from with a an the his her their its about after outside inside for up out"
)


def first_subject(tokens: list[Token], j: int, i: int) -> tuple[Mention, int] | None:
    """The first phrase from token ``j`` on, before ``i``, that a verb-like word follows.
    A phrase after a preposition that follows the opening phrase is that phrase's
    postmodifier, and the opening phrase is the subject ("Farmers on Harbor Hill seized")."""
    opening: tuple[Mention, int] | None = None
    relative: int | None = None  # where a relative clause on the opening phrase opens
    begin = j
    while j < i:
        token = tokens[j]
        if relative is None and _relative_opens(tokens, begin, j):
            relative = j
        resume = _adverb_opening(tokens, j, i) if j == begin else None
        if resume is not None:  # "Hastily rewriting the speech, Hale ...": no subject yet
            j = resume
            continue
        if token.text in _ASIDE_DASHES and j > begin:
            close = next(
                (n for n in range(j + 1, min(i, j + _DASH_REACH)) if tokens[n].text == token.text),
                None,
            )
            if close is not None:  # "Hastily blaming the rain ― much like he did last
                j = close + 1  # year ― Hale cast ...": an aside, no subject in it
                continue
        counted = counted_group(tokens, j, i) if opening is None else None
        if counted is not None:  # "About 300 farmers gathered ..., chanting"
            nxt = tokens[counted[1]] if counted[1] < i else None
            if nxt is not None and nxt.kind == "w" and nxt.lower not in NOT_VERB:
                return counted
        if token.kind == "w" and (
            token.capitalised or token.lower in lexicon.PRONOUNS or token.lower in ("the", "a")
            or token.lower in _OWNERS  # "his campaign sent ..."
        ) and not (
            token.capitalised
            and token.lower in _OPENERS_NO_SUBJECT
            and token.lower not in _PERSONAL_SUBJECTS  # "She then addressed them"
            and token.lower not in _OWNERS
        ):
            words = right_phrase(tokens, j) or (
                [token] if token.lower in _PERSONAL_SUBJECTS else []
            )
            if not words or build(words) is None:
                words = unnamed_description(tokens, j) or words  # "The retired general has"
            if j > begin and owned_object(tokens, j - 1, begin):
                j += max(1, len(words))  # "Pike, 57, quit his Harbor Club post and vowed":
                continue  # the verb's object, no subject
            if token.lower in _OWNERS and len(words) < 2:
                j += 1  # "Her remarks drew fire": an owner alone is no subject
                continue
            mention = build(words) if words else None
            end = j + len(words)
            if mention is not None and (mention.possessive or words[-1].possessive) and (
                end < len(tokens)
            ):  # (a description cut at its object's owner: "The chairman of Ann Roe's")
                owned = right_phrase(tokens, end)  # "Ukraine's defense minister sought"
                whole = build(words + owned) if owned else None
                if whole is not None and whole.kind == "nominal" and not whole.possessive:
                    mention, end = whole, end + len(owned)
                else:  # "Dora Pike's right-hand woman rallied": modifiers the reader skips
                    owned_noun = owned_description(tokens, j, end, i)
                    if owned_noun is not None:
                        mention, end = owned_noun
            if opening is not None and j > 0 and tokens[j - 1].lower in _OBJECT_PREPS:
                j = max(end, j + 1)  # "Pike, in contact with the Hale campaign, ...": an
                continue  # object of the preposition, no subject
            nxt = tokens[end] if end < len(tokens) else None
            if nxt is not None and mention is not None:
                nxt = _verb_after_aside(tokens, end, i)  # "Sen. Tom Grady (R-Iowa) on
                # Wednesday played down"
            if nxt is not None and nxt.lower == "and" and mention is not None and (
                mention.kind == "name" and j == begin and _plain_name(tokens[j:end])
            ):  # "Hale and other leaders shunned him": the pair's first name
                second = right_phrase(tokens, end + 1) or unnamed_description(tokens, end + 1)
                if second and end + 1 + len(second) < i:
                    end += 1 + len(second)
                    nxt = _verb_after_aside(tokens, end, i)
            if (
                mention is not None
                and nxt is not None
                and nxt.kind == "w"
                and (not nxt.capitalised and nxt.lower not in NOT_VERB)
                and not _qualifies_noun(words, mention, nxt)  # "a Pavlovian response"
                and nxt.lower not in _TIME_UNITS  # "with the Hale campaign for months,"
                and (
                    nxt.lower not in _TIME_AFTER
                    or mention.kind in ("name", "pronoun", "nominal")  # "An aide later"
                    and mention.text.lower() not in _TIME_UNITS
                )  # "Hours later, Hale ...", but "Hale later said"
                and (not mention.possessive or owner_speaks(tokens, mention))
            ):
                if relative is not None:  # "A pastor who introduced Tom Hale in Leeds
                    # on Monday received": the relative clause's nouns are no subject
                    closes = relative - 1 if tokens[relative - 1].text == "," else relative
                    whole = opening is not None and opening[1] == closes
                    return (opening[0], end) if whole and opening is not None else None
                if opening is not None and j - 1 == opening[1] and (
                    tokens[j - 1].lower in _POSTMODIFIERS
                ):
                    return opening[0], end
                return mention, end
            if opening is None and mention is not None and mention.kind != "pronoun":
                opening = (mention, end)
            elif opening is None:
                opening = (Mention("", "pronoun", 0, 0), -1)  # no opening phrase to keep
            j = max(end, j + 1)
            continue
        j += 1
    return None


_PERSONAL_SUBJECTS = frozenset(("he", "she", "they"))
_RELATIVE_OPENERS = lexicon.words("who whom whose which that")
_IN_PHRASE = lexicon.words("a an the of for at from in")
_NO_HEAD = lexicon.SUBORDINATORS | lexicon.words(
    "so now given such it this there here what all and but yet or"
)  # "So that's why ...", "Now that ...", "It was Roe who ...": no phrase the clause is on


def _relative_opens(tokens: list[Token], begin: int, j: int) -> bool:
    """Does token ``j`` open a relative clause on the phrase the clause opens with at
    ``begin`` ("A local pastor who ...", "The board, which ...")? Only words of one
    phrase stand before it: the clause's subject is that phrase, not a noun inside."""
    if tokens[j].lower not in _RELATIVE_OPENERS or j == begin:
        return False
    stop = j - 1 if tokens[j - 1].text == "," else j
    return 0 < stop - begin <= 6 and tokens[begin].lower not in _NO_HEAD and all(
        t.kind == "w" and (t.lower not in NOT_VERB or t.lower in _IN_PHRASE)
        for t in tokens[begin:stop]
    )


def _adverb_opening(tokens: list[Token], j: int, i: int) -> int | None:
    """Where to read on for a subject when the sentence opens at ``j`` on a capitalised
    "-ly" adverb and an "-ing" participle ("Hastily rewriting the speech, Hale ...",
    "Quietly dropping the pledge ― as in May ― Orme ..."): after the comma closing the
    phrase, or at the dash opening an aside (stepped over as one). None when no comma or
    dash closes the phrase before ``i`` ("Connolly writing in the Times called": a
    surname's subject), when the word is a listed given name ("Emily") or spelt like a
    surname ("Reilly", "McNally", "Healy"), or when no subject can open after the comma
    or the aside ("Neely speaking at the rally, blamed ...": the name's verb)."""
    token = tokens[j]
    if not (token.capitalised and _adverb_spelling(token)) or j + 1 >= i:
        return None
    participle = tokens[j + 1]
    if participle.kind != "w" or participle.capitalised or not participle.lower.endswith("ing") or (
        token.lower in name_lex.first_names()
    ):
        return None
    for n in range(j + 2, min(i, j + _CLAUSE_REACH)):
        if tokens[n].text == ",":
            return n + 1 if _subject_can_open(tokens, n + 1, i) else None
        if tokens[n].text in _ASIDE_DASHES:
            dash = tokens[n].text
            close = next(
                (m for m in range(n + 1, min(i, n + _DASH_REACH)) if tokens[m].text == dash), None
            )
            if close is not None and not _subject_can_open(tokens, close + 1, i):
                return None  # "Reilly speaking ― as he does ― without notes, blamed"
            return n
        if tokens[n].kind == "q" and ends_on_comma(tokens[n].text):
            return n + 1 if _subject_can_open(tokens, n + 1, i) else None  # '"fake news,"'
        if tokens[n].kind not in ("w", "q"):  # 'dismissing it as "fake news", Hale': the
            return None  # quotation inside the phrase
    return None


def adverb_before_participle(tokens: list[Token], i: int, floor: int) -> bool:
    """Is token ``i`` the participle after a capitalised "-ly" adverb that opens the
    clause at ``floor`` and whose phrase a subject follows ("Angrily insisting the report
    was false, Hale ...", as :func:`first_subject` reads it)? The adverb is then no
    one-word name to speak the participle."""
    return i - 1 == floor and _adverb_opening(tokens, floor, len(tokens)) is not None


def _adverb_spelling(token: Token) -> bool:
    """Is a capitalised "-ly" word spelt as an adverb? Not with a capital inside
    ("McNally", "O'Reilly"), nor ending in "-lly" other than "-ally" and "-fully"
    ("Reilly", "Scully", "Connolly", "Shelly"), nor in "-aly" ("Healy", "Daly"):
    surnames' endings that no common adverb has."""
    low = token.lower
    return (
        adverb_like(low)
        and token.text[1:].islower()
        and (not low.endswith("lly") or low.endswith(("ally", "fully")))
        and not low.endswith("aly")
    )


_SUBJECT_OPENERS = lexicon.words("the a an this that these those his her their its")


def _subject_can_open(tokens: list[Token], n: int, i: int) -> bool:
    """Can a subject open at token ``n`` (before ``i``)? Not at a lower-case word other
    than a determiner or a pronoun: "Reilly speaking to reporters, said ..." is a comma
    splice, the verb's subject before the comma."""
    if n >= i:
        return False
    token = tokens[n]
    return token.kind != "w" or token.capitalised or (
        token.lower in lexicon.PRONOUNS or token.lower in _SUBJECT_OPENERS
    )


_ASIDE_DASHES = frozenset(("\u2015", "\u2014", "\u2013", "--"))
_TIME_WORDS = lexicon.words("week month year day weekend time")  # "last week his aide said"
_DASH_REACH = 25  # tokens from a dash to the one closing its aside
# Lower-case words besides NOT_VERB's after which a phrase may open a clause as its
# subject ("when his aide said", "and her spokesman added"): no verb it is the object of.
_CLAUSE_LINKS = lexicon.words(
    "when while because if though although where whereas so then yet once until unless "
    "what how why whether whom whose"
)


def owned_object(tokens: list[Token], j: int, begin: int) -> bool:
    """Is token ``j`` an owner ("his", "her", "their", "its") opening the object of the
    lower-case verb-like word before it ("quit his Harbor Club post")?"""
    before = tokens[j - 1] if j > begin else None
    return tokens[j].lower in _OWNERS and before is not None and before.kind == "w" and (
        not before.capitalised
    ) and (
        before.lower not in NOT_VERB
        and before.lower not in _CLAUSE_LINKS
        and before.lower not in lexicon.ADVERBS
        and before.lower not in _TIME_UNITS
        and before.lower not in _TIME_WORDS
    )


def _plain_name(words: list[Token]) -> bool:
    """Are ``words`` capitalised words only, so that an "and" after them joins two
    names, not two parts of one ("the Red Cross and Red Crescent Societies")?"""
    return all(w.kind == "w" and w.capitalised and w.lower != "the" for w in words)
_OBJECT_PREPS = lexicon.words("with to for from of by about against")
_POSTMODIFIERS = lexicon.words("on in at from with of for")


_TIME_AFTER = lexicon.words("later earlier ago before after")
_TIME_UNITS = lexicon.words(
    "seconds minutes hours days weeks months years moments decades morning afternoon evening night"
)


def _verb_after_aside(tokens: list[Token], k: int, stop: int) -> Token:
    """The token at ``k``, or the one after a bracketed aside and a day there
    ("(R-Iowa) on Wednesday", "on Friday"), which a subject's verb may follow."""
    if tokens[k].text == "(":
        close = next((n for n in range(k + 1, min(stop, k + 8)) if tokens[n].text == ")"), None)
        if close is not None and close + 1 < stop:
            k = close + 1
    if k + 2 < stop and tokens[k].lower == "on" and tokens[k + 1].lower in DAYS:
        k += 2
    return tokens[k]


NOT_VERB = frozenset(
    lexicon.words(
        """
    of and or in at on for to with from by as the a an who which that than nor but
    about into over under after before since during
    """
    )
)


def _qualifies_noun(words: list[Token], mention: Mention, nxt: Token) -> bool:
    """Is a capitalised word after "a" or "an" followed by a lower-case word no singular
    subject's verb ("a Republican triumph", "a Pavlovian response")? It then only
    qualifies that noun: a verb after "a Republican" ends in -s or -ed, is a cue
    ("said", "told"), an auxiliary or a common irregular past ("a Republican won")."""
    low = nxt.lower
    return (
        mention.kind == "name"
        and len(words) == 2
        and words[0].lower in ("a", "an")
        and not low.endswith(("s", "ed"))
        and low not in cue_lex.CUE_VERBS
        and low not in _SINGULAR_VERBS
    )


_SINGULAR_VERBS = lexicon.words(
    """
    will would can could may might must should shall had did won took made gave went came
    got ran led left held met sent kept felt found thought brought bought wrote became
    began chose drew fell knew grew threw rose stood spoke told said put set cut let hit
    quit also then now later never still just once first
    """
)
