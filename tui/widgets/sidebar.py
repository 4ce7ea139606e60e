"""The right pane: who is quoted. This article's speakers, or every speaker in the corpus.

Rows are speakers (colour marker, name, quote count, role); under the selected speaker
its quotes follow in order, the current one with a muted line saying how its speaker was
found ("pronoun · he → Lord Holme, ¶4"). Enter on a speaker selects it, enter on a quote asks the
screen to jump there (``QuoteChosen`` in this article, ``CorpusQuoteChosen`` elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len, set_cell_size
from rich.console import Group
from rich.text import Text
from textual.message import Message
from warreader.tui.colours import STAR, STAR_STYLE, UNATTRIBUTED_LABEL, colour_for
from warreader.tui.safe_text import one_line, terminal_safe
from warreader.tui.widgets.tall_rows import Row, TallRows
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.index.model import Quote

SNIPPET = 110


def _snippet(text: str) -> str:
    text = " ".join(one_line(text).split())
    return f"“{text if len(text) <= SNIPPET else text[: SNIPPET - 1] + '…'}”"


def _via_parts(quote: Quote) -> tuple[str, str, str] | None:
    """(how, who, where) of :func:`via_line`, or None for a term."""
    if quote.kind != "quote" or quote.via is None:
        return None
    if quote.via == "none" or not quote.speaker:
        return "no speaker found", "", ""
    mention = " ".join((quote.mention or "").split())
    who = quote.speaker
    if mention and who.casefold() not in mention.casefold():  # not "Secretary of State X"
        who = f"{mention} → {who}"
    where = quote.mention_paragraph
    place = "" if where is None else ", headline" if where < 0 else f", ¶{where + 1}"
    return f"{quote.via} · ", one_line(who), place  # article text: no control codes


def via_line(quote: Quote) -> str | None:
    """How the speaker of ``quote`` was found, with the mention it was resolved from and
    that mention's paragraph: "pronoun · he → Lord Holme, ¶4"; None for a term."""
    parts = _via_parts(quote)
    return "".join(parts) if parts else None


def _fitted_via(parts: tuple[str, str, str], width: int) -> str:
    """:func:`via_line` on one line of ``width``: the names are shortened, the kind and
    the paragraph stay."""
    how, who, where = parts
    room = width - cell_len(how) - cell_len(where)
    if cell_len(who) > room:
        who = set_cell_size(who, max(0, room - 1)) + "…" if room > 1 else ""
    return how + who + where


def _speaker_lines(name: str, role: str | None, count: int, colour: str,
                   width: int) -> list[Text]:
    """Marker, name (cut so the quote count always shows) and count; the role under them."""
    name = one_line(name)
    tail = f"  {plural(count, 'quote')}"
    room = max(1, width - 2 - len(tail))
    text = Text("● ", style=colour)
    text.append(name if len(name) <= room else name[: room - 1] + "…", style="bold")
    text.append(tail, style="dim")
    return [text, Text(f"  {one_line(role)}", style="dim italic")] if role else [text]


def _counts(speakers: int, quotes: int, unattributed: int) -> str:
    """"7 speakers · 14 quotes", and how many of those quotes have no named speaker."""
    text = f"{plural(speakers, 'speaker')} · {plural(quotes, 'quote')}"
    return text + (f" ({unattributed} unattributed)" if unattributed else "")


def _indented(text: Text, width: int, console) -> list[Text]:
    """``text`` wrapped two cells in from the left."""
    lines = text.wrap(console, max(1, width - 2))
    return [Text("  ") + line for line in lines]


