"""Shared by `warreader index` and `warreader search`: open the corpus, report an update."""

from __future__ import annotations

from argparse import ArgumentParser, Namespace

from warreader.index.corpus import Corpus
from warreader.index.search.results import IndexReport
from warreader.tui.commands._common import (
    chosen_index_dir,
    corpus_paths,
    load_config_or_exit,
    report_skip,
    warn,
)


def open_corpus(args: Namespace) -> Corpus:
    """The corpus named by the command line (PATHs, --config, --index-dir)."""
    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    corpus = Corpus.open(paths, chosen_index_dir(args, config), config.aliases)
    if corpus.corrections_problem:  # a damaged corrections file: set aside, said once
        warn(corpus.corrections_problem)
    return corpus


def none_there(corpus: Corpus, allow_empty: bool = False,
               articles_there: bool | None = None) -> int | None:
    """Exit status 2, each PATH said missing and the index left as it was, when not one
    of the corpus's PATHs exists; else None. A mistyped folder with an index dir chosen
    (``WARREADER_INDEX_DIR``) emptied that index: `warreader index /typo` removed the
    1,808 BBC articles it held, a rebuild of minutes (hours for a large corpus).

    So does an index holding articles when the PATHs hold nothing to read (an empty
    folder, a broken link, a folder of other files), unless ``allow_empty``
    (`warreader index --allow-empty`) asks for the index to be emptied (:func:`_empty`).
    ``articles_there``: whether the PATHs hold an article file, when the caller has
    already walked them to know (None: walked here, up to the first one)."""
    import os

    from warreader.index.files import gone_reason
    from warreader.index.paths import shown_path

    if not corpus.paths:
        return None
    if any(os.path.lexists(p) for p in corpus.paths):
        return None if allow_empty else _empty(corpus, articles_there)
    for path in corpus.paths:  # the whole message, unless an index was spared (revU3 #5)
        report_skip(path, gone_reason(path))
    if corpus.article_count():
        warn(f"no PATH given exists: the index in {shown_path(corpus.index_dir)} was left "
             "as it was")
    corpus.close()
    return 2


def _empty(corpus: Corpus, articles_there: bool | None = None) -> int | None:
    """Exit status 2 and one line when the corpus's PATHs hold no article file while its
    index holds articles (an update would remove them all); else None.
    ``articles_there``: as for :func:`none_there` (a walk of a large folder with no
    article in it is not done twice)."""
    import os

    from warreader.index.articles.loader import has_article_file
    from warreader.index.paths import shown_path
    from warreader.tui.wording import plural

    if articles_there is None:
        articles_there = has_article_file(corpus.paths)
    if articles_there or not (held := corpus.article_count()):
        return None
    from warreader.index.files import gone_reason

    for path in corpus.paths:  # a broken link: where it points, as a missing path's line
        if not path.exists() and os.path.lexists(path):
            report_skip(path, gone_reason(path))
    where = ", ".join(shown_path(p) for p in corpus.paths)
    warn(f"no article file in {where}: the index in {shown_path(corpus.index_dir)} "
         f"({plural(held, 'article')}) was left as it was; `warreader index "
         f"{where} --allow-empty` empties it")
    corpus.close()
    return 2


def print_problems(report: IndexReport, skipped: bool = True) -> None:
    """Notices (and skipped files), one line each on stderr."""
    for notice in report.notices:
        warn(notice)
    for path, reason in report.skipped if skipped else ():
        report_skip(path, reason)


def allow_intermixed(parser: ArgumentParser) -> None:
    """Let PATHs follow options (``search nato --json seeds/``) on Python 3.11.

    argparse matches the ``paths`` positional (``nargs="*"``) as empty before the
    first option, so later PATHs are "unrecognized". Intermixed parsing collects
    positionals across options; the guard keeps its inner calls on the plain parser.
    """
    plain = parser.parse_known_args
    busy = False

    def parse_known_args(args=None, namespace=None):
        nonlocal busy
        if busy or (args is not None and "--" in args):  # `search -- -said`: plain parsing
            return plain(args, namespace)
        busy = True
        try:
            return type(parser).parse_known_intermixed_args(parser, args, namespace)
        finally:
            busy = False

    parser.parse_known_args = parse_known_args
