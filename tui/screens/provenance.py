"""Provenance in the reader: where the current quote also appears, and its group (`p`).

A mixin of :class:`tui.screens.main.MainScreen`. Whenever a quote becomes current a
worker looks up its group and posts :class:`GroupFound` (the indexing worker brought
the groups up to date before the index said ready; failing that, they are computed in
the look-up's worker, never on the UI thread); the sidebar then says
"also in 3 articles · first 2022-02-16, Stars and Stripes". `p` lists the group
(:class:`tui.screens.group_list.GroupScreen`); moving through it opens each article at
that quote behind the list.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.message import Message
from warreader.tui.keymap import key_named


class GroupFound(Message):
    """The group (a provenance Group, or None) of the quote at ``key`` (article, start, end)."""

    def __init__(self, key: tuple, group: Any) -> None:
        super().__init__()
        self.key, self.group = key, group


def group_note(group: Any, article_id: str, key: str = "p") -> str | None:
    """The sidebar's line for a quote of ``article_id`` in ``group`` (None: it is alone);
    ``key`` is the user's key for the group's list (review revU27 U2: a remapped key)."""
    if group is None:
        return None
    others = [a for a in group.articles if a != article_id]
    if not others:
        return None
    first = group.earliest
    where = ", ".join(x for x in (first.date, first.outlet) if x)
    if first.article == article_id:
        where = f"{where}, this article" if where else "this article"
    plural = "article" if len(others) == 1 else "articles"
    note = f"also in {len(others)} {plural}" + (f" · first {where}" if where else "")
    flags = [name for name, on in (("worded differently", group.worded_differently),
                                   ("credited differently", group.credited_differently)) if on]
    return note + (f"\n⚑ {' · '.join(flags)}" if flags else "") + f"  ({key}: list)"


class ProvenanceMixin:
    """The current quote's group: looked up in a worker, noted in the sidebar, listed by `p`."""

    group: Any = None
    group_key: tuple | None = None
    quote_groups: Any = None
    """The groups brought up to date by the last refresh (None: not had; looked up then)."""
    groups_deferred: str | None = None
    """Why there are no groups: too many articles to group in the reader (None: had)."""

    def look_up_group(self, index: int | None) -> None:
        """Find the group of quote ``index`` of the open article (in a worker)."""
        self.group, self.group_key = None, None
        if index is None or self.article is None or self.corpus is None:
            return
        quote = self.quotes[index]
        self._find_group((self.article.id, quote.start, quote.end))

    @work(thread=True, exclusive=True, group="provenance")
    def _find_group(self, key: tuple) -> None:
        from warreader.index.provenance.corpus_groups import GroupingDeferred, groups_unlocked

        groups = self.quote_groups
        if groups is None and self.groups_deferred:  # known: not asked again each step
            self.post_message(GroupFound(key, None))
            return
        try:
            if groups is None:
                groups = groups_unlocked(self.corpus, self.corpus_lock)
            group = groups.group_of(key) if groups is not None else None
        except GroupingDeferred as exc:  # a backlog left to `warreader index`
            self.groups_deferred, group = str(exc), None
        except Exception:  # noqa: BLE001 - groups are extra: never break reading
            group = None
        self.post_message(GroupFound(key, group))

    def on_group_found(self, message: GroupFound) -> None:
        current = self.body.current
        if self.article is None or current is None:
            return
        quote = self.quotes[current]
        if message.key != (self.article.id, quote.start, quote.end):
            return  # the reader moved on
        self.group, self.group_key = message.group, message.key
        self.sidebar.set_note(current, group_note(
            message.group, self.article.id, key_named(self.app, "show-provenance")))

    def action_show_provenance(self) -> None:
        """List the current quote's group: every article carrying it (`p`)."""
        from warreader.tui.file_labels import listed_labels
        from warreader.tui.screens.group_list import GroupScreen

        if self.article is None or self.body.current is None:
            self.notify(self.no_quote_notice(), severity="warning")
            return
        if self.group is None and self.groups_deferred:
            self.notify(f"Where else a quote appears is not known yet: "
                        f"{self.groups_deferred}.", severity="warning")
            return
        if self.group is None or len(self.group.members) < 2:
            self.notify("This quote appears in no other article.", severity="information")
            return
        members = self.articles.view.summaries_of([m.article for m in self.group.members])
        titles = {s.id: s.title for s in members}
        labels = listed_labels((m.path for m in self.group.members), self.articles.labels,
                               self.app.paths)
        self.app.push_screen(GroupScreen(self.group, self.group_key, self._open_member, titles,
                                         labels))

    def _open_member(self, member: Any) -> None:
        """Open ``member``'s article at its quote (the list steps through the group)."""
        self.open_article(member.article, member.start)
