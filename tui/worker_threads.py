"""Threads for the app's workers that quitting never waits for.

Textual runs a thread worker (``@work(thread=True)``) in the event loop's default
executor, a ``ThreadPoolExecutor``. When the app exits, ``asyncio.run`` shuts that
executor down waiting for its threads, and the interpreter joins them again at exit: a
query or an index step in flight (a huge wildcard query, a file that never ends) kept
the process running, invisible, after `q`. :class:`DaemonExecutor` runs each task in a
daemon thread of its own and its shutdown never waits, so quitting abandons whatever
is still running: the index is only ever replaced by an atomic publish, so an
abandoned build leaves the old index as it was.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class DaemonExecutor(ThreadPoolExecutor):
    """Each task in a new daemon thread; :meth:`shutdown` returns at once.

    A ``ThreadPoolExecutor`` subclass because ``loop.set_default_executor`` requires
    one; none of its pool machinery is used.
    """

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        """Run ``fn(*args, **kwargs)`` in a new daemon thread; its future."""
        future: Future = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the future, as the pool does
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="warreader-worker", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Never waits: tasks still running are abandoned (their threads are daemons)."""


def use_daemon_threads() -> None:
    """Make the running event loop run thread workers in :class:`DaemonExecutor`."""
    asyncio.get_running_loop().set_default_executor(DaemonExecutor())
