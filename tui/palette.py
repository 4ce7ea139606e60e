"""Command palette (ctrl+p): go to an article, go to a speaker, reindex, help.

Theme switching comes from Textual's own system commands, kept alongside.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from warreader.tui.wording import plural


class ReaderCommands(Provider):
    """Articles and speakers of the open corpus, plus the reader's own actions."""

    def _commands(self) -> list[tuple[str, object, str]]:
        screen = self.app.main_screen
        commands: list[tuple[str, object, str]] = [
            ("Reindex: re-read changed files", screen.action_reindex, "refresh the index"),
            ("Rebuild the index from scratch", partial(screen.start_indexing, True),
             "re-read every file"),
            ("Help: keys and query syntax", self.app.action_help, "every key"),
            ("Toggle sidebar: article / corpus speakers", screen.action_toggle_speakers, "s"),
        ]
        labels = screen.articles.labels
        for s in screen.articles.summaries:
            name = labels.get(s.path) or s.path.replace("\\", "/").rsplit("/", 1)[-1]
            commands.append((f"Go to article: {s.title} · {name}",
                             partial(screen.open_article, s.id),
                             " · ".join(x for x in (s.date, s.outlet) if x)))
        for s in screen.sidebar.speakers:
            commands.append((f"Go to speaker: {s.name}", partial(self._speaker, s.name),
                             plural(s.quote_count, "quote")
                             + (f" · {s.role}" if s.role else "")))
        return commands

    def _speaker(self, name: str) -> None:
        screen = self.app.main_screen
        if screen.sidebar.mode != "corpus":
            screen.action_toggle_speakers()
        screen.select_speaker(name)
        screen.action_pane("sidebar")

    async def discover(self) -> Hits:
        """The reader's actions, shown before anything is typed."""
        for title, callback, help_text in self._commands()[:4]:
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Fuzzy-match ``query`` against every command, article and speaker."""
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
