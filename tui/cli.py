"""The `warreader` command line: the app by default, and the engine's subcommands.

Every subcommand takes files or folders (default: the configured corpus) and the
common options ``--config FILE`` and ``--index-dir DIR`` (also read from the
environment as ``WARREADER_CONFIG`` and ``WARREADER_INDEX_DIR``). Each subcommand
lives in its own module under :mod:`warreader.tui.commands`, exposing ``register(subparsers)``
which adds its parser and sets ``func`` to a callable ``(args) -> int``.

Errors the user can fix (bad config, missing paths, malformed queries) print one line
on stderr and exit with status 2; nothing here lets a traceback reach the screen: a bug
(any other exception) prints one line and exits with status 1, its traceback saved in the
user cache folder's ``errors`` folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
import uuid
from collections.abc import Sequence

from warreader.index.paths import shown_path, user_cache_path
from warreader.index.search.errors import IndexFolderError
from warreader.tui.commands import COMMANDS
from warreader.tui.commands._common import forget_skips
from warreader.tui.commands._corpus import allow_intermixed
from warreader.tui.safe_text import one_line
from warreader.tui.user_files import write_whole


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Add the options every command shares: paths, --config and --index-dir."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (default: the corpus from the config)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=os.environ.get("WARREADER_CONFIG"),
        help="config file overriding the defaults (env: WARREADER_CONFIG)",
    )
    parser.add_argument(
        "--index-dir",
        metavar="DIR",
        default=os.environ.get("WARREADER_INDEX_DIR"),
        help="where the search index lives (env: WARREADER_INDEX_DIR; "
        "default: the user cache dir, keyed by corpus)",
    )
    allow_intermixed(parser)  # PATHs may follow options: `quotes --format csv seeds/`


def installed_version() -> str:
    """warreader's version as installed (its distribution metadata)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("warreader")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="warreader",
        description="Read news coverage of a conflict and see who said what. "
        "Without a command, opens the reader on PATHs (default: the configured corpus).",
    )
    parser.add_argument("--version", action="version", version=f"warreader {installed_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub, add_common_options)
    return parser


def mistyped_command(word: str, names: Sequence[str]) -> str | None:
    """The command ``word`` was probably meant to be, when it is no file or folder."""
    if word.startswith("-") or "/" in word or "." in word or os.path.exists(word):
        return None
    import difflib  # only for a word that is neither a command nor a path

    close = difflib.get_close_matches(word, names, n=1, cutoff=0.75)
    return close[0] if close else None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `warreader` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    names = [c.NAME for c in COMMANDS]
    if not argv or (argv[0] not in names and argv[0] not in ("-h", "--help", "--version")):
        meant = mistyped_command(argv[0], names) if argv else None
        if meant is not None:
            print(f"warreader: no such command or file: {argv[0]!r}; did you mean {meant!r}?",
                  file=sys.stderr)
            return 2
        argv = ["read", *argv]
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a file name's non-UTF-8 bytes: escaped
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    forget_skips()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("warreader: interrupted", file=sys.stderr)
        return 130
    except IndexFolderError as exc:  # the index folder is unusable: one line, exit 2
        print(f"warreader: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a bug: one line on screen, its trace in a file
        print(f"warreader: internal error: {one_line(f'{type(exc).__name__}: {exc}')[:200]} "
              f"({_saved_trace()})", file=sys.stderr)
        return 1


def _saved_trace() -> str:
    """Write the exception being handled, with its traceback, to a new file in the user
    cache folder's ``errors`` folder (whole, through a temp file); say where, or that it
    could not be written."""
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"  # one file an error
    target = user_cache_path() / "errors" / f"cli-{stamp}.txt"
    try:
        write_whole(target, traceback.format_exc())
    except OSError:
        return "its details could not be saved"
    return f"details in {shown_path(target)}"


if __name__ == "__main__":
    raise SystemExit(main())
