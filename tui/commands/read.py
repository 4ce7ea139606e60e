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
    missing = [p for p in paths if not p.exists()]
    if missing:
        return _fail(_missing_line(missing[0]))
    problems = keymap_problems(config.keys)
    if problems:
        for problem in problems[:-1]:
            print(f"warreader: {problem}", file=sys.stderr)
        return _fail(problems[-1])
    from warreader.tui.commands._common import chosen_index_dir

    index_dir = chosen_index_dir(args, config)
    if (status := _nothing_to_read(paths, index_dir, config.aliases)) is not None:
        return status
    from warreader.tui.app import WarReaderApp

    app = WarReaderApp(paths, index_dir, config.aliases, config.theme,
                       config.keys, watch=config.watch)
    app.run()
    return 0


def _missing_line(path: Path) -> str:
    """The line refusing a PATH that does not exist: a broken link names where it
    pointed (:func:`index.files.gone_reason`)."""
    from warreader.index.files import gone_reason

    reason = gone_reason(path)
    if reason == "no such file or folder":
        return f"no such file or folder: {path}"
    return f"cannot open {path}: {reason}"


def _nothing_to_read(paths: list[Path], index_dir: Path | None,
                     aliases: dict[str, list[str]]) -> int | None:
    """Exit status 2 and one line, before the reader opens, when ``paths`` hold no
    article file (an empty folder, a folder of other files) while their index holds
    articles: the reader's first update would remove them all (ux34, K2: with an index
    dir chosen, `warreader empty/` emptied it, as `warreader index empty/` had before
    it refused). Else None. The index is only read here; a folder with an article file
    costs the walk to the first one, a folder without one a single walk (not one here
    and another in :func:`none_there`)."""
    from warreader.index.articles.loader import has_article_file

    if has_article_file(paths):
        return None
    from warreader.index.corpus import Corpus
    from warreader.tui.commands._corpus import none_there

    corpus = Corpus.open(paths, index_dir, aliases)
    status = none_there(corpus, articles_there=False)  # walked: closes it when it refuses
    if status is None:
        corpus.close()
    return status
