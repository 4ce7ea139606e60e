"""Roles beside a name: the appositive after it ("Jens Stoltenberg, the chairman of NATO,"),
the one before a verb that an aside interrupts, and whether words name a job.
"""

from __future__ import annotations

import re

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.ages import AGE, YEAR_OLD
from warreader.index.quotes.mention_roles import is_role_word, job_word
from warreader.index.quotes.mentions import ROLE_BREAK, is_person_name, run_mention
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.role_text import noun_phrase
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.unlisted import person_shaped

_MAX_APPOSITIVE = 30


def appositive_role(tokens: list[Token], j: int) -> str:
    """The role in ", a Pentagon spokesman," starting at the comma ``j``; "" if none."""
    if j >= len(tokens) or tokens[j].text != ",":
        return ""
    words: list[str] = []
    for token in tokens[j + 1 : j + 1 + _MAX_APPOSITIVE]:
        if token.kind != "w" or words and _ends_role(token, words[-1]):
            break
        words.append(token.text)
    described = len(words) >= 2 and words[0].lower() in lexicon.DETERMINERS
    if described and token.kind == "w" and not token.capitalised and _ends_role(token, ""):
        return ""  # "in the Northern Echo, the Bishop said": a subject and its verb
    if not described and not (words and job_word(words[0])):
        return ""
    if words[0].lower() in lexicon.DETERMINERS:
        words = words[1:]
    if words and words[0].lower() in ("who", "which", "where"):
        return ""
    words = noun_phrase(words)  # no clause, at most MAX_ROLE_WORDS words
    if not any(job_word(w) or w.lower() in name_lex.TITLES for w in words):
        return ""
    return " ".join(words)


_SENTENCE_WORDS = lexicon.words("however but the this it he she they we meanwhile")


