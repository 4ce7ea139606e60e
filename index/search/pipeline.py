"""Parse and index articles in a helper process while this one does the same.

Parsing (reading files, extracting quotes) and Whoosh indexing are pure Python. On a
machine with two or more cores a helper process takes most of the files: it parses them
and writes their documents into a Whoosh segment of its own (as Whoosh's own
multiprocessing writer does, in the same index folder, without the lock the indexing
process holds). It reports each file as it goes and, at the end, the segment; the indexing
process meanwhile parses and indexes the other files and then commits both segments
together, so nothing is visible before that one atomic commit.

The helper is a fresh interpreter (``python -c``, not ``multiprocessing``: nothing of the
caller's ``__main__`` is re-imported, and it is safe from the app's worker threads). It
reads its task from stdin and writes one pickle per file to stdout: if the indexing
process dies, its next write fails and it exits; if indexing stops early, it is
terminated and its unfinished segment files are never referenced (Whoosh removes them at
the next commit); if this process exits meanwhile (the reader quit mid-build, abandoning
its indexing thread), the helper is terminated at exit too. It only runs the real reader
and extractor (a ``parse`` injected by tests or callers keeps the serial path).

The channel is the two processes' own pipes, never a file: no index file or article
reaches it except as pickled strings and numbers. Both ends still unpickle with
:class:`index.search.safe_pickle.SafeUnpickler`, and the helper points its file
descriptor 1 at stderr once it holds its own copy of the pipe, so nothing the parsing
code (or a library) prints can inject bytes into the channel.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator

from warreader.index.search.safe_pickle import harden_whoosh, safe_load

MIN_FILES = 200
"""Fewer files than this are parsed in-process (starting a helper costs ~0.3 s)."""


HELPER_SHARE = 0.4
"""The share of the files the helper parses and indexes. Less than half: the indexing
process, which takes the rest, has its own startup done, and commits after the helper
has finished, so it can afford more files."""


def shares(paths: list[str]) -> tuple[list[str], set[str]]:
    """(the helper's files in order, the indexing process's own files), spread evenly."""
    theirs = [p for i, p in enumerate(paths)
              if int((i + 1) * HELPER_SHARE) > int(i * HELPER_SHARE)]
    taken = set(theirs)
    return theirs, {p for p in paths if p not in taken}


def worth_it(files: int) -> bool:
    """True when a helper process should parse ``files`` files: enough of them, and a
    core to spare now (:func:`core_free`)."""
    if os.environ.get("WARREADER_SERIAL"):
        return False
    return files >= MIN_FILES and (os.cpu_count() or 1) >= 2 and core_free()


def core_free() -> bool:
    """True when the last minute's load average leaves at least one core idle.

    The helper costs CPU of its own (its start, a second copy of the reader's caches,
    every parsed file pickled through a pipe): 8% more CPU for a 1,808-article build.
    It pays only in wall time, and only when a core would otherwise sit idle; on a
    machine whose cores are already busy it just competes with the indexing process.
    """
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on this system: assume idle
        return True
    return load <= (os.cpu_count() or 1) - 1


def indexed_in_helper(
    paths: list[str], aliases: dict[str, list[str]], target: tuple[str, str], segments: list,
    corrections: tuple | None = None,
) -> Iterator[tuple]:
    """Have a helper index ``paths`` into a new segment of the index ``target`` (its
    folder and name). For each path, in order: ``(path, state, ("indexed", quote
    count))``, ``(path, state, ("skipped", reason))`` (its placeholder is in the segment)
    or ``(path, None, ("oserror", message))``. Once every path is reported, the finished
    segment (if any document went into it) is appended to ``segments``: add it to the
    commit, or it is never part of the index.

    ``corrections``: the corpus's corrections as plain data
    (:meth:`index.annotations.correcting.CorrectionRules.to_plain`), applied by the
    helper too. A failure inside the helper (a bug, not a bad file) is raised here as
    RuntimeError.
    """
    # The helper runs this interpreter, which has warreader installed (editable or not).
    helper = subprocess.Popen(
        [sys.executable, "-c", "from warreader.index.search.pipeline import main; main()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    _LIVE.add(helper)
    items: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()
    reader = threading.Thread(target=drain, args=(helper.stdout, items, stop), daemon=True)
    try:
        pickle.dump((paths, aliases, target, corrections), helper.stdin,
                    protocol=pickle.HIGHEST_PROTOCOL)
        helper.stdin.close()
        reader.start()
        for _ in paths:
            yield _next(items)
        outcome, segment = _next(items)
        if outcome != "segment":
            raise RuntimeError(f"the article indexing process sent {outcome!r}, not its segment")
        if segment is not None:
            segments.append(segment)
    finally:
        stop.set()
        if helper.poll() is None:
            helper.terminate()
        helper.wait(5)
        _LIVE.discard(helper)
        if reader.is_alive():
            reader.join(5)
        helper.stdout.close()


_LIVE: set[subprocess.Popen] = set()
"""Helpers running now: terminated at exit, never left running on their own."""


@atexit.register
def _stop_helpers() -> None:
    for helper in list(_LIVE):
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            helper.kill()
            helper.wait(5)  # killed: reaped at once, not left a zombie


def _next(items: queue.Queue) -> tuple:
    item = items.get()
    if item is END:
        raise RuntimeError("the article indexing process stopped unexpectedly")
    if item[0] == "crash":
        raise RuntimeError(f"indexing {item[1]} failed:\n{item[2]}")
    return item


READ_AHEAD = 64
"""Parsed files a reader thread takes from the helper ahead of the indexing loop, so the
helper never waits for a pipe to empty while the indexing process is busy."""

END = object()
"""What :func:`drain` puts last: the helper's output ended (or could not be read)."""


