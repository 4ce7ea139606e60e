"""Commas around a cue that change how it reports.

"As the Courier reported, ...": the comma closing an opening "As X reported" makes the
weak verb the source of its sentence. '"that person," telling ...': American style puts
a clause's comma inside the closing mark, where it still ends the phrase. "Ann Pike - who
lost - said the president ...": a dash closing an aside leaves the verb's subject before it.
"""

from __future__ import annotations

from warreader.index.quotes.tokens import Token


def ends_on_comma(quoted: str) -> bool:
    """Does a quotation token's text end on a comma inside its closing mark?"""
    return quoted.rstrip("\"”’'").endswith(",")


def after_first_comma(tokens, start: int, stop: int) -> int | None:
    """The token after the first comma among ``tokens[start:stop]`` (the comma closing
    an opening phrase: "After the tour, he ..."); None when a quotation comes first or
    no comma does."""
    for k in range(start, stop):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].kind == "q":
            return None
    return None


def closes_dash_aside(tokens: list[Token], i: int, floor: int) -> bool:
    """Is the token before ``i`` a dash closing an aside that another one opened after
    words of the same sentence ("Ann Pike - who lost to Hale - said the president ...")?
    The subject before the aside speaks, as after an appositive's comma; the words after
    the verb are what was said."""
    dash = tokens[i - 1].text if i - 1 > floor else ""
    if dash not in ("-", "–", "—", "--"):
        return False
    return any(
        tokens[k].text == dash and tokens[k - 1].kind == "w" for k in range(floor + 1, i - 2)
    )

