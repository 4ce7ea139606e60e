"""Find the words of a speaker phrase in a token list, to the left or right of a
reporting verb ("Kremlin spokesperson Dmitry Peskov said", "said the Department for
Culture, Media and Sport"); :func:`warreader.index.quotes.mentions.build` makes them a
:class:`~warreader.index.quotes.mentions.Mention`.
"""

from __future__ import annotations

import re

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.mention_roles import DETERMINERS, is_role_word, job_word
from warreader.index.quotes.mentions import ARTICLES, CONNECTORS
from warreader.index.quotes.name_runs import given_name_start, titled_name, two_people
from warreader.index.quotes.owner_names import name_after_owner
from warreader.index.quotes.role_bodies import role_start
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.word_surnames import SurnameWord

# The possessive pronouns that name an owner, with the pronoun that names the same
# person as a subject ("his spokesman": the "he" of the text).
PERSON_OWNERS = {"his": "he", "her": "she"}
OWNER_PRONOUNS = {**PERSON_OWNERS, "their": "they"}

_LEADING = ARTICLES | lexicon.words("another one this these many some several most")  # taken in
# before a speaker phrase ("many marchers", "this source")

# Documents that may head a speaker phrase ("the lawsuit said"); "website" or "note"
# inside a longer phrase are more often not the speaker.
_SPEAKING_DOCUMENTS = org_lex.DOCUMENT_NOUNS - lexicon.words(
    "website blog tweet post email leaflet note message paper research release charge "
    "charges sheet"
)

# Words that open sentences but are also surnames ("Mike Friday", "Theresa May").
_SURNAME_OK = lexicon.words("friday monday may june april august march")


# Lower-case words a speaker phrase may hold besides job, organisation and document nouns:
# modifiers ("senior", "former"), departments and portfolios ("home affairs spokesman").
_PHRASE_WORDS = lexicon.words(
    """
    senior former top deputy acting junior leading veteran longtime unnamed
    anonymous other foreign defence
    defense military government administration state news press white house interior
    finance health trade team club west western european us u.s. uk british russian
    ukrainian american chinese israeli turkish french german industry union city
    opposition party shadow home education transport environment culture treasury
    cabinet energy company bank central prime vice general first assistant managing
    technical sports music film affairs pensions development
    rural science technology media sport social welfare family immigration police
    constitutional communities international economic business justice security work
    employment schools housing agriculture food national intelligence communications
    political legal domestic regional federal presidential parliamentary interim caretaker
    """
)


def _np_word(token: Token) -> bool:
    """May this word be part of a speaker phrase?"""
    if token.kind != "w":
        return False
    low = token.lower
    if token.capitalised:
        if token.text.isupper() and len(token.text) > 1:
            return True  # acronyms: "AS", "WTO", "BBC"
        return (
            low not in lexicon.NOT_NAME_START
            or isinstance(token, SurnameWord)  # "says Early." after "Tom Early"
            or low in ("the",)
            or low in _SURNAME_OK
            or low in name_lex.NAME_PARTICLES  # "Henk Ten Cate", "Robin Van Persie"
        )
    return (
        low in _LOWER_PHRASE_WORDS
        or low.endswith("-old")
        or job_word(low)  # "front-runner"
    )


# Every lower-case word a speaker phrase may hold, in one set (one lookup per word).
_LOWER_PHRASE_WORDS = frozenset().union(
    job_lex.PERSON_NOUNS,
    job_lex.PERSON_PLURALS,
    name_lex.TITLES,
    org_lex.ORG_NOUNS,
    _SPEAKING_DOCUMENTS,
    name_lex.NAME_PARTICLES,
    CONNECTORS,
    _PHRASE_WORDS,
)


_LINKS_ARTICLE = CONNECTORS - {"the"}  # of, for, and, de
"""Words a speaker phrase goes on through to an article before them ("the head of the
agency", "a spokesman for the firm"); any other word before an article is another phrase's."""


