"""Command palette (ctrl+p): the reader's actions, go to an article, go to a speaker.

One provider gives everything the palette lists, in the order a reader needs it: the
reader's own actions first (search, step through quotes and speakers, marks, export,
help...), each with its key as the config maps it, then Textual's system commands
(theme, screenshot, quit...), then, once something is typed, the articles and speakers
matching it (the best :data:`PLACES_LISTED`). Two providers raced: whichever answered
first was listed first, and the palette often opened on Textual's commands. Titles and
names come from the articles: prompts are built as plain ``Content`` and help lines
escaped, since the palette reads a ``str`` as markup. The reader's actions and places
act on the main screen: chosen over a dialog or the help, they close it first (revU3
#1: they ran hidden behind it).
"""

from __future__ import annotations

import heapq
import inspect
from collections import Counter
from collections.abc import Callable
from functools import partial
from operator import itemgetter

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape
from warreader.tui import keymap
from warreader.tui.palette_match import Place, PlaceTitles, QueryWords, place_score
from warreader.tui.safe_text import one_line
from warreader.tui.wording import plural

READER_ACTIONS = (  # (binding id, the palette's title), listed in this order
    ("search", "Search articles and quotes"),
    ("next-quote", "Next quote in this article"),
    ("next-speaker", "Next speaker of this article"),
    ("toggle-speakers", "Speakers: this article's / every speaker in the corpus"),
    ("show-marked", "Marked quotes: every quote marked with {mark}"),
    ("toggle-mark", "Mark or unmark the current quote"),
    ("export", "Export quotes: Markdown, CSV, JSON Lines, citations"),
    ("copy-quote", "Copy the current quote with its attribution"),
    ("help", "Help: keys and query syntax"),
    ("show-provenance", "Provenance: every article carrying the current quote"),
    ("filter-articles", "Filter the articles: outlet, author, date, folder, speaker"),
    ("sort-articles", "Sort the articles: date, title, outlet, quote count"),
    ("prev-quote", "Previous quote in this article"),
    ("prev-speaker", "Previous speaker of this article"),
    ("history-back", "Back to the previous place visited"),
    ("reindex", "Reindex: re-read changed files"),
)
"""The reader's actions the palette lists before anything is typed: a reporter opening
it sees these, not Textual's theme and screenshot commands."""

PLACES_LISTED = 40
"""How many articles and speakers a typed query lists at most, the best matches: one
letter matched ~900 of them on bbc/tech, and Textual's rebuild of a list that long
held every keystroke for 60-120 ms (revU3 #3); typing on narrows to the rest."""

_BINDINGS = {b.id: b for b in keymap.APP_BINDINGS + keymap.SCREEN_BINDINGS}

Command = tuple[str, Callable[[], object], str]
"""(title, what choosing it runs, the help line under it)."""


