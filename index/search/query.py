"""From what the user typed to a Whoosh query: checks, parsing, search-as-you-type.

Syntax is Whoosh's (AND between words, "phrases", OR/NOT/parentheses, ``field:value``,
``date:2022`` and ``date:[2022-02-01 to 2022-03-01]``, fuzzy ``word~``, ``word*``).
Malformed input raises :class:`QueryError` with a message for the user instead of
being silently reinterpreted, which is what Whoosh's forgiving parser would do.
"""

from __future__ import annotations

import heapq
import re

from warreader.index.names import name_key
from warreader.index.search.bounds import MAX_DEPTH, bound_query, check_shape
from warreader.index.search.calendar_dates import date_problem
from warreader.index.search.common_words import CommonWordsMultifield, is_left_out
from warreader.index.search.date_filter import DateDocs, lift_dates
from warreader.index.search.doc_bits import DocBits
from warreader.index.search.errors import QueryError
from warreader.index.search.expand import Vocabulary, prefix_frequencies
from warreader.index.search.page_cache import PageCache
from warreader.index.search.phrase_prefix import PhrasePrefix
from warreader.index.search.plus_minus import NestedPlusMinusPlugin
from warreader.index.search.schema import (
    DEFAULT_FIELDS,
    FIELD_BOOSTS,
    NAME_FIELDS,
    QUERY_FIELDS,
    STEMMED_FIELDS,
    build_schema,
)
from warreader.index.search.step_budget import StepBudget
from whoosh import qparser
from whoosh.query import NullQuery, Or, Phrase, Prefix, Query, Term

MIN_PREFIX = 3
"""A partial last word expands to a prefix only from this many characters on."""

MAX_EXPANSIONS = 1
"""While typing, a scored prefix stands for its most frequent term per field (plus, in
stemmed fields, the stems the typed letters may already hold). Each further term is
another union of long posting lists: at 10,000 articles a lone "mus" took 116 ms with
three terms per field and 26 ms with one. A partial word after other words is applied
as a filter instead, with up to :data:`MAX_FILTER_EXPANSIONS` terms."""

MAX_FILTER_EXPANSIONS = 64
"""...and a prefix used as a filter for at most this many."""

MAX_FILTER_POSTINGS = 2_000_000
"""...holding at most this many postings in all. A filter is the union of its words'
document sets, bitmaps read from Whoosh once per commit and then from the cache beside
the index (:mod:`index.search.doc_cache`): the words of "said tha" (every word
starting "tha") at 100,000 articles are a few ORs of stored bitmaps. Measured with
"said the" (about 400,000 postings) before a whole common word typed after others was
left out (since then "said the" searches "said", no filter): scoring them instead (the
most frequent word per field, ANDed: what a more common prefix gets) cost 150 ms at
10,000 articles against 33 ms as a filter, and 0.3-0.5 s at 100,000. The first use of
such a prefix in a commit reads its postings from Whoosh (about a microsecond each)."""