def left_phrase(tokens: list[Token], j: int) -> list[Token]:
    """The words of the speaker phrase ending just before token ``j``."""
    if j > 0 and tokens[j - 1].kind == "w" and tokens[j - 1].lower in lexicon.PRONOUNS:
        return [tokens[j - 1]]
    i = j
    while i > 0 and (
        tokens[i - 1].kind == "w" and (_np_word(tokens[i - 1]) or i > 1 and org_lex.compound_body(
            [tokens[i - 2].lower, tokens[i - 1].lower])  # "general staff", not "staff" alone
            or i < j and _adjunct_in_object(tokens, i - 1))  # "a friend of oil boss Tom Vale"
        or tokens[i - 1].text == "&" and ampersand(tokens, i - 1)  # the mark first: no call
        or tokens[i - 1].text == "No" and i < j and tokens[i].text == "10"  # Downing Street
        and tokens[i].capitalised
    ):
        if i < j and tokens[i].lower in lexicon.DETERMINERS and tokens[i - 1].lower not in (
            _LINKS_ARTICLE
        ):
            break  # an article opens a phrase: "In a statement the firm said", not one
        if tokens[i - 1].possessive and i < j and not _classifier(tokens, i - 1):
            break  # "Germany’s Foreign Ministry": keep the owner out of the phrase
        if tokens[i - 1].lower in ("and", "or") and not (
            i >= 2
            and tokens[i - 2].kind == "w"
            and not tokens[i - 2].capitalised
            and (
                is_role_word(tokens[i - 2])
                or tokens[i - 2].lower in job_lex.PERSON_PLURALS  # "marchers and spectators"
                and tokens[j - 1].lower in job_lex.PERSON_PLURALS
            )
        ):
            break  # "Ukraine and Russia": two names, not one
        if tokens[i - 1].lower in ("of", "from", "at") and i < j and _person_before(tokens, i - 1):
            break  # "Lee Zeldin of New York": the place, then the person before "of"
        i -= 1
    listed = _listed_name_start(tokens, i) if 0 < i < j else None
    if listed is not None:
        i = listed  # "Department for Culture, Media and Sport": one name
    elif 0 < i < j:
        i = _described_start(tokens, i, j)  # "a close ally of": not "ally of Tom Hale"
        i = role_start(tokens, i, j)  # "the head of a car maker": not "maker"
    words = tokens[i:j]
    if i > 0 and tokens[i - 1].kind == "w" and tokens[i - 1].possessive and words and (
        not name_after_owner(tokens[i - 1], words)
    ):
        owner = i - 1  # "Russia's Defense Ministry", "the prime minister's spokesman"
        while (
            owner > 0
            and tokens[owner - 1].kind == "w"
            and _np_word(tokens[owner - 1])
            and tokens[owner - 1].lower not in lexicon.NOT_NAME_START
            and not tokens[owner - 1].possessive
            and i - owner < 4
        ):
            owner -= 1
        if owner > 0 and tokens[owner - 1].lower in ARTICLES and not tokens[owner].capitalised:
            owner -= 1  # "the prime minister's", not "the Russia's"
        words = [*_job_of(tokens, owner - 1), *tokens[owner:i], *words]
    elif i > 1 and tokens[i - 1].kind == "w" and tokens[i - 1].possessive and words and (
        job := _job_of(tokens, i - 2)
    ):  # "the governor of Ukraine's Kherson": the governor, not Kherson
        words = [*job, tokens[i - 1], *words]
    elif i > 0 and tokens[i - 1].kind == "w" and tokens[i - 1].lower in _LEADING and words:
        words = [tokens[i - 1], *words]
    return words


def _classifier(tokens: list[Token], k: int) -> bool:
    """Is the possessive at ``k`` a lower-case plural for people that classifies the job
    noun after it ("children's commissioner", "women's minister", "veterans' champion"):
    part of the job, not its owner?"""
    word, after = tokens[k], tokens[k + 1]
    return not word.capitalised and word.bare.lower() in job_lex.PERSON_PLURALS and (
        after.kind == "w" and not after.capitalised and after.lower in job_lex.PERSON_NOUNS
    )


def _job_of(tokens: list[Token], k: int) -> list[Token]:
    """The job and "of" before an owner's possessive after ``k`` ("the head of" in "the
    head of Ukraine's army"): a phrase ending in a lower-case person noun; [] otherwise."""
    if k < 1 or tokens[k].lower != "of":
        return []
    job = left_phrase(tokens, k)
    if job and not job[-1].capitalised and job[-1].lower in job_lex.PERSON_NOUNS:
        return [*job, tokens[k]]
    return []


