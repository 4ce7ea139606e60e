"""The commonest searches made when a commit is made (issue 15: the first keystrokes
after a commit at 100,000 articles): the rankings and sets made at the commit are what
typing reads (nothing ranked while typing them), with the same hits as without them; a
later commit empties them; a damaged file is set aside; cancelling or running out of
time leaves whole pages only, and the rest is made later."""

from __future__ import annotations

import sqlite3

import pytest
from warreader.index.search import doc_cache, first_page, page_cache, searching, store, warm
from warreader.index.search.query import QueryBuilder

from tests.search_support import open_corpus, scribble_pages, small_corpus, write

TYPED = ["music ", "mus", "musi", "music cha", "music date:2021", "said ", "sai", "said pea",
         "sales mus", "charts", '"music ']


def _articles(folder):
    small_corpus(folder)
    for n in range(9):  # "music" in every one, as often as n says: a ranking, with ties
        write(folder, f"music{n}.txt", f"Music story {n % 4}",
              f"Music {'music ' * (n % 3)}sales rose; fans cheered.",
              "Charts change weekly." if n % 2 else "Prices fell.",
              f"“Music could help {n % 2},” said Sergei Lavrov.",
              date=f"2021-0{n % 4 + 1}-1{n % 9}")
    return folder


@pytest.fixture
def small(monkeypatch):
    """Thresholds of a tiny index: every word is common."""
    monkeypatch.setattr(first_page, "MIN_POSTINGS", 1)
    monkeypatch.setattr(warm, "RANK_POSTINGS", 4)
    monkeypatch.setattr(warm, "WORD_DOCS", 2)
    monkeypatch.setattr(warm, "SET_DOCS", 2)
    monkeypatch.setattr(doc_cache, "MIN_DOCS", 1)
    monkeypatch.setattr(page_cache, "HITS", 5)  # short pages: filters run past them


@pytest.fixture
def built(tmp_path, small):
    folder = _articles(tmp_path / "articles")
    c = open_corpus(folder, tmp_path / "index")
    c.refresh()
    c.close()
    return folder, tmp_path / "index"


def _answers(corpus, keys=TYPED) -> list:
    out = []
    for text in keys:
        for kind, limit in ((None, 4), ("quote", 3)):
            r = corpus.search(text, limit=limit, kind=kind, as_you_type=True)
            out.append((text, kind, r.error, r.total, r.exact,
                        [(h.article_id, h.quote_span, h.score) for h in r.hits]))
    return out


def _typed(folder, index, cache=True):
    """The answers to :data:`TYPED` in a fresh corpus, and the rankings made meanwhile
    (every match scored: what storing a page costs)."""
    ranked: list = []
    with pytest.MonkeyPatch.context() as m:
        if not cache:
            m.setattr(page_cache.PageCache, "for_reader", classmethod(lambda cls, reader: None))
            m.setattr(searching, "OPTIMIZE", False)  # every match scored, as a page is
        real = searching.rank_every
        m.setattr(searching, "rank_every", lambda *a, **k: ranked.append(a[1]) or real(*a, **k))
        c = open_corpus(folder, index)
        try:
            return _answers(c), ranked
        finally:
            c.close()


def _warm(folder, index, **kwargs):
    c = open_corpus(folder, index)
    try:
        return c.warm_searches(**kwargs)
    finally:
        c.close()


def _pages(index) -> dict[str, tuple[bytes, bytes]]:
    db = sqlite3.connect(store.live_dir(index) / page_cache.NAME)
    try:
        return {k: (bytes(d), bytes(s)) for k, d, s in db.execute("SELECT query, docs, scores"
                                                                 " FROM pages")}
    finally:
        db.close()


def test_rankings_made_at_the_commit_are_read_while_typing_with_the_same_hits(built):
    folder, index = built
    plain, _ = _typed(folder, index, cache=False)
    assert any(hits for *_, hits in plain)
    made = _warm(folder, index)
    assert made.stopped is None and made.rankings >= 3 and made.sets > 0 and made.days == 12
    assert warm.DONE in _pages(index)
    answers, ranked = _typed(folder, index)
    assert answers == plain
    assert ranked == []  # every keystroke's ranking was there: none made while typing
    again = _warm(folder, index)  # the same commit: nothing made twice
    assert again.rankings == 0 and again.stopped == "made already for this commit"


