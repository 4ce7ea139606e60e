"""Where a word stands whole in a text, found with ``str.find`` instead of a regex made
for that one word (compiling a pattern per word costs more than the search itself).

``\\w`` in a regex over ``str`` is a character that is alphanumeric or "_", which is what
:func:`_is_word` tests, so both functions give what the regexes in their docstrings give.
"""

from __future__ import annotations


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def word_starts(word: str, text: str) -> list[int]:
    """The start of each match of ``(?<!\\w)WORD(?!\\w)`` in ``text`` (``WORD`` the
    escaped ``word``), left to right and not overlapping, as ``re.finditer`` gives them."""
    found: list[int] = []
    size, end = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        stop = at + size
        if (at == 0 or not _is_word(text[at - 1])) and (stop == end or not _is_word(text[stop])):
            found.append(at)
            at = text.find(word, stop if size else at + 1)  # past an empty match: on
        else:
            at = text.find(word, at + 1)
    return found


def _boundary(text: str, at: int) -> bool:
    """Is there a ``\\b`` at ``at``: a word character on one side only?"""
    before = at > 0 and _is_word(text[at - 1])
    after = at < len(text) and _is_word(text[at])
    return before != after


def has_bounded(word: str, text: str) -> bool:
    """Does ``\\bWORD\\b`` (``WORD`` the escaped ``word``) match in ``text``?"""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + size):
            return True
        at = text.find(word, at + 1)
    return False
