"""``+word`` and ``-word`` at any depth of a query, not only at its top level.

Whoosh's :class:`~whoosh.qparser.PlusMinusPlugin` sorts the marked words of the
top-level group only; a ``-`` inside parentheses (``nato (-moscow)``) was left as a
marker node that the parser cannot turn into a query, so the search failed with
"cannot run this query: Minus". Here every parenthesised group is sorted the same way,
and a group holding only banned words (``(-moscow)``) becomes ``NOT moscow``, which
the enclosing AND applies as the user meant. A query made only of banned words at the
top level still means nothing to search for, as before.
"""

from __future__ import annotations

from whoosh.qparser import PlusMinusPlugin, syntax

PLUS = r"(?<![^\s(])\+"
MINUS = r"(?<![^\s(])-"
"""Only at the start of a word: ``2022-02`` is a date, not ``2022 NOT 02``."""


class NestedPlusMinusPlugin(PlusMinusPlugin):
    """:class:`PlusMinusPlugin` applied inside parenthesised groups too."""

    def __init__(self) -> None:
        super().__init__(PLUS, MINUS)

    def do_plusminus(self, parser, group, nested: bool = False):
        """Sort ``group`` (and every group inside it) into required, optional and banned."""
        for i, node in enumerate(group):
            if type(node) in (syntax.AndGroup, syntax.OrGroup):  # parentheses
                group[i] = self.do_plusminus(parser, node, nested=True)
        sorted_group = super().do_plusminus(parser, group)
        if nested and isinstance(sorted_group, syntax.AndNotGroup):
            positive, banned = sorted_group.nodes
            if not positive.nodes:
                return syntax.NotGroup([banned])
        return sorted_group
