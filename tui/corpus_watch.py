"""Watching the corpus folders while the reader runs: changes noticed, filtered, batched.

:class:`CorpusWatcher` runs ``watchfiles`` (the operating system's file events through
the Rust ``notify`` crate: inotify, FSEvents, ReadDirectoryChangesW) in a daemon thread
and hands each batch of changes that matter to a callback. watchfiles already gathers a
burst into one batch (``debounce``/``step``); :class:`RefreshGate` coalesces further:
changes noticed while a refresh runs make exactly one more refresh when it ends, so a
folder of 500 files copied in is indexed in one or two incremental refreshes, never 500.

:class:`ChangeFilter` keeps only what the corpus walk would list: article files
(``.txt``, ``.md``, ``.html``, ``.htm``) outside hidden folders, not hidden, not notes
such as README.md, never inside the index folder; so editor swap and backup files
(``.x.swp``, ``x.txt~``, ``#x#``, vim's ``4913``) and partial downloads are ignored, and
so is a FIFO, device or socket named like an article (said once, never opened). A
folder moved in or out counts too (the operating system reports only the folder).

Nothing here imports Textual: the screen's side is :mod:`tui.screens.watching`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

DEBOUNCE_MS = 1600
"""Longest a burst of changes is gathered into one batch (watchfiles' ``debounce``)."""
STEP_MS = 200
"""Quiet time that ends a batch (watchfiles' ``step``); also how soon a stop is seen."""
STOP_WAIT = 2.0
"""Seconds :meth:`CorpusWatcher.stop` waits for the thread (it is a daemon regardless)."""

ADDED, MODIFIED, DELETED = 1, 2, 3
"""watchfiles' ``Change`` values (an ``IntEnum``), so that this module and its tests
need not import watchfiles."""


class ChangeFilter:
    """Which file events matter to a corpus of ``paths`` indexed in ``index_dir``.

    Called as ``filter(change, path)`` (watchfiles' ``watch_filter`` form). It runs in
    the watcher thread; :meth:`set_articles` (UI thread) only swaps a frozenset.
    """

    def __init__(self, paths: Iterable[Path], index_dir: Path | None) -> None:
        self.folders: list[str] = []  # corpus folders, watched recursively
        self.files: set[str] = set()  # corpus paths given as files (their folder is watched)
        for path in paths:
            resolved = Path(path).expanduser().resolve()
            if resolved.is_dir():
                self.folders.append(str(resolved))
            else:
                self.files.add(str(resolved))
        self.index_dir = str(Path(index_dir).expanduser().resolve()) if index_dir else None
        self.known_folders: frozenset[str] = frozenset()
        self.specials: set[str] = set()  # FIFOs, devices, sockets named like articles
        self.on_special: Callable[[str, str], None] | None = None
        """Told (path, why) of each such file the first time it is seen (watcher thread)."""

    def roots(self) -> list[str]:
        """The folders to watch: the corpus folders, and the folder of each corpus file."""
        roots = [*self.folders, *(os.path.dirname(f) for f in sorted(self.files))]
        return [r for i, r in enumerate(roots) if r not in roots[:i] and os.path.isdir(r)]

    def set_articles(self, paths: Iterable[str]) -> None:
        """Remember the folders holding the listed articles (``paths``), so that such a
        folder moved or deleted as a whole counts as a change."""
        known: set[str] = set()
        for path in paths:
            folder = os.path.dirname(path)
            while folder not in known and self._root_of(folder) is not None:
                known.add(folder)
                folder = os.path.dirname(folder)
        self.known_folders = frozenset(known)

    def _root_of(self, path: str) -> str | None:
        """The corpus folder ``path`` lies in (not the folder itself), if any."""
        for root in self.folders:
            if path.startswith(root + os.sep):
                return root
        return None

    def __call__(self, change: int, path: str) -> bool:
        """True if ``change`` to ``path`` can change what the corpus lists."""
        if self.index_dir and (path == self.index_dir
                               or path.startswith(self.index_dir + os.sep)):
            return False
        if path in self.files:
            return True
        root = self._root_of(path)
        if root is None:
            return False
        parts = path[len(root) + 1:].split(os.sep)
        if any(part.startswith(".") for part in parts):  # hidden, as the corpus walk skips
            return False
        # imported here: the article reader's import (~0.1 s) stays out of the startup
        from warreader.index.articles.loader import is_article_name

        if is_article_name(parts[-1]):
            return not self._special(change, path)
        if change == DELETED:  # a folder of listed articles deleted or moved away
            return path in self.known_folders
        return change == ADDED and os.path.isdir(path)  # a folder moved or copied in


    def _special(self, change: int, path: str) -> bool:
        """Whether ``path`` is (or, deleted, last was) a FIFO, device or socket: never read
        by the corpus walk, so no change to it is one (said once through ``on_special``).
        A path that was special and is now a file, or deleted, is forgotten as special."""
        if change == DELETED:
            was = path in self.specials
            self.specials.discard(path)
            return was
        from warreader.index.files import special_file

        try:
            why = special_file(os.stat(path).st_mode)
        except OSError:
            return False
        if why is None:
            self.specials.discard(path)  # "mkfifo a.txt; rm a.txt; write a.txt": a file now
        elif path not in self.specials:
            self.specials.add(path)
            if self.on_special is not None:
                self.on_special(path, why)
        return why is not None


class ChangeSet:
    """The relevant changes of one or more batches: path -> the latest change to it."""

    def __init__(self) -> None:
        self.changes: dict[str, int] = {}

    def add(self, changes: Iterable[tuple[int, str]]) -> None:
        """Add a batch of (change, path); a later change to a path replaces an earlier."""
        for change, path in sorted(changes, key=lambda c: c[1]):
            self.changes[path] = int(change)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def touches(self, path: str) -> bool:
        """True if ``path`` (or a folder holding it) changed."""
        return path in self.changes or any(path.startswith(p + os.sep) for p in self.changes)

    def describe(self) -> str:
        """"3 files changed" / "1 file changed" (for the status line)."""
        n = len(self.changes)
        return f"{n} file{'' if n == 1 else 's'} changed"


class RefreshGate:
    """One refresh at a time; changes noticed while one runs make exactly one more.

    Starts ``busy``: the first indexing is under way when watching starts, and the
    changes noticed meanwhile wait for it (it may or may not have seen them).
    """

    def __init__(self, busy: bool = True) -> None:
        self.busy = busy
        self.pending = ChangeSet()
        self.refreshes = 0  # refreshes started by the gate (tests, the bench)

    def notice(self, changes: Iterable[tuple[int, str]]) -> ChangeSet | None:
        """Record ``changes``; the changes to refresh now, or None (one is running, or
        nothing is pending)."""
        self.pending.add(changes)
        return None if self.busy else self._take()

    def finished(self) -> ChangeSet | None:
        """A refresh ended: the changes to refresh next, or None (nothing pending)."""
        self.busy = False
        return self._take()

    def _take(self) -> ChangeSet | None:
        if not self.pending:
            return None
        taken, self.pending = self.pending, ChangeSet()
        self.busy = True
        self.refreshes += 1
        return taken


class CorpusWatcher:
    """Watches a corpus in a daemon thread; ``on_changes`` gets each relevant batch.

    ``on_changes(changes)`` and ``on_error(reason)`` are called in the watcher thread
    (the screen posts a message from them). :meth:`stop` ends the thread promptly.
    """

    def __init__(self, changes_filter: ChangeFilter,
                 on_changes: Callable[[set[tuple[int, str]]], None],
                 on_error: Callable[[str], None]) -> None:
        self.filter = changes_filter
        self.on_changes = on_changes
        self.on_error = on_error
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching (returns at once)."""
        self.thread = threading.Thread(target=self._run, name="warreader-watch", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        roots = self.filter.roots()
        if not roots:
            return
        try:
            from watchfiles import watch

            for changes in watch(*roots, watch_filter=self.filter, debounce=DEBOUNCE_MS,
                                 step=STEP_MS, stop_event=self.stop_event, rust_timeout=0,
                                 raise_interrupt=False, ignore_permission_denied=True):
                if self.stop_event.is_set():
                    return
                self.on_changes({(int(c), p) for c, p in changes})
        except Exception as exc:  # noqa: BLE001 - reported in one line, never a traceback
            if not self.stop_event.is_set():
                self.on_error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

    def stop(self) -> None:
        """Stop watching and wait (briefly) for the thread to end."""
        self.stop_event.set()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(STOP_WAIT)

    @property
    def alive(self) -> bool:
        """True while the watcher thread runs."""
        return self.thread is not None and self.thread.is_alive()


def same_quote(quotes: list, text: str, start: int) -> int | None:
    """The index of the quote in ``quotes`` with ``text`` that starts nearest ``start``
    (the reader's quote, found again in an edited article); None if none has it."""
    found = [(abs(q.start - start), i) for i, q in enumerate(quotes) if q.text == text]
    return min(found)[1] if found else None