def test_the_queries_typing_gives_one_word_share_its_ranking(built):
    """``musi`` (a partial word) and ``music `` (whole) rank the same terms, and so do
    ``music cha`` (its partial word a filter): one page."""
    folder, index = built
    c = open_corpus(folder, index)
    try:
        reader = c._current_searcher().reader()
        builder = QueryBuilder()
        keys = {text: first_page.page_key(first_page.same_ranking(
            builder.build_typing(text, reader, as_you_type=True)[0], reader))
            for text in ("musi", "music", "music ", "music cha", "sai", "said ")}
    finally:
        c.close()
    assert keys["musi"] == keys["music"] == keys["music "] == keys["music cha"]
    assert keys["sai"] == keys["said "]  # here no title, quote or speaker word starts "sai"
    assert keys["music "] != keys["said "] and None not in keys.values()


def test_a_later_commit_empties_them_and_is_warmed_again(built):
    folder, index = built
    _warm(folder, index)
    write(folder, "music-top.txt", "Music music music", "Music music music music music.",
          date="2021-02-20")
    c = open_corpus(folder, index)
    try:
        c.refresh()
        top = c.search("music ", limit=3, as_you_type=True).hits[0].title
    finally:
        c.close()
    assert top == "Music music music"  # not the older commit's page
    assert warm.DONE not in _pages(index)
    made = _warm(folder, index)
    assert made.stopped is None and made.rankings > 0
    plain, _ = _typed(folder, index, cache=False)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked == []


def test_a_damaged_page_file_is_set_aside_and_made_again(built):
    folder, index = built
    plain, _ = _typed(folder, index, cache=False)
    _warm(folder, index)
    path = store.live_dir(index) / page_cache.NAME
    scribble_pages(path)
    made = _warm(folder, index)  # reads the marker page: a document past the index
    assert path.with_name(page_cache.NAME + ".bad").exists()
    assert made.rankings == 0  # the file was set aside under it: made by the next warming
    path.with_name(page_cache.NAME + ".bad").unlink()
    again = _warm(folder, index)
    assert again.rankings > 0 and not path.with_name(page_cache.NAME + ".bad").exists()
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked == []


@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancelling_leaves_whole_pages_and_the_rest_is_made_later(built, after):
    folder, index = built
    full = _warm(folder, index)
    whole = _pages(index)
    for name in (page_cache.NAME, doc_cache.NAME):
        (store.live_dir(index) / name).unlink()
    asked = []

    def cancelled() -> bool:  # true from the ``after``-th question on
        asked.append(1)
        return len(asked) > after

    stopped = _warm(folder, index, cancelled=cancelled)
    assert stopped.stopped == "cancelled" and stopped.rankings < full.rankings
    folder_files = {p.name for p in store.live_dir(index).iterdir()}
    assert not any(name.endswith(("-journal", "-wal")) for name in folder_files)
    kept = _pages(index) if page_cache.NAME in folder_files else {}
    assert warm.DONE not in kept
    assert all(whole[key] == page for key, page in kept.items())  # each page whole
    rest = _warm(folder, index)
    assert rest.stopped is None and rest.rankings == full.rankings - len(kept)
    assert _pages(index) == whole


def test_a_ranking_cancelled_midway_is_not_stored(built, monkeypatch):
    """The next keystroke (the app) or another refresh stops a ranking while it runs."""
    folder, index = built
    state = {"ranking": False}
    real = searching.rank_every

    def ranking(*args, **kwargs):
        state["ranking"] = True
        return real(*args, **kwargs)

    monkeypatch.setattr(searching, "rank_every", ranking)
    made = _warm(folder, index, cancelled=lambda: state["ranking"])
    assert made.stopped == "cancelled" and made.rankings == 0
    assert set(_pages(index)) == set()


def test_out_of_time_stops_it_and_it_is_not_made_again_for_the_commit(built):
    folder, index = built
    made = _warm(folder, index, seconds=0.0)
    assert made.stopped.startswith("out of time") and made.rankings == 0
    assert _warm(folder, index).stopped == "made already for this commit"
    plain, _ = _typed(folder, index, cache=False)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked  # made on demand, as before


