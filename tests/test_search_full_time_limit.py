"""Review revU2 finding 5: exact totals score every match of a full search (the CLI,
--json, exports), about twice the CPU, growing with the corpus; under the keystroke's
0.75 s limit a common query ("said OR year OR people": 0.2 s of CPU at 15,000
articles) would be refused as "takes too long" from some 50,000 articles on. A full
search has its own, longer limit; a keystroke keeps the short one."""

from __future__ import annotations

from warreader.index.corpus import Corpus
from warreader.index.search import searching

from tests.tui_support import ALIASES, SEEDS


def test_a_full_search_has_its_own_longer_time_limit(tmp_path, monkeypatch):
    limits: list[float] = []

    class Spy(searching._Bounded):
        def __init__(self, child, timelimit, **kwargs):
            limits.append(timelimit)
            super().__init__(child, timelimit=timelimit, **kwargs)

    monkeypatch.setattr(searching, "_Bounded", Spy)
    monkeypatch.setattr(searching, "TIME_LIMIT", 0.75)
    monkeypatch.setattr(searching, "FULL_TIME_LIMIT", 5.0)
    corpus = Corpus.open([SEEDS], tmp_path / "ix", ALIASES)
    try:
        corpus.refresh()
        full = corpus.search("said OR russia", limit=5)
        assert full.error is None and full.total > 5 and limits and set(limits) == {5.0}
        limits.clear()
        typed = corpus.search("said OR russia", limit=5, as_you_type=True, count=True)
        assert typed.error is None and limits and set(limits) == {0.75}
    finally:
        corpus.close()
