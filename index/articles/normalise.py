"""One spelling for every name: decoded article text normalised before anything reads it.

The same name can reach us in several spellings that look alike but do not compare
equal: with an invisible soft hyphen inside it ("Doug \\u00adAndres"), with its accents
as separate combining marks (NFD: "e" + U+0301), or as mojibake, UTF-8 bytes read as
Latin-1 or cp1252 ("JosÃ©", "donâ€™t"), sometimes mangled twice ("FranÃ\\u0083Â§ois")
or decomposed afterwards ("PeA\\u0303±a", "GÃ1⁄4len"). :func:`normalise` gives each one
spelling: NFC, mojibake repaired where the repair is unambiguous, invisible format
characters (soft hyphen, zero-width space, word joiner, a BOM inside the text) dropped.

It runs once on each unit of an article's text
(:func:`index.articles.segment.split_units`, :func:`normalise_edits`), offsets kept
into the decoded file text; the repairs counted there (:func:`repairs`) are the
article's warning. Text of plain ASCII is returned as it is.

Unambiguous means: a pair or triple of characters that only mis-decoding produces.
Two-byte sequences led by "Ã" or "Â" (U+00C3, U+00C2: the bytes of "à".."ÿ", "À".."ß"
and of the Latin-1 signs and the no-break space), led by "Ä" or "Å" (Central European
letters: "Å¡" is "š") only after a small letter and only when they make a letter, and
three-byte ones led by "â" then two continuation characters ("â€™" is "’", "â€”" is
"—"): no language writes those characters in those orders. A sequence that does not
decode as UTF-8 is left alone.
"""

from __future__ import annotations

import html
import re
import unicodedata

INVISIBLE = "\u00ad\u200b\u2060\ufeff"
"""Soft hyphen, zero-width space, word joiner, byte order mark: dropped from text (the
zero-width space and the word joiner only inside a word: alone on a line they keep the
line the page drew)."""

_INVISIBLE = re.compile("[\u00ad\ufeff]|(?<=\\w)[\u200b\u2060](?=\\w)")

# Characters that stand for the bytes 0x80..0xBF (UTF-8 continuation bytes) when UTF-8 is
# read as cp1252 (the printable ones) or Latin-1 (the C1 controls cp1252 leaves undefined).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_CONT = "[" + re.escape(_CP1252_HIGH) + "\u0080-\u00bf]"

# After a lead character, Unicode compatibility decomposition (NFKD) turned some of these
# into two or three characters: "¨" into " " + U+0308, "¼" into "1⁄4". Read back only
# right after "Ã" or "Â", where no text has them.
_FOLDED = {
    " \u0308": "\u00a8", " \u0304": "\u00af", " \u0301": "\u00b4", " \u0327": "\u00b8",
    "1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be",
}
_UNFOLD = re.compile("(?<=[\u00c2\u00c3])(?:" + "|".join(map(re.escape, _FOLDED)) + ")")
# And some into one plain character ("º" into "o", "³" into "3"): read back only inside
# a lower-case word ("JesÃos" is "Jesús"), since "SÃO" is Portuguese.
_SHORT = {"o": "\u00ba", "a": "\u00aa", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}
_UNFOLD_SHORT = re.compile("(?:(?<=[a-z]\u00c3)|(?<=\u0083\u00c2))[oa123](?=[a-z])")

_MOJIBAKE = re.compile(
    "[\u00c2\u00c3]" + _CONT                    # "Ã©" -> "é", "Â£" -> "£", "Ã‰" -> "É"
    + "|(?<=[a-z\u00df-\u00ff])[\u00c4\u00c5]" + _CONT  # "Å¡" -> "š" after a small letter
    + "|\u00e2" + _CONT + _CONT                 # "â€™" -> "’"
)


_LEADS = re.compile("[\u00c2-\u00c5\u00e2]")


def _byte(char: str) -> int:
    """The byte a character stands for when UTF-8 was read as cp1252 or Latin-1."""
    code = ord(char)
    return code if code < 0x100 else char.encode("cp1252")[0]


def _repair(match: re.Match[str]) -> str:
    """The character a mis-decoded sequence stood for, or the sequence if none."""
    raw = match.group()
    try:
        fixed = bytes(_byte(c) for c in raw).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return raw
    if len(fixed) != 1 or unicodedata.category(fixed) == "Cc":
        return raw
    return fixed if raw[0] not in "\u00c4\u00c5" or fixed.isalpha() else raw


