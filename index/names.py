"""Folding of person and organisation names for matching (never for display).

``fold`` removes accents and case ("Erdoğan" -> "erdogan"). ``name_key`` goes one step
further for a single name token, so that common transliteration variants meet:
doubled letters collapse and the endings -y/-i/-iy/-yy/-ey/-ei become one ("Zelenskyy",
"Zelensky", "Zelenskiy" -> "zelenski"; "Sergei", "Sergey" -> "sergi").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import methodcaller

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_DOUBLE = re.compile(r"(.)\1+")
_FIRST_GROUP = methodcaller("group", 1)  # r"\1" without a template expanded in Python
_ENDING = re.compile(r"(?:iy|yi|ey|ei|ii|y)$")

# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"}
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: "Erdoğan" -> "erdogan"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """The matching key of one name token: folded, doubled letters collapsed, -y/-i merged."""
    key = fold(token).replace("'", "")
    if _DOUBLE.search(key):
        key = _DOUBLE.sub(_FIRST_GROUP, key)
    if len(key) > 3:
        key = _ENDING.sub("i", key)
    return key


def name_tokens(name: str) -> list[str]:
    """The word tokens of a name, as written ("Jean-Claude Juncker" -> 2 tokens)."""
    return _WORD.findall(name)


def name_keys(name: str) -> tuple[str, ...]:
    """The matching keys of every token of ``name``."""
    return tuple(name_key(t) for t in name_tokens(name))