def test_warreader_index_warms_its_commit(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    from warreader.tui.cli import main

    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setattr(first_page, "MIN_POSTINGS", 1)
    monkeypatch.setattr(warm, "RANK_POSTINGS", 20)
    monkeypatch.setattr(warm, "WORD_DOCS", 5)
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    index = tmp_path / "index"
    assert main(["index", str(seeds), "--index-dir", str(index)]) == 0
    pages = _pages(index)
    assert warm.DONE in pages and len(pages) > 1
    assert "preparing" not in capsys.readouterr().out  # stdout says what the index holds


def test_warreader_index_warms_before_it_lists_and_groups(tmp_path, monkeypatch):
    """The warming's memory comes right after the commit, where the indexing left room
    for it, rather than on top of what the article list and the grouping leave (issue
    15: the build's peak RSS at 100,000 articles)."""
    from pathlib import Path

    from warreader.index.corpus import Corpus
    from warreader.tui.cli import main

    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    steps: list[str] = []
    for name in ("refresh", "warm_searches", "summaries", "provenance"):
        real = getattr(Corpus, name)
        monkeypatch.setattr(Corpus, name, lambda self, *a, _real=real, _name=name, **k:
                            steps.append(_name) or _real(self, *a, **k))
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    assert main(["index", str(seeds), "--index-dir", str(tmp_path / "index")]) == 0
    assert steps == ["refresh", "warm_searches", "summaries", "provenance"]
    assert warm.DONE in _pages(tmp_path / "index")


def test_it_leaves_room_in_the_page_file_for_pages_made_on_demand(built, monkeypatch):
    """A full page file would leave every page it lacks to Whoosh on every keystroke."""
    folder, index = built
    monkeypatch.setattr(warm, "WARM_BYTES", 1)  # "full" from the start
    made = _warm(folder, index)
    assert made.stopped == "the page file holds 0 MB" and made.rankings == 0
    plain, _ = _typed(folder, index, cache=False)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked  # the others ranked on demand...
    again, ranked_again = _typed(folder, index)
    assert again == plain and not ranked_again  # ...and stored


def test_it_lets_go_of_the_index_pages_it_read_after_every_step(built, monkeypatch):
    """At 100,000 articles the pages of the postings the warming read made its process's
    RSS grow to 842 MB (256 MB when it lets go of them after each step)."""
    from warreader.index.search import segment_files

    folder, index = built
    released: list[int] = []
    real = segment_files.MappedStorage.release_pages
    monkeypatch.setattr(segment_files.MappedStorage, "release_pages",
                        lambda self: released.append(1) or real(self))
    made = _warm(folder, index)
    assert made.stopped is None and made.rankings >= 3
    assert len(released) > made.rankings  # the days, each set chunk, each ranking
    plain, _ = _typed(folder, index, cache=False)
    answers, ranked = _typed(folder, index)
    assert answers == plain and ranked == []  # the pages read again when needed


def test_it_lets_go_of_the_index_pages_every_few_word_sets(built, monkeypatch):
    """At 100,000 articles the postings of the 64 commonest words, read before one
    release, left 133 MB of index pages in the warming's RSS: its peak (253 MB alone)."""
    from warreader.index.search import expand, segment_files

    folder, index = built
    events: list[int] = []  # 0: a release; n: the sets of n words read
    real = segment_files.MappedStorage.release_pages
    monkeypatch.setattr(segment_files.MappedStorage, "release_pages",
                        lambda self: events.append(0) or real(self))
    read_sets = expand.Vocabulary.read_sets
    monkeypatch.setattr(expand.Vocabulary, "read_sets", lambda self, field, words:
                        events.append(len(words)) or read_sets(self, field, words))
    made = _warm(folder, index)
    assert made.stopped is None and max(events) > 0 and sum(events) >= made.sets >= 16
    between, most = 0, 0
    for n in events:
        between = between + n if n else 0
        most = max(most, between)
    assert most <= 8  # the pages of 8 words' postings at most before they are let go of
