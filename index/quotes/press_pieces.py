"""A piece in a publication speaks for the publication: "An editorial in the Western Post
said", "A milder review in the New York Times dubbed the sequel "…"". The phrase reader
stops at the publication, which stands after "in" and so reads as an object."""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import right_phrase
from warreader.index.quotes.tokens import Token

_PIECES = lexicon.words(
    "editorial review article column leader piece story commentary op-ed report interview"
)
_MODIFIERS = 3  # words between the article and the piece ("A milder review")


def opens_with_piece(tokens: list[Token], floor: int, stop: int) -> bool:
    """Does the sentence at ``floor`` open on "A/The <piece> in <publication>" ("A milder
    review in the Courier")? Such a subject is read though "A" and "The" usually open
    no subject phrase."""
    return piece_subject(tokens, floor, stop) is not None


def piece_subject(tokens: list[Token], j: int, stop: int) -> tuple[Mention, int] | None:
    """The publication a piece opening at ``j`` appeared in ("A milder review in the New
    York Times dubbed"), and the index after its name; None for any other words."""
    if tokens[j].lower not in lexicon.DETERMINERS:
        return None
    for k in range(j + 1, min(stop - 2, j + 2 + _MODIFIERS)):
        if tokens[k].kind != "w":
            return None
        if tokens[k].lower in _PIECES:
            if tokens[k + 1].lower != "in":
                return None
            words = right_phrase(tokens, k + 2)
            publication = _publication(words) if words else None
            if publication is None:
                return None
            return publication, k + 2 + len(words)
    return None


def _publication(words: list[Token]) -> Mention | None:
    """The publication ``words`` name: a name after "the" or an organisation's ("the
    Courier", "Reuters"); None for anything else."""
    publication = build(words)
    if publication is None or publication.kind != "name" or not (
        words[0].lower == "the" or publication.org
    ):
        return None
    return publication
