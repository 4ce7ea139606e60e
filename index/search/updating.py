"""One update of an index folder: lock it, compare the files with the index, write.

:func:`locked` claims the folder (:func:`index.search.store.claim`) and holds its
refresh lock, or says in the report why it cannot (another process updating it, a
read-only folder: the index is then used as it is); :class:`Update` does the work
under the lock: clean-up, the damage checks, then an incremental update or a full
rebuild published atomically. A failed write (a full disk) raises
:class:`index.search.errors.IndexFolderError`; the previous index stays live.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from warreader.index.files import unlisted_reason
from warreader.index.search import store
from warreader.index.search.analysis import AliasTable
from warreader.index.search.indexer import Listed, Parse, Progress, apply_changes
from warreader.index.search.manifest import Changes, Manifest, Stat, compare, stat_files
from warreader.index.search.results import IndexReport
from warreader.index.search.segment_files import page_release
from warreader.index.search.stored import open_stored
from warreader.index.search.stored_write import advance, changed_whoosh_file


@contextmanager
def locked(index_dir: Path, timeout: float, report: IndexReport) -> Iterator[bool]:
    """Hold ``index_dir``'s refresh lock in the block (True), or note in ``report`` why
    not (False)."""
    store.claim(index_dir)
    try:
        lock = store.RefreshLock(index_dir)
        held = lock.acquire(timeout)
    except OSError as exc:  # a read-only folder: use what is there
        if store.live_dir(index_dir) is None:
            raise store.writable_problem(index_dir, exc) from exc
        report.notices.append(f"cannot update the index at {index_dir} "
                              f"({exc.strerror or exc}); using it as it is")
        yield False
        return
    if not held:
        report.notices.append(
            "another warreader is updating this index; using the last complete version")
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def note_seen(report: IndexReport, listed: list[str], on_disk: dict[str, Stat]) -> None:
    """Put in ``report`` how many files were found and which ``listed`` ones were not
    (for a refresh and for a file check alike)."""
    report.files_seen = len(on_disk)
    if len(on_disk) < len(listed):  # every listed file found: nothing to look for
        report.skipped.extend((p, unlisted_reason(p)) for p in listed if p not in on_disk)


class Update:
    """Bring one index folder up to date with a list of files (call under the lock)."""

    def __init__(self, index_dir: Path, aliases: AliasTable, parse: Parse, helper: bool) -> None:
        self.index_dir = index_dir
        self.aliases = aliases
        self.parse = parse
        self.helper = helper

    def run(self, listed: list[str], report: IndexReport, progress: Progress | None,
            rebuild: bool, on_article: Listed | None = None,
            also: Collection[str] = (), on_disk: dict[str, Stat] | None = None) -> None:
        """Re-read what changed in ``listed`` (everything if ``rebuild`` or the index is
        missing or damaged), and the files ``also`` names even if unchanged (their
        corrections changed); fill ``report``. ``on_article`` hears of each article read,
        as soon as it is read (see :func:`apply_changes`); ``on_disk`` is the files'
        state if they were just stat-ed (:mod:`index.search.checking`)."""
        store.clean_stale(self.index_dir, keep=store.live_dir(self.index_dir))
        if on_disk is None:
            on_disk = stat_files(listed)
        note_seen(report, listed, on_disk)
        ix, indexed, why = self.checked_live(on_disk)
        try:
            if rebuild or ix is None or indexed is None:
                first = len(report.notices)
                self._full_build(on_disk, report, progress, on_article)
                if why and not rebuild:  # why the index was unusable: said once rebuilt
                    report.notices.insert(first, rebuilt_notice(why))
            else:
                changes = _also_read(compare(on_disk, indexed), also, on_disk, indexed.states)
                before = ix.latest_generation()
                apply_changes(ix, changes, self.parse, self.aliases, report, progress,
                              self.helper, on_article)
                add_remembered(report, indexed.reasons, on_disk, changes.to_read)
                if ix.latest_generation() != before:
                    with ix.searcher() as searcher:
                        folder = Path(ix.storage.folder)
                        if advance(searcher, folder, before,
                                   [*changes.to_read, *changes.removed], self.aliases.aliases):
                            _keep_manifest(searcher, folder, self.aliases.aliases, on_disk,
                                           page_release(ix))
        except OSError as exc:  # disk full, files made read-only: the old index stays
            raise store.writable_problem(self.index_dir, exc) from exc
        report.skipped.sort()

    def adopt_kept(self, report: IndexReport) -> None:
        """When the live generation was made by another engine, schema version or aliases
        (another install of warreader sharing the folder) and one this process's made is
        kept, make that one live (:func:`store.adopt_kept`), saying so in ``report``:
        :meth:`run` then updates it like any index instead of rebuilding. Call under
        the lock, before the corrections are compared (the adopted generation's record
        of them becomes the folder's)."""
        try:
            kept = store.adopt_kept(self.index_dir, self.aliases.fingerprint())
        except OSError as exc:
            raise store.writable_problem(self.index_dir, exc) from exc
        if kept is not None:
            gen, why = kept
            report.notices.append(f"{why}; using the index this version made before "
                                  f"({gen.name})")

    def checked_live(self, on_disk: dict[str, Stat] | None = None
                     ) -> tuple[object | None, Manifest | None, str | None]:
        """(index, its manifest, None) when the live index reads cleanly, else (None,
        None, why it cannot be used or None); the manifest's SHA-1s are those of the
        files ``on_disk`` shows touched."""
        try:
            ix = store.open_live(self.index_dir, self.aliases.fingerprint(), engine=True)
            return ix, self._manifest(ix, on_disk), None
        except store.StoreProblem as exc:
            return None, None, None if str(exc) == "no index yet" else str(exc)
        except Exception as exc:  # unreadable segments: damaged
            return None, None, f"index at {self.index_dir} is damaged ({store._why(exc)})"

    def _manifest(self, ix, on_disk: dict[str, Stat] | None) -> Manifest:
        """The live index's manifest (its remembered unreadable files included), from
        its stored data; :class:`store.StoreProblem` if a Whoosh file changed since it
        was read."""
        folder = Path(ix.storage.folder)
        with ix.searcher() as searcher:
            data = open_stored(searcher, folder, self.aliases.aliases, page_release(ix))
            try:
                name = changed_whoosh_file(folder, data.index_files())
                if name is not None:
                    raise store.StoreProblem(
                        f"index at {folder} is damaged ({name} changed or vanished)")
                return data.manifest(on_disk)
            finally:
                data.close()

    def _full_build(self, on_disk, report: IndexReport, progress, on_article) -> None:
        build, ix = store.new_build(self.index_dir, self.aliases.fingerprint())
        try:
            changes = Changes(sorted(on_disk), [], 0)
            apply_changes(ix, changes, self.parse, self.aliases, report, progress, self.helper,
                          on_article)
            store.publish(self.index_dir, build)
        except BaseException:
            store.clean_stale(self.index_dir, keep=store.live_dir(self.index_dir))
            raise
        report.rebuilt = True


def _keep_manifest(searcher, folder: Path, aliases, on_disk: dict[str, Stat],
                   release: Callable[[], None]) -> None:
    """Write the new commit's compact manifest now (:mod:`index.search.manifest_file`),
    so the next check of the files is a quick one; it is only a cache: a failure leaves
    it to that check."""
    try:
        data = open_stored(searcher, folder, aliases, release)
    except Exception:  # noqa: BLE001 - only a cache; the next check reads the rows
        return
    try:
        data.manifest(on_disk)
    except Exception:  # noqa: BLE001 - only a cache
        pass
    finally:
        data.close()


def _also_read(changes: Changes, also: Collection[str], on_disk, indexed) -> Changes:
    """``changes`` with the files of ``also`` (on disk) re-read even if unchanged."""
    extra = [f for f in also if f in on_disk and f not in set(changes.to_read)]
    if not extra:
        return changes
    removed = [f for f in extra if f in indexed]
    return Changes(sorted([*changes.to_read, *extra]), sorted([*changes.removed, *removed]),
                   changes.unchanged - len(removed))


def add_remembered(report: IndexReport, unreadable: dict[str, str], on_disk, reread) -> None:
    """Report files that were unreadable before and were not re-read (still unreadable),
    so every refresh lists every unreadable file; ``files_read`` does not count them."""
    again = set(reread)
    report.skipped.extend(
        (f, why) for f, why in unreadable.items() if f in on_disk and f not in again
    )


def rebuilt_notice(why: str) -> str:
    """The notice of a rebuild done because the index was unusable (``why``), said once
    the new index is ready: "rebuilt the index: it was damaged (...) (X)" (it said
    "...; rebuilding it" after the rebuild had finished, in the reader's status line
    too, where a long path cut it before the word that matters)."""
    found = _INDEX_AT.match(why)
    if found is None:  # the aliases, the engine: no path in it
        return f"rebuilt the index: {why}"
    what = found["what"].replace("from another", "made by another", 1)
    return f"rebuilt the index: it was {what} ({found['path']})"


_INDEX_AT = re.compile(r"index at (?P<path>.+?) (?:is|was) (?P<what>(?:from|damaged).*)$",
                       re.DOTALL)
"""The store's reasons that name the index folder first ("index at X is damaged (...)"),
said with the reason first: the status line cut a long path before it (ux23: "rebuilt
the index: index at /home/…" at 160 columns)."""
