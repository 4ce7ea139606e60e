"""`warreader read` (being written; replaced by its owner)."""

from __future__ import annotations

NAME = "read"


def register(subparsers, add_common_options) -> None:
    """Add the `read` parser."""
    p = subparsers.add_parser(NAME, help="(in progress)")
    add_common_options(p)
    p.set_defaults(func=lambda args: 2)
