"""Make the words of a speaker phrase a :class:`Mention` (the phrase itself is found
by :mod:`warreader.index.quotes.phrases`).

A :class:`Mention` is what the text calls the speaker: a name with its role
("Kremlin spokesperson Dmitry Peskov"), a pronoun ("he"), a description ("the
president", "a senior administration official", "the statement") or an
organisation ("The Associated Press"). Appositives supply roles ("Navy Capt. Mike
Kafka, a Pentagon spokesman"; "Jens Stoltenberg, the chairman of NATO,").
"""

from __future__ import annotations

from dataclasses import dataclass

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.mention_roles import (
    DETERMINERS,
    body_of_person,
    described_person,
    is_personal,
    is_role_word,
    job_for_domain,
    job_word,
    office_of_place,
    role_at_body,
    without_seat,
)
from warreader.index.quotes.office_holders import office_body, office_cut
from warreader.index.quotes.tokens import Token, tokenize
from warreader.index.quotes.word_surnames import SurnameWord

ARTICLES = lexicon.DETERMINERS | lexicon.words("its his her their our")
CONNECTORS = frozenset(["of", "and", "for", "the", "de"])
MAX_ROLE_WORDS = 10


@dataclass(slots=True)
class Mention:
    """A reference to a speaker in the text."""

    text: str  # the words as written
    kind: str  # "name", "pronoun", "nominal"
    start: int  # paragraph offsets of the whole phrase
    end: int
    name: str = ""  # for "name": the name itself, titles and roles removed
    role: str = ""
    head: str = ""  # for "nominal"/"pronoun": the head word, lower case
    honorific: str = ""  # "Mr", "Ms"... when the name carried one
    possessive: bool = False
    org: bool = False  # shaped like an organisation ("the UK Ministry of Defence")
    owns: Mention | None = None  # the spokesman this owner stands for ("Acme's spokesman")
    itself: bool = False  # a description that speaks as itself ("said the shopkeeper")


_LEADING_CONNECTORS = CONNECTORS - {"the"}


def _strip_connectors(words: list[Token]) -> list[Token]:
    first, last = 0, len(words)
    while first < last and words[first].kind == "w" and words[first].lower in _LEADING_CONNECTORS:
        first += 1
    while last > first and words[last - 1].lower in CONNECTORS:
        last -= 1
    return words if first == 0 and last == len(words) else words[first:last]


def _join_name(words: list[Token]) -> str:
    """The words of a name as written, the last without its possessive ending."""
    if not words:
        return ""
    return " ".join([*(w.text for w in words[:-1]), words[-1].bare]).replace(" , ", ", ")


