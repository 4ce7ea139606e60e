"""The articles and quotes of the commands that read files themselves (`quotes`,
`speakers`): from an up-to-date index, else read with the reader's corrections, the
same rules the index applies (:mod:`index.annotations.correcting`)."""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterable
from pathlib import Path

from warreader.index.config import Config
from warreader.index.model import Article, Quote
from warreader.tui.commands._common import (
    chosen_index_dir,
    load_articles_reporting,
    report_skip,
    warn,
)


def corrected_pairs(articles: Iterable[Article], paths: list[Path],
                    aliases: dict[str, list[str]]) -> list[tuple[Article, list[Quote]]]:
    """(article, its quotes with the corpus's corrections applied) for each article; a
    damaged corrections file is reported (and set aside) on stderr, and so is an article
    the quote engine fails on (one line; the other articles go on)."""
    from warreader.index.annotations.correcting import apply_corrections
    from warreader.index.annotations.indexed import load_rules
    from warreader.index.quotes.guarded import ExtractionFailure, guarded_quotes

    rules, problem = load_rules(paths)
    if problem:
        warn(problem)
    pairs = []
    for article in articles:
        try:
            quotes = guarded_quotes(article, aliases)
        except ExtractionFailure as exc:
            report_skip(article.path, str(exc))
            continue
        pairs.append((article, apply_corrections(article, quotes, rules)))
    return pairs


def read_pairs(args: Namespace, paths: list[Path], config: Config
               ) -> tuple[list[Article], list[tuple[Article, list[Quote]]]]:
    """The articles under ``paths`` and (article, quotes with corrections applied) of
    each: from the corpus's index when it is up to date with the files (the same
    answer, without reading and extracting every article again:
    :mod:`index.search.fresh`), else read here (:func:`corrected_pairs`). Unreadable
    files are reported on stderr either way; no index is built or updated."""
    from warreader.index.search.fresh import read_fresh

    fresh = read_fresh(paths, chosen_index_dir(args, config), config.aliases)
    if fresh is not None:
        for file, reason in fresh.skipped:
            report_skip(file, reason)
        return [article for article, _ in fresh.pairs], fresh.pairs
    articles = load_articles_reporting(paths)
    return articles, corrected_pairs(articles, paths, config.aliases)
