"""Stepping through the shown article: its quotes (`]` `[`), its speakers or the
corpus's (`}` `{`, `s`), the sidebar's choices, and copying a citation (`y`).

A mixin of :class:`tui.screens.main.MainScreen`, next to :mod:`tui.screens.reading`
(which loads and shows the article); the speaker's corpus quotes are read in a worker
that only posts :class:`~tui.messages.SpeakerQuotesLoaded`.
"""

from __future__ import annotations

from textual import work
from warreader.tui.clipboard import format_citation
from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.keymap import key_named
from warreader.tui.messages import SpeakerQuotesLoaded
from warreader.tui.safe_text import one_line
from warreader.tui.user_files import shown_path
from warreader.tui.widgets.sidebar import NO_QUOTES, Sidebar


class SteppingMixin:
    """The keys and sidebar choices that move through quotes and speakers."""

    def _quote_indices(self) -> list[int]:
        return [i for i, q in enumerate(self.quotes) if q.kind == "quote"]

    def no_quote_notice(self) -> str:
        """Why a key that needs a current quote (y, m, p) has none, and what to do: "press
        ]" only where ] finds a quote."""
        if self.article is None:
            return "No article open: 1, then enter opens one."
        if not self._quote_indices():
            return NO_QUOTES
        return f"No current quote: press {key_named(self.app, 'next-quote')} to step to one."

    def set_quote(self, index: int | None, centre: bool = True) -> None:
        """Make quote ``index`` (None: no quote) current in the body and the sidebar;
        ``centre`` scrolls it to the middle of the body."""
        with self.body.one_layout():  # the quote and its hit: one layout
            self.body.set_current(index, centre)
            self.hit_in_quote(index)  # "hit i / N" follows the quote (tui.screens.hits)
        self.sidebar.mark_quote(index)
        self.look_up_group(index)  # provenance: where else these words appear
        self.note_place()

    def _step_quote(self, step: int) -> None:
        if self.pending_id is not None or self.deferred is not None:
            self.pending_step = step  # an article is on its way: step in it once shown
            return
        indices = self._quote_indices()
        if not indices:  # a bell alone goes unheard (tmux, a muted terminal)
            self.app.bell()
            if self.article is not None:
                self.notify(NO_QUOTES, timeout=3)
            return
        current = self.body.current
        if current is None:
            target = indices[0] if step > 0 else indices[-1]
        else:
            after = [i for i in indices if (i > current if step > 0 else i < current)]
            if not after:
                self.app.bell()
                self.notify(f"{'Last' if step > 0 else 'First'} quote of this article.",
                            timeout=2)
                return
            target = after[0] if step > 0 else after[-1]
        self.set_quote(target)

    def action_next_quote(self) -> None:
        """Next quote of the article (`]`)."""
        self._step_quote(1)

    def action_prev_quote(self) -> None:
        """Previous quote of the article (`[`)."""
        self._step_quote(-1)

    def _step_speaker(self, step: int) -> None:
        names = self.sidebar.speaker_names()
        if not names:
            self.app.bell()
            if self.sidebar.mode == "article" and self.article is not None:
                self.notify(NO_QUOTES, timeout=3)
            return
        current = self.sidebar.selected
        pos = names.index(current) + step if current in names else (0 if step > 0 else -1)
        if current in names and not 0 <= pos < len(names):  # an end: said, as ] [ say it
            self.app.bell()
            self.notify(self._speaker_end(names, step), timeout=2, markup=False)
            return
        self.select_speaker(names[pos])

    def _speaker_end(self, names: list[str], step: int) -> str:
        """What } or { says at the last or first speaker (ux29: they wrapped round
        without a word, and with one speaker did nothing visible at all)."""
        where = "of this article" if self.sidebar.mode == "article" else "in the corpus"
        if len(names) == 1:
            return f"{one_line(self.sidebar.name_of(names[0]))} is the only speaker {where}."
        return f"{'Last' if step > 0 else 'First'} speaker {where}."

    def action_next_speaker(self) -> None:
        """Next speaker in the sidebar (`}`)."""
        self._step_speaker(1)

    def action_prev_speaker(self) -> None:
        """Previous speaker in the sidebar (`{`)."""
        self._step_speaker(-1)

    def select_speaker(self, name: str) -> None:
        """Select ``name`` in the sidebar: its first quote here, or its corpus quotes."""
        if self.sidebar.mode == "corpus":
            self._load_speaker_quotes(name)
            return
        for i in self._quote_indices():
            if (self.quotes[i].speaker or UNATTRIBUTED_LABEL) == name:
                self.set_quote(i)
                return

    def _load_speaker_quotes(self, key: str) -> None:
        """Look up the corpus quotes of the sidebar's speaker ``key`` (a worker): those
        of its name, of its own articles where other speakers share the name."""
        self._speaker_quotes(key, self.sidebar.name_of(key), self.sidebar.articles_of(key))

    @work(thread=True, exclusive=True, group="speaker")
    def _speaker_quotes(self, key: str, name: str, articles: frozenset[str] | None) -> None:
        with self.corpus_lock:
            quotes = self.corpus.quotes_by(name)
        if articles is not None:
            quotes = [(summary, quote) for summary, quote in quotes if summary.id in articles]
        self.post_message(SpeakerQuotesLoaded(key, quotes))

    def on_speaker_quotes_loaded(self, message: SpeakerQuotesLoaded) -> None:
        if self.sidebar.mode == "corpus":
            self.sidebar.select_speaker(message.speaker, message.quotes)

    def on_sidebar_speaker_selected(self, message: Sidebar.SpeakerSelected) -> None:
        self.select_speaker(message.name)

    def on_sidebar_quote_chosen(self, message: Sidebar.QuoteChosen) -> None:
        self.set_quote(message.index)

    def on_sidebar_corpus_quote_chosen(self, message: Sidebar.CorpusQuoteChosen) -> None:
        self.open_article(message.article_id, message.quote.start)

    def action_toggle_speakers(self) -> None:
        """Sidebar: this article's speakers <-> every speaker in the corpus (`s`); below
        100 columns, where the sidebar is off screen, it is shown and focused (ux31: `s`
        changed a pane nobody could see, until 3)."""
        self.sidebar.set_mode("corpus" if self.sidebar.mode == "article" else "article")
        if self.sidebar.mode == "article" and self.body.current is not None:
            self.sidebar.mark_quote(self.body.current)
        if self.has_class("-narrow") and not self.has_class("-side-sidebar"):
            self.action_pane("sidebar")

    def action_copy_quote(self) -> None:
        """Copy the current quote with its attribution (`y`)."""
        if self.article is None or self.body.current is None:
            self.notify(self.no_quote_notice(), severity="warning")
            return
        text = format_citation(self.quotes[self.body.current], self.article)
        self.app.copy_to_clipboard(text)  # OSC 52: whether the terminal takes it is unknown
        self.app.last_copied = text
        files = self.app.user_files
        problem = files.save_citation(text)
        saved = problem or f"also saved to {one_line(shown_path(files.citation))}"
        self.notify(f"{text}\n\nSent to the terminal clipboard (some terminals and tmux "
                    f"ignore it); {saved}.", title="Citation", markup=False, timeout=10)
