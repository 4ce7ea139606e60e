"""Capitalised words that are only common words of the article ("Casual games like poker
... were "gender neutral"", "'Networks like these facilitate theft"): a word that opens a
sentence is capitalised whatever it is, so it names nobody when the same article writes
it in lower case ("casual gamers") and never capitalises it anywhere else (no "Ann
Casual", no "said Casual", no "Casual Games Ltd"). Such a word at a sentence's start is
read as the lower-case word it is: no speaker, no antecedent of "he" or "it".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex
from warreader.index.quotes.tokens import Token

_LOWER = re.compile(r"(?<![\w'’.-])[a-z][a-z]{2,}(?![\w'’-])")
_OPENING_MARKS = "\"'“‘«(["
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")  # "makers", "investors", "economists"


# A capitalised word after a lower-case letter, a comma or a semicolon and one space: no
# sentence's opening ("said Casual", "the Casual Games"). A capitalised word before
# another: part of a name ("Casual Games", "Tom Casual").
_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,})(?![\w'’-])")
_BEFORE_CAPITAL = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) (?=[A-Z])")


def common_words(texts: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words (three letters or more) that ``texts`` write in lower case,
    and the capitalised words (lower-cased) that they write inside a sentence or next to
    another capitalised word: a word of the first set and not of the second is common
    (:class:`CommonWords`). Three scans in C over the joined text, whatever its size."""
    text = "\n".join(texts)
    lower = frozenset(_LOWER.findall(text))
    named = _INSIDE.findall(text)
    named.extend(_BEFORE_CAPITAL.findall(text))
    return lower, frozenset(w.lower() for w in named)


def opening_word(text: str, start: int, at: int) -> bool:
    """Does the word at ``at`` open the sentence starting at ``start``, past any opening
    marks ("'Networks like ...")?"""
    return not text[start:at].strip().lstrip(_OPENING_MARKS).strip()


class CommonWords:
    """An article's common words (see :func:`common_words`), read from its paragraphs only
    when a sentence first asks about one: the first few words asked are looked up in
    the text one by one (a few scans in C), after that all at once, so the cost stays
    linear however many sentences ask."""

    __slots__ = ("_texts", "_text", "_found", "_asked")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._text: str | None = None
        self._found: tuple[frozenset[str], frozenset[str]] | None = None
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        """Is ``word`` (lower case) written in lower case, capitalised only at a sentence's
        start, no given name ("Hope", "Will") and no word the engine already reads as no
        name at a sentence's start ("But", "After": :data:`lexicon.SENTENCE_OPENERS`)?"""
        if word in lexicon.SENTENCE_OPENERS or word in name_lex.first_names():
            return False
        known = self._asked.get(word)
        if known is None:
            known = self._asked[word] = self._common(word)
        return known

    def _common(self, word: str) -> bool:
        if self._found is None and len(self._asked) < _ONE_BY_ONE:
            if self._text is None:
                self._text = "\n".join(self._texts)
            return _written_lower(self._text, word) and not _named(self._text, word)
        if self._found is None:
            self._found = common_words(self._texts)
        lower, named = self._found
        return word in lower and word not in named


_ONE_BY_ONE = 24  # words looked up one by one before the whole text is indexed


def _whole(text: str, at: int, end: int) -> bool:
    """Is ``text[at:end]`` a whole word (no letter, digit, apostrophe or hyphen touching
    it)?"""
    before = text[at - 1] if at else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in _JOINERS) and not (
        after.isalnum() or after in _JOINERS
    )


_JOINERS = "'’-."


