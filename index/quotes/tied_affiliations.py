"""What the article tied a person to where it named them, outside quotations: the
words right before the name ("Texas Republican Tom Hale", "Apple chief Steve Jobs",
"Microsoft's Bill Gates", "Democrat Ann Roe"), a description in apposition before it
("the Democratic nominee, Ann Roe,") or after it ("Tom Hale, a Republican from Texas,"),
a party and state in brackets or between commas ("Rep. Ann Roe (D-Ohio)", "Tom Hale,
R-Texas,"), "of"/"from" a state or a body ("Sen. Ann Roe of Vermont", "Ann Roe of
Gartner"), and a plain "is a" ("Carr is a Democrat"). A "former" affiliation is no tie,
nor a party word that belongs to someone the description names ("a friend of Democrat
Ann Roe"), nor a mention of the surname after another given name ("Ann Hale" is not
"Tom Hale"). See :mod:`index.quotes.affiliations` for what the ties are compared with.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.affiliations import (
    LETTER_PARTIES,
    OTHER_TIME,
    PARTIES,
    POSTAL,
    SHORT_STATES,
    STATES,
    Ties,
    ties_of_words,
)
from warreader.index.quotes.mention_roles import job_word

# "(D-Ohio)", "(R-Vt.)", "(I-VT)", "(R., Texas)"
_BRACKETED = re.compile(r"\s*\(\s*([DRI])\s*[-–.,]\s*([A-Z][A-Za-z. ]{0,18}?)\s*\)")
# ", R-Texas," / ", D-N.Y."
_COMMAED = re.compile(r",\s*([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)(?=[,.;)]|\s)")
# ", a Republican from Texas", ", the Democratic nominee", ", who is a Democrat"
_APPOSITIVE = re.compile(r",\s*(?:who\s+is\s+)?(?:a|an|the)\s+([^,;:()\"“”]{1,80})")
_COPULA = re.compile(r"\s+is\s+(?:a|an)\s+([^,;:()\"“”]{1,60})")
_OF = re.compile(r"\s+(?:of|from)\s+((?:[A-Z][\w.’'&-]*\s?){1,3})")
# "the Democratic nominee, " right before the name
_LEFT_APPOSITIVE = re.compile(r"\b[Tt]he\s+((?:[\w’'.&-]+\s+){0,3}[a-z-]+),\s+$")

# Where a description's own words end: a preposition or a clause.
_CUTS = lexicon.words("of from for in at to with and or who that which whose by on as")
_PLACE_PREPOSITIONS = lexicon.words("of from for in")


def person_ties(name: str, texts: list[str]) -> Ties:
    """Every tie of the person called ``name`` (the article's full form) in ``texts``,
    the narrative of the paragraphs read so far (quotations blanked)."""
    parts = name.split()
    surname = parts[-1]
    if len(surname) < 3 or not surname[:1].isupper():
        return Ties()
    found = Ties()
    pattern = whole_word(surname)
    for text in texts:
        for hit in pattern.finditer(text):
            start = _name_start(text, hit.start(), parts)
            if start is not None:
                after = text[hit.end() : hit.end() + 160]
                found = found | _left_ties(text, start) | _right_ties(after)
    return found


_AFTER = 160  # characters after a name read for its ties
_WORD_CHAR = re.compile(r"\w")


def whole_word(word: str, text: str = "") -> re.Pattern[str]:
    """A pattern of the same matches as ``\\b`` + ``word`` + ``\\b``. For a long ``text``
    (the one to be scanned) and a ``word`` that opens on a word character, written to
    open on its letters (the boundary before them a lookbehind), so that the regex engine
    skips to the word's next occurrence instead of trying a match at every character (a
    paragraph of many people was scanned so per person); that one is remembered. Else
    the plain pattern, which re's cache shares with the other rules' patterns of the name
    (no second compiling in an ordinary article)."""
    if len(text) < _LONG_TEXT or _WORD_CHAR.match(word) is None:
        return re.compile(rf"\b{re.escape(word)}\b")
    pattern = _whole.get(word)
    if pattern is None:
        escaped = re.escape(word)
        pattern = re.compile(rf"{escaped}(?<!\w{escaped})\b")
        if len(_whole) >= _WHOLE_MAX:
            _whole.clear()
        _whole[word] = pattern
    return pattern


_LONG_TEXT = 2000  # characters: a paragraph longer than most
_whole: dict[str, re.Pattern[str]] = {}  # the fast patterns, compiled once each
_WHOLE_MAX = 4096


class PrefixTies:
    """:func:`person_ties` of one name in one text cut at any offset, the text read once:
    the ties of each hit whose words after it lie wholly before the offset are summed in
    text order when made; the few hits nearer the offset are read afresh, cut there (a
    paragraph of many people and descriptions was read again per person per description)."""

    def __init__(self, name: str, text: str) -> None:
        self.parts = name.split()
        surname = self.parts[-1]
        self.text, self.width = text, len(surname)
        self.valid = len(surname) >= 3 and surname[:1].isupper()
        self.pattern = whole_word(surname, text)
        self.ends: list[int] = []  # each hit's end, in text order
        self.sums: list[Ties] = []  # the ties of the hits up to each
        found = Ties()
        for hit in self.pattern.finditer(text) if self.valid else ():
            found = found | self._hit_ties(hit, len(text))
            self.ends.append(hit.end())
            self.sums.append(found)

    def upto(self, end: int) -> Ties:
        """``person_ties(name, [text[:end]])``."""
        if not self.valid:
            return Ties()
        whole = bisect_right(self.ends, end - _AFTER)  # hits read whole before ``end``
        found = self.sums[whole - 1] if whole else Ties()
        start = max(0, end - _AFTER - self.width + 1)  # any hit ending after end - _AFTER
        for hit in self.pattern.finditer(self.text, start, end):  # as if cut at ``end``
            found = found | self._hit_ties(hit, end)
        return found

    def _hit_ties(self, hit: re.Match, cut: int) -> Ties:
        start = _name_start(self.text, hit.start(), self.parts)
        if start is None:
            return Ties()
        after = self.text[hit.end() : min(hit.end() + _AFTER, cut)]
        return _left_ties(self.text, start) | _right_ties(after)


def _name_start(text: str, at: int, parts: list[str]) -> int | None:
    """Where the name whose surname is at ``at`` starts: its given names when written;
    None when another given name stands before the surname ("Ann Hale" for Tom Hale)."""
    start = at
    for given in reversed(parts[:-1]):
        before = text[:start].rstrip(" ")
        if before.endswith(given) and start - len(before) == 1:
            start = len(before) - len(given)
        else:
            break
    if start == at:
        word = text[:at].rstrip(" ").rsplit(" ", 1)[-1]
        if word[:1].isupper() and word.lower() in name_lex.first_names() and len(parts) > 1:
            return None  # "Ann Hale" is another Hale
    return start


def _left_ties(text: str, start: int) -> Ties:
    """The ties of the words right before a name: its modifiers back to a break
    ("Texas Republican", "Apple chief", "Microsoft's") or a description in apposition
    ("the Democratic nominee, "); none when the modifiers hold "former" or the like."""
    before = text[max(0, start - 120) : start]
    if (m := _LEFT_APPOSITIVE.search(before)) is not None:
        last = m.group(1).rsplit(None, 1)[-1]
        return _phrase_ties(m.group(1)) if job_word(last) else Ties()
    if not before.endswith(" "):
        return Ties()
    taken: list[str] = []
    for word in reversed(before.split()[-6:]):
        low = word.lower().rstrip(".")
        if word[-1:] in ",;:()\"“”" or word[-1:] == "." and (
            word.lower() not in name_lex.TITLES and word.lower().rstrip(".") not in SHORT_STATES
        ):
            break  # a break, or a sentence's end ("... in Texas. Tom Hale")
        if low in OTHER_TIME or low.startswith("ex-"):
            return Ties()  # "Former Democrat Tom Hale": no tie, not the words after it
        if low in lexicon.NOT_NAME_START:
            break
        if not (word[:1].isupper() or low in job_lex.PERSON_NOUNS or low in name_lex.TITLES):
            break
        taken.append(word)
    return ties_of_words(" ".join(reversed(taken))) if taken else Ties()


def _right_ties(after: str) -> Ties:
    """The ties of the words right after a name: a party and state in brackets or
    between commas, an appositive or "is a" description, "of"/"from" a state or body."""
    for pattern in (_BRACKETED, _COMMAED):
        if (m := pattern.match(after)) is not None:
            return Ties(frozenset({LETTER_PARTIES[m.group(1).lower()]}), _state(m.group(2)))
    for pattern in (_APPOSITIVE, _COPULA):
        if (m := pattern.match(after)) is not None:
            return _phrase_ties(m.group(1))
    if (m := _OF.match(after)) is not None:
        return _place_ties(m.group(1))
    return Ties()


def _state(text: str) -> frozenset[str]:
    """The state of a bracket's "Ohio", "Vt.", "N.Y." or "TX"."""
    text = text.strip()
    low = text.lower()
    if low in STATES:
        return frozenset({low})
    if low.rstrip(".") in SHORT_STATES:
        return frozenset({SHORT_STATES[low.rstrip(".")]})
    return frozenset({POSTAL[text]}) if text in POSTAL else frozenset()


