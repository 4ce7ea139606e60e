"""Does the sentence after a description name the person it describes?

A news lead describes someone and the next paragraph names him: "A PR expert has told
the trial ..." then "Ann Kite told the court ..."; "France's finance minister has said
..." then "Herve Gaymard said he would ...". The name opens the sentence and a verb of
speech follows it ("said", "told"), or an appositive first that repeats the description's
noun ("John Marsh, an economist at Acme Bank, said ..." after "a leading economist"), or
any job at all after a description too vague to clash ("Tim Renner, the head of Universal
Music Germany, told ..." after "a leading industry figure").

Any other opening names another voice or another person, and the described one keeps
the description: a rival answering ("Tom Hale disagreed", "... hit back", "... denied",
"... countered", "... agreed"), someone asking ("Jane Cole asked whether ..."), arriving,
meeting or acted upon ("Tom Hale arrived in Leeds", "Peter Lowe was sacked"), a person of
the other sex ("A spokeswoman said ..." then "James Brook said"), one with another job in
apposition ("A lawyer for the family said ..." then "Simon Tate, the judge, told the
court"), or a person the lead already named ("A lawyer for Ann Kite said ..." then "Ann
Kite told reporters ...").
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.mentions import Mention

# Verbs with which a news lead's next sentence names the person it described: plain
# reporting, never a reaction to someone else ("disagreed", "denied", "hit back",
# "countered", "agreed", "dismissed") nor a question put to someone ("asked").
NAMING_VERBS = lexicon.words(
    "said says told tells added adds explained explains recalled recalls testified "
    "wrote writes described describes"
)
_OPENING = re.compile(
    r"([A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2})(, (?:the|a|an) [^,\"“”]{1,80},)? ([a-z]+)\b"
)  # "Ann Kite told", "Ann Kite, the head of Acme until May, told"


def names_described(text: str, at: int, mention: Mention, before: list[str] | None) -> bool:
    """Does ``text`` at ``at`` open on a full name that names the person ``mention`` (a
    description) describes: a verb of :data:`NAMING_VERBS` after the name or after an
    appositive that repeats the description's noun (any appositive when that noun is no
    listed job: "a leading industry figure"), a given name of no other sex than the
    noun's, and, given ``before`` (the texts read so far), none of the name's words in
    them?"""
    found = _OPENING.match(text, at)
    if found is None or found.group(3) not in NAMING_VERBS:
        return False  # "Tom Hale disagreed", "Jane Cole asked", "Tom Hale arrived"
    name, apposition, head = found.group(1), found.group(2), mention.head
    if head in job_lex.SPOKES and not apposition:
        return False  # "A Downing Street spokesman said ..." then "Michael Howard said ...":
        # a body's spokesman is answered by another voice, not named (bblind26's F2)
    if apposition and head in job_lex.PERSON_NOUNS and head not in (
        re.findall(r"[a-z]+", apposition.lower())
    ):
        return False  # "a lawyer for the family" is not "Simon Tate, the judge,"
    given = name_lex.first_names().get(name.split()[0].lower(), "u")
    sex = job_lex.PERSON_NOUNS.get(head, "")
    if sex in ("m", "f") and given in ("m", "f") and sex != given:
        return False  # "a spokeswoman" is not "James Brook"
    return before is None or not any(
        re.search(rf"\b{re.escape(w)}\b", t) for w in name.split() for t in before
    )  # "a lawyer for Ann Kite" is not "Ann Kite"
