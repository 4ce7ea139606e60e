"""The corpus files checked against the live index, writing nothing: is an update due?

A reopened corpus is usable at once on what its index stored; checking the files is
the part of a refresh that grows with the corpus (one walk listing and stat-ing 100,000
files costs about 0.6 s of CPU, the whole check 0.65 s: the stored manifest is read from
its compact file, :mod:`index.search.manifest_file`), so the reader does it in the
background, beside searches, and takes the index's locks only when something changed.
:func:`check_files` lists nothing itself: it takes the files and their sizes and mtimes
from the walk (or stats the files it is given) and compares them with the manifest the
live index stores (:mod:`index.search.manifest`), through a reader of its own, so it can
run in one thread while another searches the same index.
:meth:`index.corpus.Corpus.refresh` takes its :class:`FileCheck` to update from it
without listing and stat-ing again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warreader.index.search.analysis import AliasTable
from warreader.index.search.manifest import Changes, Stat, compare, stat_files
from warreader.index.search.results import IndexReport
from warreader.index.search.updating import Update, add_remembered, note_seen


@dataclass(slots=True)
class FileCheck:
    """The files found and how they differ from the live index.

    ``changes`` is None when there is no usable index (a build is due); ``report`` is
    what a refresh that finds nothing to do reports (files seen, unreadable and missing
    files, notices); ``corrections_changed`` when the reader's corrections moved since
    the index took them in.
    """

    listed: list[str]
    on_disk: dict[str, Stat]
    changes: Changes | None
    report: IndexReport
    corrections_changed: bool = False

    @property
    def changed(self) -> bool:
        """True when a refresh has something to do (read, drop, build or re-correct)."""
        return (self.changes is None or self.corrections_changed
                or bool(self.changes.to_read or self.changes.removed))

    def describe(self) -> str:
        """"2 new or changed files, 1 gone" (for the status line; "" when none)."""
        if self.changes is None:
            return ""
        read, gone = len(self.changes.to_read), len(set(self.changes.removed)
                                                    - set(self.changes.to_read))
        parts = [f"{read} new or changed file{'' if read == 1 else 's'}" if read else "",
                 f"{gone} gone" if gone else ""]
        return ", ".join(p for p in parts if p)


def check_files(index_dir: Path, aliases: AliasTable, listed: list[str],
                corrections_changed: bool = False,
                on_disk: dict[str, Stat] | None = None) -> FileCheck:
    """Compare ``listed`` with the live index of ``index_dir`` (read-only; no lock
    taken: a refresh under the lock compares again before it writes); ``on_disk`` is
    their sizes and mtimes if the walk that listed them took them (else they are
    stat-ed here)."""
    if on_disk is None:
        on_disk = stat_files(listed)
    report = IndexReport()
    note_seen(report, listed, on_disk)
    ix, indexed, _ = Update(index_dir, aliases, _no_parse, False).checked_live(on_disk)
    changes = None
    if ix is not None and indexed is not None:
        changes = compare(on_disk, indexed)
        add_remembered(report, indexed.reasons, on_disk, changes.to_read)
    report.skipped.sort()
    return FileCheck(listed, on_disk, changes, report, corrections_changed)


def _no_parse(path: str):
    """A check reads no article (only :meth:`Update.checked_live` is used)."""
    raise AssertionError(f"a file check does not parse {path}")
