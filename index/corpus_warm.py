"""The corpus's commonest searches, made before anyone types them (:mod:`index.search.warm`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from warreader.index.search.analysis import AliasTable
    from warreader.index.search.warm import Warmed
    from warreader.index.search.warm_process import WarmingChild


class CorpusWarming:
    """Warming the live commit's searches (a mixin of :class:`index.corpus.Corpus`)."""

    index_dir: Path
    aliases: AliasTable

    def warm_searches(self, seconds: float | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Warmed | None:
        """Make the commonest searches of the live commit before anyone types them
        (:func:`index.search.warm.warm`: the rankings of the commonest words and the
        document sets filters read, in ``seconds`` of CPU at most, stopped once
        ``cancelled()``), in this process, on a reader of its own: safe beside searches
        on this corpus in another thread. Its :class:`index.search.warm.Warmed`; None
        without a usable index."""
        from warreader.index.search.warm_process import warm_live

        return warm_live(self.index_dir, self.aliases.fingerprint(), seconds, cancelled)

    def warming_child(self, seconds: float | None = None) -> WarmingChild:
        """The same warming started in a child process at low priority (the reader's:
        its keystrokes never wait behind it; :mod:`index.search.warm_process`); wait for
        it or stop it with the object returned."""
        from warreader.index.search.warm_process import WarmingChild

        return WarmingChild(self.index_dir, self.aliases.fingerprint(), seconds)