_COMBINING = re.compile(".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _composed(match: re.Match[str]) -> str:
    """A letter and its combining marks as one character (NFC), if they make one."""
    fixed = unicodedata.normalize("NFC", match.group())
    return fixed if len(fixed) == 1 else match.group()


Edit = tuple[int, int, str]
"""Characters ``i..j`` of a text replaced by one character, or by none."""


class _Tracked:
    """Text being normalised, each character remembering the span of the original text
    it stands for: every step replaces a few characters by one or by none."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(i, i + 1) for i in range(len(text))]

    def sub(self, pattern: re.Pattern[str], fix) -> bool:
        """Replace each match by ``fix(match)`` (one character, or none); False when
        nothing changed."""
        chars: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        for match in pattern.finditer(self.text):
            new = fix(match)
            if new == match.group():
                continue
            i, j = match.span()
            chars.append(self.text[pos:i])
            spans.extend(self.spans[pos:i])
            if new:
                chars.append(new)
                spans.append((self.spans[i][0], self.spans[j - 1][1]))
            pos = j
        if not pos:
            return False
        chars.append(self.text[pos:])
        spans.extend(self.spans[pos:])
        self.text, self.spans = "".join(chars), spans
        return True

    def repaired(self, original: str) -> int:
        """How many characters stand for mis-decoded sequences of ``original`` (more
        than letters and marks composed)."""
        return sum(
            _read_as_meant(original, i, j, char)
            for char, (i, j) in zip(self.text, self.spans, strict=True)
        )


def _normalised(text: str) -> _Tracked:
    """The steps of :func:`normalise` on ``text``, tracked."""
    out = _Tracked(text)
    out.sub(_COMBINING, _composed)
    for _ in range(3):  # each pass undoes one layer of mis-decoding ("Ã\u0083Â§" twice)
        if not _LEADS.search(out.text):
            break
        out.sub(_UNFOLD, lambda m: _FOLDED[m.group()])
        out.sub(_UNFOLD_SHORT, lambda m: _SHORT[m.group()])
        if not out.sub(_MOJIBAKE, _repair):
            break
        out.sub(_COMBINING, _composed)
    out.sub(_INVISIBLE, lambda m: "")
    return out


_SUSPECT = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00c2-\u00c5\u00e2"
    "\u00ad\ufeff\u200b\u2060]"
)
"""A character any step of :func:`normalise` starts from; text without one is left."""


def _plain(text: str) -> bool:
    """True when :func:`normalise` has nothing to change in ``text`` (most text)."""
    return text.isascii() or _SUSPECT.search(text) is None


def normalise(text: str) -> tuple[str, int]:
    """Text with one spelling for each word, and how many mis-decoded characters were
    repaired: letters and their combining marks composed (NFC), UTF-8 read as
    Latin-1/cp1252 decoded where that is unambiguous (twice if mangled twice), invisible
    format characters (:data:`INVISIBLE`) dropped. The soft hyphens go last: one may be
    a mis-decoded byte ("Ã" + U+00AD is "í")."""
    if _plain(text):
        return text, 0
    out = _normalised(text)
    return out.text, out.repaired(text)


def normalise_edits(text: str) -> list[Edit]:
    """What :func:`normalise` changes in ``text``, as sorted edits of the original text
    (:meth:`index.articles.mapped.Mapped.edit`): each output character that is not the
    original character it stands for replaces its span; dropped characters go."""
    if _plain(text):
        return []
    out = _normalised(text)
    if out.text == text:
        return []
    edits: list[Edit] = []
    pos = 0
    for char, (i, j) in zip(out.text, out.spans, strict=True):
        edits.extend((k, k + 1, "") for k in range(pos, i))  # dropped before this one
        if j - i > 1 or text[i] != char:
            edits.append((i, j, char))
        pos = j
    edits.extend((k, k + 1, "") for k in range(pos, len(text)))
    return edits


def repairs(text: str, edits: list[Edit]) -> int:
    """How many of :func:`normalise_edits`' ``edits`` of ``text`` read a mis-decoded
    sequence as meant (more than letters and marks composed): what :func:`normalise`
    counts."""
    return sum(_read_as_meant(text, i, j, char) for i, j, char in edits)


def _read_as_meant(original: str, i: int, j: int, char: str) -> bool:
    """Does ``char``, standing for ``original[i:j]``, read a mis-decoded sequence as
    meant: more than one character, and more than letters and marks composed?"""
    return j - i > 1 and unicodedata.normalize("NFC", original[i:j]) != char


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _named_char(reference: str) -> str | None:
    """The one character an HTML character reference names, or None (a name HTML does
    not know, more than one character, a control character, an invalid code point)."""
    char = html.unescape(reference)
    if len(char) != 1 or char == reference or char == "\ufffd":
        return None
    return char if char.isprintable() or char.isspace() else None


def entity_edits(text: str) -> list[Edit]:
    """HTML character references left in an article's text ("Jos&#233;", "&#163;1.8m",
    "&lt;", written by a tool that escaped a page and saved it as text) as the characters
    they name: sorted edits of ``text`` (:meth:`index.articles.mapped.Mapped.edit`). A
    reference naming no single printable character stays as written."""
    if "&" not in text:
        return []
    edits: list[Edit] = []
    for match in _ENTITY.finditer(text):
        char = _named_char(match.group())
        if char is not None:
            edits.append((match.start(), match.end(), char))
    return edits


def unescape_references(text: str) -> str:
    """``text`` with :func:`entity_edits` applied."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: _named_char(m.group()) or m.group(), text)
