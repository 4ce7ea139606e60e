"""The bridge to the article reader and the quote extractor (other modules' work).

Imports are deferred to first use so the search package imports (and its unit tests
run) without the whole parsing stack.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from warreader.index.search.highlight import Segment
from warreader.index.search.indexer import Parse, ParseFailure

_CACHE: OrderedDict[tuple[str, int], list[Segment]] = OrderedDict()
_CACHE_SIZE = 256


def list_files(paths: list[Path]) -> list[str]:
    """Every article file under ``paths``, as resolved path strings (the manifest keys)."""
    from warreader.index.articles.loader import article_file_names

    return article_file_names(paths)


def scan_files(paths: list[Path], records: Path | None = None
               ) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """:func:`list_files`, and each file's (size, mtime_ns) taken in the same walk;
    ``records``, a folder holding the last walk's folders (``walk.bin``,
    :mod:`index.files_walk`), spares listing the folders unchanged since, and gets this
    walk's."""
    from warreader.index.articles.loader import article_file_stats

    if records is None:
        return article_file_stats(paths)
    from warreader.index.files_walk import FolderCache

    cache = FolderCache.load(records)
    found = article_file_stats(paths, cache)
    cache.save(records)
    return found


def default_parse(aliases: dict[str, list[str]]) -> Parse:
    """``parse(path) -> (Article, quotes)`` with the real reader and extractor."""

    def parse(path: str):
        from warreader.index.articles import ArticleError, read_article
        from warreader.index.quotes.guarded import ExtractionFailure, guarded_quotes

        try:
            article = read_article(Path(path))
            return article, guarded_quotes(article, aliases)
        except (ArticleError, ExtractionFailure) as exc:
            raise ParseFailure(str(exc)) from exc

    return parse


def segments_of(file: str) -> list[Segment]:
    """Text of an article for highlighting, with a map to raw offsets (cached).

    The article as the reader shows it (its headline, then its cleaned paragraphs), so
    a fragment never shows the header lines, captions or markup the reader dropped.
    """
    import os

    key = (file, os.stat(file).st_mtime_ns)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    try:
        from warreader.index.articles import read_article
    except ImportError:  # reader not installed (engine-only tests): the decoded file
        segments: list[Segment] = [(_source_text(file), _identity)]
    else:
        article = read_article(Path(file))
        parts = [article.headline] if article.headline is not None else []
        segments = [(p.text, p.raw_offset) for p in [*parts, *article.paragraphs]]
    _CACHE[key] = segments
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return segments


def _source_text(file: str) -> str:
    """The decoded file text, exactly as the article reader decodes it."""
    try:
        from warreader.index.articles import read_source_text
    except ImportError:  # reader not installed (engine-only tests): plain UTF-8
        return Path(file).read_text(encoding="utf-8", errors="replace")
    return read_source_text(Path(file))


def _identity(i: int) -> int:
    return i