_ADJECTIVE_REACH = 4  # modifiers between an article and a person noun
_DESCRIPTION_OPENERS = lexicon.DETERMINERS | lexicon.words("one")  # "one former aide"


def _described_start(tokens: list[Token], i: int, j: int) -> int:
    """Where a description starts whose article and modifiers the phrase reader left out
    because it does not know them ("a close ally of Tom Hale", "the dead man's brother",
    "a senior law enforcement official", "one former GOP leadership aide"): the article's
    index when the phrase at ``i`` opens on a lower-case person noun, or on capitalised
    modifiers of one ("one unaligned Florida Republican strategist"); else ``i``. Up to
    four modifiers, lower-case or capitalised (a proper adjective or a name used as one),
    may stand between: an article and its modifiers make one noun phrase."""
    if tokens[i].capitalised:
        head = tokens[j - 1]
        if head.capitalised or head.lower not in job_lex.PERSON_NOUNS:
            return i
    elif tokens[i].lower not in job_lex.PERSON_NOUNS:
        return i
    for a in range(i - 1, max(-1, i - 2 - _ADJECTIVE_REACH), -1):
        token = tokens[a]
        if token.kind == "w" and token.lower in _DESCRIPTION_OPENERS:
            return a if a < i - 1 else i  # next to the phrase: the reader takes it in
        if token.kind != "w" or token.possessive:
            return i
        if token.capitalised and token.lower in lexicon.NOT_NAME_START:
            return i
        if token.lower in cue_lex.CUE_VERBS or token.lower in CONNECTORS:
            return i
    return i


def _person_before(tokens: list[Token], k: int) -> bool:
    """Does a person's name (a given name, then a capitalised surname) end at ``k``?"""
    if k < 2 or not tokens[k - 1].capitalised or tokens[k - 1].lower in org_lex.ORG_SUFFIXES:
        return False
    given = name_lex.first_names()
    start = given_name_start(
        k - 1, lambda m: tokens[m].kind == "w" and tokens[m].lower in name_lex.NAME_PARTICLES)
    return any(
        tokens[m].kind == "w"
        and tokens[m].capitalised
        and (tokens[m].lower in given or _INITIALS.fullmatch(tokens[m].text))
        for m in range(start, k - 1)
    ) or k >= 3 and titled_name([t.text for t in tokens[k - 3 : k]])


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "T.J. Hale", "G.K. Butterfield": given names


_LIST_NAME_HEADS = lexicon.words(
    """
    department ministry office institute society association council academy federation
    union confederation chamber commission committee board agency school university
    college museum centre center foundation trust state secretary minister
    """
)


def _is_cap_word(token: Token) -> bool:
    return token.kind == "w" and token.capitalised


