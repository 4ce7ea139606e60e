"""The warming of a new commit (:mod:`index.search.warm`) in a short-lived child process.

The warming ranks the commonest words of a commit: up to ~136 s of CPU at 100,000
articles. In a thread of the reader it held the GIL for most of that time, so every
keystroke typed meanwhile waited behind it. :class:`WarmingChild` runs it instead in a
process of its own (``python -m warreader.index.search.warm_process``) at the lowest
priority (nice 19: beside the reader, which shares its session's CPU share, it runs when
the reader does not need the core), which exits when the warming ends.

It writes the same files the same way as the warming in-process (:func:`warm_live`):
each day's and word's set one SQLite statement in ``docsets.sqlite``, each ranking one
in ``pages.sqlite``, in the generation folder of the commit it opened, stamped with that
commit (:mod:`index.search.doc_cache`). A reader in another process sees each row as
soon as it is committed: its next statement reads the file as it is then.

It stops early, leaving only whole rows, when: :meth:`WarmingChild.stop` is called (a
newer commit, the reader quitting: SIGTERM, which the child turns into the warming's
``cancelled()``; SIGKILL after :data:`GRACE` seconds, which SQLite's journal also
survives); its parent is gone (checked with every ``cancelled()``); or the interpreter
that started it exits (every child still running is stopped then).

Run alone: ``python -m warreader.index.search.warm_process INDEX_DIR FINGERPRINT
[SECONDS]`` prints one JSON line: what was made (:class:`index.search.warm.Warmed`'s
fields), the child's CPU seconds (its start included) and its wall time.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from warreader.index.search import store
from warreader.index.search import warm as warming
from warreader.index.search.segment_files import page_release
from warreader.index.search.warm import Warmed

LAUNCH: tuple[str, ...] = ("-m", __name__)
"""The interpreter's arguments that run :func:`main` (a test may run it after changing
the warming's thresholds)."""

GRACE = 2.0
"""Seconds a stopped child has to leave its warming cleanly before it is killed."""

POLL = 0.1
"""Seconds between two looks at ``cancelled()`` while waiting for the child."""

_LIVE: set[WarmingChild] = set()
_LIVE_LOCK = threading.Lock()


def warm_live(index_dir: Path, fingerprint: str, seconds: float | None = None,
              cancelled: Callable[[], bool] | None = None) -> Warmed | None:
    """Warm the live commit of the index in ``index_dir`` (:func:`index.search.warm.warm`)
    on a reader of its own; None without a usable index or when the commit was replaced
    meanwhile (the next one is warmed)."""
    try:
        ix = store.open_live(index_dir, fingerprint)
    except store.StoreProblem:
        return None
    try:
        with ix.searcher() as searcher:
            return warming.warm(searcher, seconds=seconds, cancelled=cancelled,
                                release=page_release(ix))
    except OSError:
        return None


@dataclass
class ChildWarmed:
    """What a child made (None: no usable index), its CPU seconds (its start and imports
    included) and its wall-clock seconds."""

    warmed: Warmed | None
    cpu: float
    wall: float


class WarmingChild:
    """One warming in a child process (see the module's docstring)."""

    def __init__(self, index_dir: Path, fingerprint: str, seconds: float | None = None) -> None:
        command = [sys.executable, *LAUNCH, str(index_dir), fingerprint,
                   "" if seconds is None else repr(float(seconds))]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,  # noqa: S603
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.started = time.perf_counter()
        with _LIVE_LOCK:
            _LIVE.add(self)

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.process.pid

    def running(self) -> bool:
        """True while the child has not exited."""
        return self.process.poll() is None

    def wait(self, cancelled: Callable[[], bool] | None = None) -> ChildWarmed | None:
        """Wait for the child to end; stop it (:meth:`stop`) as soon as ``cancelled()``
        turns true. What it made (its wall time counted from its start here), or None if
        it was stopped or failed."""
        while True:
            if cancelled is not None and cancelled():
                self.stop()
                return None
            try:
                out, _err = self.process.communicate(timeout=POLL)
            except subprocess.TimeoutExpired:
                continue
            except ValueError:  # stopped from another thread meanwhile
                return None
            self._forget()
            done = _parse(out) if self.process.returncode == 0 else None
            if done is not None:
                done.wall = time.perf_counter() - self.started
            return done

    def stop(self, grace: float = GRACE) -> None:
        """Stop the child and wait for it: SIGTERM (its warming stops at its next check,
        leaving whole rows), SIGKILL after ``grace`` seconds. Safe to call twice."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    self.process.kill()
                self.process.wait()
        self._forget()

    def _forget(self) -> None:
        with _LIVE_LOCK:
            _LIVE.discard(self)


def stop_all() -> None:
    """Stop every child still running (the interpreter exiting)."""
    with _LIVE_LOCK:
        children = list(_LIVE)
    for child in children:
        child.stop()


atexit.register(stop_all)


def _parse(out: bytes) -> ChildWarmed | None:
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        found = json.loads(lines[-1])
        made = found["warmed"]
        warmed = None if made is None else Warmed(**made)
        return ChildWarmed(warmed, float(found["cpu"]), float(found["wall"]))
    except (IndexError, ValueError, KeyError, TypeError):
        return None


def lower_priority() -> None:
    """Make this process the last to get a core (nice 19)."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, 0, 19)


def main(argv: list[str] | None = None) -> int:
    """The child: warm the index named on the command line (see the module's docstring)."""
    args = sys.argv[1:] if argv is None else argv
    index_dir, fingerprint = Path(args[0]), args[1]
    seconds = float(args[2]) if len(args) > 2 and args[2] else None
    wall = time.perf_counter()
    parent = os.getppid()
    stopped = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda _signum, _frame: stopped.set())
    lower_priority()

    def cancelled() -> bool:
        return stopped.is_set() or os.getppid() != parent

    warmed = warm_live(index_dir, fingerprint, seconds, cancelled)
    with contextlib.suppress(OSError):  # the parent gone: nobody reads it
        print(json.dumps({"warmed": None if warmed is None else asdict(warmed),
                          "cpu": time.process_time(), "wall": time.perf_counter() - wall}),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