_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_FIELD = re.compile(r"(?<![\w:/.])([A-Za-z_]\w*):(?!//)")
_DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
_DATE_VALUE = re.compile(r"date:(\[[^\]]*\]|\{[^}]*\}|[^\s()]+)")
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))(?:([A-Za-z_]\w*):)?([^\s\"()\[\]{}:*~^]+)$")
_EMPTY_FIELD = re.compile(r"(?<![\w:/.])([A-Za-z_]\w*):(?=$|[\s)])")
_OPEN_TAIL = re.compile(r"(?:^|(?<=[\s(]))[A-Za-z_]\w*:$")
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_PLAIN_WORD = re.compile(r"[^\W_][\w'’]*")  # a phrase's word that means the same bare
KINDS = ("article", "quote", "term")
_DATE_HINT = "use 2022, 2022-02 or 2022-02-24, or a range like date:[2022-02-01 to 2022-03-01]"


def check(text: str) -> None:
    """Raise :class:`QueryError` for unbalanced quotes or brackets and unknown fields."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase needs a closing "')
    outside = _outside_phrases(text)
    stack, stray, deepest = _brackets(outside)
    if deepest > MAX_DEPTH:
        raise QueryError(f"too many nested brackets (at most {MAX_DEPTH} deep)")
    if stray is not None:
        raise QueryError(f"unbalanced '{stray}': nothing opened it")
    if stack:
        closer = {"(": ")", "[": "]", "{": "}"}[stack[-1]]
        raise QueryError(f"unbalanced '{stack[-1]}': add the closing '{closer}'")
    for name in _FIELD.findall(outside):
        if name not in QUERY_FIELDS:
            raise QueryError(f"unknown field '{name}:' (fields: {', '.join(QUERY_FIELDS)})")
    filled = re.sub(r'"[^"]*"', lambda m: "x" * len(m.group()), text)  # a phrase is a value
    for name in _EMPTY_FIELD.findall(filled):
        raise QueryError(f"'{name}:' needs a value after the colon (like {name}:{_example(name)})")
    for value in _DATE_VALUE.findall(outside):
        ends = [e.strip() for e in re.split(r"\s*\bto\b\s*", value.strip("[]{}"),
                                            flags=re.IGNORECASE)]
        if not any(ends):
            raise QueryError(f"date:{value} has no date in it: {_DATE_HINT}")
        for end in ends:
            if end:
                _check_date(end)
    words = filled.split()  # a closing phrase is the word after an operator
    if words and words[-1] in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"):
        raise QueryError(f"'{words[-1]}' needs a word after it")
    kinds = re.findall(r"kind:(\S+)", outside)
    for kind in kinds:
        if kind.strip(")") not in KINDS:
            raise QueryError(f"unknown kind '{kind}': use kind:article, kind:quote or kind:term")


def _example(field: str) -> str:
    return {"date": "2022-02", "kind": "quote", "speaker": "zelensky"}.get(field, "word")


def _check_date(value: str) -> None:
    """Raise :class:`QueryError` unless ``value`` is a real year, month or day."""
    if not _DATE.fullmatch(value):
        raise QueryError(f"bad date '{value}': {_DATE_HINT}")
    problem = date_problem(value)
    if problem is not None:
        raise QueryError(f"bad date '{value}': {problem}")


_DATE_START = re.compile(r"\d{0,4}(?:-\d{0,2}(?:-\d{0,2})?)?")


def _may_become(field: str, value: str) -> bool:
    """Whether typing on could still make ``value`` a whole date or kind."""
    if field == "kind":
        return any(k.startswith(value) for k in KINDS)
    return bool(_DATE_START.fullmatch(value))


def _complete_value(field: str, value: str) -> bool:
    """Whether a date or kind value typed so far is whole (never a prefix to expand)."""
    if field == "kind":
        return value in KINDS
    try:
        _check_date(value)
    except QueryError:
        return False
    return True


class QueryBuilder:
    """Parses user queries against the warreader schema (one instance, reused)."""

    def __init__(self) -> None:
        schema = build_schema()
        self.parser = qparser.MultifieldParser(
            list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS
        )
        self.parser.remove_plugin_class(qparser.MultifieldPlugin)  # common words: nowhere
        self.parser.add_plugin(CommonWordsMultifield(list(DEFAULT_FIELDS), FIELD_BOOSTS))
        self.parser.add_plugin(qparser.FuzzyTermPlugin())
        self.parser.add_plugin(NestedPlusMinusPlugin())  # -word: without it, at any depth
        self._vocab: Vocabulary | None = None
        self._dates: DateDocs | None = None
        self.last_ranking: tuple | None = None
        """(searcher, search, ranked hits) of a keystroke's first step that ranked its
        page whole (:func:`index.search.searching.run_search`), for its second step."""

    def vocabulary(self, reader) -> Vocabulary | None:
        """The word lists of ``reader`` (kept while the same reader is passed)."""
        if reader is None:
            return None
        if self._vocab is None or self._vocab.reader is not reader:
            self._vocab = Vocabulary(reader)
        return self._vocab

    def docs(self, reader, field: str, word: str) -> DocBits:
        """The documents of ``reader`` holding ``word`` in ``field`` (kept per reader)."""
        return self.vocabulary(reader).docs(field, word)

    def pages(self, reader) -> PageCache | None:
        """The stored first pages of ``reader``'s commit (:mod:`index.search.page_cache`;
        None: none to be had)."""
        return self.vocabulary(reader).pages()

    def build(self, text: str, reader=None, as_you_type: bool = False) -> Query | None:
        """The Whoosh query for ``text``; None when there is nothing to search for.

        With ``as_you_type`` the last word, still being typed, becomes a prefix when it
        has :data:`MIN_PREFIX` or more characters and is left out when shorter. ``reader``
        (optional) limits the prefix to its commonest expansions (see _expand_prefix).
        """
        return self.build_typing(text, reader, as_you_type, dates_apart=False)[0]

    def build_typing(
        self, text: str, reader=None, as_you_type: bool = False, dates_apart: bool = True,
        budget: StepBudget | None = None,
    ) -> tuple[Query | None, set[int] | DocBits | None, set[str]]:
        """Like :meth:`build`, plus an allowed-docs filter and the prefix's terms.

        When the partial word simply ends a list of ANDed words ("oil prices ris"), it
        is applied as a filter (the documents holding one of its expansions) instead of
        a union of term matchers: same hits, a fraction of the work per keystroke.
        Likewise the date ranges the query requires, unless ``dates_apart`` is False.
        ``budget`` (a keystroke's first step, :mod:`index.search.step_budget`): once it
        is spent, those filters hold only the sets read so far (fewer documents, never
        one that does not match) and ``budget.cut`` says so.
        """
        text = text.strip() if not as_you_type else text.lstrip()
        typed_in_phrase = None
        if as_you_type and text.count('"') % 2:
            text, typed_in_phrase = _close_phrase(text)  # a phrase still being typed
        partial = None
        if as_you_type and text and not text[-1].isspace():
            text, partial = _split_partial(text)
        elif as_you_type and (tail := _OPEN_TAIL.search(text.rstrip())) is not None:
            text = _drop_last(text.rstrip(), tail.start())  # "speaker: ": value still to come
        elif as_you_type:
            text = _drop_last(text, len(text))  # "nato OR ": the next word is still to come
        text = text.strip()
        if not text:
            return None, None, set()
        closers = _open_groups(text) if as_you_type else ""  # "nato (oil OR ga": ")" to come
        try:
            check(text + closers)
        except QueryError:
            if partial is None:
                raise
            # the prefix form ("date:2022*") fails where the typed text may not: judge
            # what was typed, so a message never quotes the '*' this function added
            text, partial = text[:-1], None
            check(text + closers)
        if partial and reader is not None and not closers:
            head = text[: -len(partial) - 1].rstrip()
            field, word = _plain_partial(head, partial)
            if field is not None:
                filtered = _prefix_docs(self.vocabulary(reader), field, word, budget)
                if filtered is not None:  # else too common a prefix: scored, as below
                    docs, terms = filtered
                    q = self.parser.parse(head)
                    if q is not NullQuery:  # else common words only ("the russ"): below
                        return (*self._bounded(q, reader, docs, dates_apart, budget), terms)
        q = self.parser.parse(text + closers)
        if q is NullQuery:
            return None, None, set()
        check_shape(q)
        if partial and reader is not None:
            typed = {partial.lower(), name_key(partial)} - {""}
            q = q.accept(lambda node: _expand_prefix(node, reader, typed))
        if typed_in_phrase and reader is not None:
            q = q.accept(lambda node: _phrase_prefix(node, reader, typed_in_phrase))
        return (*self._bounded(q, reader, None, dates_apart, budget), set())

    def _bounded(self, q: Query, reader, allow: set[int] | DocBits | None, dates_apart: bool,
                 budget: StepBudget | None = None):
        """``q`` bounded (:func:`bound_query`), with the date ranges it requires taken out
        as documents to allow (:mod:`index.search.date_filter`) when ``reader`` is given
        and ``dates_apart``."""
        q = bound_query(q, self.vocabulary(reader))
        if reader is None or not dates_apart:
            return q, allow
        if self._dates is None or self._dates.reader is not reader:
            self._dates = DateDocs(reader, self.vocabulary(reader).stored)
        q, dated = lift_dates(q, self._dates, budget)
        if dated is not None:
            allow = dated if allow is None else dated & allow
        return q, allow


def _plain_partial(head: str, partial: str) -> tuple[str | tuple[str, ...] | None, str]:
    """(fields, word) when ``partial`` is ANDed to a non-empty, complete ``head``."""
    words = head.split()
    if not words or words[-1] in _OPERATORS or head.endswith(("(", ":", "-", "+")):
        return None, partial
    try:
        check(head)
    except QueryError:
        return None, partial
    field, _, word = partial.rpartition(":")
    if not field:
        return DEFAULT_FIELDS, word
    if field in STEMMED_FIELDS or field in NAME_FIELDS:
        return (field,), word
    return None, partial


def _prefix_docs(vocabulary: Vocabulary, fields, word: str, budget: StepBudget | None = None
                 ) -> tuple[DocBits, set[str]] | None:
    """Documents holding a term that starts with ``word`` in ``fields``, and the terms;
    None when they hold more than :data:`MAX_FILTER_POSTINGS` postings in all."""
    reader = vocabulary.reader
    chosen: list[tuple[str, str]] = []
    postings = 0
    for field in fields:
        start = name_key(word) if field in NAME_FIELDS else word.lower()
        found = prefix_frequencies(reader, field, start)
        top = heapq.nlargest(MAX_FILTER_EXPANSIONS, found)
        words = {_str(t) for _, t in top}
        postings += sum(n for n, _ in top)
        if field in STEMMED_FIELDS:
            stems = [start[:k] for k in range(max(4, len(start) - 3), len(start))]
            for stem in [*stems, *_indexed_forms(reader, field, start)]:
                if stem not in words and (field, stem) in reader:
                    words.add(stem)
                    postings += reader.doc_frequency(field, stem)
        if postings > MAX_FILTER_POSTINGS:
            return None
        chosen.extend((field, w) for w in words)
    return vocabulary.union(chosen, budget), {term for _, term in chosen}


def _indexed_forms(reader, field: str, word: str) -> list[str]:
    """What ``word``, typed whole, is indexed as in a stemmed ``field``: its stem need not
    start with it ("stay" -> "stai", "army" -> "armi"), so no prefix of it finds it."""
    try:
        return [_str(t) for t in reader.schema[field].process_text(word, mode="query")]
    except Exception:  # noqa: BLE001 - a field without an analyzer: nothing to add
        return []


def _split_partial(text: str) -> tuple[str, str | None]:
    """Rewrite a partial last word as a prefix (>= MIN_PREFIX chars) or drop it."""
    if text.count('"') % 2:
        return text, None  # inside a phrase: leave it alone
    tail = _OPEN_TAIL.search(text)
    if tail is not None:  # "speaker:": its value is still to come
        return _drop_last(text, tail.start()), None
    m = _LAST_WORD.search(text)
    if m is None:
        return text, None
    field, word = m.group(1), m.group(2).lstrip("+-")  # -word: the word is typed after its sign
    if field in ("date", "kind"):  # closed values: whole, not yet a filter, or wrong
        if _complete_value(field, word) or not _may_become(field, word):
            return text, None  # searched, or refused, as typed (never as a prefix)
        return _drop_last(text, m.start()), None
    if len(word) < MIN_PREFIX or word in _OPERATORS:
        return _drop_last(text, m.start()), None
    if field is None and text[:m.start()].strip() and is_left_out(word):
        return text, None  # "russia will": a common word after others, left out whole
    return text + "*", word


def _outside_phrases(text: str) -> str:
    """``text`` with every "phrase" blanked out (same length): what is syntax."""
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)


def _brackets(outside: str) -> tuple[list[str], str | None, int]:
    """Read the brackets of ``outside`` (phrases blanked) up to the first closer that
    nothing opened: (the brackets still open there, innermost last; that closer or
    None; the deepest nesting met)."""
    stack: list[str] = []
    deepest = 0
    for ch in outside:
        if ch in "([{":
            stack.append(ch)
            deepest = max(deepest, len(stack))
        elif ch in _CLOSERS and (not stack or stack.pop() != _CLOSERS[ch]):
            return stack, ch, deepest
    return stack, None, deepest


def _open_groups(text: str) -> str:
    """The ``)`` that would close the parentheses still open at the end of ``text``;
    empty when none are open or the brackets are wrong in another way (left to
    :func:`check` to explain)."""
    stack, stray, _ = _brackets(_outside_phrases(text))
    return ")" * len(stack) if stray is None and set(stack) <= {"("} else ""


def _close_phrase(text: str) -> tuple[str, str | None]:
    """``text`` with its open phrase closed, and the phrase's last word if it is still
    being typed and to be searched as a prefix (None: none).

    While ``"false fla`` is typed the phrase is ``"false fla"`` and ``fla`` is returned:
    its last word then stands for the words it begins (:func:`_phrase_prefix`). A last
    word shorter than :data:`MIN_PREFIX` or not a plain word is left out (``"false f``
    searches ``"false"``). While the phrase's first word is typed (``"gordo``,
    ``title:"ukrain``) it is that word alone, which a one-word phrase is: a prefix like
    any other (``gordo*``). An unclosed quote is not an error until the query is run
    with ``enter``.
    """
    start = text.rfind('"')
    head, phrase = text[:start], text[start + 1 :]
    words = phrase.split()
    partial = None
    if words and not phrase[-1].isspace():
        if len(words) == 1 and _PLAIN_WORD.fullmatch(words[0]):
            return head + words[0], None
        if len(words[-1]) >= MIN_PREFIX and _PLAIN_WORD.fullmatch(words[-1]):
            partial = words[-1]
        else:
            words = words[:-1]
    if words:
        return f'{head}"{" ".join(words)}"', partial
    head = _drop_last(head, len(head))
    return (head + " " if head else ""), None  # the words before it are whole


PHRASE_EXPANSIONS = 16
"""The words a phrase's last word, still being typed, may stand for (its commonest)."""


