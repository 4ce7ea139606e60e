"""How the sidebar's rows look: a speaker (colour marker, name, quote count, role), and
under the selected one its quotes, wrapped, the current one with the line saying how its
speaker was found ("pronoun · he → Lord Holme, ¶4"), a star if marked, and where else
its words appear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.console import Group
from rich.text import Text
from warreader.tui.colours import STAR, STAR_STYLE, UNATTRIBUTED_LABEL, colour_for
from warreader.tui.safe_text import one_line, terminal_safe
from warreader.tui.widgets.tall_rows import Row
from warreader.tui.wording import plural

if TYPE_CHECKING:
    from warreader.index.model import Quote

SNIPPET = 110


def _snippet(text: str) -> str:
    text = " ".join(one_line(text).split())
    return f"“{text if len(text) <= SNIPPET else text[: SNIPPET - 1] + '…'}”"


def _where(summary) -> str:
    """Where a corpus quote comes from, as its row says: the article's title and date."""
    date = f", {one_line(summary.date)}" if summary.date else ""
    return one_line(summary.title) + date


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


def _count_beside(name: str, count: int, width: int) -> bool:
    """Whether "N quotes" fits beside the whole ``name`` on a ``width``-cell row."""
    return cell_len(name) <= width - 4 - cell_len(plural(count, "quote"))


def speaker_height(name: str, role: str | None, count: int, width: int) -> int:
    """How many lines :func:`speaker_lines` gives, without making them."""
    return 2 if role or not _count_beside(one_line(name), count, width) else 1


def speaker_lines(name: str, role: str | None, count: int, colour: str,
                  width: int) -> list[Text]:
    """Marker, name and quote count ("3 quotes"), the role under them. Where the whole
    name leaves no room for "3 quotes" (80 columns: "Volodymyr Zelenskyy  1"), the
    count goes down under it, whole, before the role ("1 quote · Ukrainian President",
    the role cut), alone where there is no role; the name is cut only where it does not
    fit the row by itself."""
    name, role = one_line(name), one_line(role) if role else ""
    counted = plural(count, "quote")
    beside = _count_beside(name, count, width)
    under = Text(f"  {role}", style="dim italic") if role else None
    if not beside:
        under = Text(f"  {counted}", style="dim")
        if role:
            under.append(" · ", style="dim")
            under.append(role, style="dim italic")
        under.truncate(max(1, width), overflow="ellipsis")
    tail = f"  {counted}" if beside else ""
    room = max(1, width - 2 - cell_len(tail))
    text = Text("● ", style=colour)
    cut = name if cell_len(name) <= room else set_cell_size(name, room - 1) + "…"
    text.append(cut, style="bold")
    text.append(tail, style="dim")
    return [text, under] if under is not None else [text]


def _indented(text: Text, width: int, console) -> list[Text]:
    """``text`` wrapped two cells in from the left."""
    lines = text.wrap(console, max(1, width - 2))
    return [Text("  ") + line for line in lines]


class SidebarRows:
    """The sidebar's rows from its state (a mixin of :class:`tui.widgets.sidebar.Sidebar`:
    it reads ``mode``, ``quotes``, ``colours``, ``speakers``, ``speaker_keys``, ``corpus_quotes``,
    ``selected``, ``current_quote``, ``marked`` and ``note``)."""

    def _speaker_row(self, name: str, role: str | None, count: int,
                     colour_of: str | None, key: str | None = None) -> Row:
        def render(width: int) -> list[Text]:
            colour = colour_for(colour_of, self.colours)
            return speaker_lines(name, role, count, colour, width)

        def prompt() -> Group | Text:
            lines = render(len(name) + 20)
            return Group(*lines) if len(lines) > 1 else lines[0]

        return Row(f"s:{key or name}", render,
                   lambda width: speaker_height(name, role, count, width), prompt)

    def _corpus_quote_row(self, i: int, summary, quote, colour: str,
                          file_label: str | None = None) -> Row:
        def parts() -> list[Text]:
            where = _where(summary) + (f" · {one_line(file_label)}" if file_label else "")
            return [Text(_snippet(quote.text), style=colour), Text(where, style="dim")]

        return self._wrapped_row(f"c:{i}", parts)

    def _told_apart(self) -> dict[int, str]:
        """The file label of each corpus quote whose row would read as another's (the
        same words from an article of the same title and date: a story filed twice,
        ``tech/165.txt`` and ``tech/166.txt`` in the BBC corpus), by its index; the
        article list's label where it has one (:func:`tui.file_labels.listed_labels`)."""
        looks = [(_snippet(q.text), _where(s)) for s, q in self.corpus_quotes]
        seen = Counter(looks)
        alike = [i for i, look in enumerate(looks) if seen[look] > 1]
        if not alike:
            return {}
        from warreader.tui.file_labels import listed_labels

        articles = getattr(self.screen, "articles", None)
        labels = listed_labels((self.corpus_quotes[i][0].path for i in alike),
                               getattr(articles, "labels", {}), self.app.paths)
        return {i: labels.get(self.corpus_quotes[i][0].path, "") for i in alike}

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
            the speaker was inferred, not named: wrapped, never cut (cut to one line,
            "pronoun · he → Dmitr…, ¶7" hid whom the pronoun was read as)."""
            line = via_line(quote) if i == self.current_quote else None
            if line is None:
                return []
            muted = "dim" if quote.via == "named" else "dim italic"
            return _indented(Text(line, style=muted), width, self.app.console)

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
            for s, key in zip(self.speakers, self.speaker_keys, strict=True):
                rows.append(self._speaker_row(s.name, s.role, s.quote_count, s.name, key))
                if key == self.selected:  # its key: one of a shared name expands alone
                    colour = colour_for(s.name, self.colours)
                    apart = self._told_apart()
                    rows.extend(self._corpus_quote_row(i, summary, quote, colour, apart.get(i))
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
