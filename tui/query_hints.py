"""Why a query found nothing, when the reason is the index's shape, for the search bar
and `warreader search`: fields of quotes and fields of articles ANDed together, or
``date:`` in a corpus whose articles have no date (the BBC's).

An article document carries ``title`` and ``body``; a quote document carries ``speaker``,
``text``, ``role``, ``cue`` (and the article's date, author and outlet). A hit is one or
the other, so ``speaker:peskov title:drones`` finds nothing, though a reporter means
Peskov's quotes in articles about drones. The article filter (`f`) answers that: it
keeps the articles quoting a speaker whose title has the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

QUOTE_FIELDS = ("speaker", "text", "role", "cue")
ARTICLE_FIELDS = ("title", "body")
_FIELD = re.compile(r'(?<![\w-])(\w+):("[^"]*"?|\S*)')
_PHRASE = re.compile(r'"[^"]*"?')
_TITLE = re.compile(r"(?<![\w-])title:", re.IGNORECASE)
_DATE = re.compile(r"(?<![\w-])date:", re.IGNORECASE)
EVERY_DATE = "date:[1000 to 9999]"
"""A query that finds every dated article (none: the corpus has no dates)."""
UNDATED = "no article here has a date, so date: finds nothing in this corpus"
UNNAMED = "no article here names its {field}, so {field}: finds nothing in this corpus"
"""Why ``outlet:`` or ``author:`` finds nothing where no article names one (the BBC
corpus names neither: "outlet:bbc" said only "try fewer words")."""
_NAMED = re.compile(r"(?<![\w-])(outlet|author):", re.IGNORECASE)
FILTER_FIELDS = frozenset({"speaker", "title", "date", "author", "outlet"})
"""The fields the article filter (`f`) reads too (title: as its plain words)."""


# What joins terms otherwise than AND (outside phrases): NOT, OR, a group, a leading minus.
_NOT_ALL_ANDED = re.compile(r"\b(?:NOT|OR)\b|[()]|(?<![\w-])-\w")


def no_hits_hint(query: str, has_dates: Callable[[], bool],
                 speaker_hits: Callable[[str], int] | None = None,
                 span: Callable[[], tuple[str, str] | None] | None = None,
                 finds: Callable[[str], int] | None = None,
                 names: Callable[[], Iterable[str]] | None = None,
                 listing: str | None = None,
                 named: Callable[[str], bool] | None = None) -> str | None:
    """Why ``query``, which found nothing, could find nothing here: it is common words
    only (:func:`common_words`; ``speaker_hits(word)``: how many quotes ``speaker:word``
    finds, to suggest it), a quote's field ANDed with an article's (:func:`fields_apart`),
    ``date:`` where no article has a date (``has_dates()``, asked only then: a
    search), or, given ``span`` and ``finds``, a date no article has when the rest
    finds something (:func:`dates_held`), or, given ``names`` (the corpus's speakers)
    and ``finds``, a misspelt name (:func:`tui.name_hints.near_name`), else a
    ``speaker:`` value that finds no quote (:func:`tui.name_hints.unknown_speaker`,
    ``listing`` saying how to list the speakers); ``outlet:`` or ``author:`` where no
    article names one (``named(field)``, :data:`UNNAMED`), after the dates. None when no
    such reason holds."""
    if common := common_words(query, speaker_hits):
        return common
    if apart := fields_apart(query):
        return apart
    if _DATE.search(_outside_phrases_but_values(query)):
        if not has_dates():
            return UNDATED
        if span is not None and finds is not None:
            return dates_held(query, span, finds)
    used = _NAMED.findall(_outside_phrases_but_values(query)) if named is not None else []
    for field in dict.fromkeys(f.lower() for f in used):
        if not named(field):
            return UNNAMED.format(field=field)
    from warreader.tui import name_hints

    if names is not None and finds is not None and (
            near := name_hints.near_name(query, names, finds)):
        return near
    if speaker_hits is not None:
        return name_hints.unknown_speaker(query, speaker_hits,
                                          listing or name_hints.CLI_LISTING)
    return None


_DATE_VALUE = re.compile(r"(?<![\w-])date:(\[[^\]]*\]|\{[^}]*\}|[^\s()]+)", re.IGNORECASE)


def dates_held(query: str, span: Callable[[], tuple[str, str] | None],
               finds: Callable[[str], int]) -> str | None:
    """Why an all-ANDed ``query`` found nothing when its ``date:`` alone is why (the rest
    is blank or ``finds(rest)`` finds something): the dates the corpus holds, ``span()``
    ("no article dated 2022-02; articles are dated 2023-01-05..2023-03-31"); else None."""
    bare = _outside_phrases_but_values(query)
    values = _DATE_VALUE.findall(bare)
    if not values or _NOT_ALL_ANDED.search(bare):
        return None
    rest = " ".join(_DATE_VALUE.sub(" ", query).split())  # its phrases kept
    held = span()
    if held is None or (rest and not finds(rest)):
        return None
    asked = " and ".join(" ".join(v.strip("[]{}").split()) for v in values)
    first, last = held
    dated = f"dated {first}" if first == last else f"dated {first}..{last}"
    return f"no article dated {asked}; articles are {dated}"


_WORD = re.compile(r"[^\W_][\w'’]*")
LINE = 78
"""The longest reason: one line of the bar at 80 columns."""
SHOWN_WORDS = 3
"""Common words named in a reason or note; more are "…" (one line of the bar at 80x24)."""


def left_out(query: str) -> tuple[list[str], bool]:
    """The common words a search of ``query`` leaves out, each once (as first typed), and
    whether words of one letter or digit are left out too (never called common words)."""
    from warreader.index.search.common_words import dropped_words

    words: dict[str, str] = {}
    single = False
    for part in dropped_words(query):
        for word in _WORD.findall(part):
            if len(word) == 1 or word.isdigit():
                single = True
            else:
                words.setdefault(word.lower(), word)
    return list(words.values()), single


def _named(words: list[str]) -> str:
    """``words`` quoted, at most :data:`SHOWN_WORDS` of them, then "…"."""
    shown = ", ".join(f"'{w}'" for w in words[:SHOWN_WORDS])
    return shown + (", …" if len(words) > SHOWN_WORDS else "")


NAME_WORDS = frozenset({"may", "will", "can", "us"})
"""Common words that are also names or part of one (Theresa May, Will Smith, the US
Embassy): the only ones a reason or note suggests as ``speaker:WORD`` ("speaker:the"
finds "the Russian readout", which is no help)."""


def _in_capitals(words: list[str], query: str) -> str | None:
    """The acronym the index searches in capitals ("US", "IT") that ``words`` (the left-out
    words of ``query``) may mean: only where the query reads like one, the word alone or
    first of at most three words with no other common word ("us election", "it
    systems"), not a sentence's pronoun ("it was a mistake", "told us")."""
    # The index keeps these stop words when written in capitals (textfield.CapsStopFilter);
    # imported here, as left_out's search modules are: the first screen imports no Whoosh.
    from warreader.index.search.textfield import CAPS_ACRONYMS

    if len(words) != 1 or words[0].upper() not in CAPS_ACRONYMS:
        return None
    typed = _WORD.findall(_PHRASE.sub(" ", query)) or _WORD.findall(query)
    if len(typed) > 3 or not typed or typed[0].lower() != words[0].lower():
        return None
    return words[0].upper()


def _tries(words: list[str], speaker_hits: Callable[[str], int] | None,
           query: str = "") -> list[str]:
    """What to search instead of ``words``: in capitals ("US"), as a name (speaker:may)."""
    tries = [f"{caps} in capitals"] if (caps := _in_capitals(words, query)) else []
    if speaker := _as_speaker(words, speaker_hits):
        tries.append(f"speaker:{speaker.lower()}")
    return tries


def _as_speaker(words: list[str], speaker_hits: Callable[[str], int] | None) -> str | None:
    """The first of ``words`` that may be a name and ``speaker:word`` finds quotes of."""
    if speaker_hits is None:
        return None
    return next((w for w in words if w.lower() in NAME_WORDS and speaker_hits(w.lower()) > 0),
                None)


def common_words(query: str, speaker_hits: Callable[[str], int] | None = None) -> str | None:
    """Why ``query`` searches nothing when its words are all common ones (or of one
    letter), which the index leaves out: "only common words, not indexed: 'we', 'will';
    add a rarer word", or "...; try speaker:may" when ``speaker_hits`` says it finds
    quotes; None when it searches something, or has no such word. At most 78 characters
    (one line of the bar at 80 columns): three words named, then "…"."""
    from warreader.index.search.errors import QueryError

    words, single = left_out(query)
    if not words and not single:
        return None
    try:
        if query_builder().build(query) is not None:
            return None
    except QueryError:
        return None
    if not words:
        return "only single letters or digits, not indexed; add a longer word"
    what = f"only common words, not indexed: {_named(words)}"
    tries = _tries(words, speaker_hits, query)
    for some in (tries, tries[:1], tries[1:]):  # both if they fit, else one
        if some and len(said := f"{what}; try {' or '.join(some)}") <= LINE:
            return said
    return f"{what}; add a rarer word"


def left_out_note(query: str, speaker_hits: Callable[[str], int] | None = None) -> str | None:
    """A short note for a query that still searches something but leaves common words
    out ("us election" finds every election): "left out, not indexed: 'us'; US in
    capitals is searched" (a word that is an acronym in capitals, where the query reads
    like one: :func:`_in_capitals`), else "...;
    speaker:may searches names"; None when none is left out."""
    words, _ = left_out(query)
    if not words:
        return None
    note = f"left out, not indexed: {_named(words)}"
    if caps := _in_capitals(words, query):
        note += f"; {caps} in capitals is searched"
    elif speaker := _as_speaker(words, speaker_hits):
        note += f"; speaker:{speaker.lower()} searches names"
    return note


@cache
def query_builder():
    """The one query builder the reader's hints and searches parse with (imported on
    first use, in a worker: the parser's first import takes ~70 ms)."""
    from warreader.index.search.query import QueryBuilder

    return QueryBuilder()


def query_problem(query: str) -> str | None:
    """What is wrong with ``query`` as written (an open phrase or parenthesis, an unknown
    field, a bad date, a trailing OR, a bad ``group:N``), the parser's one-line message;
    None when it parses. Needs no index: `warreader search` says it before any work, the
    reader's worker after enter. ``group:N`` is taken out first, as the search does."""
    from warreader.index.provenance.search_filter import split_group_filter
    from warreader.index.search.query import QueryError

    try:
        rest, _size = split_group_filter(query)
        query_builder().build(rest, None, as_you_type=False)
    except QueryError as exc:
        return str(exc)
    return None


def fields_apart(query: str) -> str | None:
    """Why ``query`` can find nothing when it names a quote's field and an article's
    ("speaker: matches quotes and title: matches articles, so no hit has both"), with
    the article filter's line that finds what it means where there is one; else None."""
    bare = _outside_phrases_but_values(query)
    if _NOT_ALL_ANDED.search(bare):
        return None  # "speaker:x NOT title:y", "speaker:x (title:y OR nato)": a hit may match
    fields: dict[str, str] = {}
    for name, value in _FIELD.findall(bare):
        fields.setdefault(name.lower(), value)
    kind = fields.get("kind", "").lower()
    quote = [f"{f}:" for f in QUOTE_FIELDS if f in fields]
    quote += [f"kind:{kind}"] if kind in ("quote", "term") else []
    article = [f"{f}:" for f in ARTICLE_FIELDS if f in fields]
    article += ["kind:article"] if kind == "article" else []
    if not quote or not article:
        return None
    why = f"{quote[0]} matches quotes and {article[0]} matches articles, so no hit has both"
    rest = _FIELD.sub(" ", _outside_phrases_but_values(query)).split()
    if {"speaker", "title"} <= set(fields) <= FILTER_FIELDS and not rest:
        line = " ".join(_TITLE.sub("", query).split())
        why += f". The article filter (f) finds the articles you mean: {line}"
    return why


def _outside_phrases_but_values(query: str) -> str:
    """``query`` with its phrases blanked, except a phrase that is a field's value."""
    out, last = [], 0
    for match in _PHRASE.finditer(query):
        out.append(query[last:match.start()])
        is_value = match.start() > 0 and query[match.start() - 1] == ":"
        out.append(match.group() if is_value else " ")
        last = match.end()
    out.append(query[last:])
    return "".join(out)