def _phrase_prefix(node: Query, reader, typed: str) -> Query:
    """A phrase whose last word is ``typed`` (still being typed), as the phrase's whole
    words followed by a word that ``typed`` begins: Whoosh has no phrase prefix, but its
    span queries take one (``SpanNear2`` of terms and the prefix's commonest words, with
    the phrase's boost: :class:`index.search.phrase_prefix.PhrasePrefix`)."""
    if not isinstance(node, Phrase) or len(node.words) < 2:
        return node
    field, last = node.fieldname, node.words[-1]
    if last not in {typed.lower(), name_key(typed), *_indexed_forms(reader, field, typed)}:
        return node  # another phrase of the query
    ends = _expansions(reader, field, last, PHRASE_EXPANSIONS)
    if not ends:
        return NullQuery
    end = Term(field, next(iter(ends))) if len(ends) == 1 else \
        Or([Term(field, t) for t in sorted(ends)])
    return PhrasePrefix([*(Term(field, w) for w in node.words[:-1]), end], slop=node.slop,
                        boost=node.boost)


def _drop_last(text: str, start: int) -> str:
    """``text`` up to ``start``, without an operator left dangling at its end."""
    head = text[:start].rstrip()
    dangling = True
    while dangling:  # "nato AND NOT": both
        dangling = False
        for op in ("AND", "OR", "NOT"):
            if head.endswith((" " + op, "(" + op)) or head == op:
                head, dangling = head[: -len(op)].rstrip(), True
    return head


