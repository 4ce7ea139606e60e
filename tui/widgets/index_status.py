"""One line under the header: indexing progress, then what the index holds."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line
from warreader.tui.wording import plural, quotes_and_terms

WATCHING = " · watching for changes"
ROUTINE = "files checked:"
"""How the notice of a routine file check begins: news, never a warning."""


class IndexStatus(Horizontal):
    """A label and a progress bar; the bar hides once the index is ready."""

    watching = False
    """The corpus folders are watched (tui.screens.watching): the ready line says so."""
    ready_text: str | None = None  # the last ready line, without WATCHING

    def stop_watching(self) -> None:
        """Watching stopped: the ready line (if shown) no longer says it is on."""
        was, self.watching = self.watching, False
        if was and self._ready_shown and self.ready_text is not None:
            self._fit_ready(self.ready_text)

    def compose(self) -> ComposeResult:
        # the progress bar is mounted when files are first read: reopening an index never
        # needs it, and fewer widgets make the first screen sooner
        yield Label("Opening the index…", id="status-text", markup=False)

    def _bar(self):
        """The progress bar, if one was mounted."""
        bars = self.query("#progress")
        return bars.first() if bars else None

    def _show_bar(self, done: int, total: int) -> None:
        """Show the progress bar at ``done`` of ``total`` (mounted the first time)."""
        bar = self._bar()
        if bar is None:
            from textual.widgets import ProgressBar

            bar = ProgressBar(total=None, show_eta=False, id="progress")
            self.mount(bar)
        bar.display = True
        bar.update(total=max(total, 1), progress=done)

    def progress(self, done: int, total: int, label: str, rebuilding: str | None = None
                 ) -> None:
        """Indexing has read ``done`` of ``total`` files, the last named ``label`` (its
        path under the corpus folder: the BBC has a 001.txt in each of five folders),
        named last; a narrow line says it shorter, then leaves the name out (never
        cut: neither the count nor what it means). ``rebuilding``: why the whole index
        is being rebuilt (another warreader version made it...), said first."""
        if rebuilding:
            self._rebuilding(done, total, rebuilding, label)
            return
        self._show_bar(done, total)
        if done >= total and not label:  # every file read: the commit takes a while
            self._fit(f"Writing the index ({plural(total, 'file')} read)…  "
                      "search starts when it is written",
                      "Writing the index · search starts when it is written",
                      "Writing the index…")
            return
        name = one_line(label)  # a file name is text, never markup
        head = f"Reading articles {done:,}/{total:,}"
        self._fit(f"{head} · search waits for the index · {name}",
                  f"{head} · search waits · {name}",
                  f"{head} · search waits for the index", f"{head} · search waits")

    def _rebuilding(self, done: int, total: int, why: str, label: str) -> None:
        """The progress of a rebuild of the whole index, with why, as short as it fits."""
        self._show_bar(done, total)
        if done >= total and not label:
            self._fit(f"Writing the rebuilt index ({rebuild_reason(why)})…",
                      "Writing the rebuilt index…")
            return
        head = f"Rebuilding the index {done:,}/{total:,}"
        self._fit(f"{head} ({rebuild_reason(why)}) · search waits for it",
                  f"{head} ({rebuild_reason(why)})", f"{head} · search waits", head)

    _fitting: tuple[str, ...] = ()  # the texts _fit chose from last

    def _say(self, text: str) -> None:
        """Show ``text``: a progress line chosen by width is over (a resize keeps it)."""
        self._fitting, self._ready_shown = (), False
        self.query_one(Label).update(text)

    _ready_shown = False  # the line shows the ready line (one of its fitted texts)

    def _fit(self, *texts: str, ready: bool = False) -> None:
        """Show the first of ``texts`` that fits the line (the last when none does);
        chosen again once laid out (the bar just mounted narrows the line)."""
        self._fitting, self._ready_shown = texts, ready
        bar = self._bar()
        if bar is None or bar.region.width:  # else the bar, just mounted, takes its room
            self._choose(texts)
        self.call_after_refresh(self._refit, texts)

    def on_resize(self) -> None:
        """A new width: the progress line chosen again for it."""
        if self._fitting:
            self.call_after_refresh(self._refit, self._fitting)

    def _refit(self, texts: tuple[str, ...]) -> None:
        if self._fitting is texts:
            self._choose(texts)

    def _room(self) -> int:
        """The label's width as the line is now (the whole line less a shown bar), not
        as last laid out: a bar hidden a moment ago still narrows the label's region
        until the next layout, and the choice must not depend on when that comes."""
        room = self.content_region.width
        bar = self._bar()
        if room and bar is not None and bar.display:
            room -= bar.outer_size.width
        return max(room, 0)

    def _choose(self, texts: tuple[str, ...]) -> None:
        label = self.query_one(Label)
        room = self._room()
        text = next((t for t in texts if not room or len(t) <= room), texts[-1])
        if str(label.render()) != text:
            label.update(text)

    def grouping(self, done: int, total: int) -> None:
        """The index is written; the quote groups are brought up to date: ``done`` of
        the ``total`` articles that needed it grouped."""
        self._show_bar(done, total)
        self._say(f"Grouping quotes {done}/{total} articles  "
                  f"(where else a quote appears, {key_named(self.app, 'show-provenance')})")

    def _listing_key(self) -> str:
        """The key that lists the unreadable files and the notices, as the config has it."""
        return key_named(self.app, "show-skipped")

    def checking(self, articles: int, quotes: int, skipped: int = 0, terms: int = 0) -> None:
        """An existing index is shown while the files are checked for changes."""
        text = f"{plural(articles, 'article')} · {quotes_and_terms(quotes, terms, True)}"
        if skipped:
            text += f" · {skipped} unreadable ({self._listing_key()} lists them)"
        self._say(text + " · checking files…")
        self.set_class(bool(skipped), "-warning")

    def ready(self, articles: int, quotes: int, skipped: int, notices: list[str],
              terms: int = 0) -> None:
        """Show the index summary; the notices (one in full; several counted, the first
        after the count) and the unreadable files, with the key that lists them all."""
        self._hide_bar()
        self.ready_args = (articles, quotes, skipped, terms)
        text = f"Index ready: {plural(articles, 'article')} · {quotes_and_terms(quotes, terms)}"
        if len(notices) > 1 or (notices and skipped):  # the counts and the key first:
            also = f", {skipped} unreadable" if skipped else ""  # a narrow line cuts the end
            text += f" · {plural(len(notices), 'notice')}{also} " \
                    f"({self._listing_key()} lists them): {one_line(notices[0])}"
        else:
            if notices:
                text += f" · {one_line(notices[0])}"
            if skipped:
                text += f" · {skipped} unreadable ({self._listing_key()} lists them)"
        self.ready_text = text
        self._fit_ready(text)
        self.set_class(bool(skipped or any(not n.startswith(ROUTINE) for n in notices)),
                       "-warning")  # "files checked: 1 new file" alone is news, no warning

    ready_args: tuple[int, int, int, int] | None = None  # the ready line's counts

    def _fit_ready(self, text: str) -> None:
        """The ready line ``text``, watching said if there is room, and without its
        "Index ready: " where the line is too narrow for the rest (80 columns: "1
        notice, 2 unreadable (u lis…", the key that lists them cut)."""
        texts = [text + WATCHING] if self.watching else []
        bare = text.removeprefix("Index ready: ")
        no_path = _REBUILT.sub(lambda m: f"rebuilt the index: {_PATH.sub('', m[1])}", bare)
        short = _REBUILT.sub(lambda m: f"rebuilt: {_short_reason(m[1])}", bare)
        shorter = dict.fromkeys(t for t in (no_path, short) if t != bare)  # in order, once
        plain = [*texts, text, bare, *shorter]
        if self.ready_args is None or not self.ready_args[3]:
            self._fit(*plain, ready=True)
            return
        _articles, quotes, _skipped, terms = self.ready_args
        counts, quoted = quotes_and_terms(quotes, terms), quotes_and_terms(quotes, terms, True)
        # "728 quoted terms" where it fits (what a term is), then "728 terms"
        self._fit(*dict.fromkeys([t.replace(counts, quoted, 1) for t in plain] + plain),
                  ready=True)

    def renotice(self, notices: list[str]) -> None:
        """A notice came after the ready line was shown: show it again with ``notices``
        (while indexing or checking, the next ready line takes them)."""
        if self.ready_args is None or self.ready_text is None or not self._ready_shown:
            return
        articles, quotes, skipped, terms = self.ready_args
        self.ready(articles, quotes, skipped, notices, terms)

    def noticed(self, changes: str) -> None:
        """The watched corpus changed (``changes``: "3 files changed"): indexing them."""
        self._say(f"Corpus changed: {one_line(changes)} · indexing…")

    def failed(self, reason: str) -> None:
        """Indexing failed: show why."""
        self._hide_bar()
        self._say(f"Index unavailable: {one_line(reason)}")
        self.add_class("-error")

    def _hide_bar(self) -> None:
        bar = self._bar()
        if bar is not None:
            bar.display = False


def rebuild_reason(why: str) -> str:
    """The short reason of a rebuild for the status line, from the store's words
    (``index at /path is from another warreader version``: the path left out)."""
    if "another warreader version" in why:
        return "made by another warreader version"
    if " is damaged" in why:
        return "the old one is damaged"
    if "archive_quotes" in why:
        return "the archive_quotes setting changed"
    if "aliases" in why:
        return "the speaker aliases changed"
    return "warreader's reader changed"


_REBUILT = re.compile(r"rebuilt the index: ([^·]*?)(?=\s·|$)")
"""A rebuild's notice in the ready line (up to the next part), for its short forms."""
_PATH = re.compile(r" \([^()]*\)\s*$")
"""The index folder a rebuild's notice ends with (the `u` panel keeps it)."""


def _short_reason(notice: str) -> str:
    """A rebuild's reason in a few words, for a ready line at 80 columns ("rebuilt:
    made by another version"; the whole notice cut before its reason there)."""
    if "another warreader version" in notice:
        return "made by another version"
    if "damaged" in notice:
        return "the old one was damaged"
    if "archive_quotes" in notice:
        return "archive_quotes changed"
    if "aliases" in notice:
        return "the aliases changed"
    if "quote engine changed" in notice:
        return "the engine changed"
    return notice.strip()
