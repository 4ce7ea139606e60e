"""The article list of the live index, cached as JSON beside it for a fast startup.

The reader's first screen is the article list (titles, dates, outlets, quote counts)
and the number of unreadable files. Reading them from the index means importing and
opening Whoosh, which costs most of the startup time; ``listing.json`` in the index
folder holds just those rows, stamped with the commit they were read from
(:class:`index.search.stamps.CommitStamp`), the schema version and the alias
fingerprint. It is only a cache: written atomically (temporary file, then
``os.replace``) whenever the corpus data of a new commit is loaded, and ignored when
it is missing, unreadable or stamped with anything but the live commit. It also names
the corpus folders it lists (:func:`roots_key`): an index folder shared by two corpora
(``--index-dir``, the config's ``index_dir``) never shows one corpus's list as the
other's while the files are checked.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from warreader.index.search.stamps import (
    SCHEMA_VERSION,
    CommitStamp,
    alias_fingerprint,
    live_stamp,
    read_small,
)
from warreader.index.search.summary import ArticleSummary

LISTING = "listing.json"
MAX_BYTES = 1 << 30
"""A listing larger than this is not one warreader wrote (100,000 articles take ~20 MB)."""
FORMAT = 3
"""Bump when the file's layout changes (older files are then ignored and rewritten)."""
HEAD = "listing-head.json"
HEAD_ROWS = 200
"""Rows of the list's first order kept in the head: a screen of the tallest terminal."""


class Head(NamedTuple):
    """The first rows of a cached listing in the list's first order (newest first), its
    totals (articles, quotes, terms) and its unreadable files (path, reason)."""

    stamp: CommitStamp
    rows: list[ArticleSummary]
    total: int
    quotes: int
    terms: int
    skipped: list[tuple[str, str]]
    roots: str | None = None


class Listing(NamedTuple):
    """Articles (index order) and unreadable files (path, reason) of one commit, and the
    :func:`roots_key` of the corpus folders listed (None: not said)."""

    stamp: CommitStamp
    summaries: list[ArticleSummary]
    skipped: list[tuple[str, str]]
    roots: str | None = None


Roots = Iterable[Path | str] | None
"""The corpus folders a list is read for (None: whatever folders it lists)."""


def roots_key(roots: Roots) -> str | None:
    """A short key of the corpus folders ``roots`` (resolved, in any order); None for None."""
    if roots is None:
        return None
    names = sorted({os.path.realpath(os.path.expanduser(os.fspath(p))) for p in roots})
    joined = "\0".join(names).encode("utf-8", "surrogateescape")
    return hashlib.sha1(joined).hexdigest()[:16]


def read_listing(index_dir: Path, aliases: dict[str, list[str]] | None,
                 roots: Roots = None) -> Listing | None:
    """The cached list of the live index, or None when there is none to trust.

    None when the index or the cache is missing, the cache is unreadable, or it was
    made from another commit, schema version or alias table, or (``roots`` given) for
    other corpus folders than ``roots``.
    """
    stamp = live_stamp(index_dir)
    if stamp is None:
        return None
    return _read(index_dir, stamp, alias_fingerprint(aliases), roots_key(roots))


def write_listing(
    index_dir: Path,
    stamp: CommitStamp,
    fingerprint: str,
    summaries: list[ArticleSummary],
    skipped: list[tuple[str, str]],
    roots: str | None = None,
) -> bool:
    """Cache ``summaries`` and ``skipped`` as read from commit ``stamp`` for the corpus
    folders of :func:`roots_key` ``roots``; False if the folder is not writable (the
    next startup is then just slower)."""
    rows = [_row(s) for s in summaries]
    blob = json.dumps({"header": _header(stamp, fingerprint, roots), "articles": rows,
                       "skipped": [list(pair) for pair in skipped]})
    # ASCII escapes keep file names whose bytes are not UTF-8 (lone surrogates) intact.
    path = index_dir / LISTING
    tmp = path.with_name(f"{LISTING}.{os.getpid()}.tmp")
    try:
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
        _write_head(index_dir, _header(stamp, fingerprint, roots), summaries, skipped,
                    path.stat())
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def _row(s: ArticleSummary) -> list:
    return [s.id, s.path, s.title, s.date, s.author, s.outlet, s.quote_count, s.term_count]


def _write_head(index_dir: Path, header: list, summaries: list[ArticleSummary],
                skipped: list[tuple[str, str]], listing: os.stat_result) -> None:
    """Write the head of the listing just written (its size and mtime say which)."""
    from warreader.index.search.article_filter import sorted_summaries

    first = sorted_summaries(summaries, "date")[:HEAD_ROWS]
    blob = json.dumps({
        "header": header, "listing": [listing.st_size, listing.st_mtime_ns],
        "totals": [len(summaries), sum(s.quote_count for s in summaries),
                   sum(s.term_count for s in summaries)],
        "rows": [_row(s) for s in first], "skipped": [list(pair) for pair in skipped]})
    path = index_dir / HEAD
    tmp = path.with_name(f"{HEAD}.{os.getpid()}.tmp")
    try:
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def read_head(index_dir: Path, aliases: dict[str, list[str]] | None,
              roots: Roots = None) -> Head | None:
    """The head of the live index's cached list, or None when there is none to trust:
    missing, damaged, cut from another listing than the one beside it now, or (``roots``
    given) listing other corpus folders."""
    stamp = live_stamp(index_dir)
    if stamp is None:
        return None
    return cached_head(index_dir, stamp, alias_fingerprint(aliases), roots_key(roots))


