"""`warreader [PATH...]` (the default command): open the reader on a corpus."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "read"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `read` parser (also what `warreader` runs with no command)."""
    p = subparsers.add_parser(
        NAME, help="open the reader (the default command)",
        description="Open the three-pane reader: article list, article body with quotes "
        "highlighted, attribution sidebar. Press ? inside for every key.",
    )
    add_common_options(p)
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    from warreader.tui.safe_text import one_line

    print(f"warreader: {one_line(message)}", file=sys.stderr)
    return 2


def run(args: Namespace) -> int:
    """Load the config, check paths and keys, then run the app until the user quits."""
    from warreader.index.config import ConfigError, load_config
    from warreader.tui.keymap import keymap_problems

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        return _fail(str(exc))
    from warreader.index.files import set_article_limit
    from warreader.index.quotes.archive_marks import set_archive_quotes

    set_article_limit(config.max_file_mb)
    set_archive_quotes(config.archive_quotes)
    paths = [Path(p) for p in args.paths] or list(config.corpus)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        return _fail(f"no such file or folder: {missing[0]}")
    problems = keymap_problems(config.keys)
    if problems:
        for problem in problems[:-1]:
            print(f"warreader: {problem}", file=sys.stderr)
        return _fail(problems[-1])
    from warreader.tui.app import WarReaderApp
    from warreader.tui.commands._common import chosen_index_dir

    app = WarReaderApp(paths, chosen_index_dir(args, config), config.aliases, config.theme,
                       config.keys, watch=config.watch)
    app.run()
    return 0