class ReaderCommands(Provider):
    """The reader's actions, Textual's system commands, the corpus's articles and
    speakers: everything the palette lists (the app registers no other provider)."""

    def _actions(self) -> list[Command]:
        """The reader's actions, each with its key (as remapped in the config)."""
        app, screen = self.app, self.app.main_screen
        commands: list[Command] = []
        mark = keymap.key_label(app, _BINDINGS["toggle-mark"])  # as remapped (revU3 #7)
        for binding_id, title in READER_ACTIONS:
            title = title.format(mark=mark)
            binding = _BINDINGS[binding_id]
            owner = app if binding in keymap.APP_BINDINGS else screen
            callback = getattr(owner, f"action_{binding.action}")
            commands.append((title, self._on_main(callback),
                             f"key {keymap.key_label(app, binding)}"))
        commands.append(("Rebuild the index from scratch",
                         self._on_main(partial(screen.start_indexing, True)),
                         "re-read every file"))
        return commands

    def _on_main(self, callback: Callable[[], object]) -> Callable[[], object]:
        """``callback``, run once every screen above the main one is closed."""
        return partial(on_main_screen, self.app, callback)

    def _system(self, all_of_them: bool = False) -> list[Command]:
        """Textual's own commands (theme, screenshot, keys, quit...), after the reader's:
        those it lists unasked, or ``all_of_them`` (those a search may find)."""
        return [(name, callback, help_text) for name, help_text, callback, discover
                in self.app.get_system_commands(self.screen) if discover or all_of_them]

    def _places(self) -> list[Place]:
        """Go to each article, then to each speaker of the corpus: built once per state
        of the listing and the speakers (:data:`_PLACE_TITLES`)."""
        screen = self.app.main_screen
        key = (screen, screen.articles.view, screen.articles.labels, screen.sidebar.speakers)
        return _PLACE_TITLES.current(key, partial(_place_commands, self.app))

    async def discover(self) -> Hits:
        """Shown before anything is typed: the reader's actions, then Textual's."""
        for title, callback, help_text in self._actions() + self._system():
            yield DiscoveryHit(title, callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """Fuzzy-match ``query`` against every action, article and speaker: every
        action that matches, and the :data:`PLACES_LISTED` best articles and speakers.
        Titles holding the query's words come first (:func:`ranked`); where some do (an
        action's too), at most :data:`SCATTERED_LISTED` places whose title only scatters
        its letters."""
        matcher = self.matcher(query)
        fuzzy, lowered_query = matcher.fuzzy_search, query.lower()
        words = QueryWords(lowered_query)
        actions = [(ranked(words, c[0].lower(), matcher.match(c[0])), c)
                   for c in [*self._actions(), *self._system(True)]]
        found = [(ranked(words, lowered, score)
                  + (SPEAKER_FIRST if score and title.startswith(SPEAKER_PREFIX) else 0.0),
                  (title, callback, help_text))
                 for title, lowered, callback, help_text in self._places()
                 if (score := place_score(fuzzy, query, lowered_query, title, lowered)) > 0]
        places = heapq.nlargest(PLACES_LISTED, found, key=itemgetter(0))
        if any(score >= TIER for score, _ in [*places, *actions]):  # the rest only scatter
            # its letters ("theme": the Theme command, then "the message", "the statement"...)
            whole = [p for p in places if p[0] >= TIER]
            places = whole + [p for p in places if p[0] < TIER][:SCATTERED_LISTED]
        for score, (title, callback, help_text) in [*actions, *places]:
            if score > 0:
                yield Hit(score, _highlight(matcher, title), callback, text=title,
                          help=escape(help_text))


TIER = 1000.0
"""Added to Textual's score (a few tens at most) per tier of :class:`QueryWords`: a
title holding the query's words ranks above any that scatters its letters."""

SPEAKER_FIRST = TIER / 2
"""Added to a speaker's score: within a tier, speakers come before articles (ux31:
`ferguson` listed eight articles with Ferguson in the title above Alex Ferguson, 74
quotes); a speaker never climbs a tier."""

SPEAKER_PREFIX = "Go to speaker: "

SCATTERED_LISTED = 3
"""How many places that only scatter the query's letters are listed under those that
hold it (ux29 #9: `parsons` listed "IAAF awaits Greek pair's response"... under the
one speaker it meant)."""


def ranked(words: QueryWords, lowered: str, score: float) -> float:
    """``score`` raised by the tier of how ``lowered`` holds ``words`` (0 stays 0)."""
    return score + TIER * words.tier(lowered) if score > 0 else 0.0


def _place_commands(app) -> list[Command]:
    """Go to each article, then to each speaker of ``app``'s corpus."""
    screen = app.main_screen
    labels = screen.articles.labels
    commands: list[Command] = []
    file_names: dict[str, str] = {}  # article id -> its file's name as the list shows it
    for s in screen.articles.summaries:
        name = file_names[s.id] = (labels.get(s.path)
                                   or s.path.replace("\\", "/").rsplit("/", 1)[-1])
        commands.append((one_line(f"Go to article: {s.title} · {name}"),
                         partial(on_main_screen, app, partial(screen.open_article, s.id)),
                         one_line(" · ".join(x for x in (s.date, s.outlet) if x))))
    speakers = screen.sidebar.speakers
    shared = {name for name, n in Counter(s.name for s in speakers).items() if n > 1}
    for s in speakers:
        title, go = f"{SPEAKER_PREFIX}{s.name}", partial(_go_to_speaker, app, s.name)
        if s.name in shared and s.articles:  # "the statement" of two articles: two
            # speakers the corpus keeps apart, named by their article and opened there
            # (review U10: "Go to speaker: the statement" twice, both to the first)
            where = s.articles[0]
            title = f"{title} · {file_names.get(where, where)}"
            go = partial(_go_to_speaker_in, app, s.name, where)
        commands.append((one_line(title), partial(on_main_screen, app, go),
                         one_line(plural(s.quote_count, "quote")
                                  + (f" · {s.role}" if s.role else ""))))
    return commands


def _go_to_speaker_in(app, name: str, article_id: str) -> None:
    """Open ``article_id`` at the first quote of ``name`` there (its start looked up in a
    worker, the corpus lock held there)."""
    screen = app.main_screen

    def find() -> None:
        with screen.corpus_lock:
            found = screen.corpus.quotes_by(name)
        start = next((q.start for summary, q in found if summary.id == article_id), None)
        app.call_from_thread(screen.open_article, article_id, start)

    screen.run_worker(find, thread=True, exclusive=True, group="palette-speaker")


def _go_to_speaker(app, name: str) -> None:
    """Show the corpus's speakers with ``name`` selected."""
    screen = app.main_screen
    if screen.sidebar.mode != "corpus":
        screen.action_toggle_speakers()
    screen.select_speaker(name)
    screen.action_pane("sidebar")


_PLACE_TITLES = PlaceTitles()
"""The articles and speakers the palette lists, kept between keystrokes and openings."""


async def on_main_screen(app, callback: Callable[[], object]) -> None:
    """Close the dialogs and panels over ``app.main_screen`` (the palette was opened
    over one of them), then run ``callback`` there."""
    while app.screen is not app.main_screen and app.main_screen in app.screen_stack:
        await app.pop_screen()
    result = callback()
    if inspect.isawaitable(result):
        await result


def _highlight(matcher: Matcher, title: str) -> Content:
    """``title`` as plain text with the matched letters styled (``Matcher.highlight``
    would read the title as markup)."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
