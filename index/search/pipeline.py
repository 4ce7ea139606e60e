"""Read and parse articles in a helper process while this one indexes them.

Parsing (reading files, extracting quotes) and Whoosh indexing each take about half of
a full build, and both are pure Python: on a machine with two or more cores a helper
process parses the files, in order, while the indexing process writes what it receives.

The helper is started with ``spawn`` (safe from the app's worker threads) and holds only
the write end of a pipe: if the indexing process dies, its next send fails and it exits;
if indexing stops early, it is terminated. It only runs the real reader and extractor
(a ``parse`` injected by tests or callers keeps the serial path).
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterator

MIN_FILES = 200
"""Fewer files than this are parsed in-process (starting a helper costs ~0.3 s)."""


def worth_it(files: int) -> bool:
    """True when a helper process should parse ``files`` files."""
    if os.environ.get("WARREADER_SERIAL"):
        return False
    return files >= MIN_FILES and (os.cpu_count() or 1) >= 2


def parsed_in_helper(paths: list[str], aliases: dict[str, list[str]]) -> Iterator[tuple]:
    """For each path, in order: ``(path, state, ("ok", (article, quotes)))``,
    ``(path, state, ("skip", reason))`` or ``(path, None, ("oserror", message))``.

    A failure inside the helper (a bug, not a bad file) is raised here as RuntimeError.
    """
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    helper = ctx.Process(target=_helper, args=(paths, aliases, sender), daemon=True)
    helper.start()
    sender.close()  # the helper holds the only write end: its exit means EOF here
    try:
        for _ in paths:
            try:
                item = receiver.recv()
            except EOFError:
                raise RuntimeError("the article parsing process stopped unexpectedly") from None
            if item[0] == "crash":
                raise RuntimeError(f"parsing {item[1]} failed:\n{item[2]}")
            yield item
    finally:
        receiver.close()
        if helper.is_alive():
            helper.terminate()
        helper.join(5)


def _helper(paths: list[str], aliases: dict[str, list[str]], sender) -> None:
    """The helper process: parse each path and send the result (stops when unwanted)."""
    from index.search.indexer import ParseFailure, file_state
    from index.search.sources import default_parse

    parse = default_parse(aliases)
    try:
        for path in paths:
            try:
                state = file_state(path)
            except OSError as exc:
                sender.send((path, None, ("oserror", exc.strerror or str(exc))))
                continue
            try:
                item = (path, state, ("ok", parse(path)))
            except ParseFailure as exc:
                item = (path, state, ("skip", str(exc)))
            except Exception:  # noqa: BLE001 - reported to the indexing process
                sender.send(("crash", path, traceback.format_exc()))
                return
            sender.send(item)
    except (BrokenPipeError, OSError):  # the indexing process is gone or stopped
        return
    finally:
        sender.close()
