"""The on-disk document sets beside the index (issue 15's keystrokes at 100,000 articles):
the same hits with and without them, rebuilt for a new commit, set aside when damaged."""

from __future__ import annotations

import sqlite3

import pytest
from warreader.index.search import doc_bits, doc_cache, searching, store
from warreader.index.search.doc_bits import DocBits
from warreader.index.search.expand import prefix_frequencies

from tests.search_support import open_corpus, small_corpus, write

TYPED = ["mus", "music", "music cha", "music charts", "charts mus", "sales ro", "fans che",
         "music date:2021", "music date:2021-02", "date:2021 cha", "funds fe",
         "kind:quote cou", "said pea", "false fla", "kind:article mus", "kind:quote peac",
         "date:2021 kind:article cha"]


def _prefixes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


KEYSTROKES = [p for q in TYPED for p in _prefixes(q)]


def _articles(folder):
    small_corpus(folder)
    for n in range(4):
        write(folder, f"music{n}.txt", f"Music charts {n}",
              f"Music sales rose {n}; music fans cheered.", "Charts change weekly.",
              date=f"2021-0{n + 1}-1{n}")
    write(folder, "funds.txt", "Mutual funds", "Mutual funds fell in value.", date="2021-05-01")
    for n in range(3):
        write(folder, f"quotes{n}.txt", f"Peace talks {n}",
              f"“Peace needs courage {n},” said Volodymyr Zelenskyy.",
              f"“Music could help {n},” said Sergei Lavrov.", date=f"2021-0{n + 2}-01")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a skipped file
    return folder


def _answers(corpus) -> list:
    out = []
    for text in KEYSTROKES:
        r = corpus.search(text, limit=20, as_you_type=True)
        out.append((text, r.error, r.total, r.exact,
                    [(h.kind, h.article_id, h.quote_text, round(h.score, 6)) for h in r.hits]))
    return out


def _cache_file(corpus):
    return store.live_dir(corpus.index_dir) / doc_cache.NAME


