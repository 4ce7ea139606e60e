"""One module per `warreader` subcommand, each with ``NAME`` and ``register``.

``register(subparsers, add_common_options)`` adds the command's parser, calls
``add_common_options`` on it and sets ``func`` (``args -> exit status``).
"""

from __future__ import annotations

from warreader.tui.commands import (
    articles,
    corrections,
    index,
    provenance,
    quotes,
    read,
    search,
    speakers,
)

COMMANDS = (read, articles, index, search, quotes, speakers, provenance, corrections)
