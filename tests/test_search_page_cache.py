"""The stored rankings of common queries (issue 15's keystrokes at 100,000 articles):
the same hits, scores and totals with and without them as Whoosh ranks when it scores
every match (a page read, or Whoosh when a filter runs past a page that does not hold
every match), a new commit's searches never answered from an older commit's pages, a
damaged file set aside."""

from __future__ import annotations

import sqlite3
from array import array

import pytest
from warreader.index.search import first_page, page_cache, searching, store

from tests.search_support import open_corpus, small_corpus, write

TYPED = ["music ", "music cha", "music charts", "music fan", "music date:2021",
         "music date:2021-02", "charts mus", "music sales ro", "kind:quote music ",
         "music pea", "said pea", "said ", "music zzz", "sales music"]


def _prefixes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


KEYSTROKES = [p for q in TYPED for p in _prefixes(q)]


def _articles(folder):
    small_corpus(folder)
    for n in range(9):  # "music" in every one, as often as n says: a ranking, with ties
        filler = " ".join(["news"] * (n % 3))
        write(folder, f"music{n}.txt", f"Music story {n % 4}",
              f"Music {'music ' * (n % 3)}sales rose {filler}; fans cheered.",
              "Charts change weekly." if n % 2 else "Prices fell.",
              f"“Music could help {n % 2},” said Sergei Lavrov.",
              date=f"2021-0{n % 4 + 1}-1{n % 9}")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a skipped file
    return folder


def _answers(corpus, keys) -> list:
    out = []
    for text in keys:
        for kind, limit, start in ((None, 4, 0), (None, 2, 1), ("quote", 3, 0)):
            r = corpus.search(text, limit=limit, kind=kind, start=start, as_you_type=True)
            out.append((text, kind, limit, r.error, r.total, r.exact,
                        [(h.kind, h.article_id, h.quote_span, h.score, h.fragment, h.spans)
                         for h in r.hits]))
    return out


@pytest.fixture
def built(tmp_path, monkeypatch):
    monkeypatch.setattr(first_page, "MIN_POSTINGS", 1)  # every scored query is stored
    monkeypatch.setattr(page_cache, "HITS", 5)  # short pages: filters run past them
    folder = _articles(tmp_path / "articles")
    c = open_corpus(folder, tmp_path / "index")
    c.refresh()
    c.close()
    return folder, tmp_path / "index"


def _cache_file(index):
    return store.live_dir(index) / page_cache.NAME


