"""Errors the search package raises for the user to fix (kept free of Whoosh imports)."""

from __future__ import annotations


class QueryError(ValueError):
    """A query the user must fix; ``str()`` is the one-line explanation."""


class IndexFolderError(Exception):
    """The index folder cannot be used or written (not a folder, not warreader's, read-only,
    full); ``str()`` is one line saying what is wrong and what to do."""