def ampersand(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "&" joining two capitalised words into one name ("Marks &
    Spencer", "Procter & Gamble")? Unlike "and", an ampersand never joins two names."""
    return (
        tokens[k].text == "&"
        and 0 < k < len(tokens) - 1
        and _is_cap_word(tokens[k - 1])
        and not tokens[k - 1].possessive
        and _is_cap_word(tokens[k + 1])
    )


def _listed_name_start(tokens: list[Token], i: int) -> int | None:
    """Where a name listing its subjects starts, when the phrase at ``i`` ends one:
    "Department for Culture, Media and Sport", "Department of Trade and Industry",
    "Secretary of State for Environment, Food and Rural Affairs"; None otherwise."""
    k = i
    for _ in range(6):  # back over ", Media", "and Sport"...
        if k < 2 or tokens[k - 1].lower not in ("and", ",", "&") or not _is_cap_word(tokens[k - 2]):
            break
        k -= 2
        while k > 0 and _is_cap_word(tokens[k - 1]):
            k -= 1
    if k == i or k < 2 or tokens[k - 1].lower not in ("of", "for"):
        return None
    head = tokens[k - 2]
    if not _is_cap_word(head) or head.lower not in _LIST_NAME_HEADS:
        return None
    m = k - 2
    while m > 0 and (
        (_is_cap_word(tokens[m - 1]) and tokens[m - 1].lower not in lexicon.NOT_NAME_START)
        or (tokens[m - 1].lower == "of" and m > 1 and _is_cap_word(tokens[m - 2]))
    ):
        m -= 1
    return m


def _listed_name_end(tokens: list[Token], start: int, end: int) -> int:
    """The end of a name listing its subjects that ``tokens[start:end]`` begins
    ("the Department for Culture" + ", Media and Sport"); ``end`` when there is none."""
    if not any(
        tokens[n].lower in ("of", "for") and n > start and tokens[n - 1].lower in _LIST_NAME_HEADS
        for n in range(start, end)
    ):
        return end
    k = end
    while k + 1 < len(tokens) and tokens[k].lower in (",", "and", "&") and _is_cap_word(
        tokens[k + 1]
    ):
        last = tokens[k].lower == "and"
        k += 1
        while k < len(tokens) and _is_cap_word(tokens[k]):
            k += 1
        if last:
            return k
    return end  # a list that never reached its "and" was no name


def right_phrase(tokens: list[Token], j: int) -> list[Token]:
    """The words of the speaker phrase starting at token ``j``."""
    i = j
    count = len(tokens)
    while i < count:
        token = tokens[i]
        if i > j and token.text == "&" and ampersand(tokens, i):  # the mark first: no call
            i += 1  # "said Marks & Spencer": one name
            continue
        if token.kind != "w" or not (
            _np_word(token) or (i == j and token.lower in DETERMINERS)
            or i > j and _adjunct_in_object(tokens, i)
        ):
            break
        if i > j:
            low, before = token.lower, tokens[i - 1]
            if low in ("and", "or") and before.capitalised:
                break
            if token.capitalised and low in cue_lex.HEADLINE_VERBS:
                break  # "Francois Hollande Says Donald Trump": a headline's verb ends the name
            if (
                low in ("of", "from", "at")
                and before.capitalised
                and before.lower not in org_lex.ORG_SUFFIXES
                and not is_role_word(before)
            ):
                break  # "Cara Diemont of IT firm Dimension Data": the person ends here
        i += 1
        if token.possessive:
            break
    if i < len(tokens) and tokens[i].lower in (",", "and", "&") and i > j:
        i = _listed_name_end(tokens, j, i)
    if j > 0 and tokens[j - 1].lower in _PERSON_OBJECT_OPENERS and two_people(
        [t.text for t in tokens[j:i]]
    ):
        i = j + 2  # "Speaking to Sam Cole Ann Roe said": two people; not "said Ann Marie
        # Rose Smith", one person with a double given name (revNT27's N7)
    return tokens[j:i]


def _adjunct_in_object(tokens: list[Token], i: int) -> bool:
    """Is the lower-case word at ``i`` a noun modifying the job noun after it (at most
    one more modifier between), inside the object of "a friend of ...", "the wife of
    ...", "a spokesman for ..." ("A close associate of former oil boss Tom Vale": "oil"
    before "boss"; "the son of football club owner ...")? Then the speaker phrase runs
    through it: the speaker is the associate, not the person named after "of". At most
    three lower-case phrase words ("former", "the") between "of" and it."""
    if not _modifier_word(tokens[i]) or not any(
        k < len(tokens) and tokens[k].kind == "w" and not tokens[k].capitalised
        and tokens[k].lower in job_lex.PERSON_NOUNS
        and all(_modifier_word(tokens[m]) for m in range(i + 1, k))
        for k in (i + 1, i + 2)
    ):
        return False
    for k in range(i - 1, max(0, i - 4), -1):
        word = tokens[k]
        if word.kind != "w" or word.capitalised or word.possessive:
            return False
        if word.lower in ("of", "for"):
            owner = tokens[k - 1]
            return owner.kind == "w" and not owner.capitalised and (
                owner.lower in job_lex.PERSON_NOUNS or owner.lower in job_lex.PERSON_PLURALS
            )  # (not "Friends of ..." capitalised: it may name a body, see group_opens)
        if word.lower not in _LOWER_PHRASE_WORDS:
            return False
    return False


def _modifier_word(token: Token) -> bool:
    """May this lower-case word modify a job noun ("oil", "steel", "campaign"): a plain
    word, not a verb-like form, adverb, reporting verb or function word."""
    low = token.lower
    return token.kind == "w" and not token.capitalised and not token.possessive and (
        low.isalpha()
    ) and not low.endswith(("ed", "ly")) and low not in cue_lex.CUE_VERBS and (
        low not in lexicon.SENTENCE_OPENERS and low not in lexicon.BE
    )


# Prepositions whose object may run on into the next speaker's name ("Speaking to Sam Cole
# Ann Roe said", "In an interview with Ann Kite Tom Hale said").
_PERSON_OBJECT_OPENERS = lexicon.words("to with for from by about")




_UNNAMED_OPENERS = frozenset(("a", "an", "one", "another", "the", "this"))
_UNNAMED_REACH = 7  # words from the determiner to the head of an unnamed source


def _speaking_head(token: Token) -> bool:
    low = token.lower
    return token.kind == "w" and not token.capitalised and (
        low in job_lex.PERSON_NOUNS or low in job_lex.PERSON_PLURALS or low in org_lex.ORG_NOUNS
    )


def unnamed_description(tokens: list[Token], start: int) -> list[Token] | None:
    """ "one veteran aide", "a former Danish customs official", "the senior
    campaign adviser": a determiner, a few modifiers of any kind, and the person or
    organisation noun that heads them, from token ``start``; None when no head comes
    before a verb, a clause or a possessive."""
    if start >= len(tokens) or tokens[start].lower not in _UNNAMED_OPENERS:
        return None
    for k in range(start + 1, min(len(tokens), start + _UNNAMED_REACH)):
        token = tokens[k]
        if token.kind != "w" or token.possessive or token.lower in cue_lex.CUE_VERBS or (
            token.lower in DETERMINERS
        ):
            return None  # "The Union released a statement": a verb and its object
        if _speaking_head(token) and not (k + 1 < len(tokens) and _speaking_head(tokens[k + 1])):
            return tokens[start : k + 1]  # the last of "campaign official" heads it
    return None


_POSTMODIFIER_OPENERS = lexicon.words("to for of with from who")
_POSTMODIFIER_PAIRS = {"close": "to", "familiar": "with", "opposed": "to", "loyal": "to"}
# Words that end a postmodifier: time and place adjuncts of the verb ("said a spokesman
# for the firm on Tuesday", "in a statement"), clauses and other verbs.
_POSTMODIFIER_ENDS = lexicon.words(
    """
    on in at during after before when while since yesterday today tonight earlier later
    last this and but or as because although that which whom said says told added
    """
)
_POSTMODIFIER_REACH = 10  # words a postmodifier may hold
_RELATIVE_REACH = 14  # words a relative clause may hold ("who was not authorized to ...")
_RELATIVE_ENDS = lexicon.words("and but or said says told added")
_DANGLING = lexicon.words("the a an of to for with from by his her their its this")


def postmodifier_end(tokens: list[Token], k: int) -> int:
    """Where the postmodifier of a description that starts at token ``k`` ends ("to
    Bishop Hale" after "the former aide", "familiar with the talks", "who ran the
    inquiry"): the index just after it, or ``k`` when none starts there or it runs on
    too long to be one. A prepositional phrase ends at an adjunct of the verb ("on
    Tuesday", "in a statement") or a participle; a relative clause at a comma."""
    if k >= len(tokens) or tokens[k].kind != "w":
        return k
    low = tokens[k].lower
    first = k + 1
    if low in _POSTMODIFIER_PAIRS:
        if first >= len(tokens) or tokens[first].lower != _POSTMODIFIER_PAIRS[low]:
            return k
        first += 1
    elif low not in _POSTMODIFIER_OPENERS:
        return k
    relative = low == "who"
    ends, reach = (_RELATIVE_ENDS, _RELATIVE_REACH) if relative else (
        _POSTMODIFIER_ENDS, _POSTMODIFIER_REACH
    )
    m = first
    while m < len(tokens) and tokens[m].kind == "w" and tokens[m].lower not in ends:
        word = tokens[m].lower
        if not relative and (word in cue_lex.CUE_VERBS or _participle_here(tokens, m)):
            break  # "a source to say", "a user posting as Gull": a verb ends it
        m += 1
        if m - k > reach:
            return k
    while m > first and tokens[m - 1].lower in _DANGLING:
        m -= 1  # "the editors of the “Review”": no phrase ends on "the"
    return k if m == first else m


def _participle_here(tokens: list[Token], m: int) -> bool:
    """Is the "-ing" word at ``m`` a verb with its own complement ("posting as
    Gull", "speaking on condition") rather than a noun ("the late meeting.")?"""
    if not tokens[m].lower.endswith("ing"):
        return False
    nxt = tokens[m + 1] if m + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "w" and not nxt.capitalised