def kind_appositive(tokens: list[Token], j: int) -> str:
    """The kind of body in ", the campaign group," or ", a German insurer." starting at
    the comma ``j`` (a determiner, at most three modifiers, an organisation's noun, then a
    comma or the sentence's end); "" if there is none or the noun is a person's."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in (
        lexicon.DETERMINERS
    ):
        return ""
    for k in range(j + 2, min(len(tokens), j + 6)):
        if tokens[k].kind != "w" or tokens[k].possessive:
            return ""
        low = tokens[k].lower
        if low in org_lex.ORG_NOUNS and low not in job_lex.PERSON_NOUNS and (
            k + 1 == len(tokens) or tokens[k + 1].text in (",", ".")
        ):
            return " ".join(t.text for t in tokens[j + 2 : k + 1])
        if low in job_lex.PERSON_NOUNS and k + 1 < len(tokens) and (
            tokens[k + 1].lower in _ROLE_PREPOSITIONS
        ):
            return ""  # "an analyst with Meta Group": an analyst, whoever employs them
    return ""


def _ends_role(token: Token, before: str) -> bool:
    """Does the role stop before ``token``: a reporting verb ("head of Preventon told the
    BBC") or a word opening a sentence after a name's abbreviation ("at Warner Bros.
    However")?"""
    if not token.capitalised:
        return token.lower in cue_lex.CUE_VERBS and token.lower not in cue_lex.NOUN_LIKE_CUES
    return before.endswith(".") and token.lower in _SENTENCE_WORDS


_MAX_JOB_WORDS = 6  # "Microsoft Windows Client product manager"


def _names_a_job(words: list[Token]) -> bool:
    """Do the words before any preposition name a job: "managing director (of ...)",
    "senior vice-president", "Head of Research"?"""
    for n, t in enumerate(words[:_MAX_JOB_WORDS]):
        if t.kind != "w" or t.lower in ROLE_BREAK or t.lower.endswith("ed") or (
            t.lower in ("known", "by", "as")
        ):
            return False  # ", led by chief executive X,", ", known as Queen of the Sky,"
        if t.lower in job_lex.PERSON_NOUNS:
            # The job ends the phrase or a preposition follows ("director of ..."), not a
            # verb: "Ukraine's defense minister sought again to ..." is a clause.
            rest = [w for w in words[n + 1 :] if not is_role_word(w) and w.kind == "w"]
            return not rest or rest[0].lower in ROLE_BREAK or rest[0].capitalised
    return False


def skip_back_appositive(tokens: list[Token], j: int) -> tuple[int, str]:
    """From a comma just before token ``j``, skip back over ", who ...," or ", a role,".

    A second aside may follow the role (", chief executive of SK Telecom, also at 3GSM,
    said"). Returns the index where the speaker phrase ends and the appositive's role.
    """
    k = j - 1
    if k < 0 or tokens[k].text != ",":
        return j, ""
    if (code := before_party_state(tokens, k)) != k:
        clause = appositive_before(tokens, code)  # "Kay Lum, whose husband is Sen. Ed Lum,
        if clause is not None and tokens[clause[0] + 1].lower in ("who", "whose") and (
            not tokens[clause[0] + 2].capitalised  # R-Ky.,": the name is the clause's object
        ):  # ("Tom Hale, who Sen. Ed Lum, R-Ky., said ..." is Lum's own clause: Lum speaks)
            return clause[0], ""  # the coded name was the clause's: its head speaks
        return code, ""  # "Mitch McConnell, R-Ky., said": a party and state, no role
    found = appositive_before(tokens, k)
    if found is None:
        return j, ""
    i, role = found
    aside = tokens[i + 1 : k]
    if role is None and k - i <= _MAX_ASIDE and not all(t.capitalised for t in aside):
        earlier = appositive_before(tokens, i)  # the aside was not the role: one more
        if earlier is not None and earlier[1]:
            return earlier
    if role is None:
        at = _before_age(tokens, i)  # "Omar Vega, 45, of Leeds, said"
        if not aside[0].capitalised and _subject_name_before(tokens, at, aside[0]):
            return at, ""  # "Ruth Amos, clad in a blue coat, said": an aside, no role
        return j, ""
    earlier = appositive_before(tokens, i) if i > 0 else None
    if earlier is not None and earlier[1] and (
        tokens[i - 1].capitalised
        and tokens[earlier[0] + 1].lower in ("from", "of")
        or _names_person_before(tokens, earlier[0])
        and (tokens[i - 1].capitalised or _names_a_job(tokens[earlier[0] + 1 : i]))
    ):
        return earlier  # "Richard Doherty, from Panasonic, one of the pioneers, told";
        # "Ann Lusk, director of the Harbor PAC, a farm lobby, said"
    at = _before_age(tokens, i)
    if at != i and _names_person_before(tokens, at):
        return at, role  # "Dana Carr, 31, a photographer, said": the age is an aside too
    return i, role


def before_party_state(tokens: list[Token], k: int) -> int:
    """The comma opening ", R-Ky.," when a party and state stand between commas right
    before the comma at ``k`` ("Mitch McConnell, R-Ky., said"); else ``k``."""
    code = k - 2 if k >= 3 and tokens[k - 1].text == "." else k - 1  # "R-Ky" "."
    if code >= 1 and tokens[code - 1].text == "," and _PARTY_STATE.fullmatch(tokens[code].text):
        return code - 1
    return k


def _before_age(tokens: list[Token], i: int) -> int:
    """The comma opening ", 45," when a person's age stands between commas right before
    the comma at ``i``; else ``i``."""
    if i >= 2 and tokens[i - 2].text == "," and _AGE.fullmatch(tokens[i - 1].text):
        return i - 2
    return i


_AGE = re.compile(AGE)


def _names_person_before(tokens: list[Token], i: int) -> bool:
    """Does a person's name end right before the comma at ``i``?"""
    words = left_phrase(tokens, i)
    return bool(words) and is_person_name(words)


def _subject_name_before(tokens: list[Token], i: int, opener: Token) -> bool:
    """Does a person's name end right before token ``i`` and open its clause (no word
    before it, so it is no object: "attacked Tom Hale, with whom ...")? Right after a
    quotation any capitalised name will do; opening its sentence, one capitalised word
    before an aside that ``opener`` opens with a preposition ("Hale, in a letter, said")."""
    words = left_phrase(tokens, i)
    k = i - len(words)
    if not words or k and tokens[k - 1].kind == "w" and not tokens[k - 1].capitalised:
        return False
    if is_person_name(words):
        return True
    opens = not k or tokens[k - 1].text in _SENTENCE_ENDS
    if len(words) == 1 and opens and opener.lower in _ASIDE_PREPOSITIONS and (
        words[0].capitalised and words[0].lower not in lexicon.SENTENCE_OPENERS
    ):
        return True  # "Hale, in a letter to parents, said": a surname opening its sentence
    after_quote = k and tokens[k - 1].kind == "q"  # ""…," Blunt, after a pause, said"
    return bool(after_quote) and all(t.capitalised for t in words)


_SENTENCE_ENDS = frozenset(".!?;")
# Prepositions opening an aside after a lone surname ("Hale, in an interview, said").
_ASIDE_PREPOSITIONS = lexicon.words("in at on during through with from after before via")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,12}")


