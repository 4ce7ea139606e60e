"""Limits on the work one query may ask for, each refused with a message in the user's words.

Whoosh runs whatever it is given: ``*?*`` reads the postings of every word in the index,
``peskov~99`` walks an edit automaton as large as the vocabulary, forty one-letter
prefixes union forty huge sets. Before a query runs, :func:`bound_query` checks it:

- a wildcard, prefix, fuzzy word or word range may stand for at most
  :data:`MAX_EXPANSIONS` indexed words (per field), the whole query for
  :data:`MAX_TOTAL_EXPANSIONS`;
- a fuzzy word allows at most :data:`MAX_EDITS` edits;
- at most :data:`MAX_CLAUSES` words, phrases and filters in all.

Nesting is limited in :func:`index.search.query.check` (:data:`MAX_DEPTH`), and the
collection of hits is cut off after :data:`TIME_LIMIT` seconds (see
:mod:`index.search.searching`).
"""

from __future__ import annotations

from warreader.index.search.errors import QueryError
from warreader.index.search.expand import Expanded, Vocabulary
from warreader.index.search.schema import DEFAULT_FIELDS
from whoosh.query import Every, FuzzyTerm, MultiTerm, Prefix, Query, TermRange, Variations

MAX_EXPANSIONS = 256
"""Indexed words one wildcard, prefix, fuzzy word or range may stand for, per field."""

MAX_TOTAL_EXPANSIONS = 1024
"""...and all of them together."""

MAX_EDITS = 2
"""Largest edit distance a fuzzy word (``word~2``) may ask for."""

MAX_CLAUSES = 64
"""Words, phrases and field filters a query may hold."""

MAX_DEPTH = 16
"""Parentheses and brackets a query may nest."""

TIME_LIMIT = 0.75
"""Seconds the collection of a keystroke's hits may take before the query is abandoned."""

FULL_TIME_LIMIT = 5.0
"""...and of a full search's (`warreader search`, ``--json``, exports), which scores and
counts every match: 0.2 s of CPU for "said OR year OR people" at 15,000 articles, growing
with the corpus, so :data:`TIME_LIMIT` would refuse a common query from some 50,000
articles on (fewer on a loaded machine, where the limit is wall time)."""


def user_form(node: Query) -> str:
    """How the user most likely typed ``node`` (``t*``, ``peskov~3``, ``title:[a to c]``)."""
    field = getattr(node, "fieldname", None)
    label = "" if field in DEFAULT_FIELDS or field is None else f"{field}:"
    if isinstance(node, Prefix):
        return f"{label}{node.text}*"
    if isinstance(node, FuzzyTerm):
        return f"{label}{node.text}~{node.maxdist if node.maxdist > 1 else ''}"
    if isinstance(node, TermRange):
        return f"{label}[{node.start or ''} to {node.end or ''}]"
    return f"{label}{getattr(node, 'text', node)}"


def bound_query(q: Query, vocabulary: Vocabulary | None = None) -> Query:
    """``q`` with its wildcards, prefixes, fuzzy words and ranges looked up in
    ``vocabulary``; raises :class:`QueryError` when it asks for more than the limits.

    Without a ``vocabulary`` only the shape is checked (:func:`check_shape`).
    """
    check_shape(q)
    if vocabulary is None:
        return q
    total = 0

    def expand(node: Query) -> Query:
        nonlocal total
        if not isinstance(node, MultiTerm) or isinstance(node, Variations | Expanded):
            return node
        words = vocabulary.expand(node, MAX_EXPANSIONS)
        if words is None:
            return node
        total += len(words)
        if len(words) > MAX_EXPANSIONS or total > MAX_TOTAL_EXPANSIONS:
            raise QueryError(f"'{user_form(node)}' matches too many words; be more specific")
        return Expanded(node, words)

    return q.accept(expand)


def check_shape(q: Query) -> None:
    """Raise :class:`QueryError` for too many clauses, too many edits or a bare ``*``."""
    leaves = list(q.leaves()) if not q.is_leaf() else [q]
    if len(leaves) > MAX_CLAUSES:
        raise QueryError(
            f"the query has too many parts ({len(leaves)}; at most {MAX_CLAUSES}):"
            " leave some words out"
        )
    for leaf in leaves:
        if isinstance(leaf, FuzzyTerm) and leaf.maxdist > MAX_EDITS:
            raise QueryError(
                f"'{leaf.text}~' allows at most {MAX_EDITS} edits"
                f" ({leaf.text}~1 or {leaf.text}~{MAX_EDITS})"
            )
        if isinstance(leaf, Every):
            field = "" if leaf.fieldname in DEFAULT_FIELDS + (None,) else f"{leaf.fieldname}:"
            raise QueryError(f"'{field}*' alone matches everything; be more specific")
