"""Read and parse articles in a helper process while this one indexes them.

Parsing (reading files, extracting quotes) and Whoosh indexing each take about half of
a full build, and both are pure Python: on a machine with two or more cores a helper
process parses the files, in order, while the indexing process writes what it receives.

The helper is a fresh interpreter (``python -c``, not ``multiprocessing``: nothing of the
caller's ``__main__`` is re-imported, and it is safe from the app's worker threads). It
reads its task from stdin and writes one pickle per file to stdout: if the indexing
process dies, its next write fails and it exits; if indexing stops early, it is
terminated. It only runs the real reader and extractor (a ``parse`` injected by tests or
callers keeps the serial path).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

MIN_FILES = 200
"""Fewer files than this are parsed in-process (starting a helper costs ~0.3 s)."""


INDEXER_SHARE = 3
"""The indexing process parses one file in this many itself: it also writes every
file's documents and commits, so the helper takes the larger share of the parsing."""


def shares(paths: list[str]) -> tuple[list[str], set[str]]:
    """(the helper's files in order, the indexing process's own files)."""
    mine = set(paths[INDEXER_SHARE - 1 :: INDEXER_SHARE])
    return [p for p in paths if p not in mine], mine


def worth_it(files: int) -> bool:
    """True when a helper process should parse ``files`` files."""
    if os.environ.get("WARREADER_SERIAL"):
        return False
    return files >= MIN_FILES and (os.cpu_count() or 1) >= 2


def parsed_in_helper(paths: list[str], aliases: dict[str, list[str]]) -> Iterator[tuple]:
    """For each path, in order: ``(path, state, ("docs", (documents, quote count)))``,
    ``(path, state, ("skip", reason))`` or ``(path, None, ("oserror", message))``.

    The documents are ready to write: the helper also analyses their text into postings
    (:func:`index.search.schema.pre_index`), which is most of what indexing costs.

    A failure inside the helper (a bug, not a bad file) is raised here as RuntimeError.
    """
    root = str(Path(__file__).resolve().parents[2])  # the folder holding ``index``
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    )
    helper = subprocess.Popen(
        [sys.executable, "-c", "from index.search.pipeline import main; main()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    items: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()
    reader = threading.Thread(target=_drain, args=(helper.stdout, items, stop), daemon=True)
    try:
        pickle.dump((paths, aliases), helper.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        helper.stdin.close()
        reader.start()
        for _ in paths:
            item = items.get()
            if item is _END:
                raise RuntimeError("the article parsing process stopped unexpectedly")
            if item[0] == "crash":
                raise RuntimeError(f"parsing {item[1]} failed:\n{item[2]}")
            yield item
    finally:
        stop.set()
        if helper.poll() is None:
            helper.terminate()
        helper.wait(5)
        if reader.is_alive():
            reader.join(5)
        helper.stdout.close()


READ_AHEAD = 64
"""Parsed files a reader thread takes from the helper ahead of the indexing loop, so the
helper never waits for a pipe to empty while the indexing process is busy."""

_END = object()


def _drain(stream, items: queue.Queue, stop: threading.Event) -> None:
    """Unpickle the helper's items into ``items`` until its output ends (then ``_END``)."""
    item: object = _END
    try:
        while True:
            try:
                item = pickle.load(stream)
            except (EOFError, OSError, ValueError, pickle.UnpicklingError):
                item = _END
            while not stop.is_set():
                try:
                    items.put(item, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if item is _END or stop.is_set():
                return
    except BaseException:  # noqa: BLE001 - the indexing loop must never wait forever
        with contextlib.suppress(queue.Full):
            items.put_nowait(_END)
        raise


def main() -> None:
    """The helper process: parse each path from stdin's task, one pickle each to stdout."""
    from index.search.analysis import AliasTable
    from index.search.documents import article_docs
    from index.search.indexer import ParseFailure, file_state
    from index.search.schema import build_schema, pre_index
    from index.search.sources import default_parse

    out = os.fdopen(os.dup(1), "wb")
    sys.stdout = sys.stderr  # nothing else may write into the channel
    paths, aliases = pickle.load(sys.stdin.buffer)
    parse = default_parse(aliases)
    table = AliasTable(aliases)
    schema = build_schema()
    try:
        for path in paths:
            try:
                state = file_state(path)
            except OSError as exc:
                item = (path, None, ("oserror", exc.strerror or str(exc)))
            else:
                try:
                    article, quotes = parse(path)
                    docs = pre_index(schema, article_docs(article, quotes, path, state, table))
                    item = (path, state, ("docs", (docs, len(quotes))))
                except ParseFailure as exc:
                    item = (path, state, ("skip", str(exc)))
                except Exception:  # noqa: BLE001 - reported to the indexing process
                    item = ("crash", path, traceback.format_exc())
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
            if item[0] == "crash":
                return
    except (BrokenPipeError, OSError):  # the indexing process is gone or stopped
        return
