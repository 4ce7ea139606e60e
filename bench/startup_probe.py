"""Child process of bench_startup.py: start an app headless, print when it is useful.

``minimal``: a Textual app with a header, a list and a footer, useful once painted.
``reader PATH... --index-dir DIR``: warreader, useful once the article list is filled.
Prints the wall-clock time (``time.time()``) of the first useful screen, then exits; with
``--ready`` it then also waits for "ready" (the corpus open behind the list: reading and
searching answer) and for the files checked (the status line's counts after the
background check), and prints those two times too. With ``--cpu`` each line also
gives the process's CPU seconds so far (``time.process_time()``).
"""

from __future__ import annotations

import sys
import time

CPU = "--cpu" in sys.argv


def stamp() -> None:
    """Print the wall-clock time (and the CPU time used so far, with ``--cpu``)."""
    print(time.time(), *([time.process_time()] if CPU else []), flush=True)


def minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList("one", "two", "three")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(self.done)

        def done(self) -> None:
            stamp()
            self.exit()

    Minimal().run(headless=True, size=(160, 45))


def reader(args: list[str]) -> None:
    from pathlib import Path

    from warreader.index.config import load_config
    from warreader.tui.app import WarReaderApp

    index_dir = Path(args[args.index("--index-dir") + 1])
    wait_ready = "--ready" in args
    paths = [Path(a) for a in args
             if a not in ("--index-dir", "--ready", "--cpu") and Path(a) != index_dir]

    class Probe(WarReaderApp):
        shown = is_ready = is_checked = False

        def corpus_ready(self) -> None:
            if not self.shown:
                self.shown = True
                self.call_after_refresh(self.done)

        def done(self) -> None:
            stamp()
            if wait_ready:
                self.set_interval(0.005, self.poll_ready)
            else:
                self.exit()

        def poll_ready(self) -> None:
            if self.main_screen.corpus is not None and not self.is_ready:
                self.is_ready = True
                self.call_after_refresh(self.ready)
            if self.main_screen.report is not None and self.is_ready and not self.is_checked:
                self.is_checked = True
                self.call_after_refresh(self.checked)

        def ready(self) -> None:
            stamp()

        def checked(self) -> None:
            stamp()
            self.exit()

    Probe(paths, index_dir, load_config(None).aliases).run(headless=True, size=(160, 45))


if __name__ == "__main__":
    if sys.argv[1] == "minimal":
        minimal()
    else:
        reader(sys.argv[2:])
