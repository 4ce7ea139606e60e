"""The right pane: who is quoted. This article's speakers, or every speaker in the corpus.

Rows are speakers (colour marker, name, quote count, role); under the selected speaker
its quotes follow in order, the current one with a muted line saying how its speaker was
found ("pronoun · he → Lord Holme, ¶4"). Enter on a speaker selects it, enter on a quote asks the
screen to jump there (``QuoteChosen`` in this article, ``CorpusQuoteChosen`` elsewhere).
How each row looks is :mod:`tui.widgets.sidebar_rows`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.message import Message
from textual.strip import Strip
from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.widgets.sidebar_rows import SidebarRows
from warreader.tui.widgets.tall_rows import TallRows
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.index.model import Quote

SAME_NAME = "\x00"
"""In a corpus speaker's key, between the name and the article that keeps it apart from
other speakers of that name (:meth:`Sidebar.show_corpus`)."""

NO_QUOTES = "This article has no quotations."
"""What the sidebar, the body and the quote keys say of an article without quotations."""


def fit_counts(speakers: int, quotes: int, unattributed: int, room: int | None = None) -> str:
    """"7 speakers · 14 quotes (3 unattributed)": how many speakers and quotes, and how
    many of those quotes have no named speaker, in words, shorter until it fits ``room``
    cells: the unattributed count left out first (an article's list has its
    "(unattributed)" row; the sidebar's tooltip says it), then "2,156 speakers, 7,294
    quotes", "2,156 names, 7,294 quotes", and "7,294 quotes" if nothing else fits (the
    whole wording when ``room`` is None). Review U9: "2,156 spk · 7,294 q · 72 unattr."
    said nothing to a first-time user."""
    both = f"{plural(speakers, 'speaker')} · {plural(quotes, 'quote')}"
    forms = [f"{both} ({unattributed:,} unattributed)"] if unattributed else []
    forms += [both, f"{plural(speakers, 'speaker')}, {plural(quotes, 'quote')}",
              f"{plural(speakers, 'name')}, {plural(quotes, 'quote')}", plural(quotes, "quote")]
    return next((form for form in forms if room is None or len(form) <= room), forms[-1])


def speaker_keys(speakers: list) -> list[str]:
    """Each corpus speaker's key: its name, or, for a name several speakers share (the
    corpus keeps an unnamed source apart by article: "the statement" of sport/432.txt
    and of sport/438.txt), the name, :data:`SAME_NAME` and its first article. Selected
    by name, both rows expanded with both articles' quotes (ux34, K3)."""
    seen: dict[str, int] = {}
    for s in speakers:
        seen[s.name] = seen.get(s.name, 0) + 1
    return [f"{s.name}{SAME_NAME}{s.articles[0]}" if seen[s.name] > 1 and s.articles
            else s.name for s in speakers]


