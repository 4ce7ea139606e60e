"""Helpers every `warreader` subcommand shares: config, corpus paths, error lines.

User errors print one line, ``warreader: <message>``, on stderr and end with exit
status 2 (:func:`fail`, :func:`load_config_or_exit`); no traceback reaches the user.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser, Namespace, _SubParsersAction
from collections.abc import Callable, Iterable
from pathlib import Path

from warreader.index.articles import load_articles
from warreader.index.config import Config, ConfigError, load_config
from warreader.index.files import set_article_limit
from warreader.index.model import Article
from warreader.index.paths import shown_path
from warreader.index.quotes.archive_marks import set_archive_quotes
from warreader.tui.safe_text import json_safe, one_line
from warreader.tui.wording import plural

Subparsers = _SubParsersAction
"""What each command's ``register`` adds its parser to (``add_subparsers()``'s answer)."""
AddOptions = Callable[[ArgumentParser], None]
"""The function that gives a command's parser the options every command shares."""


def fail(msg: str) -> int:
    """Print ``warreader: msg`` on stderr; returns exit status 2."""
    warn(msg)
    return 2


def warn(msg: str) -> None:
    """Print ``warreader: msg`` on stderr as one line (control characters of paths and
    article text shown, never sent to the terminal)."""
    print(f"warreader: {one_line(msg)}", file=sys.stderr)


def dump_json(data: object, indent: int | None = 2) -> None:
    """Print ``data`` as JSON on stdout: non-ASCII text as is, every control character
    (C0, C1, bidi, lone surrogates) escaped."""
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=indent)) + "\n")


def load_config_or_exit(args: Namespace) -> Config:
    """The effective config for ``args.config``; on a config error, one line and exit 2."""
    try:
        config = load_config(getattr(args, "config", None))
    except ConfigError as exc:
        raise SystemExit(fail(str(exc))) from None
    set_article_limit(config.max_file_mb)
    set_archive_quotes(config.archive_quotes)
    return config


def chosen_index_dir(args: Namespace, config: Config) -> Path | None:
    """The index folder asked for: ``--index-dir`` (or ``WARREADER_INDEX_DIR``), else the
    config's ``index_dir``; None: neither names one, the corpus's default is used
    (:func:`index.paths.index_dir_for`)."""
    given = getattr(args, "index_dir", None)
    return Path(given) if given else config.index_dir


def corpus_paths(args: Namespace, config: Config) -> list[Path]:
    """The PATHs given on the command line, else the configured corpus."""
    given = getattr(args, "paths", None)
    if given:
        return [Path(p).expanduser() for p in given]
    return list(config.corpus)


_REPORTED_SKIPS: list[Path] = []
"""Every path :func:`report_skip` has reported in this command (reset by
:func:`forget_skips`): what the empty-corpus line must not repeat."""


def forget_skips() -> None:
    """Start a command with no skipped path reported (tests run several in one process)."""
    _REPORTED_SKIPS.clear()


def no_articles_in(paths: Iterable[str | Path]) -> str | None:
    """The error line of a command that found no article in the corpus ``paths``: where
    it looked and for which files (:func:`warreader.tui.wording.no_articles_found`);
    "N files found in PATHS, none readable" when every article file was reported as
    unreadable; None when every path was itself skipped (missing, an unreadable folder):
    its own skip line said so (revU3 #5)."""
    from warreader.tui.wording import no_articles_found

    paths = [Path(p) for p in paths]
    reported = set(_REPORTED_SKIPS)
    unreadable = [p for p in reported if p.is_file()]
    if unreadable:
        where = ", ".join(shown_path(p) for p in paths if p.exists())  # missing: said
        return f"{plural(len(unreadable), 'file')} found in {where}, none readable"
    if paths and all(p in reported for p in paths):  # missing or unreadable: said
        return None
    return no_articles_found(paths)


def warn_no_articles(paths: Iterable[str | Path]) -> None:
    """Say on stderr that the corpus ``paths`` gave no article (:func:`no_articles_in`),
    unless the skip lines already said all there is."""
    line = no_articles_in(paths)
    if line is not None:
        warn(line)


def fail_no_articles(paths: Iterable[str | Path]) -> int:
    """:func:`warn_no_articles`, then exit status 2."""
    warn_no_articles(paths)
    return 2


def missing_status(paths: Iterable[Path]) -> int:
    """Exit status 2 when any of the corpus ``paths`` does not exist (a user error: each
    one was already reported as skipped), else 0."""
    return 2 if any(not Path(p).exists() for p in paths) else 0


def report_skip(path: str | Path, reason: str) -> None:
    """One stderr line for a file that could not be read."""
    _REPORTED_SKIPS.append(Path(path))
    warn(f"skipped {shown_path(path)}: {reason}")


def load_articles_reporting(paths: Iterable[str | Path]) -> list[Article]:
    """Load articles, printing ``warreader: skipped PATH: reason`` for each skip."""
    return load_articles(paths, on_skip=report_skip)


def display_path(path: str) -> str:
    """``path`` relative to the working directory when it lies under it, else as is."""
    try:
        return shown_path(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return shown_path(path)