def _written_lower(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` in lower case as a whole word?"""
    at = text.find(word)
    while at >= 0:
        if _whole(text, at, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _named(text: str, word: str) -> bool:
    """Does ``text`` capitalise ``word`` inside a sentence (after a lower-case letter, a
    comma or a semicolon and a space) or before another capitalised word?"""
    cap = word.capitalize()
    at = text.find(cap)
    while at >= 0:
        end = at + len(cap)
        if _whole(text, at, end) and (
            at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;")
            or text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        ):
            return True
        at = text.find(cap, end)
    return False


def words_after(text: str, stop: int) -> tuple[str, ...]:
    """The few words or marks right after ``text[:stop]``, past spaces (at most
    :data:`_LOOK_AHEAD`, bounded however long the text)."""
    return tuple(_NEXT.findall(text, stop, stop + _LOOK_CHARS)[:_LOOK_AHEAD])


_NEXT = re.compile(r"\w+|\S")
_LOOK_AHEAD = 9  # the words read after a sentence's first word: past a few adverbs
_LOOK_CHARS = 160


def read_as_common(low: str, nxt: Sequence[str], common: CommonWords) -> bool:
    """Is a capitalised word (lower case ``low``) opening a sentence, before the words or
    marks ``nxt``, one of the article's ``common`` words, read in lower case? Not before
    a noun of people ("Policy makers in Europe have called": a description), nor before
    a verb or a comma, past any adverbs ("Shelter said", "Apple has", "Labour attacked",
    "Labour attacks the plan", "Shelter, the charity,", "Young also said", "Rice later
    told"): a person or body named by a common word speaks as its subject."""
    words = [w.lower() for w in nxt]
    k = 0
    while k < len(words) - 1 and _adverb(words[k]) and words[k + 1] != "-":
        k += 1  # "Young also said", "Cook now says", "Rice himself told"; not "first-time"
    after = words[k] if k < len(words) else ""
    then = words[k + 1] if k + 1 < len(words) else ""
    if after in _PHRASE_OPENERS and _speech_verb_next(words[k + 1 :]):
        return False  # "Bush last week told", "Young on Monday called": the verb's subject
    if after in job_lex.PERSON_NOUNS or after in job_lex.PERSON_PLURALS or (
        after.endswith(_AGENT_PLURALS)
    ):
        return False
    if after in cue_lex.CUE_VERBS or after in _AUXILIARIES or not after[:1].isalpha():
        return False
    if after.endswith("ed") or after.endswith("s") and then in _OBJECT_OPENERS:
        return False  # "Shelter branded", "Labour attacks the plan": a verb
    return low in common


def _adverb(word: str) -> bool:
    """Is ``word`` an adverb that may stand between a subject and its verb ("also",
    "later", "now", "himself", "quickly")?"""
    return word in _BETWEEN or (
        len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS
    )


_BETWEEN = lexicon.words(
    "also later then again once previously earlier recently yesterday today now still "
    "further separately repeatedly simply just only even too meanwhile afterwards "
    "subsequently already often always soon never first herself himself itself "
    "themselves ever personally"
)
_LY_NOUNS = lexicon.words("reply supply family rally apply ally assembly italy belly jelly")


def _speech_verb_next(words: Sequence[str]) -> bool:
    """Do ``words`` (after a preposition or "last") reach a verb of speech before any
    mark ("on Monday called", "in a speech in Leeds said")?"""
    for word in words:
        if word in _SPEECH_VERBS:
            return True
        if not word[:1].isalnum():
            return False
    return False


# Words opening a phrase of time or place between a subject and its verb.
_PHRASE_OPENERS = lexicon.words("in on at during after before last this late early")
_SPEECH_VERBS = lexicon.words(
    "said says told tells called calls described describes warned warns urged accused "
    "denied insisted added argued claimed declared announced admitted replied praised "
    "criticised criticized condemned branded dismissed wrote writes"
)


_OBJECT_OPENERS = lexicon.words(
    "the a an his her its their this that these those it them him us me our your"
)


_AUXILIARIES = lexicon.words(
    "has had have is was are were will would can could may might should must does did do"
)


def mark_common_opening(tokens: list[Token], floor: int, common: CommonWords) -> None:
    """Read the first word of the sentence from ``floor`` (past opening marks) in lower
    case when :func:`read_as_common` says so."""
    k = floor
    while k < len(tokens) and tokens[k].kind == "p" and tokens[k].text in _OPENING_MARKS:
        k += 1
    if k >= len(tokens):
        return
    t = tokens[k]
    nxt = [x.text for x in tokens[k + 1 : k + 1 + _LOOK_AHEAD]]
    if t.kind == "w" and t.capitalised and t.text.isalpha() and read_as_common(
        t.lower, nxt, common
    ):
        tokens[k] = Token(
            t.kind, t.text, t.start, t.end, t.quote, t.bare, t.lower, False, t.possessive
        )