class Sidebar(SidebarRows, TallRows):
    """Attribution sidebar in ``article`` or ``corpus`` mode."""

    class QuoteChosen(Message):
        """Enter on quote ``index`` of the article shown."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class CorpusQuoteChosen(Message):
        """Enter on a quote from the corpus view: open ``article_id`` at ``quote``."""

        def __init__(self, article_id: str, quote: Any) -> None:
            super().__init__()
            self.article_id, self.quote = article_id, quote

    class SpeakerSelected(Message):
        """Speaker ``name`` became the selected (expanded) one (corpus mode: its key)."""

        def __init__(self, name: str, mode: str) -> None:
            super().__init__()
            self.name, self.mode = name, mode

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = "article"
        self.quotes: list[Quote] = []
        self.colours: dict[str, str] = {}
        self.speakers: list = []  # corpus mode: SpeakerSummary objects
        self.speaker_keys: list[str] = []  # corpus mode: each one's key (show_corpus)
        self.corpus_total = 0  # corpus mode: every quote, attributed or not
        self.counts = (0, 0, 0)  # the subtitle's speakers, quotes, unattributed
        self.corpus_quotes: list = []  # corpus mode: (ArticleSummary, Quote) of selected
        self.selected: str | None = None
        self.current_quote: int | None = None
        self.marked: frozenset[int] = frozenset()  # article mode: quotes starred (`m`)
        self.note: tuple[int, str] | None = None  # (quote index, where else it appears)
        self.shown = False  # article mode: an article was shown (an empty list says so)

    def speaker_names(self) -> list[str]:
        """The speakers listed in the current mode, in display order (corpus mode: their
        keys, :meth:`show_corpus`; :meth:`name_of` names them)."""
        if self.mode == "corpus":
            return list(self.speaker_keys)
        names: list[str] = []
        for q in self.quotes:
            name = q.speaker or UNATTRIBUTED_LABEL
            if q.kind == "quote" and name not in names:
                names.append(name)
        return names

    def show_article(self, quotes: list[Quote], colours: dict[str, str],
                     shown: bool = True) -> None:
        """Article mode for a newly opened article (``shown`` False: none is open)."""
        self.quotes, self.colours, self.current_quote = quotes, colours, None
        self.note, self.shown = None, shown
        if self.mode == "article":
            self.selected = None
            self._fill()
        else:  # corpus mode: recolour the article's speakers as the body shows them
            self.forget_rows()  # (rows take their colour when next painted)

    def show_corpus(self, speakers: list, total: int | None = None) -> None:
        """Remember the corpus-wide speakers (SpeakerSummary, most quoted first) and the
        corpus's ``total`` of quotes (those of no named speaker are counted apart)."""
        self.speakers = sorted(speakers, key=lambda s: (-s.quote_count, s.name))
        self.speaker_keys = speaker_keys(self.speakers)
        named = sum(s.quote_count for s in self.speakers)
        self.corpus_total = max(named, total or 0)
        if self.mode == "corpus":
            self._fill()

    @staticmethod
    def name_of(key: str) -> str:
        """The speaker's name in a corpus speaker's ``key`` (an article speaker's name
        as it is)."""
        return key.partition(SAME_NAME)[0]

    def articles_of(self, key: str) -> frozenset[str] | None:
        """The articles of the corpus speaker ``key`` when other speakers share its name
        (its quotes are those there), else None (every quote of the name is its)."""
        if SAME_NAME not in key or key not in self.speaker_keys:
            return None
        return frozenset(self.speakers[self.speaker_keys.index(key)].articles)

    def set_mode(self, mode: str) -> None:
        """Switch between ``article`` and ``corpus`` mode."""
        self.mode, self.selected, self.corpus_quotes = mode, None, []
        self._fill()

    def select_speaker(self, name: str | None, quotes: list | None = None) -> None:
        """Expand speaker ``name`` (corpus mode: the key, with its ``quotes``) and put the
        cursor on it."""
        self.selected = name
        if quotes is not None:
            self.corpus_quotes = quotes
        self._fill(focus_id=f"s:{name}")

    def mark_quote(self, index: int | None) -> None:
        """Article mode: expand the speaker of quote ``index`` and put the cursor on it
        (``None``: no quote is current)."""
        self.current_quote = index
        if self.note is not None and self.note[0] != index:
            self.note = None
        if self.mode != "article":
            return
        if index is None:  # no current quote: unmark it, the cursor stays
            option = self.highlighted_option
            self._fill(focus_id=option.id if option else None)
            return
        self.selected = self.quotes[index].speaker or UNATTRIBUTED_LABEL
        self._fill(focus_id=f"q:{index}")

    def set_marked(self, marked: frozenset[int]) -> None:
        """Star the quotes whose indices are in ``marked`` (article mode)."""
        if marked != self.marked:
            self.marked = marked
            if self.mode == "article":
                option = self.highlighted_option
                self._fill(focus_id=option.id if option else None)

    def set_note(self, index: int, note: str | None) -> None:
        """Article mode: show ``note`` (where else quote ``index`` appears) under it."""
        self.note = None if note is None else (index, note)
        if self.mode == "article" and index == self.current_quote:
            self._fill(focus_id=f"q:{index}")

    def _fill(self, focus_id: str | None = None) -> None:
        self.set_rows(self._rows(), focus_id)
        if self.mode == "corpus":
            self.border_title = "Speakers [3] · corpus"
            named = sum(s.quote_count for s in self.speakers)
            self.counts = (len(self.speakers), self.corpus_total, self.corpus_total - named)
        else:
            self.border_title = "Speakers [3] · article"
            quotes = [q for q in self.quotes if q.kind == "quote"]
            unattributed = sum(1 for q in quotes if not q.speaker)
            speakers = len(self.speaker_names()) - (1 if unattributed else 0)
            self.counts = (speakers, len(quotes), unattributed)
        self._fit_subtitle()

    def render_line(self, y: int) -> Strip:
        if self.rows or self.mode != "article" or not self.shown:
            return super().render_line(y)
        from warreader.tui.keymap import SCREEN_BINDINGS, key_label

        toggle = next(b for b in SCREEN_BINDINGS if b.id == "toggle-speakers")
        hint = Text(NO_QUOTES, style="italic")  # an article without quotations says so
        hint.append(f"\n{key_label(self.app, toggle)}: every speaker in the corpus",
                    style="dim")
        return self.paint_message(hint, y)

    def _fit_subtitle(self) -> None:
        """The counts under the border, worded to fit it (the corners and the spaces
        around the label take 6 cells; not laid out yet: the whole wording)."""
        width = self.outer_size.width
        self.border_subtitle = fit_counts(*self.counts, width - 6 if width else None)
        self.tooltip = fit_counts(*self.counts)  # the whole wording, on hover

    def on_resize(self) -> None:
        """Re-word the counts for the new width (TallRows.on_resize lays out the rows:
        Textual calls both)."""
        self._fit_subtitle()

    def on_tall_rows_chosen(self, event: TallRows.Chosen) -> None:
        event.stop()
        kind, _, key = event.row.id.partition(":")
        if kind == "s":
            self.post_message(self.SpeakerSelected(key, self.mode))
        elif kind == "q":
            self.post_message(self.QuoteChosen(int(key)))
        elif kind == "c":
            summary, quote = self.corpus_quotes[int(key)]
            self.post_message(self.CorpusQuoteChosen(summary.id, quote))
