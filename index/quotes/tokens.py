"""Tokenise a paragraph for the attribution rules, with each quotation as one token.

Words keep their offsets; abbreviations and initials keep their full stop ("Capt.",
"U.S.", "M."); a possessive ("Russia’s") is flagged; every quoted span, marks
included, becomes a single ``q`` token so rules read the narrative around quotes.
Derived forms (lower case, bare word, capitalisation) are computed once per token.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter

from warreader.index.quotes.lexicon import words
from warreader.index.quotes.marks import Span
from warreader.index.quotes.name_lex import first_names
from warreader.index.quotes.sentences import ABBREVIATIONS, LETTER_LABELS

# The tokens of a stretch of text without spaces: words and single punctuation marks,
# back to back, so offsets follow from their lengths.
_TOKEN = re.compile(
    r"[^\W_]+(?:(?:[.'’\-&]|(?<=\d),(?=\d{3}(?!\d)))[^\W_]+)*"
    r"(?:\.|(?<=[sS])['’](?![^\W_]))?|--|[^\w\s]"
)
# a plural possessive keeps its apostrophe ("the Musicians' Union"); "B&B" is one word;
# so is a number with thousands separators ("9,000", "2,000,000": no clause comma)


class Token:
    """A word (``kind`` "w"), punctuation ("p") or a whole quotation ("q").

    ``bare`` is the word without a possessive ending or final full stop, ``lower`` its
    lower case; ``possessive`` is true for "Russia’s" and "conscripts’"; ``quote`` is the
    index of a "q" token's quotation in the paragraph's spans (-1 for other tokens).
    The constructor takes every field as given (the tokenizer derives them in bulk).
    """

    __slots__ = (
        "kind",
        "text",
        "start",
        "end",
        "quote",
        "bare",
        "lower",
        "capitalised",
        "possessive",
    )

    def __init__(
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        quote: int,
        bare: str,
        lower: str,
        capitalised: bool,
        possessive: bool,
    ) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote
        self.bare = bare
        self.lower = lower
        self.capitalised = capitalised
        self.possessive = possessive

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end})"


def _word(word: str, a: int, b: int) -> Token:
    bare = word
    possessive = False
    if len(word) > 2:
        last = word[-1]
        if last == "s" and word[-2] in "’'":
            bare, possessive = word[:-2], True
        elif last in "’'":
            bare, possessive = word[:-1], True
        elif last == "." and word.count(".") == 1:
            bare = word[:-1]
    return Token("w", word, a, b, -1, bare, bare.lower(), capital_word(word), possessive)


# A surname written with a lower-case particle joined to it ("Leonardo diCaprio",
# "Brian dePalma"): a capitalised word all the same, the "DiCaprio" of the next sentence.
# Only these particles: "iPod", "eBay", "deCODE" stay lower-case words.
JOINED_PARTICLE = r"(?:di|de|da|du|del|della|le|la|van|von|der|ten|ter|mc|mac)(?=[A-Z][a-z])"
PARTICLE_CAPITAL = re.compile(JOINED_PARTICLE)
_JOINED_IN_TEXT = re.compile(r"\b" + JOINED_PARTICLE)
# What must stand before a joined surname for it to count as a name word (revM25): a given
# name or an honorific ("Leonardo diCaprio", "Mr diCaprio"), not a brand or a paper opening
# a sentence ("vanMoof said", "derStandard reported").
_HONORIFICS = words("mr mrs ms miss dr sir dame lord lady")


def capital_word(word: str) -> bool:
    """Does ``word`` start a name as a capitalised word does (:data:`PARTICLE_CAPITAL`)?"""
    return word[0].isupper() or PARTICLE_CAPITAL.match(word) is not None


def keeps_dot(word: str) -> bool:
    """Is the final full stop of ``word`` part of it ("Capt.", "U.S.", "M.")?"""
    core = word[:-1]  # not a numeral: "Question 4. Healey said" ends a sentence there, as
    return (  # :func:`~warreader.index.quotes.sentences.sentence_bounds` cuts it
        len(core) == 1 and not core.isdigit() or "." in core or core.lower() in ABBREVIATIONS
    )


def _words(text: str, start: int, end: int, tokens: list[Token]) -> None:
    """Append the tokens of ``text[start:end]`` (no quotation in it) to ``tokens``.

    Whitespace and underscores part tokens. Most stretches between spaces are one plain
    word ("said", "2004") and become a token at once; the others ("Blair's", "U.S.,")
    are cut by :data:`_TOKEN`.
    """
    append = tokens.append
    piece = text[start:end]
    if "_" in piece:
        piece = piece.replace("_", " ")  # same length: offsets stay those of ``text``
    # Printable text has no whitespace but plain spaces: a chunk's offset follows from the
    # lengths before it (an empty chunk for each space after the first), not from a search.
    if piece.isprintable():
        at = start
        for chunk in piece.split(" "):  # the body of _chunk_tokens, inlined: the hot loop
            n = len(chunk)
            if not n:
                at += 1
                continue
            if chunk.isalnum():  # one word with no possessive ending, no full stop
                if chunk.islower():  # the most words: their own lower case, no capital
                    append(Token("w", chunk, at, at + n, -1, chunk, chunk, False, False))
                else:
                    append(Token("w", chunk, at, at + n, -1, chunk, chunk.lower(),
                                 chunk[0].isupper() or capital_word(chunk), False))
            elif n > _REMEMBERED_CHUNK:
                _cut(chunk, at, append)
            elif n == 2 and _labelled_letter(chunk, tokens):  # "vitamin C.": no initial
                _letter_and_stop(chunk, at, append)
            else:
                parts = _chunks.get(chunk)
                if parts is None:
                    parts = _chunk_parts(chunk)
                for kind, word, a, b, bare, low, capitalised, possessive in parts:
                    append(Token(kind, word, at + a, at + b, -1, bare, low, capitalised,
                                 possessive))
            at += n + 1
        return
    pos = 0
    for chunk in piece.split():
        pos = piece.find(chunk, pos)
        if len(chunk) == 2 and _labelled_letter(chunk, tokens):
            _letter_and_stop(chunk, start + pos, append)
        else:
            _chunk_tokens(chunk, len(chunk), start + pos, append)
        pos += len(chunk)


def _letter_and_stop(chunk: str, at: int, append: Callable[[Token], None]) -> None:
    """Append a labelling letter and the full stop after it ("C." of "vitamin C.") as two
    tokens: the stop ends a sentence."""
    letter = chunk[0]
    append(Token("w", letter, at, at + 1, -1, letter, letter.lower(), True, False))
    append(Token("p", ".", at + 1, at + 2, -1, ".", ".", False, False))


def _labelled_letter(chunk: str, tokens: list[Token]) -> bool:
    """Is ``chunk`` a capital letter and a full stop labelling the word before it
    ("vitamin C.", "Plan B.": :data:`~warreader.index.quotes.sentences.LETTER_LABELS`)?
    Its stop ends the sentence, as :func:`~warreader.index.quotes.sentences.sentence_bounds`
    reads it; after any other word the letter stays an initial ("said R. Tom Keller")."""
    return (
        chunk[1] == "."
        and chunk[0].isupper()
        and bool(tokens)
        and tokens[-1].kind == "w"
        and tokens[-1].lower in LETTER_LABELS
    )


def _chunk_tokens(chunk: str, n: int, at: int, append: Callable[[Token], None]) -> None:
    """Append the tokens of ``chunk`` (``n`` characters, no whitespace), which starts at ``at``."""
    if chunk.isalnum():  # one word with no possessive ending, no full stop
        append(Token("w", chunk, at, at + n, -1, chunk, chunk.lower(), capital_word(chunk), False))
        return
    if n > _REMEMBERED_CHUNK:  # hostile input: cut, not remembered
        _cut(chunk, at, append)
        return
    parts = _chunks.get(chunk)
    if parts is None:
        parts = _chunk_parts(chunk)
    for kind, word, a, b, bare, low, capitalised, possessive in parts:
        append(Token(kind, word, at + a, at + b, -1, bare, low, capitalised, possessive))


def _cut(chunk: str, at: int, append: Callable[[Token], None]) -> None:
    """Append the tokens of ``chunk`` (more than letters and digits), which starts at
    ``at``: words and single punctuation marks back to back."""
    for word in _TOKEN.findall(chunk):
        b = at + len(word)
        if word == "--":  # a dash typed as two hyphens (plain text, wire copy): one dash
            append(Token("p", "\u2014", at, b, -1, "\u2014", "\u2014", False, False))
        elif not word[0].isalnum():  # one punctuation mark
            append(Token("p", word, at, b, -1, word, word, False, False))
        else:
            _word_tokens(word, at, b, append)
        at = b


_span_start = attrgetter("start")  # a span's start offset, read in C
_REMEMBERED_CHUNK = 64  # characters; a longer chunk is cut every time
_CHUNK_MEMO_LIMIT = 50_000  # chunks remembered across articles before the memo starts afresh
_chunks: dict[str, tuple[tuple, ...]] = {}


def _chunk_parts(chunk: str) -> tuple[tuple, ...]:
    """The fields of the tokens of ``chunk`` (see :func:`_cut`), offsets from its start,
    remembered: they depend on the chunk's characters alone, so a chunk met again
    ("said,", "Mr.", "Blair's") is not cut again."""
    tokens: list[Token] = []
    _cut(chunk, 0, tokens.append)
    parts = tuple([
        (t.kind, t.text, t.start, t.end, t.bare, t.lower, t.capitalised, t.possessive)
        for t in tokens
    ])
    if len(_chunks) >= _CHUNK_MEMO_LIMIT:
        _chunks.clear()
    _chunks[chunk] = parts
    return parts


def _word_tokens(word: str, a: int, b: int, append: Callable[[Token], None]) -> None:
    """The token (or the word and its full stop) for a ``word`` at ``a``-``b`` that is
    more than letters and digits."""
    last = word[-1]
    if last == ".":
        if keeps_dot(word):
            append(_word(word, a, b))
        else:
            append(_word(word[:-1], a, b - 1))
            append(Token("p", ".", b - 1, b, -1, ".", ".", False, False))
    elif last == "’" or last == "'" or last == "s" and len(word) > 2 and word[-2] in "’'":
        append(_word(word, a, b))  # a possessive: "Russia's", "conscripts’"
    elif ("’" in word or "'" in word) and _contracted_pronoun(word):
        bare = _APOSTROPHE.split(word, 1)[0]  # "They’re": the pronoun "they"
        append(Token("w", word, a, b, -1, bare, bare.lower(), capital_word(word), False))
    else:  # no possessive ending, no full stop: the word is its own bare form
        append(Token("w", word, a, b, -1, word, word.lower(), capital_word(word), False))


_APOSTROPHE = re.compile("['’]")
_CONTRACTED = re.compile(r"(?i)(?:i|you|we|they|he|she)['’](?:re|ve|ll|d|m)")


def _contracted_pronoun(word: str) -> bool:
    """Is ``word`` a pronoun with a contracted verb ("They’re", "we've", "I'm")?"""
    return _CONTRACTED.fullmatch(word) is not None


_MARKS = frozenset("\"'“”‘’«»„‹›")


def _with_marks(text: str, span: Span, floor: int) -> tuple[int, int]:
    """``span`` widened to its marks, over any space the marks stand apart by
    ("Argentina, " said): the offsets of its single "q" token."""
    start = max(floor, span.start - 1)
    if start >= len(text):  # the token before took this span's marks ("‘H ”‘"): empty
        return len(text), max(len(text), span.end)
    if text[start] != span.mark and text[start] not in _MARKS:
        back = start
        while back > floor and text[back].isspace():
            back -= 1
        if text[back] in _MARKS:
            start = back
    end = span.end
    if span.closed:
        while end < len(text) - 1 and text[end].isspace() and text[end] not in _MARKS:
            end += 1
        end = min(len(text), end + 1)
    return start, end


def tokenize(
    text: str,
    spans: list[Span],
    start: int = 0,
    end: int | None = None,
    tokens: list[Token] | None = None,
    q_index: dict[int, int] | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]``; each span (and its marks) becomes one "q" token.

    ``spans`` are all the paragraph's spans (a "q" token's ``quote`` is the index in
    that list); only those inside the range are used. Tokens are appended to ``tokens``
    when it is given; ``q_index``, when given, maps each span made a "q" token to that
    token's index in the list.
    """
    out: list[Token] = [] if tokens is None else tokens
    end = len(text) if end is None else end
    before = len(out)
    pos = start
    first = bisect_left(spans, start, key=_span_start)
    for k in range(first, len(spans)):
        span = spans[k]
        if span.start >= end:
            break
        q_start, q_end = _with_marks(text, span, pos)
        _words(text, pos, q_start, out)
        quoted = text[q_start:q_end]
        if q_index is not None:
            q_index[k] = len(out)
        out.append(Token("q", quoted, q_start, q_end, k, quoted, quoted.lower(), False, False))
        pos = q_end
    _words(text, pos, end, out)
    if _JOINED_IN_TEXT.search(text, start, end):
        _joined_after_names(text, out, before)
    if _NUMBERED_IN_TEXT.search(text, start, end):
        _numbered_bodies(out, before)
    return out


