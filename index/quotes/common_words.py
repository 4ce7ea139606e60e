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
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{2,}(?![\w'’-])")
_OPENING_MARKS = "\"'“‘«(["
_SENTENCE_ENDS = ".?!:;"
_CLOSING_MARKS = "\"'”’»)]"
_AGENT_PLURALS = ("ers", "ors", "ists", "ians")  # "makers", "investors", "economists"


def _opens(text: str, at: int) -> bool:
    """Does the capitalised word at ``at`` open its sentence (a paragraph's start, after
    a full stop, question mark, exclamation mark or colon, or after an opening mark at
    such a place)?"""
    k = at
    while k > 0 and (text[k - 1] in _OPENING_MARKS or text[k - 1].isspace()):
        k -= 1
    if k == 0:
        return True
    while k > 0 and text[k - 1] in _CLOSING_MARKS:  # '..." Casual' after a quotation's end
        k -= 1
    return k > 0 and text[k - 1] in _SENTENCE_ENDS


def common_words(texts: Sequence[str]) -> frozenset[str]:
    """The lower-case words (three letters or more) that ``texts`` write in lower case
    and capitalise only at a sentence's start, never next to another capitalised word,
    and that are no given name ("Hope", "Will") nor a word the engine already reads as
    no name at a sentence's start ("But", "After": :data:`lexicon.SENTENCE_OPENERS`)."""
    lower: set[str] = set()
    named: set[str] = set()
    for text in texts:
        lower.update(m.group() for m in _LOWER.finditer(text))
        for m in _CAPITALISED.finditer(text):
            word = m.group().lower()
            after = text[m.end() : m.end() + 2]
            if not _opens(text, m.start()) or (
                len(after) == 2 and after[0] == " " and after[1].isupper()
            ):
                named.add(word)
    given = name_lex.first_names()
    return frozenset(
        w for w in lower - named if w not in given and w not in lexicon.SENTENCE_OPENERS
    )


def opening_word(text: str, start: int, at: int) -> bool:
    """Does the word at ``at`` open the sentence starting at ``start``, past any opening
    marks ("'Networks like ...")?"""
    return not text[start:at].strip().lstrip(_OPENING_MARKS).strip()


class CommonWords:
    """An article's :func:`common_words`, read from its paragraphs only when a sentence
    first asks about one."""

    __slots__ = ("_texts", "_found")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._found: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._found is None:
            self._found = common_words(self._texts)
        return word in self._found


def words_after(text: str, stop: int) -> tuple[str, str]:
    """The two words or marks right after ``text[:stop]``, past spaces ("" at the end)."""
    m = _NEXT.match(text, stop)
    return (m.group(1), m.group(2) or "") if m else ("", "")


_NEXT = re.compile(r"\s*(\w+|\S)(?:\s*(\w+|\S))?")


def read_as_common(low: str, nxt: tuple[str, str], common: CommonWords) -> bool:
    """Is a capitalised word (lower case ``low``) opening a sentence, before the two
    words or marks ``nxt``, one of the article's ``common`` words, read in lower case?
    Not before a noun of people ("Policy makers in Europe have called": a description),
    nor before a verb or a comma ("Shelter said", "Apple has", "Labour attacked",
    "Labour attacks the plan", "Shelter, the charity,"): a body named by a common word
    speaks as its subject."""
    after, then = nxt[0].lower(), nxt[1].lower()
    if after in job_lex.PERSON_NOUNS or after in job_lex.PERSON_PLURALS or (
        after.endswith(_AGENT_PLURALS)
    ):
        return False
    if after in cue_lex.CUE_VERBS or after in _AUXILIARIES or not after[:1].isalpha():
        return False
    if after.endswith("ed") or after.endswith("s") and then in _OBJECT_OPENERS:
        return False  # "Shelter branded", "Labour attacks the plan": a verb
    return low in common


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
    nxt = tuple(x.text for x in tokens[k + 1 : k + 3]) + ("", "")
    if t.kind == "w" and t.capitalised and t.text.isalpha() and read_as_common(
        t.lower, (nxt[0], nxt[1]), common
    ):
        tokens[k] = Token(
            t.kind, t.text, t.start, t.end, t.quote, t.bare, t.lower, False, t.possessive
        )
