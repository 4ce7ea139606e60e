"""An unnamed person described by a job and where it is held, or whom it serves, before an
aside ("A Ukrainian officer in Kupiansk, who asked not to be named, said", "An officer with
the 47th brigade, who ..., said", "An adviser to Tom Hale, who leads the party, said"): the
phrase the reader steps back over from the aside ends on the place, the unit or the
person served ("Kupiansk", "Tom Hale"), which is no speaker; the person opening it is,
described in full. Only an indefinite article opens such a person ("a", "an"): "the
officer in charge" is someone the article may name."""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_PLACES = lexicon.words("in at with from near to")  # "of"/"for" are read by role_bodies
_OPENERS = lexicon.words("a an")
_OBJECT_REACH = 5  # "in" and at most four lower-case words ("the 47th brigade")
_OPENING_PHRASES = lexicon.words("in at near on outside inside after before during later")
_REACH = 3  # the article, at most two modifiers ("Ukrainian", "senior", "Reuters")


def _held_start(tokens: list[Token], phrase: int, floor: int) -> int:
    """The article opening the unnamed holder before the phrase at ``phrase``."""
    job = phrase - 2
    for k in range(job - 1, max(floor - 1, job - 1 - _REACH), -1):
        if tokens[k].lower in _OPENERS:
            return k
    return phrase


def _opens_clause(tokens: list[Token], start: int, floor: int) -> bool:
    """Does the article at ``start`` open its clause: at ``floor``, after a quotation ("“We
    ran,” a soldier"), or after the comma closing an opening phrase of place or time ("In
    Kupiansk, a soldier")? Not an appositive of a name ("Ann Pike, 34, a nurse in the town,
    who"), an object ("met a soldier"), nor an item listed after a colon ("three people: a
    nurse")."""
    if start == floor or tokens[start - 1].kind == "q":  # "“We ran,” a soldier in ..., said"
        return True
    return (
        tokens[start - 1].text == ","
        and tokens[floor].lower in _OPENING_PHRASES
        and all(t.kind == "w" for t in tokens[floor : start - 1])
    )


def unnamed_holder(
    tokens: list[Token], phrase: int, end: int, floor: int
) -> tuple[Mention, int] | None:
    """The unnamed person "a/an [modifiers] JOB in/at/with/from/near" before the phrase
    ``tokens[phrase:end]`` (a place, a unit), described up to ``end``, and the index of
    its article; None when the words before are anything else (a name, a definite
    description, a verb)."""
    if phrase == end:  # "in the area", "with the 47th brigade": no speaker phrase read
        phrase = next((k + 1 for k in range(end - 1, max(floor, end - _OBJECT_REACH), -1)
                       if tokens[k].lower in _PLACES), end)
        if phrase == end or any(t.kind != "w" or t.capitalised for t in tokens[phrase:end]):
            return None
    job = phrase - 2
    if job <= floor or tokens[phrase - 1].lower not in _PLACES:
        return None
    noun = tokens[job]
    if noun.kind != "w" or noun.capitalised or noun.lower not in job_lex.PERSON_NOUNS:
        return None
    start = _held_start(tokens, phrase, floor)
    if start == phrase or start < floor or not _opens_clause(tokens, start, floor):
        return None  # "Ann Pike met a soldier at the checkpoint, who said": an object
    if any(t.kind != "w" or t.possessive for t in tokens[start + 1 : job]):
        return None  # "a minister's aide in Kyiv": the owner's person, read elsewhere
    words = tokens[start:end]
    text = " ".join(t.text for t in words).replace(" , ", ", ")
    return Mention(text, "nominal", words[0].start, words[-1].end, head=noun.lower), start