_APPOSITIVE_STOPS = frozenset(",.!?;:")  # a comma opens the appositive; the rest end it


_OF_SOMEONE = lexicon.words("under of for to at with from in on by")
_MAX_ASIDE = 8  # tokens of a short aside after a role (", also at 3GSM,")


_OBJECT_OPENERS = lexicon.words("the a an his her their its our my this these those")


def _verb_with_object(inner: list[Token]) -> bool:
    """Do the words between two commas open with a past-tense verb and its object, the
    clause's main verb after an appositive ("Ann Pike, a mill owner, praised Hale for
    his work, calling it ..."), not a participle aside (", filed in a court,")?"""
    if len(inner) < 2 or not inner[0].lower.endswith("ed"):
        return False
    nxt = inner[1]
    return nxt.kind == "w" and (
        nxt.capitalised
        or nxt.lower in _OBJECT_OPENERS
        or nxt.lower.endswith("s") and nxt.lower in job_lex.PERSON_PLURALS  # "emailed donors"
    )


def _before_home(inner: list[Token]) -> list[Token]:
    """``inner`` without a closing "of Place" / "from Place" after a titled full name
    ("Judge Amos Keel of Norway" -> "Judge Amos Keel"); ``inner`` itself otherwise."""
    for n in range(3, len(inner) - 1):
        if inner[n].lower in ("of", "from") and all(t.capitalised for t in inner[n + 1 :]):
            if all(t.capitalised for t in inner[:n]):
                return inner[:n]
            break
    return inner


def appositive_before(tokens: list[Token], k: int) -> tuple[int, str | None] | None:
    """The appositive ending at the comma (or dash) ``k``: (index of its opening comma, role text,
    "" for a clause without role, None for words that are no appositive); None when no
    comma opens it."""
    i = k - 1
    while (
        i >= 0
        and k - i <= _MAX_APPOSITIVE
        and tokens[i].text not in _APPOSITIVE_STOPS
        and tokens[i].kind != "q"
    ):
        i -= 1
    if i < 0 or tokens[i].text != ",":
        return None
    inner = tokens[i + 1 : k]
    if not inner:
        return None
    first = inner[0].lower
    if first == "which":  # "X, spokesman for Y, which ..., said": X; "the Summit, which"
        earlier = appositive_before(tokens, i)
        return earlier if earlier is not None and earlier[1] else (i, "")
    if first in ("who", "whose", "both") or (
        not inner[0].capitalised
        and first.endswith(("ed", "ing"))
        and len(first) > 4
        and not _names_a_job(inner)  # "managing director"
        and not _verb_with_object(inner)
    ):
        return i, ""  # ", who ...,", ", filed in the US District Court,", ", both
        # Republicans,": no role
    if first in ("from", "of") and len(inner) > 1 and i > 0 and tokens[i - 1].capitalised:
        # "Jean-Michel Lemetayer, from the FNSEA agricultural union, told": affiliation.
        return i, " ".join(t.text for t in inner if t.kind == "w")
    named = _before_home(inner)  # "Judge Amos Keel of Norway": the name before "of"
    if (
        (first == "the" or first in name_lex.TITLES)
        and named[-1].capitalised
        and is_person_name(named)
        and not any(t.lower in _OF_SOMEONE for t in named if not t.capitalised)
    ):  # not "the attorney general under President George W. Bush": a role
        return None  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,": a name, no role
    if _job_then_name(inner):
        return None  # "Its chairman, Labour MP Ann Pike,": a name after its job, no role
    if _surname_like_title(inner):
        return i, None  # "The governor, Mervyn King,": a person, whatever his surname
    if (
        first in lexicon.DETERMINERS
        or inner[0].text[0].isdigit()
        or first in job_lex.PERSON_NOUNS
        or first in name_lex.TITLES
        or first == "herself"
        or first == "himself"
        or (first == "one" and len(inner) > 2 and inner[1].lower == "of")  # "one of the
        # signatories"
        or _names_a_job(inner)
    ):
        role = (
            " ".join(t.text for t in inner[1:] if t.kind == "w")
            if first in lexicon.DETERMINERS
            else " ".join(t.text for t in inner if t.kind == "w")
        )
        if inner[0].text[0].isdigit():
            role = ""
        return i, role
    return i, None


