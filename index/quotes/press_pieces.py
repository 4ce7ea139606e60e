"""A piece in a publication speaks for the publication: "An editorial in the Western Post
said", "A milder review in the New York Times dubbed the sequel "…"". The phrase reader
stops at the publication, which stands after "in" and so reads as an object."""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.mentions import Mention, build
from warreader.index.quotes.phrases import left_phrase, right_phrase
from warreader.index.quotes.tokens import Token

_PIECES = lexicon.words(
    "editorial review article column leader piece story commentary op-ed report interview"
)
_MODIFIERS = 3  # words between the article and the piece ("A milder review")


def press_piece_subject(tokens: list[Token], i: int, floor: int) -> tuple[Mention, int] | None:
    """The publication (and the index of the piece's first word) when the words before
    the verb at ``i`` are "a <piece> in <publication>" opening the clause; else None."""
    words = left_phrase(tokens, i)
    k = i - len(words)
    if not words or k - 2 < floor or tokens[k - 1].lower != "in":
        return None
    publication = _publication(words)
    if publication is None:
        return None
    piece = k - 2
    if tokens[piece].lower not in _PIECES:
        return None
    d = piece
    while d - 1 >= floor and piece - d < _MODIFIERS and tokens[d].lower not in lexicon.DETERMINERS:
        d -= 1
    if tokens[d].lower not in lexicon.DETERMINERS or not (
        d == floor or tokens[d - 1].text == "," or tokens[d - 1].lower in ("and", "but")
    ):
        return None
    return publication, d


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