def _phrase_ties(phrase: str) -> Ties:
    """The ties of a description of the person ("a Republican from Texas", "the
    Democratic governor of Ohio", "Hale's Democratic opponent"): its words up to a
    preposition or a clause, after any owner ("Hale's"), and a state or body after "of",
    "from", "for" or "in"; none for a former one."""
    words = phrase.split()
    own: list[str] = []
    rest: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in OTHER_TIME or low.startswith("ex-"):
            return Ties()
        if low in _CUTS:
            rest = words[i + 1 :] if low in _PLACE_PREPOSITIONS else []
            break
        own = [] if word.endswith(("'s", "’s")) else [*own, word]
    found = ties_of_words(" ".join(own))
    return found | _place_ties(" ".join(rest)) if rest else found


def _place_ties(text: str) -> Ties:
    """The state or body a run of capitalised words after "of"/"from" names ("Texas",
    "Gartner"); none when it is a person ("of Democrat Ann Roe")."""
    run: list[str] = []
    for word in text.split()[:3]:
        if not word[:1].isupper():
            break
        run.append(word.rstrip(",.;:") if not word.endswith(".") or len(word) > 5 else word)
    if not run or len(run) > 1 and run[0].lower() in name_lex.first_names() or any(
        w.lower() in PARTIES for w in run
    ):
        return Ties()  # "of Ann Roe", "of Democrat Ann Roe": a person
    found = ties_of_words(" ".join(run))
    return Ties(frozenset(), found.states, found.others)  # never a party: "of Democrat X"
