"""The authors of a study the article names the issuer of ("A study of the floods, from
the Disaster Research Center, found ... "...," the authors concluded"; "The study, from
the Centre for Policy Research, ..."; "A report by the Vale Foundation ..."; "The Vale
Institute published a survey ..."): "the authors", "the researchers", "its authors" and
"the study's authors" speak for that issuer, not as a group of nobody."""

from __future__ import annotations

import re

from warreader.index.quotes.event import Event
from warreader.index.quotes.org_lex import looks_like_org
from warreader.index.quotes.reading import Para

_AUTHORS = frozenset(("authors", "researchers"))
_OWNERS = frozenset(("the", "its", "their"))
_STUDY = r"(?:study|report|survey|paper|research|analysis)"
_NAME = r"((?:[A-Z][\w&'’-]*)(?: (?:of|for|and|the|on|[A-Z][\w&'’-]*))*)"
# "a study of the 1993 floods, from the X Center", "a report by the X Foundation"
_ISSUED_AFTER = re.compile(
    r"\b" + _STUDY + r"(?: (?:of|into|on) [^.;\"“”]{1,60}?)?,? (from|by) (the )?" + _NAME
)
# "The X Institute published a survey", "X released its report"
_ISSUED_BEFORE = re.compile(
    r"(?:^|[.;] |, )(?:The )?" + _NAME + r" (?:has )?(?:published|released|issued|produced|"
    r"commissioned) (?:a|an|its|the|their) (?:[a-z-]+ ){0,2}" + _STUDY + r"\b"
)
_TAIL = re.compile(r"(?: (?:of|for|and|the|on))+$")
_REACH = 3  # paragraphs before the authors' own searched for the study


def study_issuer(paras: list[Para], p: int, para: Para, event: Event) -> str | None:
    """The issuer of the last study named before ``event``, whose speaker is "the
    authors" (or "the researchers", "its authors", "the study's authors"), in its
    paragraph or the few before; None if no such study is named with its issuer."""
    words = event.mention.text.lower().split()
    if event.mention.head not in _AUTHORS or words[-1] != event.mention.head or not (
        len(words) == 2 and words[0] in _OWNERS
        or len(words) == 3 and words[0] == "the" and re.fullmatch(_STUDY + r"['’]s", words[1])
    ):
        return None
    for q in range(p, max(-1, p - 1 - _REACH), -1):
        text = paras[q].text
        if q == p:
            text = text[: para.tokens[event.first].start] if para.tokens else ""
        found = [*filter(_issued_by, _ISSUED_AFTER.finditer(text)),
                 *_ISSUED_BEFORE.finditer(text)]
        if found:
            name = _TAIL.sub("", max(found, key=lambda m: m.start()).groups()[-1])
            return name if " " in name or name.isupper() or len(name) > 3 else None
    return None


def _issued_by(match: re.Match[str]) -> bool:
    """Does an :data:`_ISSUED_AFTER` match name an issuer? "by X", "from the X", or "from"
    a body's name ("from Vale University", "from UNICEF"); not "from" a bare place or a
    month ("A UN report from Geneva", "The survey, from March,")."""
    preposition, the, name = match.groups()
    return preposition == "by" or bool(the) or looks_like_org(_TAIL.sub("", name))