def build(words: list[Token]) -> Mention | None:
    """Turn the words of a speaker phrase into a :class:`Mention`."""
    words = _strip_connectors(words)
    if not words:
        return None
    lowers = [w.lower for w in words]
    if DETERMINERS.issuperset(lowers):
        return None
    owned = _owned_person(words)
    if owned is not None:
        return owned
    text = " ".join([w.text for w in words])
    if " , " in text:
        text = text.replace(" , ", ", ")
    start, end = words[0].start, words[-1].end
    last = words[-1]
    last_low = lowers[-1]
    if len(words) == 1 and last_low in lexicon.PRONOUNS:
        # "He’s predicting": the pronoun without its contracted verb ("’s", "’re")
        return Mention(last.bare, "pronoun", start, end, head=last_low)
    if len(words) == 1 and last_low in job_lex.PERSON_PLURALS:  # "Analysts said"
        return Mention(text, "nominal", start, end, head=last_low, possessive=last.possessive)
    if len(words) == 1 and last_low in _NOT_SPEAKERS:
        return None  # "Shares in the firm rose", "Prices were" opening a sentence
    determiner = lowers[0] in DETERMINERS and not words[0].capitalised
    det_cap = words[0].text == "The"
    if (determiner or det_cap) and last_low in job_lex.PERSON_NOUNS and (
        len(words) == 2
        or len(words) == 3 and (lowers[1], last_low) in _TWO_WORD_NATIONALITIES
    ):  # "the Dutchman", "the Scot", "the New Zealander": a description, not a name
        return Mention(text, "nominal", start, end, head=last_low, possessive=last.possessive)
    if (determiner or det_cap) and last_low in job_lex.NATIONALITIES and len(words) > 2 and (
        not any(w.capitalised for w in words[1:-1])
    ):  # "the 24-year-old Swiss", "the veteran Frenchman": a person described by
        # nationality after an age or adjectives, as "the Swiss" is; never a name "Swiss"
        return Mention(text, "nominal", start, end, head=last_low, possessive=last.possessive)
    if lowers[0] == "the" and last_low in PARTY_MEMBERS and last.capitalised:
        # "the Wisconsin Republican", "the 44-year-old Democrat": a party's member described,
        # a politician, not a name (the party is "the Republican Party")
        return Mention(text, "nominal", start, end, head="politician", possessive=last.possessive)
    acronym_head = last.text.isupper() and last_low in job_lex.PERSON_NOUNS  # "MP", "QC"
    if not last.capitalised or (determiner and not any([w.capitalised for w in words[1:]])) or (
        (determiner or det_cap) and acronym_head and len(words) > 2
    ):  # "the Labour MP", "The Hackney MP": a description, not a name
        if (
            last_low in job_lex.PERSON_NOUNS
            or last_low in job_lex.PERSON_PLURALS
            or last_low in org_lex.ORG_NOUNS
            or org_lex.compound_body(lowers)
            or last_low in org_lex.DOCUMENT_NOUNS
            or (last_low.endswith("-old"))
            or job_word(last_low)  # "the front-runner"
        ):
            if len(lowers) > 2 and lowers[-2] == "and" and lowers[-3] in job_lex.PERSON_NOUNS:
                last_low = lowers[-3]  # "the writer and broadcaster": a person
            elif determiner and (role := role_at_body(words)) is not None:
                last_low = role  # "the chief executive of a car maker": the person
            return Mention(text, "nominal", start, end, head=last_low, possessive=last.possessive)
        return None
    org_at = -1
    if not org_lex.ORG_SUFFIXES.isdisjoint(lowers):
        org_at = max(i for i, low in enumerate(lowers) if low in org_lex.ORG_SUFFIXES)
        if org_at == len(words) - 1 > 0 and lowers[org_at] in _SURNAME_SUFFIXES and (
            lowers[org_at - 1] in name_lex.first_names()
            or lowers[org_at - 1] in name_lex.HONORIFICS
        ):
            org_at = -1  # "Guy Chambers", "Dr Fox": a given name or honorific, then a surname
    if last.capitalised and org_lex.compound_body(lowers):
        org_at = len(words) - 1  # "the Russian General Staff": a body, not "General" Staff
    capitals = [w.capitalised for w in words]
    if (words[0].lower in lexicon.DETERMINERS or job_lex.group_opens(lowers, capitals)) and (
        head := described_person(words)
    ) is not None:
        # "a spokesman for the Oxford University Press", "a close associate of Yukos
        # boss Ivan Petrov": a person described, unnamed (not Petrov).
        return Mention(text, "nominal", start, end, head=head)
    if (head := body_of_person(words)) is not None and is_person_name(words[3:]):
        # "the campaign of Tom Vale": the campaign, not Vale ("a committee of MPs" stays)
        return Mention(text, "nominal", start, end, head=head)
    if org_at >= 0 and not any(is_personal(w) for w in words[org_at + 1 :]) and not (
        _titled_name(words[org_at + 1 :]) or office_cut(words, org_at, is_role_word) > org_at
    ) or office_body(words, is_role_word):  # not "Head of the Army Valerii Zaluzhnyi": the
        # army's head; "the Office of the Deputy Prime Minister" is a body
        body = words[1:] if words[0].lower in DETERMINERS else words
        kind_at = max(
            (i for i, w in enumerate(words[:-1]) if not w.capitalised and (
                lowers[i] in org_lex.ORG_SUFFIXES or lowers[i] in org_lex.ORG_NOUNS
            )),
            default=-1,
        )
        if kind_at >= 0 and all(w.capitalised for w in words[kind_at + 1 :]):
            # "US band Busted", "pop group Blue", "hedge fund Atticus Capital", "equity
            # firm Blackstone Group": the body's kind, then its name (which may end in a
            # word of a kind: "Capital")
            body = words[kind_at + 1 :]
        name = _join_name(body)
        return Mention(text, "name", start, end, name=name, possessive=last.possessive, org=True)
    # A name, perhaps after a role: the name starts after the last title/role word.
    words = without_seat(words)  # "Lord Falconer of Thoroton": the peer, not the place
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.text == "&" and i and words[i - 1].capitalised and words[i + 1].capitalised:
            continue  # "Marks & Spencer": one name
        if (w.lower in job_lex.NATIONALITIES or w.lower in PARTY_MEMBERS) and w.capitalised:
            if (words[i + 1].lower in name_lex.first_names() or is_role_word(words[i + 1]) and (
                not all(is_role_word(w) for w in words[i + 1 :])  # not "a Tory MP"
            )) and words[-1].lower not in _BODY_ENDS:  # "Conservative Christian Fellowship"
                cut = i + 1  # "American Robby Ginepri", "Democrat Ann Cole"; not
            continue  # "Australian Open", "Republican National Committee"
        if not w.capitalised and w.lower not in name_lex.NAME_PARTICLES or is_role_word(w) and (
            w.lower in name_lex.TITLES or not w.capitalised or cut == i or words[0].text != "The"
        ):  # a capitalised job noun inside a title is no role ("The Daily Source Code")
            cut = i + 1
    cut = office_cut(words, cut, is_role_word)  # "Chief of Staff Ann Kerrow", not "Staff
    # Ann Kerrow"; "Chief of the General Staff Valery Gerasimov", not "Staff Valery ..."
    name_words = words[cut:]
    role_words = words[:cut]
    honorific = ""
    if role_words and role_words[-1].lower in name_lex.HONORIFICS:
        honorific = role_words[-1].bare
        role_words = role_words[:-1]
    while (
        name_words
        and name_words[0].lower in name_lex.NAME_PARTICLES
        and len(name_words) > 1
        and not name_words[0].capitalised
    ):
        name_words = name_words[1:]
    if _lord_office(words):  # "the Lord Chancellor", "the Lord Chief Justice": an office
        return Mention(
            text, "nominal", start, end, head=words[-1].lower, possessive=last.possessive
        )
    office = office_of_place(role_words, name_words) or role_words and job_for_domain(
        role_words, name_words
    )  # (no call without role words: it runs for every name built)
    if office:  # "the Archbishop of Canterbury": an office-holder described, no name
        return Mention(text, "nominal", start, end, head=office, possessive=last.possessive)
    if (determiner or det_cap) and not role_words:
        # "The Associated Press", "the UK Ministry of Defence": an organisation.
        body = words[1:]
        name = _join_name(body)
        return Mention(text, "name", start, end, name=name, possessive=last.possessive, org=True)
    role = " ".join(  # "Chancellor of the Exchequer" keeps its "the"
        w.text for n, w in enumerate(role_words)
        if w.lower not in DETERMINERS or n and role_words[n - 1].lower == "of"
    )
    if role and not any(is_role_word(w) for w in role_words) and not _body_kind(
        role_words, name_words, honorific
    ):  # ("housing charity Shelter": the body's kind, whom "the charity" may name)
        role = ""  # "the BBC News website Mr Molyneux": words before the name, but no job
    name = _join_name(name_words)
    if _no_name(name_words) and not honorific or _origin_and_country(role_words, name_words):
        return None  # "her March comment" names nobody; "Mrs May", "Dr June" name a person
    return Mention(
        text,
        "name",
        start,
        end,
        name=name,
        role=role,
        honorific=honorific,
        possessive=last.possessive,
        org=" & " in name,  # names joined by "&" are a firm's ("Procter & Gamble")
    )


