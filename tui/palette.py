"""Command palette (ctrl+p): go to an article, go to a speaker, reindex, help.

Theme switching comes from Textual's own system commands, kept alongside. Titles and
names come from the articles: prompts are built as plain ``Content`` and help lines
escaped, since the palette reads a ``str`` as markup.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape
from warreader.tui.safe_text import one_line
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
            ("Marked quotes: every quote marked with m", screen.action_show_marked, "M"),
            ("Export quotes: Markdown, CSV, JSON Lines, citations", screen.action_export, "e"),
            ("Mark or unmark the current quote", screen.action_toggle_mark, "m"),
        ]
        labels = screen.articles.labels
        for s in screen.articles.summaries:
            name = labels.get(s.path) or s.path.replace("\\", "/").rsplit("/", 1)[-1]
            commands.append((one_line(f"Go to article: {s.title} · {name}"),
                             partial(screen.open_article, s.id),
                             one_line(" · ".join(x for x in (s.date, s.outlet) if x))))
        for s in screen.sidebar.speakers:
            commands.append((one_line(f"Go to speaker: {s.name}"), partial(self._speaker, s.name),
                             one_line(plural(s.quote_count, "quote")
                                      + (f" · {s.role}" if s.role else ""))))
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
            yield DiscoveryHit(title, callback, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """Fuzzy-match ``query`` against every command, article and speaker."""
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlight(matcher, title), callback, help=escape(help_text))


def _highlight(matcher: Matcher, title: str) -> Content:
    """``title`` as plain text with the matched letters styled (``Matcher.highlight``
    would read the title as markup)."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
