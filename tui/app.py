"""The warreader Textual app: holds the settings and the main screen, nothing else.

Everything a reader sees is composed by :class:`tui.screens.main.MainScreen`;
the app keeps what outlives a screen (corpus paths, keymap, the last copied text) and
remembers the theme chosen in the palette (:mod:`tui.user_files`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual import events
from textual.app import App
from warreader.index.paths import corpus_key
from warreader.tui.export_note import corpus_label
from warreader.tui.key_gc import KeyGcPause
from warreader.tui.keymap import APP_BINDINGS
from warreader.tui.screens.main import MainScreen
from warreader.tui.typed_ahead import InFlight, Passed, note_target, pass_on, pass_on_paste
from warreader.tui.user_files import UserFiles, place_in
from warreader.tui.worker_threads import use_daemon_threads


def _reader_commands():
    """The palette's one provider, imported when the palette first opens (faster startup);
    it lists Textual's system commands too, after the reader's (:mod:`tui.palette`)."""
    from warreader.tui.palette import ReaderCommands

    return ReaderCommands


PALETTE_PLACEHOLDER = "Type an article's title or file name, a speaker, or a command…"
"""The palette's empty input ("Search for commands…" told nothing of articles)."""


class WarReaderApp(App[None]):
    """Three-pane reader of a news corpus: who said what."""

    CSS_PATH = Path(__file__).with_name("warreader.tcss")
    TITLE = "warreader"
    BINDINGS = APP_BINDINGS
    COMMANDS = {_reader_commands}  # not App.COMMANDS: its system commands came first

    def __init__(
        self, paths: list[Path], index_dir: Path | None = None,
        aliases: dict[str, list[str]] | None = None, theme: str = "textual-dark",
        keys: dict[str, str] | None = None, user_files: UserFiles | None = None,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.watch = watch  # watch the corpus folders for changes (the config's `watch`)
        self.paths = paths
        self.index_dir = index_dir
        self.aliases = aliases or {}
        self.corpus_label = corpus_label(paths)
        self.keymap_overrides = dict(keys or {})
        self.last_copied: str | None = None
        self.place_problem: str | None = None  # the reading place could not be kept
        self.key_gc = KeyGcPause(self)  # no garbage collection between a key and its paint
        self.in_flight = InFlight(self)  # keys sent on to the focus (tui.typed_ahead)
        self.user_files = user_files or UserFiles.default()
        self.config_theme = theme
        self.main_screen = MainScreen()
        state, self._state_problem = self.user_files.read_state_noting()
        self.corpus_key = corpus_key(self.paths)  # where the reader quit this corpus:
        self.main_screen.resume_place = place_in(state.get("places"), self.corpus_key)
        theme = self._remembered_theme(state, theme)
        self._saved_theme = theme
        self._unknown_theme = None if theme in self.available_themes else theme
        if self._unknown_theme is None:
            self.theme = theme  # before the first screen is styled, not after

    def _remembered_theme(self, state: dict, configured: str) -> str:
        """The theme last chosen in the palette (``state``: the state file's), unless the
        config's theme changed since (the later choice wins); else ``configured``."""
        chosen = state.get("theme")
        if state.get("config_theme") == configured and chosen in self.available_themes:
            return chosen
        return configured

    def _remember_theme(self, theme) -> None:
        """A theme was chosen (the palette's "Change theme"): keep it for the next start."""
        if theme.name == self._saved_theme:
            return
        self._saved_theme = theme.name
        problem = self.user_files.remember(theme=theme.name, config_theme=self.config_theme)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def run(self, **kwargs):
        """Run the app until it exits (``kwargs`` as for :meth:`textual.app.App.run`).

        Everything imported so far lives as long as the app, so it is moved out of the
        cyclic garbage collector's reach first (``gc.freeze``, :mod:`tui.key_gc`):
        otherwise a full collection scanning those objects lands in the first paint
        (~25 ms).
        """
        self.key_gc.keep_what_is_held()
        try:
            return super().run(**kwargs)
        finally:
            if self.place_problem:
                print(f"warreader: {self.place_problem}", file=sys.stderr)

    async def on_event(self, event: events.Event) -> None:
        """Keys: the garbage collector waits from a key's arrival until the screen is
        painted after it (:mod:`tui.key_gc`). A key comes here from the terminal, goes
        to the focused widget and bubbles back here, where its binding runs."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            if not self.in_flight.busy:
                note_target(self, event)  # a paste goes where the keys before it went
                await super().on_event(event)
            else:
                self.in_flight.hold(event)
        elif not isinstance(event, events.Key):
            await super().on_event(event)
        elif not event.is_forwarded:
            if type(event) is events.Key and self.in_flight.busy:
                self.in_flight.hold(event)  # behind a key sent on (tui.typed_ahead)
                return
            self.key_gc.key_arrived()
            target = note_target(self, event)  # the focus may move before it acts
            dialog = self.screen is not self.main_screen
            await super().on_event(event)
            if dialog and type(event) is events.Key:  # in a dialog, a key acts before
                self.in_flight.sent(event, target)  # the next goes (tui.typed_ahead)
        else:
            await super().on_event(event)
            self.key_gc.key_handled()

    def _on_key(self, event: events.Key) -> None:
        """A key that bubbled up unhandled runs its binding (App._on_key, called next),
        unless it was typed for another widget than the one focused now, or is an
        input's: then it goes there (:mod:`tui.typed_ahead`; `f` and a filter typed at
        once fill the filter bar, `/quote` must not quit)."""
        if self.in_flight.back(event) or pass_on(self, event):
            event.prevent_default()  # no binding: App._on_key, next in the MRO, is skipped
        # otherwise Textual goes on to App._on_key (it calls each class's handler in turn)

    def on_paste(self, event: events.Paste) -> None:
        """A paste bubbled up unhandled: pasted before the focus moved (`f` and a paste
        at once), it goes to the focus of now, after the keys before it
        (:mod:`tui.typed_ahead`)."""
        if self.in_flight.busy:  # behind keys on their way: it goes after them
            self.in_flight.hold(event)
            event.stop()
        elif pass_on_paste(self, event):
            event.stop()

    def on_passed(self, message: Passed) -> None:
        """A key sent on to the focus is through (:mod:`tui.typed_ahead`)."""
        self.in_flight.passed(message)

    def on_keys_retyped(self, event: events.Key) -> None:
        """Keys the reader typed again went on to a dialog one of them opened (the
        main screen stops those it sees): the keys held behind them act now."""
        self.main_screen.on_keys_retyped(event)  # type: ignore[arg-type]

    def on_index_ready(self) -> None:
        """The main screen has listed the corpus (the message bubbles up from it): what
        it holds stays, so full collections skip it from now on (:mod:`tui.key_gc`)."""
        self.key_gc.keep_what_is_held()

    def on_speakers_ready(self) -> None:
        """The corpus speakers are in the sidebar (bubbled up): kept as the list is."""
        self.key_gc.keep_what_is_held()

    def on_unmount(self) -> None:
        self.key_gc.release()
        self._remember_place()

    def _remember_place(self) -> None:
        """Quitting: keep the article and quote shown, to reopen the corpus there (a
        state file that cannot be written is said on stderr once the terminal is back:
        :meth:`run`)."""
        place = self.main_screen.reading_place()
        if place is not None:
            self.place_problem = self.user_files.remember_place(self.corpus_key, *place)

    def on_load(self) -> None:
        """Before any worker starts: quitting must never wait for one (a query or an
        index step in flight is abandoned; :mod:`tui.worker_threads`)."""
        use_daemon_threads()

    def get_default_screen(self) -> MainScreen:
        """The main screen is the app's first screen (not pushed over a blank one)."""
        return self.main_screen

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self._unknown_theme is not None:
            self.main_screen.keep_notice(
                f"Unknown theme {self._unknown_theme!r}; using textual-dark.")
        if self._state_problem is not None:
            self.main_screen.keep_notice(self._state_problem)
        self.set_keymap(self.keymap_overrides)

    def corpus_ready(self) -> None:
        """Called when the article list has filled in (the first useful screen)."""

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """The palette's *Screenshot*: an SVG of the screen, saved in the Downloads
        folder, or where exports go when there is none (Textual only said "Failed to
        save screenshot" then)."""
        if path is None:
            from platformdirs import user_downloads_path
            from warreader.index.export.writing import default_folder

            if not user_downloads_path().is_dir():
                folder = default_folder()
                folder.mkdir(parents=True, exist_ok=True)
                path = str(folder)
        return super().deliver_screenshot(filename, path, time_format)

    def action_command_palette(self) -> None:
        """Open the palette (ctrl+p); its empty input says what typing in it finds (the
        list it opens with shows commands only)."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette",
                                            placeholder=PALETTE_PLACEHOLDER))

    def action_help(self) -> None:
        """Show every key and the query syntax (`?`)."""
        from warreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