# Lower-case nouns of a body's kind written before its one-word name ("public sector union
# Unison", "housing charity Shelter", "schools watchdog Ofsted", "think tank Demos").
_KIND_NOUNS = lexicon.words(
    "union charity watchdog group regulator organisation organization association "
    "federation trust foundation society institute tank think-tank"
)


def _body_kind(role_words: list[Token], name_words: list[Token], honorific: str) -> bool:
    """Do ``role_words`` end in a body's kind in lower case before a one-word name that is
    no listed given name nor a role word ("the union Unison")? The words are its role,
    so that "the union" may name it later."""
    if len(name_words) != 1 or not role_words or honorific:
        return False
    kind, name = role_words[-1], name_words[0]
    return not kind.capitalised and kind.lower in _KIND_NOUNS and name.capitalised and not (
        is_role_word(name) or name.lower in name_lex.first_names()
    )


# Last words of a body's name: a party word before them opens the name, cuts no person
# from it ("the Conservative Christian Fellowship", not "Christian Fellowship").
_BODY_ENDS = org_lex.ORG_NOUNS | lexicon.words(
    "fellowship forum movement initiative centre center front league caucus"
)


# Offices written with "Lord" or "Lady" before them, not a peer's name ("the Lord Chancellor").
_LORD_OFFICES = lexicon.words(
    "chancellor chief justice mayor president privy seal provost lieutenant speaker advocate"
)