def _expand_prefix(node: Query, reader, typed: set[str]) -> Query:
    """A partial word's prefix, cut down to its most frequent expansions.

    A short prefix in a large index expands to hundreds of terms, and reading all their
    postings on each keystroke is what makes Whoosh slow; the :data:`MAX_EXPANSIONS`
    commonest are what the reader most likely means (typing on narrows it down). In
    stemmed fields the partial word may be longer than the indexed stem ("invasio" ->
    "invas"), so those stems count too.
    """
    if not isinstance(node, Prefix):
        return node
    field, word = node.fieldname, node.text
    if word not in typed:
        # The parser stems a prefix in a stemmed field ("pes" -> "pe*", "mus" -> "mu*"):
        # still the word being typed, which is what the index's words must start with.
        stemmed = [t for t in typed if field in STEMMED_FIELDS and word and t.startswith(word)]
        if not stemmed:
            return node  # not the word being typed (a prefix the user wrote is bounded later)
        word = stemmed[0]
    terms = _expansions(reader, field, word, MAX_EXPANSIONS)
    if not terms:
        return NullQuery
    return Or([Term(field, t, boost=node.boost) for t in sorted(terms)])


def _expansions(reader, field: str, word: str, limit: int) -> set[str]:
    """The words of ``field`` that ``word`` (a partial word) may stand for: its ``limit``
    commonest expansions, and in a stemmed field the indexed stems it runs past
    ("invasio" -> "invas"), and its own indexed form, typed whole ("elections" ->
    "elect", as :func:`_prefix_docs` has)."""
    found = prefix_frequencies(reader, field, word)
    words = {_str(text) for _, text in heapq.nlargest(limit, found)}
    if field in STEMMED_FIELDS:
        stems = [word[:k] for k in range(max(4, len(word) - 3), len(word))]
        words.update(t for t in [*stems, *_indexed_forms(reader, field, word)]
                     if (field, t) in reader)
    return words


def _str(text: str | bytes) -> str:
    return text.decode("utf-8") if isinstance(text, bytes) else text
