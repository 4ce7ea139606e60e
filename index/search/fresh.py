"""The corpus's articles and quotes read from its index, when that index is up to date.

`warreader quotes` and `warreader speakers` read every article and find its quotes
(about 7 s of CPU for the 1,808 BBC articles). When the corpus's index holds exactly
what that would find, they read it from there instead (:func:`read_fresh`): the stored
data keeps every field of each quote and each article's metadata
(:mod:`index.search.stored`). The index is "up to date" only when all of these hold,
else :func:`read_fresh` answers None and the command reads the files as before (it
never builds or updates an index):

- every PATH is a folder (a file named on the command line is reported as given);
- the live generation was made with this schema version, these aliases and this
  engine stamp (:func:`index.search.store.open_live` with ``engine=True``);
- the corpus's corrections are those the index took in, and its file is not damaged;
- the files found under the folders are those indexed, with the same sizes and mtimes
  (or the same bytes), compared as a refresh compares them;
- the Whoosh files are those the stored data was read from (no damage);
- no file is over the article size limit (the index may have been built with another
  one), and no file was left out because the engine failed on it or it was too large.

It writes nothing but the caches a refresh also keeps (the walk's folder records,
the stored data of the live commit when missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warreader.index.model import Article, Quote

_UNSURE = ("quote extraction failed", "file too large")
"""How the reasons start for the files a fresh read cannot stand in for: an engine
failure (the command keeps the article in some lists) and the size limit (the
index's may have been another)."""


@dataclass(slots=True)
class FreshRead:
    """What reading the files would give: the articles in the walk's order, each with
    its quotes (corrections applied), and the files that could not be read, with the
    reason the reader gave, in the walk's order."""

    pairs: list[tuple[Article, list[Quote]]]
    skipped: list[tuple[str, str]]


def read_fresh(paths: list[Path], index_dir: Path | None,
               aliases: dict[str, list[str]]) -> FreshRead | None:
    """The articles and quotes of the folders ``paths`` from the index in ``index_dir``
    (the corpus's default one if None) when it is up to date with them (see the
    module), else None."""
    from warreader.index.search.stamps import live_dir

    folders = [Path(p).expanduser() for p in paths]
    if not folders or not all(p.is_dir() for p in folders):
        return None
    from warreader.index.paths import index_dir_for

    index_dir = index_dir_for(folders, index_dir)
    if live_dir(index_dir) is None:  # no index: nothing more to look at (no Whoosh import)
        return None
    from warreader.index.annotations.indexed import changed_since, load_rules

    rules, problem = load_rules(folders)
    if problem or changed_since(index_dir, rules):
        return None
    return _from_index(folders, index_dir, aliases)


def _from_index(folders: list[Path], index_dir: Path,
                aliases: dict[str, list[str]]) -> FreshRead | None:
    """:func:`read_fresh` once the cheap checks passed: one commit's stored data,
    compared with the files and read."""
    from warreader.index.files import article_limit
    from warreader.index.search import store
    from warreader.index.search.analysis import AliasTable
    from warreader.index.search.manifest import compare
    from warreader.index.search.segment_files import page_release
    from warreader.index.search.sources import scan_files
    from warreader.index.search.stored import open_stored, parsed_articles
    from warreader.index.search.stored_write import changed_whoosh_file

    try:
        ix = store.open_live(index_dir, AliasTable(aliases).fingerprint(), engine=True)
    except store.StoreProblem:
        return None
    folder = Path(ix.storage.folder)
    listed, on_disk = scan_files(folders, folder)
    limit = article_limit()
    if len(on_disk) != len(listed) or any(size > limit for size, _ in on_disk.values()):
        return None
    try:
        with ix.searcher() as searcher:
            data = open_stored(searcher, folder, aliases, page_release(ix))
            try:
                if changed_whoosh_file(folder, data.index_files()) is not None:
                    return None  # a Whoosh file changed since: damage, a refresh rebuilds
                changes = compare(on_disk, data.manifest(on_disk))
                if changes.to_read or changes.removed:
                    return None
                parsed, skipped = parsed_articles(data), dict(data.skipped())
            finally:
                data.close()
    except Exception:  # noqa: BLE001 - unreadable stored data: read the files instead
        return None
    if any(reason.startswith(_UNSURE) for reason in skipped.values()):
        return None
    if len(parsed) + len(skipped) != len(listed) or any(
            f not in parsed and f not in skipped for f in listed):
        return None
    return FreshRead([parsed[f] for f in listed if f in parsed],
                     [(f, skipped[f]) for f in listed if f in skipped])


def with_lead(article: Article) -> Article:
    """``article`` with its paragraphs read from its file when a citation needs the lead
    (a title derived from it and cut: :func:`tui.clipboard.citation_title` cites the
    whole first sentence) and an index gave the article without them; else as it is
    (a file that cannot be read any more: as it is, its cut title cited)."""
    if article.paragraphs or not (article.title_derived and article.title.endswith("…")):
        return article
    from dataclasses import replace

    from warreader.index.articles import ArticleError, read_article

    try:
        return replace(article, paragraphs=read_article(article.path).paragraphs)
    except (ArticleError, OSError):
        return article
