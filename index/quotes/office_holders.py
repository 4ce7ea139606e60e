"""Where an office's field ends and its holder's name begins in a run of capitalised
words: "Chief of the General Staff Valery Gerasimov", "Minister of Foreign Affairs Dmytro
Kuleba", "Commissioner for Human Rights Dmytro Lubinets" name the person after the field,
even when a field word is a title's ("General", "Foreign"). The given name must be
listed: two unknown last words of an office ("Belgorod Region", "Power Plant") are no
person's."""

from __future__ import annotations

from collections.abc import Callable

from warreader.index.quotes import name_lex
from warreader.index.quotes.tokens import Token


def office_cut(words: list[Token], cut: int, role_word: Callable[[Token], bool]) -> int:
    """Where the holder's name starts in ``words`` when they open on an office: a title,
    "of" or "for" (perhaps "the"), its field's capitalised words, then the holder's. The
    name starts at the first listed given name after at least one field word; with none
    listed, no name starts in the field ("Head of the Zaporizhzhia Nuclear Power Plant",
    "Governor of the Russian Belgorod Region" are offices with no holder named), and
    ``cut`` itself is returned."""
    for at in range(len(words) - 1, 0, -1):  # the last "of" or "for" (a plain loop: this
        if words[at].lower in _OFS:  # runs for every name a phrase builds)
            start = _field_start(words, role_word, at)
            break
    else:
        start = None
    if start is None:  # "At the End of the War Tom Hale": after any "of", "for", "the"
        return cut + _given_after(words, cut, role_word) if _after_of(words, cut) else cut
    if given := _given_after(words, start, role_word):
        return start + given
    return cut  # no unlisted given name: "Governor of the Belgorod Region" is no person


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


def _field_start(words: list[Token], role_word: Callable[[Token], bool], at: int) -> int | None:
    """The index of an office's first field word: after the last "of"/"for" (and "the"),
    at ``at``, that a title opens, with only capitalised words, "of", "for" and "the"
    between; the field and the rest of ``words`` all capitalised words. None when no
    office opens."""
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


_OFFICE_BODIES = frozenset(("office",))  # "the Office of the Deputy Prime Minister"


def office_body(words: list[Token], role_word: Callable[[Token], bool]) -> bool:
    """Do ``words`` (a determiner perhaps first) name the body an office-holder runs, "Office
    of the Deputy Prime Minister", "Office of the Director of National Intelligence":
    "Office", "of" or "for", "the", a holder's title of role words (up to an "of"), then
    capitalised words with no listed given name or honorific (not "Office of the President
    Tom Hale": the person)?"""
    if words and words[0].lower in ("the", "a"):
        words = words[1:]
    if len(words) < 3 or words[0].lower not in _OFFICE_BODIES or not words[0].capitalised:
        return False
    if words[1].lower not in ("of", "for"):
        return False
    if words[2].lower != "the":
        return False  # "Office of Immigrant Affairs Clinton (had announced)": no holder's office
    rest = words[3:]
    holder = next((n for n, w in enumerate(rest) if w.lower in _OFS), len(rest))
    names = name_lex.first_names()
    if holder == 0 or not all(role_word(w) for w in rest[:holder]) or not rest[-1].capitalised:
        return False
    return all(
        w.capitalised and w.lower not in names and w.lower not in name_lex.HONORIFICS
        or w.lower in ("of", "for", "and")
        for w in rest
    )

