"""Where an office's field ends and its holder's name begins in a run of capitalised
words: "Chief of the General Staff Valery Gerasimov", "Minister of Foreign Affairs Dmytro
Kuleba", "Commissioner for Human Rights Dmytro Lubinets" name the person after the field,
even when a field word is a title's ("General", "Foreign") or the given name is unlisted
("Head of the Army Valerii Zaluzhnyi")."""

from __future__ import annotations

from collections.abc import Callable

from warreader.index.quotes import job_lex, lexicon, name_lex, org_lex
from warreader.index.quotes.countries import COUNTRY
from warreader.index.quotes.tokens import Token

# Nouns of an office's field that end it and are no person's name: "Minister for Northern
# Ireland Affairs", "Commissioner for Human Rights".
_FIELD_WORDS = lexicon.words(
    """
    affairs rights staff forces security defence defense policy development trade health
    education justice finance interior energy industry culture sport transport environment
    agriculture exchequer treasury commons lords house opposition army navy fleet state
    services relations pensions works communities equalities intelligence parliament
    assembly council board office museum cabinet government armed guard
    """
)


def office_cut(words: list[Token], cut: int, role_word: Callable[[Token], bool]) -> int:
    """Where the holder's name starts in ``words`` when they open on an office: a title,
    "of" or "for" (perhaps "the"), its field's capitalised words, then the holder's. The
    name starts at the first listed given name after at least one field word, or, with
    none listed, at the last two words when they can be a given name and a surname and one
    field word at least comes before them ("Head of the Army Valerii Zaluzhnyi"; not "Head
    of the Army Museum", "Minister for Northern Ireland"). ``cut`` itself otherwise."""
    start = _field_start(words, role_word)
    if start is None:  # "At the End of the War Tom Hale": after any "of", "for", "the"
        return cut + _given_after(words, cut, role_word) if _after_of(words, cut) else cut
    if given := _given_after(words, start, role_word):
        return start + given
    if len(words) - start >= 3 and _may_be_person(words[-2], words[-1], role_word):
        return len(words) - 2
    return cut


def _after_of(words: list[Token], cut: int) -> bool:
    """Does the name part at ``cut`` follow "of", "for", "of the" or "for the", with three
    words at least after it?"""
    if cut < 2 or words[cut - 1].lower not in ("of", "for", "the") or len(words) - cut < 3:
        return False  # "Minister for Europe Denis MacShane" as "Chief of Staff Ann Kerrow"
    return words[cut - 1].lower != "the" or words[cut - 2].lower in ("of", "for")


def _given_after(words: list[Token], start: int, role_word: Callable[[Token], bool]) -> int:
    """How many words after ``start`` come before the first listed given name that one
    field word at least precedes and a surname follows; 0 when none does."""
    names = name_lex.first_names()
    for n in range(start + 1, len(words) - 1):
        word = words[n]
        if word.capitalised and not role_word(word) and word.lower.split("-")[0] in names:
            return n - start  # "Eva-Marie" by its first part; not "Prince" in "Duke of ..."
    return 0


def _field_start(words: list[Token], role_word: Callable[[Token], bool]) -> int | None:
    """The index of an office's first field word: after the last "of"/"for" (and "the")
    that a title opens, with only capitalised words, "of", "for" and "the" between; the
    field and the rest of ``words`` all capitalised words. None when no office opens."""
    at = next((n for n in range(len(words) - 1, 0, -1) if words[n].lower in _OFS), None)
    if at is None:
        return None
    start = at + 2 if words[at + 1].lower == "the" else at + 1
    rest = words[start:]
    if len(rest) < 2 or not all(w.capitalised and w.kind == "w" for w in rest):
        return None
    for n in range(at - 1, -1, -1):
        if role_word(words[n]) and words[n].capitalised:
            return start
        if not words[n].capitalised and words[n].lower not in _OFS | {"the"}:
            return None
    return None


_OFS = frozenset(("of", "for"))


def _may_be_person(given: Token, surname: Token, role_word: Callable[[Token], bool]) -> bool:
    """Can two capitalised words that end an office's run be an unlisted given name and a
    surname? Neither may be a title or a job, a body's or a document's word, a country's or
    a nationality's, an office's field noun; nor the given name a plural ("Rights")."""
    for word in (given, surname):
        low = word.lower
        if (
            not low.replace("-", "").replace("'", "").isalpha() or word.text.isupper()
            or role_word(word) or low in org_lex.ORG_NOUNS or low in org_lex.ORG_SUFFIXES
            or low in org_lex.DOCUMENT_NOUNS or low in COUNTRY or low in job_lex.NATIONALITIES
            or low in _FIELD_WORDS or low in name_lex.TITLES
        ):
            return False
    return not given.lower.endswith("s")
