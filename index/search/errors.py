"""Errors the search package raises for the user to fix (kept free of Whoosh imports)."""

from __future__ import annotations


class QueryError(ValueError):
    """A query the user must fix; ``str()`` is the one-line explanation."""