def _rows(path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT count(*) FROM sets").fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def built(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_cache, "MIN_DOCS", 1)  # every set is stored, however small
    folder = _articles(tmp_path / "articles")
    c = open_corpus(folder, tmp_path / "index")
    c.refresh()
    c.close()
    return folder, tmp_path / "index"


def _without_cache(monkeypatch, folder, index):
    with monkeypatch.context() as m:
        m.setattr(doc_cache.DocCache, "for_reader", classmethod(lambda cls, reader: None))
        c = open_corpus(folder, index)
        try:
            return _answers(c)
        finally:
            c.close()


def _with_cache(folder, index):
    c = open_corpus(folder, index)
    try:
        return _answers(c), _cache_file(c)
    finally:
        c.close()


def test_hits_are_the_same_without_the_cache_when_it_is_written_and_when_it_is_read(
        built, monkeypatch):
    folder, index = built
    plain = _without_cache(monkeypatch, folder, index)
    assert not (store.live_dir(index) / doc_cache.NAME).exists()
    assert any(hits for *_, hits in plain)
    writing, path = _with_cache(folder, index)
    assert writing == plain
    assert _rows(path) > 0
    read_from_whoosh = []
    real = DocBits.of.__func__
    monkeypatch.setattr(DocBits, "of", classmethod(
        lambda cls, docs: read_from_whoosh.append(1) or real(cls, docs)))
    reading, _ = _with_cache(folder, index)
    assert reading == plain
    assert read_from_whoosh == []  # every word's and day's set came from the file


def test_a_new_commit_empties_the_cache_so_a_new_article_is_found(built):
    folder, index = built
    before, path = _with_cache(folder, index)
    assert dict((t, hits) for t, _e, _n, _x, hits in before)["charts mus"]
    write(folder, "music9.txt", "Charts and music news", "Music sales charts.",
          date="2021-02-20")
    c = open_corpus(folder, index)
    try:
        c.refresh()
        generation = c._current_searcher().reader().generation()
        titles = {h.title for h in c.search("charts mus", as_you_type=True).hits}
        dated = {h.title for h in c.search("charts date:2021-02", as_you_type=True).hits}
    finally:
        c.close()
    assert "Charts and music news" in titles and "Charts and music news" in dated
    db = sqlite3.connect(_cache_file(c))
    try:
        assert db.execute("SELECT commit_gen FROM stamp").fetchone()[0] == generation
    finally:
        db.close()


def test_a_newer_commits_cache_is_left_alone_by_an_older_reader(built, monkeypatch):
    folder, index = built
    plain = _without_cache(monkeypatch, folder, index)
    _, path = _with_cache(folder, index)
    db = sqlite3.connect(path)
    db.execute("UPDATE stamp SET commit_gen = 1000000")
    db.execute("UPDATE sets SET bits = ?", (doc_cache.zlib.compress(b""),))  # all empty
    db.commit()
    db.close()
    again, _ = _with_cache(folder, index)
    assert again == plain
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT commit_gen FROM stamp").fetchone()[0] == 10**6
    finally:
        db.close()


def _garbage(path):
    path.write_bytes(b"not a database at all" * 100)


def _planted_view(path):
    db = sqlite3.connect(path)
    db.execute("CREATE VIEW v AS SELECT 1")
    db.commit()
    db.close()


def _bad_bitmap(path):
    db = sqlite3.connect(path)
    db.execute("UPDATE sets SET bits = x'00ff00ff'")
    db.commit()
    db.close()


def _too_long(path):
    db = sqlite3.connect(path)
    db.execute("UPDATE sets SET bits = ?", (doc_cache.zlib.compress(b"\xff" * 100_000),))
    db.commit()
    db.close()


def _bomb(path):  # a few KB that would unpack to 50 MB
    db = sqlite3.connect(path)
    db.execute("UPDATE sets SET bits = ?", (doc_cache.zlib.compress(bytes(50_000_000), 9),))
    db.commit()
    db.close()


def _cut_short(path):
    db = sqlite3.connect(path)
    db.execute("UPDATE sets SET bits = ?", (doc_cache.zlib.compress(b"\x01" * 4)[:-3],))
    db.commit()
    db.close()


@pytest.mark.parametrize("damage", [_garbage, _planted_view, _bad_bitmap, _too_long, _bomb,
                                    _cut_short])
def test_a_damaged_cache_file_is_set_aside_and_the_hits_stay_right(built, monkeypatch,
                                                                    damage):
    folder, index = built
    plain = _without_cache(monkeypatch, folder, index)
    _, path = _with_cache(folder, index)
    damage(path)
    again, _ = _with_cache(folder, index)
    assert again == plain
    assert path.with_name(doc_cache.NAME + ".bad").exists()
    third, _ = _with_cache(folder, index)  # and a good file was written again
    assert third == plain
    assert _rows(path) > 0


def test_an_index_folder_that_cannot_be_written_means_no_cache_not_an_error(built, monkeypatch):
    folder, index = built
    plain = _without_cache(monkeypatch, folder, index)

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(doc_cache, "_connect", refuse)
    again, path = _with_cache(folder, index)
    assert again == plain and not path.exists()


def test_doc_bits_behave_as_sets_of_document_numbers():
    a, b = DocBits.of([1, 5, 9, 1000]), DocBits.of({5, 1000, 70000})
    assert list(a) == [1, 5, 9, 1000] and len(a) == 4 and 9 in a and 10 not in a
    assert 10**7 not in a and -1 not in a
    assert list(a | b) == [1, 5, 9, 1000, 70000]
    assert list(a & b) == [5, 1000] and (a & {5, 9, 11}) == {5, 9}
    assert ({5, 9, 11} & a) == {5, 9} and a & frozenset({1}) == frozenset({1})
    assert DocBits.from_bytes(a.to_bytes()) == a == {1, 5, 9, 1000}
    assert not DocBits.of([]) and len(DocBits()) == 0
    assert (a.first(), a.last()) == (1, 1000)
    assert list(doc_bits.union([a, b, DocBits.of([2])])) == [1, 2, 5, 9, 1000, 70000]


def test_a_kind_or_date_query_walks_only_the_partial_words_documents_with_the_same_hits(
        built, monkeypatch):
    folder, index = built
    walked, _ = _with_cache(folder, index)
    assert dict((t, hits) for t, _e, _n, _x, hits in walked)["kind:quote peac"]
    with monkeypatch.context() as m:  # Whoosh's walk: every quote, the filter applied
        m.setattr(searching, "_docs_between", lambda allow: None)
        every, _ = _with_cache(folder, index)
    assert walked == every


def test_prefix_frequencies_summed_per_segment_are_whooshs(built):
    folder, index = built
    write(folder, "later.txt", "Music later", "Music charts cheered mutual fans.",
          date="2021-06-01")
    c = open_corpus(folder, index)
    try:
        c.refresh()
        reader = c._current_searcher().reader()
        assert len(reader.leaf_readers()) >= 2
        for field in ("title", "body", "text", "speaker"):
            for prefix in ("mu", "cha", "che", "z", ""):
                assert prefix_frequencies(reader, field, prefix) == [
                    (info.doc_frequency(), text)
                    for text, info in reader.iter_prefix(field, prefix)]
        assert prefix_frequencies(reader, "body", "mu")
    finally:
        c.close()


def test_a_partial_words_filter_is_stored_whole_and_read_back_with_the_same_hits(
        built, monkeypatch):
    from warreader.index.search import expand

    monkeypatch.setattr(expand, "UNION_WORDS", 2)  # every filter of two words or more
    folder, index = built
    plain = _without_cache(monkeypatch, folder, index)
    writing, path = _with_cache(folder, index)
    assert writing == plain
    db = sqlite3.connect(path)
    try:
        unions = db.execute("SELECT count(*) FROM sets WHERE field = ?",
                            (expand.UNION_FIELD,)).fetchone()[0]
    finally:
        db.close()
    assert unions > 0
    asked = []
    real = doc_cache.DocCache.get_many
    monkeypatch.setattr(doc_cache.DocCache, "get_many",
                        lambda self, field, terms: asked.append(field) or real(self, field, terms))
    reading, _ = _with_cache(folder, index)
    assert reading == plain
    assert expand.UNION_FIELD in asked
