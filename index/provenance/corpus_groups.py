"""Bringing the saved groups up to date with a corpus, touching only what changed.

:func:`sync` compares each article's fingerprint (its quotes, canonical speakers, date
and outlet) with the saved one: vanished and changed articles are removed, new and
changed ones added, and only the groups their quotes were in or join are touched.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Member
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.state import load_state, save_state

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus
    from warreader.index.search.corpus_data import CorpusData


def fingerprint(members: list[Member]) -> str:
    """A short hash of what grouping sees of one article."""
    h = hashlib.blake2b(digest_size=12)
    for m in members:
        h.update(repr((m.start, m.end, m.text, m.speaker, m.kind, m.path, m.date,
                       m.outlet)).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def by_article(members: Iterable[Member]) -> dict[str, list[Member]]:
    """Members per article id, in the order given."""
    out: dict[str, list[Member]] = {}
    for m in members:
        out.setdefault(m.article, []).append(m)
    return out


class SyncReport:
    """What :func:`sync` did: articles added/removed, groups touched, notices."""

    def __init__(self) -> None:
        self.added: list[str] = []
        self.removed: list[str] = []
        self.touched: set[int] = set()
        self.notices: list[str] = []


def apply(grouper: Grouper, saved: dict[str, str], current: dict[str, list[Member]],
          report: SyncReport) -> dict[str, str]:
    """Update ``grouper`` (holding ``saved`` fingerprints) to ``current``; new fingerprints."""
    now = {aid: fingerprint(ms) for aid, ms in current.items()}
    for aid in saved:
        if now.get(aid) != saved[aid]:
            report.touched |= grouper.remove_article(aid)
            if aid not in now:
                report.removed.append(aid)
    for aid, fp in now.items():
        if saved.get(aid) != fp:
            report.touched |= grouper.add_article(aid, current[aid])
            report.added.append(aid)
    return now


def sync(index_dir: Path | None, members: Iterable[Member]) -> tuple[Provenance, SyncReport]:
    """The groups of ``members`` (the whole corpus), from the saved state plus changes.

    With ``index_dir`` None nothing is read or saved (groups computed in memory).
    """
    report = SyncReport()
    grouper = Grouper()
    saved: dict[str, str] = {}
    if index_dir is not None:
        state, notice = load_state(index_dir)
        if notice:
            report.notices.append(notice)
        grouper.restore(state.members, state.next_id)
        saved = state.fingerprints
    now = apply(grouper, saved, by_article(members), report)
    if index_dir is not None and (report.added or report.removed or now != saved):
        save_state(index_dir, now, grouper.saved(), grouper.next_id)
    return Provenance(grouper), report


def members_of(data: CorpusData) -> list[Member]:
    """Every quote of an index's corpus data as a :class:`Member` (canonical speakers)."""
    out = []
    for aid, q in data.quotes:
        summary = data.articles.get(aid)
        if summary is None:
            continue
        out.append(Member(aid, q.start, q.end, q.text, data.canonical(q.speaker), q.kind,
                          summary.path, summary.date, summary.outlet))
    return out


def corpus_groups(index_dir: Path | None, data: CorpusData) -> tuple[Provenance, SyncReport]:
    """The groups of an indexed corpus, saved in ``index_dir`` and updated incrementally."""
    return sync(index_dir, members_of(data))


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_COMPUTING = threading.Lock()


def cached_groups(index_dir: Path | None, data: CorpusData) -> Provenance:
    """:func:`corpus_groups` once per corpus data (one index commit), then remembered
    (one thread computes; another asking meanwhile waits for it)."""
    found = _CACHE.get(data)
    if found is None:
        with _COMPUTING:
            found = _CACHE.get(data)
            if found is None:
                found = _CACHE[data] = corpus_groups(index_dir, data)[0]
    return found


def groups_unlocked(corpus: Corpus, lock: AbstractContextManager) -> Provenance | None:
    """The corpus's groups, holding ``lock`` (the reader's corpus lock) only while the
    index is read, not while the groups are computed, so articles keep opening."""
    with lock:
        data = corpus._corpus_data()
    return None if data is None else cached_groups(corpus.index_dir, data)