def _pages(path) -> dict[str, tuple[int, int]]:
    db = sqlite3.connect(path)
    try:
        return {key: (complete, len(docs) // 4)
                for key, complete, docs in db.execute("SELECT query, complete, docs FROM pages")}
    finally:
        db.close()


def _search_all(folder, index, cache=True, optimize=False, keys=KEYSTROKES):
    """The answers to every keystroke, and how many came from a stored page. Without the
    cache, ranked as Whoosh ranks when it scores every match (unless ``optimize``)."""
    answered = []
    with pytest.MonkeyPatch.context() as m:
        if not cache:
            m.setattr(page_cache.PageCache, "for_reader", classmethod(lambda cls, reader: None))
            m.setattr(searching, "OPTIMIZE", optimize)
        real = first_page.first_page

        def spy(*args, **kwargs):
            found = real(*args, **kwargs)
            answered.append(found is not None)
            return found

        m.setattr("warreader.index.search.searching.first_page", spy)
        c = open_corpus(folder, index)
        try:
            return _answers(c, keys), sum(answered)
        finally:
            c.close()


def test_hits_scores_and_totals_are_the_same_with_pages_written_read_and_without(built):
    folder, index = built
    plain, used = _search_all(folder, index, cache=False)
    assert used == 0 and not _cache_file(index).exists()
    assert any(hits for *_, hits in plain)
    writing, used_writing = _search_all(folder, index)
    assert writing == plain
    pages = _pages(_cache_file(index))
    assert used_writing > 0 and pages
    assert any(n == page_cache.HITS for _complete, n in pages.values())  # cut short
    assert any(complete for complete, _n in pages.values())  # a query with few matches
    fell_back = len(KEYSTROKES) * 3 - used_writing
    assert fell_back > 0  # a filter ran past a short page: Whoosh ranked it
    reading, used_reading = _search_all(folder, index)
    assert reading == plain
    assert used_reading == used_writing


def test_where_whoosh_pruning_drops_a_hit_the_page_has_it(built):
    """Once its page is full Whoosh drops the sub-queries whose bound (from a shortest
    length kept in one byte) cannot reach it: on this corpus "music sales " to 4 hits
    loses one of the two documents tied first. The stored page, every match scored,
    has both."""
    folder, index = built
    c = open_corpus(folder, index)
    try:
        paged = c.search("music sales ", limit=4, as_you_type=True).hits
        top = max(h.score for h in paged)
        assert [h.score for h in paged][:2] == [top, top]
    finally:
        c.close()
    exact, _ = _search_all(folder, index, cache=False, keys=["music sales "])
    answers = {(text, kind, limit): hits for text, kind, limit, *_, hits in exact}
    assert [(h[1], h[3]) for h in answers[("music sales ", None, 4)]] == \
        [(h.article_id, h.score) for h in paged]


def test_pages_are_read_not_ranked_once_written(built, monkeypatch):
    folder, index = built
    _search_all(folder, index)
    ranked = []
    real = searching._collect
    monkeypatch.setattr(searching, "_collect", lambda *a, **k: ranked.append(a[2]) or real(*a, **k))
    _search_all(folder, index)
    assert ranked and all(n != page_cache.HITS for n in ranked)  # Whoosh: short pages only


def test_a_new_commit_empties_the_pages_so_a_new_article_ranks_first(built):
    folder, index = built
    _search_all(folder, index)
    path = _cache_file(index)
    assert _pages(path)
    write(folder, "music-top.txt", "Music music music",
          "Music music music music music music.", date="2021-02-20")
    c = open_corpus(folder, index)
    try:
        c.refresh()
        generation = c._current_searcher().reader().generation()
        top = c.search("music ", limit=3, as_you_type=True).hits[0].title
        dated = c.search("music date:2021-02", limit=3, as_you_type=True).hits[0].title
    finally:
        c.close()
    assert top == dated == "Music music music"
    path = _cache_file(index)
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT commit_gen FROM stamp").fetchone()[0] == generation
    finally:
        db.close()


def test_an_older_commits_page_is_never_read(built):
    """A page planted under a stale stamp, naming other documents, is emptied unread."""
    folder, index = built
    plain, _ = _search_all(folder, index, cache=False, keys=TYPED)
    _search_all(folder, index, keys=TYPED)
    path = _cache_file(index)
    db = sqlite3.connect(path)
    db.execute("UPDATE stamp SET commit_gen = commit_gen - 1")
    db.execute("UPDATE pages SET docs = ?, scores = ?, complete = 1",
               (array("I", [0]).tobytes(), array("d", [99.0]).tobytes()))
    db.commit()
    db.close()
    again, _ = _search_all(folder, index, keys=TYPED)
    assert again == plain


def _garbage(path):
    path.write_bytes(b"not a database at all" * 100)


def _update(sql, *args):
    def damage(path):
        db = sqlite3.connect(path)
        db.execute(sql, args)
        db.commit()
        db.close()
    damage.__name__ = sql
    return damage


@pytest.mark.parametrize("damage", [
    _garbage,
    _update("CREATE VIEW v AS SELECT 1"),
    _update("UPDATE pages SET docs = x'010203'"),  # not whole document numbers
    _update("UPDATE pages SET scores = ?", array("d", [1.0]).tobytes()),  # unequal lengths
    _update("UPDATE pages SET docs = ?, scores = ?", array("I", [10**6]).tobytes(),
            array("d", [1.0]).tobytes()),  # a document past the index
    _update("UPDATE pages SET docs = ?, scores = ?", array("I", [1]).tobytes(),
            array("d", [float("nan")]).tobytes()),  # a score that is not a number
    _update("UPDATE pages SET docs = ?, scores = ?", array("I", range(30)).tobytes(),
            array("d", [1.0] * 30).tobytes()),  # longer than any page written
    _update("UPDATE pages SET complete = 7"),
])
def test_a_damaged_page_file_is_set_aside_and_the_hits_stay_right(built, damage):
    folder, index = built
    plain, _ = _search_all(folder, index, cache=False, keys=TYPED)
    _search_all(folder, index, keys=TYPED)
    path = _cache_file(index)
    damage(path)
    again, _ = _search_all(folder, index, keys=TYPED)
    assert again == plain
    assert path.with_name(page_cache.NAME + ".bad").exists()
    third, used = _search_all(folder, index, keys=TYPED)  # and a good file was written again
    assert third == plain and used > 0
    assert _pages(path)


def test_page_keys_name_fields_words_and_boosts():
    from whoosh.query import And, NullQuery, Or, Phrase, Prefix, Term

    one = Or([Term("title", "said", boost=3.0), Term("body", "said")])
    assert first_page.page_key(one) == first_page.page_key(
        Or([Term("title", "said", boost=3.0), Term("body", "said")]))
    others = [Or([Term("title", "said", boost=2.0), Term("body", "said")]),
              Or([Term("title", "said", boost=3.0), Term("text", "said")]),
              And([Term("title", "said", boost=3.0), Term("body", "said")]),
              Or([Term("title", "said", boost=3.0), Phrase("body", ["said"])]),
              Or([Term("title", "said", boost=3.0), NullQuery, Term("body", "said")])]
    keys = {first_page.page_key(q) for q in [one, *others]}
    assert len(keys) == 6 and None not in keys
    assert first_page.page_key(Or([Term("body", "a"), Prefix("body", "b")])) is None
    from whoosh.query.spans import SpanNear2

    span = SpanNear2([Term("body", "world"), Or([Term("body", "cup"), Term("body", "cups")])])
    spans = {first_page.page_key(q) for q in [
        span, SpanNear2([Term("body", "world"), Term("body", "cup")]),
        SpanNear2(span.qs, slop=2), Phrase("body", ["world", "cup"])]}
    assert len(spans) == 4 and None not in spans
    assert first_page.page_key(SpanNear2([Term("body", "a"), Prefix("body", "b")])) is None
    from warreader.index.search.phrase_prefix import PhrasePrefix

    # the boosted span of a phrase being typed: its boost is part of its ranking's name
    boosted = {first_page.page_key(PhrasePrefix(span.qs, boost=b)) for b in (1.0, 3.0, 2.0)}
    assert len(boosted) == 3 and None not in boosted
    assert first_page.page_key(PhrasePrefix(span.qs)) == first_page.page_key(span)


def test_a_page_file_that_cannot_be_written_leaves_the_keystrokes_to_whoosh(built, monkeypatch):
    """Else each keystroke would rank every match of its query again."""
    folder, index = built
    plain, _ = _search_all(folder, index, cache=False, optimize=True, keys=TYPED)
    def refuse(self, key, page):
        self.writable = False  # what a read-only folder or a full file leads to

    monkeypatch.setattr(page_cache.PageCache, "put", refuse)
    ranked = []
    collect = searching._collect
    monkeypatch.setattr(searching, "_collect",
                        lambda *a, **k: ranked.append(k.get("exact", False)) or collect(*a, **k))
    again, used = _search_all(folder, index, keys=TYPED)
    assert used == 1 and ranked.count(True) == 1  # the first page ranked and used, alone
    assert again[1:] == plain[1:]  # the rest: Whoosh, as without pages


def test_a_phrase_being_typed_is_stored_and_read_as_a_whole_phrase_is(built, monkeypatch):
    """'"music sal' is searched as a span query (the phrase's whole words, then a word
    'sal' begins): its ranking was never stored, so every later process of the commit
    ranked it again (at 100,000 articles '"world cup' took 0.3 s of CPU each time,
    where the whole phrase, stored, took 3-9 ms). The same answers written, read and
    without pages; read, Whoosh ranks nothing."""
    folder, index = built
    keys = ['"music sal', '"music cou']  # "music sales rose", "music could help"
    plain, _ = _search_all(folder, index, cache=False, keys=keys)
    assert all(hits for text, kind, *_, hits in plain if kind is None or "cou" in text)
    writing, used_writing = _search_all(folder, index, keys=keys)
    assert writing == plain and used_writing > 0
    spans = [key for key in _pages(_cache_file(index)) if "S(" in key]
    assert len(spans) == 2 and all("'music'" in key for key in spans)
    ranked = []
    real = searching._collect
    monkeypatch.setattr(searching, "_collect", lambda *a, **k: ranked.append(a[2]) or real(*a, **k))
    reading, used_reading = _search_all(folder, index, keys=keys)
    assert reading == plain and used_reading == used_writing
    assert all(n != page_cache.HITS for n in ranked)  # Whoosh: short pages only
