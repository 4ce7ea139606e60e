"""What one quotation mark does where it stands, for the pairing of
:mod:`warreader.index.quotes.marks`: it opens a quotation, closes one, may do either, or
(a single mark) is an apostrophe.

Curly marks say their role by their shape, unless what stands on either side
contradicts it (a misused curly mark); straight marks by what stands on either side.
A single mark is an apostrophe between letters (they’re, O'Neill), where letters were
left out ('bout, rock 'n' roll, '90s) and after the s of a plural possessive that a word
follows ("the voters' choice").
"""

from __future__ import annotations

import re

from warreader.index.quotes.lexicon import words

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_LEFT_BOUNDARY = "([{—–-/" + DOUBLE_OPEN + SINGLE_OPEN
_RIGHT_BOUNDARY = ",.;:!?)]}—–-…" + DOUBLE_CLOSE + SINGLE_CLOSE

OPEN, CLOSE, EITHER = 1, 2, 3
_INVISIBLE = " \t\u200b\u200e\u200f\u202a\u202b\u202c\ufeff"


def _side(text: str, i: int) -> tuple[bool, bool]:
    """(space-like on the left, space-like on the right) of the mark at ``i``."""
    left = i == 0 or text[i - 1].isspace() or text[i - 1] in _LEFT_BOUNDARY
    right = i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _RIGHT_BOUNDARY
    return left, right


def double_role(text: str, i: int) -> int:
    """OPEN, CLOSE or EITHER for a double mark at ``i``."""
    ch = text[i]
    if i < 4 and not text[:i].strip(_INVISIBLE):
        return OPEN  # a paragraph opening on a mark opens a quotation: '” … they are'
    left, right = _side(text, i)
    if left and right and ch in "“”":
        return EITHER  # a curly mark between spaces: a typed '"' the typesetter guessed
    if ch in DOUBLE_OPEN:
        return CLOSE if (right and not left and ch == "“") else OPEN
    if ch in DOUBLE_CLOSE:
        return OPEN if (left and not right) else CLOSE
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return EITHER


# A single mark standing for letters left out of a word ("how 'bout", "beat 'em", "rock
# 'n' roll", "'cause", "'til"): an apostrophe, even after a space, where an opening mark
# would stand. Only these words: a quotation may open on any other ('em' is no word).
_ELISION = re.compile(r"['‘](?:bout|em|cause|cos|til|tis|twas)(?![\w'‘’-])|['‘]n['’]")


def single_role(text: str, i: int) -> int | None:
    """OPEN, CLOSE or None (an apostrophe) for a single mark at ``i``."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return None  # they’re, O'Neill, rock'n'roll
    if _ELISION.match(text, i) or i > 1 and _ELISION.match(text, i - 2):
        return None  # 'bout, 'em, 'cause, rock 'n' roll: letters left out
    left, right = _side(text, i)
    if left and (
        nxt.isalpha()
        or nxt in "[(…"
        or text.startswith("...", i + 1)  # "'... There is evidence": three dots too
        or (nxt.isdigit() and not _is_decade(text, i))
    ):
        return OPEN if text[i] != "’" or nxt.isupper() else None
    if right and not left and (prev.isalnum() or prev in _BEFORE_SINGLE_CLOSE):
        if prev in "sS" and _plural_possessive(text, i):
            return None  # "the voters' choice": an apostrophe
        return CLOSE
    return None


# What a closing single mark may follow besides a letter or digit: sentence punctuation,
# a percent sign or bracket ("'by nearly 30%'."), and the closing double mark of a
# quotation nested in it, both ending together ("'... thinking, "Aren't we clever?"' said").
_BEFORE_SINGLE_CLOSE = ".!?,;:…%)]”\""


_NEXT_WORD = re.compile(r" ([a-z]+)")


# Words that may follow a closing mark ("'lies' and", "'lies' he said").
_AFTER_CLOSING = words(
    """
    and or but nor to in on at for by with from as of he she they it we i is was were are
    be been said says say told added which that who the a an this its their his her than
    so if when while after before because since until yet then not over into
    """
)


_LATER_CLOSING = re.compile(r"(?<=\S)['’](?=[\s,.;:!?)]|$)")


def _plural_possessive(text: str, i: int) -> bool:
    """Is the mark at ``i``, after an s, an apostrophe ("'It's the voters' choice.'")?
    Only when a lower-case word follows that rarely follows a quotation and another
    mark that could close comes later in the sentence ("'contentious' film" closes)."""
    match = _NEXT_WORD.match(text, i + 1)
    if match is None or match.group(1) in _AFTER_CLOSING:
        return False
    later = _LATER_CLOSING.search(text, i + 1, min(len(text), i + 200))
    if later is None:
        return False
    # A mark that opens a new pair before it takes that later closing mark: "'value-
    # creating options' provided by a portfolio of 'world class assets'" closes here.
    opened = NESTED_OPEN.search(text, i + 1, later.start())
    return opened is None


def _is_decade(text: str, i: int) -> bool:
    """'90s, '05: an elided century, not a quote."""
    j = i + 1
    while j < len(text) and text[j].isdigit():
        j += 1
    return j - i - 1 == 2 and (j >= len(text) or not text[j].isalpha() or text[j] == "s")


# A single mark opening a word after a space or at the start: a nested quotation may open.
NESTED_OPEN = re.compile(r"(?<!\S)['‘]")