def _surname_like_title(inner: list[Token]) -> bool:
    """Are the words between an appositive's commas a person's given name (or honorific)
    and a surname that is a title or job word ("Mervyn King", "Oona King", "Tom Bishop",
    "Ann Judge")? A name, never a role; "King Abdullah" and "Judge Ann Roe" open with
    the title and are read as before."""
    return (
        1 < len(inner) <= 3
        and all(t.kind == "w" and t.capitalised for t in inner)
        and inner[0].lower not in name_lex.TITLES
        and inner[0].lower not in job_lex.PERSON_NOUNS
        and is_person_name(inner)
    )


def _job_then_name(inner: list[Token]) -> bool:
    """Do the words between an appositive's commas end in a person's name right after a
    job noun, with no preposition or determiner before it ("Labour MP Ann Pike", "former
    miner Tom Hale", "Tory councillor Ann Pike")? Then they name someone, not a role."""
    words = [t for t in inner if t.kind == "w"]
    if len(words) != len(inner) or len(words) < 3:
        return False
    for n, token in enumerate(words[:-1]):
        if token.lower in ROLE_BREAK or token.lower in lexicon.DETERMINERS:
            return False
        tail = words[n + 1 :]
        if token.lower in job_lex.PERSON_NOUNS and all(t.capitalised for t in tail):
            return is_person_name(tail) or len(tail) >= 2 and all(
                t.lower not in job_lex.PERSON_NOUNS and not t.possessive for t in tail
            )
    return False


_OPEN_REACH = 14  # words of a role left open before its verb ("Ann Roe, head of X at Y said")
_ROLE_DETERMINERS = lexicon.words("a an the its his her their")
_ROLE_PREPOSITIONS = lexicon.words("of at for with in from")


