"""A quotation in a sentence's main clause, after an opening phrase that holds a cue of
its own.

"In the release announcing his role, Ross described winning as "…"", "And, in a clip
that a judge called "distasteful," Pike expressed a desire to "…"": the cue before the
quotation ("announcing", "called") stands in the opening phrase, which closes on a
comma; the main clause then opens on its own subject and verb, and the quoted words in
its predicate are that subject's.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.cue_punctuation import ends_on_comma
from warreader.index.quotes.event import Event
from warreader.index.quotes.subjects import subject_at

_OPENING = lexicon.words(
    """
    in on at after before during following since with when while for from by amid
    under over about against without within between among across along behind through
    throughout into unlike until once despite
    """
)
_NO_SPEECH = lexicon.BE | lexicon.words(
    "am can could will would may might must shall should "
    "has have had do does did became become becomes seems seemed"
)  # "Congress can ...", "the Graysons became ...": a state, not words spoken
_LEADS = lexicon.words("and but so yet")


def main_clause_event(tokens, floor: int, qi: int, e: Event) -> Event | None:
    """The main clause's subject as the speaker of the quotation at ``qi`` when the
    event ``e`` before it stands in the sentence's opening phrase (which starts at
    ``floor`` on a preposition or subordinator, not "As X said," nor "According to X,",
    which credit the whole sentence); else None."""
    if e.cue == "according to" or e.cue.lower() in ("put", "puts"):
        return None  # "According to X, ...", "As X put it, ...": X's words, the whole sentence
    k = floor
    while k < e.first and (tokens[k].lower in _LEADS or tokens[k].text == ","):
        k += 1  # "And, in a clip ..."
    if k >= e.first or tokens[k].kind != "w" or tokens[k].lower not in _OPENING:
        return None
    for c in range(e.last + 1, qi):
        token = tokens[c]
        closes = token.text == "," or token.kind == "q" and ends_on_comma(token.text)
        if token.kind == "q" and not closes or token.text in (";", ":"):
            return None
        if not closes:
            continue
        found = subject_at(tokens, c + 1, qi) if c + 1 < qi else None
        if found is None:
            continue
        mention, verb = found
        if mention.kind not in ("name", "pronoun") or tokens[verb].lower in _NO_SPEECH:
            return None
        return Event(tokens[verb].text, verb, mention, weak=True, first=c + 1, last=verb)
    return None
