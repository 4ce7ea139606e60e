"""Search hits in the article shown: highlighting them and stepping through them (n/N).

A mixin of :class:`tui.screens.main.MainScreen`, next to the searching one
(:mod:`tui.screens.searching`). The last search's hits stay highlighted and ``n``/``N``
keep stepping through them after the search bar is closed, as in less and vim; stepping
past an article's first or last hit goes on into the adjacent result article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warreader.tui.keymap import key_named
from warreader.tui.spans import locate

if TYPE_CHECKING:
    from warreader.tui.widgets.results_list import ResultsList


class HitsMixin:
    """The hits of ``self.results`` in the body, and the keys that move through them."""

    def _hit_spans(self, article_id: str) -> list[tuple[int, int]]:
        spans: set[tuple[int, int]] = set()
        for hit in self.results.hits if self.results else []:
            if hit.article_id == article_id:
                spans.update(hit.spans or ([hit.quote_span] if hit.quote_span else []))
        return sorted(spans)

    def refresh_hits(self, anchor: int | None = None) -> None:
        """Highlight the results' hits in the article shown; the first at or after
        ``anchor`` is current, unless it lies past the current quote: going back to a
        quote shows that quote, not a hit further down (n goes on to that hit)."""
        if self.article is None:
            return
        self.hit_spans, index = [], None
        current = self.body.current
        for start, end in self._hit_spans(self.article.id):
            span = locate(self.article, start, end)
            if span is None:
                continue
            if index is None and anchor is not None and anchor < max(end, start + 1) \
                    and (current is None or start < self.quotes[current].end):
                index = len(self.hit_spans)
            self.hit_spans.append(span)
        self.body.set_hits(self.hit_spans, index)

    def on_results_list_previewed(self, message: ResultsList.Previewed) -> None:
        self._open_hit(message.hit)

    def on_results_list_opened(self, message: ResultsList.Opened) -> None:
        self.opened_result = True  # escape then stays here (see action_close_search)
        self._open_hit(message.hit)
        self.action_pane("body")

    def _open_hit(self, hit) -> None:
        anchor = hit.quote_span[0] if hit.quote_span else (hit.spans or [(None, 0)])[0][0]
        self.open_article(hit.article_id, anchor)

    def _step_hit(self, step: int) -> None:
        """Next/previous hit here; past the first or last, on into the adjacent result article."""
        if not (self.results and self.results.hits):
            self.notify(f"No search to step through: press {key_named(self.app, 'search')} to "
                        "search.", severity="warning",
                        timeout=3)
            return
        current = self.body.hit_index if self.hit_spans else None
        last = len(self.hit_spans) - 1
        if not self.hit_spans:
            target = None
        elif current is None:
            target = self._hit_beside_quote(step)
        else:
            target = current + step
        if target is not None and 0 <= target <= last:
            with self.body.one_layout():  # into a quotation: laid out once, not three times
                self._follow_hit(target)
                self.body.set_hits(self.hit_spans, target)
        elif not self._step_article(step):
            self.app.bell()
            self.notify("Last hit: no more results." if step > 0 else "First hit.", timeout=3)

    def _hit_beside_quote(self, step: int) -> int | None:
        """With no hit current: the first hit at or after the current quote (``step``
        > 0) or the last before it; with no quote current, the first or last hit."""
        if self.body.current is None:
            return 0 if step > 0 else len(self.hit_spans) - 1
        quote = self.quotes[self.body.current]
        at = (quote.paragraph, quote.para_start)
        beside = [i for i, (para, start, _end) in enumerate(self.hit_spans)
                  if ((para, start) >= at) == (step > 0)]
        if not beside:
            return None
        return beside[0] if step > 0 else beside[-1]

    def hit_in_quote(self, index: int | None) -> None:
        """Quote ``index`` became current (] [ } {, the sidebar...): the current hit is
        the first it holds, none if it holds none, so the body's "hit i / N" tells the
        quote's and n and N go on from the quote (ux19: after ] the counter kept the
        hit left behind, and n went back up to the hit after it)."""
        if not self.hit_spans:
            return
        holding = None
        if index is not None:
            quote = self.quotes[index]
            holding = next((i for i, (para, start, _end) in enumerate(self.hit_spans)
                            if para == quote.paragraph and quote.para_start <= start
                            < max(quote.para_end, quote.para_start + 1)), None)
        if holding != self.body.hit_index:
            self.body.set_hits(self.hit_spans, holding)

    def _follow_hit(self, index: int) -> None:
        """Make the quote holding hit ``index`` the current quote (none if it is in none),
        so the body's "quote i / N" and the sidebar follow n and N."""
        para, start, _end = self.hit_spans[index]
        holding = next((i for i, q in enumerate(self.quotes) if q.paragraph == para
                        and q.para_start <= start < max(q.para_end, q.para_start + 1)), None)
        if holding != self.body.current:
            self.set_quote(holding, centre=False)

    def _result_articles(self) -> list[str]:
        """Ids of the articles with hits, in the order the results list them."""
        hits = self.results.hits if self.results else []
        return list(dict.fromkeys(h.article_id for h in hits))

    def _step_article(self, step: int) -> bool:
        """Open the next (previous) result article at its first (last) hit; False at the end."""
        order = self._result_articles()
        shown = self.pending_id or (self.article.id if self.article else None)
        if shown in order:
            position = order.index(shown) + step
        else:
            position = 0 if step > 0 else len(order) - 1
        if not order or not 0 <= position < len(order):
            return False
        article_id = order[position]
        spans = self._hit_spans(article_id)
        if not spans:
            return False
        self._cursor_to_result(article_id)
        self.open_article(article_id, spans[0][0] if step > 0 else spans[-1][0])
        return True

    def _cursor_to_result(self, article_id: str) -> None:
        """Put the results cursor on the article's first result, without previewing it."""
        for i, hit in enumerate(self.results_list.hits):
            if hit.article_id == article_id:
                with self.results_list.prevent(type(self.results_list).OptionHighlighted):
                    self.results_list.highlighted = i
                return

    def action_next_hit(self) -> None:
        """Next search hit (`n`), continuing into the next article of the results."""
        self._step_hit(1)

    def action_prev_hit(self) -> None:
        """Previous search hit (`N`), continuing into the previous result article."""
        self._step_hit(-1)