# Bodies named with a numeral: "Number 10", "No 10" (Downing Street), "Channel 4",
# "Radio 4" - a numeral only after these words, never a date, a score or a model.
_NUMBERED_IN_TEXT = re.compile(r"\b(?:Number|No\.?|Channel|Radio) \d\d?\b")
_NUMBERED = {"number": "10", "no": "10", "no.": "10", "channel": "45", "radio": "12345"}


def _numbered_bodies(tokens: list[Token], first: int) -> None:
    """The numeral of "Number 10", "No 10", "Channel 4", "Radio 4" (a one-digit number
    or 10, from ``tokens[first]`` on) is a capitalised word of the body's name, so that
    "Number 10 said" names its speaker as "The G8 said" does."""
    for i in range(max(first, 1), len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        numeral = token.bare.rstrip(".")  # "on Radio 1.": the sentence's full stop
        if token.kind == "w" and before.capitalised and before.kind == "w" and (
            numeral == "10" and before.lower in ("number", "no", "no.")
            or len(numeral) == 1 and numeral in _NUMBERED.get(before.lower, "")
            and before.lower in ("channel", "radio")
        ) and before.end + 1 == token.start:
            token.capitalised = True


def _joined_after_names(text: str, tokens: list[Token], first: int) -> None:
    """A joined surname ("diCaprio") from ``tokens[first]`` on is a capitalised word only
    after a given name or an honorific ("Leonardo diCaprio", "Mr diCaprio"), or when the
    paragraph ``text`` wrote it so before ("... diCaprio said"); not "vanMoof said",
    "derStandard reported" (:data:`JOINED_PARTICLE`)."""
    for i in range(first, len(tokens)):
        token = tokens[i]
        if token.capitalised and token.kind == "w" and token.text[0].islower():
            before = tokens[i - 1].lower.rstrip(".") if i else ""
            token.capitalised = _named(before) or any(
                _named(m.group(1).lower())
                for m in re.finditer(r"(\w+)\.?\s+" + re.escape(token.bare), text[: token.start])
            )


def _named(word: str) -> bool:
    """Is ``word`` (lower case) a given name or an honorific?"""
    return word in _HONORIFICS or word in first_names()
