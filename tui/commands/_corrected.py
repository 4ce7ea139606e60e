"""The reader's corrections for the commands that read files themselves (`quotes`,
`speakers`): the same rules the index applies (:mod:`index.annotations.correcting`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from warreader.index.model import Article, Quote
from warreader.tui.commands._common import report_skip, warn


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
