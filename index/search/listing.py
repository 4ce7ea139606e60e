"""The article list of the live index, cached as JSON beside it for a fast startup.

The reader's first screen is the article list (titles, dates, outlets, quote counts)
and the number of unreadable files. Reading them from the index means importing and
opening Whoosh, which costs most of the startup time; ``listing.json`` in the index
folder holds just those rows, stamped with the commit they were read from
(:class:`index.search.stamps.CommitStamp`), the schema version and the alias
fingerprint. It is only a cache: written atomically (temporary file, then
``os.replace``) whenever the corpus data of a new commit is loaded, and ignored when
it is missing, unreadable or stamped with anything but the live commit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from warreader.index.search.stamps import SCHEMA_VERSION, CommitStamp, alias_fingerprint, live_stamp
from warreader.index.search.summary import ArticleSummary

LISTING = "listing.json"
FORMAT = 2
"""Bump when the file's layout changes (older files are then ignored and rewritten)."""


class Listing(NamedTuple):
    """Articles (index order) and unreadable files (path, reason) of one commit."""

    stamp: CommitStamp
    summaries: list[ArticleSummary]
    skipped: list[tuple[str, str]]


def read_listing(index_dir: Path, aliases: dict[str, list[str]] | None) -> Listing | None:
    """The cached list of the live index, or None when there is none to trust.

    None when the index or the cache is missing, the cache is unreadable, or it was
    made from another commit, schema version or alias table.
    """
    stamp = live_stamp(index_dir)
    if stamp is None:
        return None
    return _read(index_dir, stamp, alias_fingerprint(aliases))


def write_listing(
    index_dir: Path,
    stamp: CommitStamp,
    fingerprint: str,
    summaries: list[ArticleSummary],
    skipped: list[tuple[str, str]],
) -> bool:
    """Cache ``summaries`` and ``skipped`` as read from commit ``stamp``; False if the
    folder is not writable (the next startup is then just slower)."""
    rows = [[s.id, s.path, s.title, s.date, s.author, s.outlet, s.quote_count,
             s.term_count]
            for s in summaries]
    blob = json.dumps({"header": _header(stamp, fingerprint), "articles": rows,
                       "skipped": [list(pair) for pair in skipped]}, ensure_ascii=False)
    path = index_dir / LISTING
    tmp = path.with_name(f"{LISTING}.{os.getpid()}.tmp")
    try:
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def cached_listing(index_dir: Path, stamp: CommitStamp, fingerprint: str) -> Listing | None:
    """The cached listing if it is whole and was written from commit ``stamp`` with
    these aliases (whatever commit is live now)."""
    return _read(index_dir, stamp, fingerprint)


def _read(index_dir: Path, stamp: CommitStamp, fingerprint: str) -> Listing | None:
    """The listing in ``index_dir`` if it is whole and made from ``stamp``."""
    listing = _load(index_dir / LISTING)
    if listing is None or listing[0] != _header(stamp, fingerprint):
        return None
    return _decode(stamp, listing[1], listing[2])


def _header(stamp: CommitStamp, fingerprint: str) -> list:
    return [FORMAT, SCHEMA_VERSION, fingerprint, stamp.to_list()]


def _load(path: Path) -> tuple[list, list, list] | None:
    """(header, article rows, skipped rows) of a well-formed file, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        header, rows, skipped = data["header"], data["articles"], data["skipped"]
    except (OSError, ValueError, TypeError, KeyError):
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