def _lord_office(words: list[Token]) -> bool:
    """Do ``words`` end in "Lord" or "Lady" and office words only ("The Lord Chief
    Justice", "the Lord Mayor"), an office described, not a peer called "Chancellor"?"""
    k = next((k for k, w in enumerate(words) if w.lower in ("lord", "lady") and w.capitalised), -1)
    return 0 <= k < len(words) - 1 and all(w.lower in _LORD_OFFICES for w in words[k + 1 :])


# Nationality nouns of two words: "the New Zealander", "the Northern Irishman".
_TWO_WORD_NATIONALITIES = frozenset(
    tuple(pair.split())
    for pair in ("new zealander", "northern irishman", "northern irishwoman", "south african",
                 "south korean", "north korean", "sri lankan")
)
PARTY_MEMBERS = lexicon.words("republican democrat libertarian tory conservative dem")
# ("the Tory said", "the Lib Dem said", "Conservative Ann Roe": a party's member)
# Organisation words that are also surnames, after a given name.
_SURNAME_SUFFIXES = lexicon.words("chambers press fox")


def _owned_person(words: list[Token]) -> Mention | None:
    """ "Deutsche Bank's Simon Champion": the person, the owner as role; None when the
    words hold no owner followed by a person's name ("Russia's Defense Ministry")."""
    owner_end = _first_possessive(words)
    if owner_end < 0 or not words[owner_end].capitalised:
        return None
    rest = words[owner_end + 1 :]
    if not is_person_name(rest) and not _unknown_given_name(rest):
        return None
    person = build(rest)
    if person is None:
        return None
    owner = _join_name(words[: owner_end + 1])
    person.role = f"{owner} {person.role}" if person.role else owner
    person.text = " ".join([w.text for w in words])
    person.start = words[0].start
    return person


def _titled_name(words: list[Token]) -> bool:
    """ "Justice Tavo Brindle" after "Supreme Court": a capitalised title, then two
    title-case words: an office-holder's name, whatever the list of given names holds."""
    return (
        len(words) == 3
        and words[0].capitalised
        and words[0].lower in name_lex.TITLES
        and _unknown_given_name(words[1:])
    )


def _unknown_given_name(words: list[Token]) -> bool:
    """ "Ishaan Varkey" after "The Daily Courier's": two title-case words, neither a
    role nor an organisation's, which a possessive owner cannot run into."""
    if len(words) != 2 or not all(w.kind == "w" and w.text.istitle() for w in words):
        return False
    mention = build(words)
    return mention is not None and mention.kind == "name" and not mention.org and not any(
        w.lower in job_lex.PERSON_NOUNS or w.lower in name_lex.TITLES for w in words
    )