def open_appositive_person(tokens: list[Token], k: int, floor: int) -> tuple[int, str] | None:
    """ "Mara Quell, strategist at Northgate Partners said", "Ines Varga, its councillor
    for transport added": when the phrase starting at token ``k`` ends a role whose
    closing comma is missing, the person named before the role's comma speaks. Returns
    (index of that comma, role text) or None. The role must be a job noun, after at most
    a determiner and a few words, and only prepositional phrases after it."""
    c = k - 1
    while c > floor and k - c <= _OPEN_REACH and tokens[c].kind == "w":
        c -= 1
    if c <= floor or tokens[c].text != "," or c + 1 >= k:
        return None
    inner = [t for t in tokens[c + 1 : k] if t.kind == "w"]
    if len(inner) != k - c - 1:
        return None
    n = 1 if inner[0].lower in _ROLE_DETERMINERS else 0
    job = next(
        (m for m in range(n, min(len(inner), n + 4)) if inner[m].lower in job_lex.PERSON_NOUNS),
        None,
    )
    if job is None or any(t.lower.endswith("ed") for t in inner[n:job]):
        return None
    rest = inner[job + 1 :]
    if rest and rest[0].lower == "and":  # "president and [conservative] activist said": the
        # coordinated job ends the role, or is the phrase at ``k`` itself
        rest = rest[max((m for m in range(len(rest)) if job_word(rest[m].text)), default=9) + 1 :]
    if rest and rest[0].lower not in _ROLE_PREPOSITIONS:
        return None  # "Hale, the minister, Tom Perko said": no open role
    if any(t.lower in lexicon.PRONOUNS or t.lower in ("that", "who", "which") for t in rest):
        return None
    named = left_phrase(tokens, c)
    before = tokens[c - len(named) - 1] if c - len(named) > floor else None
    if not named or before is not None and before.kind == "w" and (
        before.lower not in _COORDINATORS
    ):
        return None  # the name must open its clause: "but Otto Brenner, president of"
    if not is_person_name(named) and not (
        (before is None or before.kind == "q") and len(named) > 1 and all(
            t.capitalised and not t.possessive for t in named
        ) or before is not None and before.text in ".!?" and person_shaped(
            " ".join(t.text for t in named)
        )
    ):  # a name of no known given name: right after a quotation, or opening a sentence
        return None  # when shaped like a person's ("Tavo Brindle, council president and")
    return c, " ".join(t.text for t in inner[n:])


_COORDINATORS = lexicon.words("but and yet while so however")


_AGE_AFTER = re.compile(rf", (?:an? )?{AGE}(?:{YEAR_OLD}|(?=[,;]|\.(?!\d)))")


def aged(text: str, stop: int) -> bool:
    """Does an age follow a name ending at ``text[stop]`` in apposition ("Olha, 63, sells",
    "Mykola, a 43-year-old infantryman,", "said Tetiana, 58.")? News gives ages of people
    only, so the name is a person's whatever the lexicon knows of it."""
    return _AGE_AFTER.match(text, stop) is not None


BODY_ONLY = org_lex.ORG_NOUNS - job_lex.PERSON_NOUNS.keys() - org_lex.DOCUMENT_NOUNS
_LIST_WORDS = lexicon.words("and or")
_LIST_REACH = 6  # tokens after the name's closing comma where "and" makes it a list


def body_named_after(tokens: list[Token], end: int) -> str | None:
    """The name in apposition right after a description of a body that ends at offset
    ``end`` ("by the media watchdog, Free Press." -> "Free Press"): a comma, a run of
    capitalised words that is no possessive, then a full stop, semicolon or the text's
    end, or a comma not opening a list ("the watchdog, Ofwax, the union and ..."); None
    for a clause ("the group, Acme said") or anything else."""
    k = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    m = k + 1
    while m < len(tokens) and tokens[m].kind == "w" and tokens[m].capitalised:
        m += 1
    run = tokens[k + 1 : m]
    if not run or any(t.possessive for t in run):
        return None
    if m < len(tokens) and tokens[m].text not in (",", ".", ";"):
        return None
    if m < len(tokens) and tokens[m].text == ",":
        for token in tokens[m + 1 : m + 1 + _LIST_REACH]:
            if token.text in (".", ";"):
                break
            if token.lower in _LIST_WORDS:
                return None
    return " ".join(t.bare for t in run)


def body_in_apposition(registry, tokens: list[Token], mention):
    """The entity of the body a definite description of a body names in apposition right
    after it ("accused by the media watchdog, Free Press."); None when the description is
    of a document ("the report, Hidden Costs,": a title), of a person ("the chief, Ann
    Pike,"), or no such name follows it, or the name is a person's."""
    words = mention.text.lower().split()
    if words[0] != "the" or mention.head not in BODY_ONLY:
        return None
    run = body_named_after(tokens, mention.end)
    named = run_mention(run) if run else None
    if named is None or named.kind != "name":
        return None
    entity = registry.entity_for(named)
    return entity if entity.kind != "person" else None