class Sidebar(TallRows):
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
        """Speaker ``name`` became the selected (expanded) one."""

        def __init__(self, name: str, mode: str) -> None:
            super().__init__()
            self.name, self.mode = name, mode

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = "article"
        self.quotes: list[Quote] = []
        self.colours: dict[str, str] = {}
        self.speakers: list = []  # corpus mode: SpeakerSummary objects
        self.corpus_total = 0  # corpus mode: every quote, attributed or not
        self.corpus_quotes: list = []  # corpus mode: (ArticleSummary, Quote) of selected
        self.selected: str | None = None
        self.current_quote: int | None = None
        self.marked: frozenset[int] = frozenset()  # article mode: quotes starred (`m`)
        self.note: tuple[int, str] | None = None  # (quote index, where else it appears)

    def speaker_names(self) -> list[str]:
        """The speakers listed in the current mode, in display order."""
        if self.mode == "corpus":
            return [s.name for s in self.speakers]
        names: list[str] = []
        for q in self.quotes:
            name = q.speaker or UNATTRIBUTED_LABEL
            if q.kind == "quote" and name not in names:
                names.append(name)
        return names

    def show_article(self, quotes: list[Quote], colours: dict[str, str]) -> None:
        """Article mode for a newly opened article."""
        self.quotes, self.colours, self.current_quote = quotes, colours, None
        self.note = None
        if self.mode == "article":
            self.selected = None
            self._fill()
        else:  # corpus mode: recolour the article's speakers as the body shows them
            for row in self.rows:  # (rows take their colour when next painted)
                row.forget()
            self.refresh()

    def show_corpus(self, speakers: list, total: int | None = None) -> None:
        """Remember the corpus-wide speakers (SpeakerSummary, most quoted first) and the
        corpus's ``total`` of quotes (those of no named speaker are counted apart)."""
        self.speakers = sorted(speakers, key=lambda s: (-s.quote_count, s.name))
        named = sum(s.quote_count for s in self.speakers)
        self.corpus_total = max(named, total or 0)
        if self.mode == "corpus":
            self._fill()

    def set_mode(self, mode: str) -> None:
        """Switch between ``article`` and ``corpus`` mode."""
        self.mode, self.selected, self.corpus_quotes = mode, None, []
        self._fill()

    def select_speaker(self, name: str | None, quotes: list | None = None) -> None:
        """Expand speaker ``name`` (corpus mode: with its ``quotes``) and put the cursor on it."""
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

    def _speaker_row(self, name: str, role: str | None, count: int,
                     colour_of: str | None) -> Row:
        def render(width: int) -> list[Text]:
            colour = colour_for(colour_of, self.colours)
            return _speaker_lines(name, role, count, colour, width)

        def prompt() -> Group | Text:
            lines = render(len(name) + 20)
            return Group(*lines) if len(lines) > 1 else lines[0]

        return Row(f"s:{name}", render, 2 if role else 1, prompt)

    def _corpus_quote_row(self, i: int, summary, quote, colour: str) -> Row:
        def parts() -> list[Text]:
            date = f", {one_line(summary.date)}" if summary.date else ""
            where = one_line(summary.title) + date
            return [Text(_snippet(quote.text), style=colour), Text(where, style="dim")]

        return self._wrapped_row(f"c:{i}", parts)

    def _quote_row(self, i: int, quote, colour: str) -> Row:
        def parts() -> list[Text]:
            style = f"bold reverse {colour}" if i == self.current_quote else colour
            out = [Text(_snippet(quote.text), style=style)]
            if i in self.marked:
                out[0] = Text.assemble((f"{STAR} ", STAR_STYLE), out[0])
            if self.note is not None and self.note[0] == i:  # where else it appears
                out.append(Text(terminal_safe(self.note[1]), style="italic"))
            return out

        def via(width: int) -> list[Text]:
            """The current quote also says how its speaker was found, in italics when
            the speaker was inferred, not named."""
            found = _via_parts(quote) if i == self.current_quote else None
            if found is None:
                return []
            muted = "dim" if quote.via == "named" else "dim italic"
            return [Text("  " + _fitted_via(found, max(1, width - 2)), style=muted)]

        return self._wrapped_row(f"q:{i}", parts, via)

    def _wrapped_row(self, row_id: str, parts: Callable[[], list[Text]],
                     tail: Callable[[int], list[Text]] | None = None) -> Row:
        """A row of ``parts`` wrapped two cells in, then the ``tail`` lines made for the
        width; its prompt is them, one a line."""
        def render(width: int) -> list[Text]:
            lines = [line for part in parts() for line in _indented(part, width, self.app.console)]
            return lines + (tail(width) if tail else [])

        def prompt() -> Text:
            return Text("\n").join([*parts(), *(tail(200) if tail else [])])

        return Row(row_id, render, prompt=prompt)

    def _rows(self) -> list[Row]:
        rows: list[Row] = []
        if self.mode == "corpus":
            for s in self.speakers:
                rows.append(self._speaker_row(s.name, s.role, s.quote_count, s.name))
                if s.name == self.selected:
                    colour = colour_for(s.name, self.colours)
                    rows.extend(self._corpus_quote_row(i, summary, quote, colour)
                                for i, (summary, quote) in enumerate(self.corpus_quotes))
            return rows
        for name in self.speaker_names():
            own = [(i, q) for i, q in enumerate(self.quotes)
                   if q.kind == "quote" and (q.speaker or UNATTRIBUTED_LABEL) == name]
            speaker = own[0][1].speaker
            rows.append(self._speaker_row(name, own[0][1].role, len(own), speaker))
            if name == self.selected:
                colour = colour_for(speaker, self.colours)
                rows.extend(self._quote_row(i, q, colour) for i, q in own)
        return rows

    def _fill(self, focus_id: str | None = None) -> None:
        self.set_rows(self._rows(), focus_id)
        if self.mode == "corpus":
            self.border_title = "Speakers [3] · corpus"
            named = sum(s.quote_count for s in self.speakers)
            self.border_subtitle = _counts(len(self.speakers), self.corpus_total,
                                           self.corpus_total - named)
        else:
            self.border_title = "Speakers [3] · article"
            quotes = [q for q in self.quotes if q.kind == "quote"]
            unattributed = sum(1 for q in quotes if not q.speaker)
            speakers = len(self.speaker_names()) - (1 if unattributed else 0)
            self.border_subtitle = _counts(speakers, len(quotes), unattributed)

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