def drain(stream, items: queue.Queue, stop: threading.Event) -> None:
    """Unpickle the helper's items into ``items`` until its output ends (then ``END``)."""
    item: object = END
    try:
        while True:
            try:
                item = safe_load(stream)
            except (EOFError, OSError, ValueError, pickle.UnpicklingError):
                item = END
            while not stop.is_set():
                try:
                    items.put(item, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if item is END or stop.is_set():
                return
    except BaseException:  # noqa: BLE001 - the indexing loop must never wait forever
        with contextlib.suppress(queue.Full):
            items.put_nowait(END)
        raise


def main() -> None:
    """The helper process: index each path of stdin's task into a segment of its own,
    report each file (one pickle each to stdout), then the segment."""
    from warreader.index.search.analysis import AliasTable
    from warreader.index.search.indexer import codec, pool_limit, tune_writer
    from warreader.index.search.schema import build_schema
    from warreader.index.search.sources import default_parse
    from warreader.index.search.store import storage
    from whoosh.index import FileIndex
    from whoosh.writing import SegmentWriter

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # nothing else may write into the channel, not even C code
    sys.stdout = sys.stderr
    harden_whoosh()
    paths, aliases, (folder, indexname), *rest = safe_load(sys.stdin.buffer)
    parse = default_parse(aliases)
    if rest and rest[0]:
        from warreader.index.annotations.correcting import CorrectionRules
        from warreader.index.annotations.indexed import CorrectedParse

        parse = CorrectedParse(parse, CorrectionRules.from_plain(rest[0]))
    table = AliasTable(aliases)
    ix = FileIndex(storage(folder), schema=build_schema(), indexname=indexname)
    # No lock: the indexing process holds the index's, and commits this segment itself.
    writer = SegmentWriter(ix, _lk=False, limitmb=pool_limit(True), codec=codec())
    tune_writer(writer, pool_limit(True))
    try:
        for path in paths:
            item = _index_one(path, parse, table, writer)
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
            if item[0] == "crash":
                return
        try:
            segment = writer._finalize_segment() if writer._added else None
        except Exception:  # noqa: BLE001 - reported to the indexing process
            item = ("crash", "the helper's segment", traceback.format_exc())
        else:
            item = ("segment", segment)
        pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
    except (BrokenPipeError, OSError):  # the indexing process is gone or stopped
        return


def _index_one(path: str, parse, table, writer) -> tuple:
    """Parse and index one file in the helper; the item reporting it."""
    from warreader.index.search.documents import article_docs, skipped_doc
    from warreader.index.search.indexer import parse_here, summary_row

    try:
        path, state, (outcome, value) = parse_here(path, parse)
        if outcome == "ok":
            article, quotes = value
            for doc in article_docs(article, quotes, path, state, table):
                writer.add_document(**doc)
            return path, state, ("indexed", (len(quotes), summary_row(article, quotes)))
        if outcome == "skip":
            writer.add_document(**skipped_doc(path, state, value))
            return path, state, ("skipped", value)
        return path, state, (outcome, value)  # the file could not be read
    except Exception:  # noqa: BLE001 - reported to the indexing process
        return "crash", path, traceback.format_exc()
