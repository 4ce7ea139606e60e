"""Is an unnamed person an article introduces named right after?

"A local man, Tom Hale, found the dog", "a man named Tom Hale was arrested", "Police spoke
to a man at the scene. He was later named as Tom Hale": the indefinite description ("a
local man") introduces someone whom the words after it name, in apposition or with
"named", "called" or "identified as"; a later "the man said" is that named person, not
an unnamed one (see :func:`owned_sources.introduced_unnamed`). A name met otherwise after
the introduction is somebody else ("One man in the crowd heckled Tom Hale", "a man, Tom
Hale's neighbour,").
"""

from __future__ import annotations

import re

_TITLES = r"(?:[A-Z][\w.'’-]*\s+){0,3}"  # "Sgt", "Tom", "Dr Ann"


def named_since(pattern: re.Pattern[str], texts: list[str], name: str) -> bool:
    """Is the person the last match of ``pattern`` (the introduction) in ``texts`` (the
    paragraphs read up to the description, in order) named ``name`` right after it: in
    apposition (", Tom Hale,", "at the clinic, Ann Cole,"), by "named" or "called" ("a
    man named Tom Hale", "a guard, named locally as Tom Hale"), or by a passive naming
    after it ("He was later named as Tom Hale"; not "who named Tom Hale as ...")?"""
    surname = re.escape(name.split()[-1]) + r"\b(?!['’]s)"
    right_after = re.compile(
        rf"[^,.;\"“”]{{0,40}}?(?:, |,?\s+(?:named|called)\s+(?:locally\s+)?(?:as\s+)?)"
        rf"{_TITLES}{surname}"
    )
    passive = re.compile(
        rf"\b(?:was|were|been|is|are)\s+(?:later\s+|locally\s+|officially\s+)?"
        rf"(?:named|identified)\s+(?:locally\s+)?as\s+{_TITLES}{surname}"
    )
    for k in range(len(texts) - 1, -1, -1):
        matches = list(pattern.finditer(texts[k]))
        if matches:
            end = matches[-1].end()
            return right_after.match(texts[k], end) is not None or any(
                passive.search(text, end if n == k else 0) for n, text in enumerate(texts)
                if n >= k
            )
    return False
