"""A quotation signed off by its speaker with no verb: '"We will not move," Mr Bootle.'

The comma closing the quotation says the sentence goes on, and what follows it is one noun
phrase and the full stop: the reporting verb is left out (a sign-off, or a dropped
"said"), and the phrase can only be the one who spoke. '"...," Mr Bootle said.' has its
verb and is read as ever; '"...," and the album.' is a list, not a speaker.
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex
from warreader.index.quotes.cue_punctuation import ends_on_comma
from warreader.index.quotes.event import Event
from warreader.index.quotes.inverted import inverted_speaker
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token


def verbless_events(tokens: list[Token], floor_of: list[int], events: list[Event]) -> list[Event]:
    """``events`` with a verbless event added after each quotation that ends on a comma and
    is followed, to its sentence's full stop, by a speaker phrase alone: a name ("Mr
    Bootle", "AG Edwards' Thayer") or a description ("the minister"). The event's cue is
    empty; the quotation takes it as it takes '"...," said X'."""
    found = [
        event
        for qi, token in enumerate(tokens)
        if token.kind == "q" and (event := _sign_off(tokens, floor_of, qi)) is not None
    ]
    if not found:
        return events
    return sorted(events + found, key=lambda e: e.cue_index)


def _sign_off(tokens: list[Token], floor_of: list[int], qi: int) -> Event | None:
    """The verbless event after the quotation at ``qi``, or None."""
    if qi > 0 and floor_of[qi - 1] == floor_of[qi]:
        return None  # 'Fans chanted "Judas," Sol Campbell.': the quotation must open its sentence
    j = qi  # the token the speaker phrase follows: the quotation, or a comma after it
    if qi + 1 < len(tokens) and tokens[qi + 1].text == ",":
        j = qi + 1  # '"We will not move", the minister.' (the comma outside the marks)
    elif not ends_on_comma(tokens[qi].text):
        return None
    first = j + 1
    if first >= len(tokens) or floor_of[first] != floor_of[qi] or tokens[first].kind != "w":
        return None
    if not (tokens[first].capitalised or tokens[first].lower in lexicon.DETERMINERS):
        return None  # '"Help," and the album.': no speaker phrase opens here
    mention, role, last = inverted_speaker(tokens, j)
    if mention is None or last < first or not _speaker_phrase(tokens[first : last + 1], mention):
        return None
    end = last + 1
    if role and end < len(tokens) and tokens[end].text == ",":
        end = _past_role(tokens, end + 1, role.split())  # "Ann Cole, the Home Secretary."
    if end >= len(tokens) or tokens[end].text != "." or floor_of[end] != floor_of[qi]:
        return None  # the phrase must be all that is left of the sentence
    return Event("", last, mention, role, first=first, last=last)


def _speaker_phrase(words: list[Token], mention: Mention) -> bool:
    """Is ``mention`` (read from ``words``) a speaker named or described, and no clause:
    no reporting verb among its words ("the firm said in a statement" has its own), and a
    description definite and headed by a person's or a body's noun ("the minister", "the
    ministry"; not '"moderate," a subtle dig at ...', an apposition to the quoted words)?"""
    if any(w.lower in cue_lex.CUE_VERBS for w in words):
        return False
    if mention.kind == "name":
        return True
    return mention.kind == "nominal" and words[0].lower == "the" and (
        mention.head in job_lex.PERSON_NOUNS
        or mention.head in job_lex.PERSON_PLURALS
        or mention.head in org_lex.ORG_NOUNS
    )


def _past_role(tokens: list[Token], k: int, role: list[str]) -> int:
    """The token after the appositive ``role`` read from ``k`` (after an article), or
    ``k`` itself when the words there are not the role's alone."""
    start = k
    if k < len(tokens) and tokens[k].lower in lexicon.DETERMINERS:
        k += 1
    if [t.text for t in tokens[k : k + len(role)]] == role:
        return k + len(role)
    return start