def cached_head(index_dir: Path, stamp: CommitStamp, fingerprint: str,
                roots: str | None = None) -> Head | None:
    """The head if it was cut from commit ``stamp``'s listing with these aliases (and,
    ``roots`` given, for those corpus folders) and that listing.json is still the one
    it was cut from (whatever commit is live now)."""
    try:
        data = json.loads(read_small(index_dir / HEAD, MAX_BYTES).decode("utf-8"))
        listing = (index_dir / LISTING).stat()
        header, rows, skipped = data["header"], data["rows"], data["skipped"]
        total, quotes, terms = data["totals"]
        same = data["listing"] == [listing.st_size, listing.st_mtime_ns]
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None
    if not same or not _trusted(header, stamp, fingerprint, roots):
        return None
    if not (isinstance(rows, list) and isinstance(skipped, list)
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0
                    for n in (total, quotes, terms))):
        return None
    decoded = _decode(stamp, rows, skipped)
    if decoded is None or len(decoded.summaries) > total:
        return None
    return Head(stamp, decoded.summaries, total, quotes, terms, decoded.skipped, header[-1])


def lists_other_folders(index_dir: Path, aliases: dict[str, list[str]] | None,
                        roots: Roots) -> bool:
    """Whether the live index's cached list is of other corpus folders than ``roots``:
    an index folder shared by two corpora, whose stored articles are then the other
    corpus's until the files are checked. False when that cannot be told."""
    stamp = live_stamp(index_dir)
    if stamp is None:
        return False
    fingerprint = alias_fingerprint(aliases)
    head = cached_head(index_dir, stamp, fingerprint)
    if head is not None:
        return head.roots != roots_key(roots)
    listing = _load(index_dir / LISTING)  # no head (not written, removed): the list's own
    return (listing is not None and _trusted(listing[0], stamp, fingerprint, None)
            and listing[0][-1] != roots_key(roots))


def cached_listing(index_dir: Path, stamp: CommitStamp, fingerprint: str,
                   roots: str | None = None) -> Listing | None:
    """The cached listing if it is whole and was written from commit ``stamp`` with
    these aliases (and, ``roots`` given, for those corpus folders), whatever commit is
    live now."""
    return _read(index_dir, stamp, fingerprint, roots)


def _read(index_dir: Path, stamp: CommitStamp, fingerprint: str,
          roots: str | None) -> Listing | None:
    """The listing in ``index_dir`` if it is whole and made from ``stamp``."""
    listing = _load(index_dir / LISTING)
    if listing is None or not _trusted(listing[0], stamp, fingerprint, roots):
        return None
    decoded = _decode(stamp, listing[1], listing[2])
    return decoded._replace(roots=listing[0][-1]) if decoded is not None else None


def _header(stamp: CommitStamp, fingerprint: str, roots: str | None) -> list:
    return [FORMAT, SCHEMA_VERSION, fingerprint, stamp.to_list(), roots]


def _trusted(header: object, stamp: CommitStamp, fingerprint: str, roots: str | None) -> bool:
    """Whether a file's header is of this format, schema, aliases and commit, and (when
    ``roots`` is given) of those corpus folders."""
    expected = _header(stamp, fingerprint, roots)
    if not isinstance(header, list) or len(header) != len(expected):
        return False
    return header[:-1] == expected[:-1] and (roots is None or header[-1] == roots)


def _load(path: Path) -> tuple[list, list, list] | None:
    """(header, article rows, skipped rows) of a well-formed file, else None."""
    try:
        data = json.loads(read_small(path, MAX_BYTES).decode("utf-8"))
        header, rows, skipped = data["header"], data["articles"], data["skipped"]
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None
    if not (isinstance(header, list) and isinstance(rows, list) and isinstance(skipped, list)):
        return None
    return header, rows, skipped


def _decode(stamp: CommitStamp, rows: list, skipped: list) -> Listing | None:
    """The listing, or None if any row is not what :func:`write_listing` writes."""
    if not all(_valid_row(row) for row in rows):
        return None
    if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
               for p in skipped):
        return None
    return Listing(stamp, [ArticleSummary(*row) for row in rows],
                   [(f, why) for f, why in skipped])


def _valid_row(row: object) -> bool:
    if not isinstance(row, list) or len(row) != 8:
        return False
    texts, optional, counts = row[:3], row[3:6], row[6:]
    return (all(isinstance(x, str) for x in texts)
            and all(x is None or isinstance(x, str) for x in optional)
            and all(isinstance(n, int) and not isinstance(n, bool) for n in counts))
