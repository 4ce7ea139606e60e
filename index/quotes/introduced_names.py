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
# Between the description and its name only a short place or body after a preposition
# ("a nurse at the clinic, Ann Cole,"), never a verb and its object: "A man in the crowd
# heckled the minister, Tom Hale," names the minister, not the man (bblind26).
_PLACE_AFTER = (
    r"(?:\s+(?:at|in|from|of|on|near|outside|inside|for|with)\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
)


def named_since(pattern: re.Pattern[str], texts: list[str], name: str) -> bool:
    """Is the person the last match of ``pattern`` (the introduction) in ``texts`` (the
    paragraphs read up to the description, in order) named ``name`` right after it: in
    apposition (", Tom Hale,", "at the clinic, Ann Cole,"), by "named" or "called" ("a
    man named Tom Hale", "a guard, named locally as Tom Hale"), or by a passive naming
    after it ("He was later named as Tom Hale"; not "who named Tom Hale as ...")?"""
    surname = re.escape(name.split()[-1]) + r"\b(?!['’]s)"
    right_after = re.compile(
        rf"{_PLACE_AFTER}(?:, |,?\s+(?:named|called)\s+(?:locally\s+)?(?:as\s+)?)"
        rf"{_TITLES}{surname}"
    )
    for k in range(len(texts) - 1, -1, -1):
        matches = list(pattern.finditer(texts[k]))
        if matches:
            end = matches[-1].end()
            head = re.escape(matches[-1].group().split()[-1].lower())
            passive = re.compile(  # "He was later named as ...", "the man was named as ...";
                # not "The victim was named as Tom Hale" after "A man was arrested" (bblind26)
                rf"(?:\b[Hh]e|\b[Ss]he|\b[Tt]he\s+{head})\s+(?:was|has\s+been|had\s+been|is)\s+"
                rf"(?:later\s+|locally\s+|officially\s+)?"
                rf"(?:named|identified)\s+(?:locally\s+)?as\s+{_TITLES}{surname}"
            )
            return right_after.match(texts[k], end) is not None or any(
                passive.search(text, end if n == k else 0) for n, text in enumerate(texts)
                if n >= k
            )
    return False