def _first_possessive(words: list[Token]) -> int:
    """The index of the first possessive word before the last one, or -1."""
    for n in range(len(words) - 1):
        if words[n].possessive:
            return n
    return -1


# Plural nouns that open many business sentences and never speak.
_NOT_SPEAKERS = lexicon.words("shares prices sales profits markets stocks figures results")

_MEMO_LIMIT = 50_000  # phrases remembered across articles before the memo starts afresh
_by_words: dict[tuple[str, ...], Mention | None] = {}
_by_run: dict[str, Mention | None] = {}


def shared_mention(words: list[Token], key: tuple[str, ...] | None = None) -> Mention | None:
    """:func:`build` of ``words``, remembered by their text across articles.

    The same words always make the same mention, so names met again ("the BBC",
    "Mr Blair") are not rebuilt. The result is shared: read its name, role and kind, never
    change it, and do not use its offsets (they are those of the first sighting).
    ``key`` is the words' texts as a tuple, when the caller has it already.
    """
    key = key or tuple([w.text for w in words])
    if len(key) == 1 and type(words[0]) is SurnameWord:
        return build(words)  # "May" the surname builds what "May" the month does not
    try:
        return _by_words[key]
    except KeyError:
        return _remember(_by_words, key, build(words) if words else None)


def run_mention(run: str) -> Mention | None:
    """The shared mention (see :func:`shared_mention`) of a run of words such as "Mr Blair"."""
    try:
        return _by_run[run]
    except KeyError:
        return _remember(_by_run, run, _one_word_name(run) or _build_run(run))


def _remember(memo: dict, key, mention: Mention | None) -> Mention | None:
    """``mention``, kept in ``memo`` under ``key`` (a full memo starts afresh)."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = mention
    return mention


def _build_run(run: str) -> Mention | None:
    words = tokenize(run, [])
    return build(words) if words else None


_CALENDAR = lexicon.words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
)


def _no_name(words: list[Token]) -> bool:
    """A month or a weekday alone ("her March comment"), or a headline in capitals
    ("E.U. COURT SIDES WITH FISHING FLEET"): no speaker's name. Not the surname of a
    person the article named in full ('"...," said May.' after "Theresa May")."""
    if len(words) == 1:
        return words[0].lower in _CALENDAR and not isinstance(words[0], SurnameWord)
    return len(words) >= 3 and all(w.text.isupper() for w in words)


def _origin_and_country(role_words: list[Token], name_words: list[Token]) -> bool:
    """ "Russian-born US", "Ukrainian-born Canadian": a person's origin, then the country
    they serve, both words of a description ("a Russian-born US official"); no name "US"."""
    return bool(role_words) and "-" in role_words[-1].text and len(name_words) == 1 and (
        name_words[0].lower in COUNTRY
    )


def _one_word_name(run: str) -> Mention | None:
    """:func:`build` of a single plain capitalised word ("London", "Reuters") without
    tokenising it; None when the word needs the full rules."""
    if not run.isalpha() or not run[0].isupper():
        return None
    low = run.lower()
    if low in DETERMINERS or low in CONNECTORS or low in lexicon.PRONOUNS:
        return None
    if low in _CALENDAR:
        return None
    org = low in org_lex.ORG_SUFFIXES
    return Mention(run, "name", 0, len(run), name=run, org=org)


ROLE_BREAK = frozenset(("of", "at", "for", "in", "with", "from", "to", "and", "on"))


def is_person_name(words: list[Token]) -> bool:
    """Do ``words`` build a person's name (an honorific or a given name in it)?"""
    if any(t.lower in ROLE_BREAK or t.kind != "w" for t in words[1:]):
        return False  # "chairman and chief executive of EMI Music": a role
    mention = build(words)
    if mention is None or mention.kind != "name" or mention.org:
        return False
    given = mention.name.split()[0].lower()
    if "-" in given[1:-1]:
        given = given.split("-", 1)[0]  # "Mary-Kate", "Jean-Paul": the first given name
    return bool(mention.honorific) or (" " in mention.name and given in name_lex.first_names())


