"""The saved groups, updated article by article, end exactly where grouping the final
corpus afresh ends: the same groups with the same members and speakers, through
additions, changes, removals (groups splitting again) and a speaker whose canonical
name changes when another article goes."""

from __future__ import annotations

import random

import pytest
from warreader.index.config import load_config
from warreader.index.corpus import Corpus
from warreader.index.provenance.corpus_groups import sync
from warreader.index.provenance.model import Member
from warreader.index.provenance.provenance import Provenance

from tests.provenance_support import LINE, write_corpus

SENTENCES = (
    LINE,
    "We see no sign of a pullback of forces on the ground near the eastern border",
    "Grain exports from Odesa resumed this morning under the deal brokered in Istanbul",
    "The sanctions will stay in place until the last soldier has left Ukrainian soil",
    "Nobody in this government has ever said that talks with Moscow are off the table",
    "The shelling of the plant is the most dangerous thing happening in Europe today",
)
SPEAKERS = ("Dmitry Peskov", "Peskov", "Dmytro Kuleba", "Sergey Lavrov", None)


def variant(rng: random.Random) -> tuple[str, str]:
    """(kind, text): a sentence as said, reworded, cut, bridged, short, or a term."""
    words = rng.choice(SENTENCES).split()
    how = rng.choice(("same", "drop", "swap", "cut", "bridge", "short", "term"))
    if how == "drop":
        del words[rng.randrange(len(words))]
    elif how == "swap":
        words[rng.randrange(len(words))] = rng.choice(("sham", "clearly", "never", "truly"))
    elif how == "cut":
        start = rng.randrange(len(words) - 6)
        words = words[start:start + rng.randint(6, 9)]
    elif how == "bridge":
        words = words + rng.choice(SENTENCES).split()
    elif how == "short":
        words = rng.choice((["Absolutely", "not"], ["No", "comment"]))
    elif how == "term":
        return "term", rng.choice(("false flag", "special military operation"))
    return "quote", " ".join(words)


def article(rng: random.Random, aid: str) -> list[Member]:
    out = []
    for n in range(rng.randint(0, 3)):
        kind, text = variant(rng)
        speaker = None if kind == "term" else rng.choice(SPEAKERS)
        out.append(Member(aid, n * 500, n * 500 + len(text), text, speaker, kind,
                          f"{aid}.txt", f"2022-03-{rng.randint(1, 28):02d}", "Outlet"))
    return out


def snapshot(p: Provenance) -> list[tuple]:
    """Every group as its members (key, speaker, text), comparable as a whole."""
    out = []
    for keys in p.partition():
        group = p.group_of(next(iter(keys)))
        out.append(tuple(sorted((m.key, m.speaker or "", m.text) for m in group.members)))
    return sorted(out)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_change_ends_where_grouping_afresh_ends(tmp_path, seed):
    rng = random.Random(seed)
    corpus: dict[str, list[Member]] = {}
    saw_split = False
    for step in range(40):
        what = rng.random()
        if corpus and what < 0.25:
            corpus.pop(rng.choice(sorted(corpus)))
        elif corpus and what < 0.5:
            aid = rng.choice(sorted(corpus))
            corpus[aid] = article(rng, aid)
        else:
            aid = f"art{rng.randrange(100):02d}"
            corpus[aid] = article(rng, aid)
        members = [m for ms in corpus.values() for m in ms]
        saved, report = sync(tmp_path, members)
        afresh = sync(None, members)[0]
        assert snapshot(saved) == snapshot(afresh), f"step {step}"
        saw_split |= len(report.touched) > 1
        saved.close()
        afresh.close()
    assert saw_split  # removals really split groups on the way


def corpus_snapshot(folder, index_dir) -> list[tuple]:
    c = Corpus.open([folder], index_dir, load_config(None).aliases)
    try:
        c.refresh()
        groups = c.provenance()
        assert groups is not None
        return [tuple((key[1:], speaker, text) for key, speaker, text in group)
                for group in snapshot(groups)]  # article ids differ per index: drop them
    finally:
        c.close()


@pytest.mark.parametrize("compared", ["in SQLite", "in Python"])
def test_index_updates_match_a_fresh_index(tmp_path, monkeypatch, compared):
    """Through the real reader and extractor: add, change, remove files, then compare
    with the final folder indexed into a new index (the saved and current states
    compared inside SQLite, or read back and merged, as when that is not possible)."""
    from warreader.index.provenance.sources import StoredSource

    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    from warreader.index.provenance import changes

    if compared == "in Python":
        monkeypatch.setattr(StoredSource, "stored_file", lambda self: None)
    else:  # and never falls back to reading both sides in Python
        monkeypatch.setattr(changes, "_merge_states", None)
    folder = write_corpus(tmp_path / "articles")
    index_dir = tmp_path / "index"
    corpus_snapshot(folder, index_dir)
    (folder / "e_wire.txt").write_text(
        "Wire report\n\nBy Ann Lee for Wire Daily\n\nSunday, February 20, 2022\n\n"
        f"“{LINE} and we see no sign of a pullback of forces on the ground,” Lavrov "
        "said again.\n", encoding="utf-8")
    (folder / "f_post.txt").write_text(
        "Talks stall\n\nBy Kim Roe for Morning Post\n\nMonday, February 21, 2022\n\n"
        "“Nobody has ever said that talks with Moscow are off the table,” said Mr Lavrov.\n",
        encoding="utf-8")
    bridged = corpus_snapshot(folder, index_dir)
    (folder / "b_independent.txt").write_text(
        "Moscow repeats its denial\n\nBy Oleh Marchenko for Kyiv Independent\n\n"
        "Thursday, February 17, 2022\n\n“Grain exports from Odesa resumed this morning "
        "under the deal,” Kremlin spokesman Dmitry Peskov said on Thursday.\n",
        encoding="utf-8")
    corpus_snapshot(folder, index_dir)
    for name in ("e_wire.txt", "d_gazette.txt"):  # the bridge, and Lavrov's full name
        (folder / name).unlink()
    updated = corpus_snapshot(folder, index_dir)
    assert updated == corpus_snapshot(folder, tmp_path / "fresh-index")
    lavrov = [s for group in bridged for _, s, t in group if t.startswith("Nobody")]
    assert lavrov == ["Sergey Lavrov"]  # canonical while the full name was in the corpus...
    lavrov = [s for group in updated for _, s, t in group if t.startswith("Nobody")]
    assert lavrov and lavrov != ["Sergey Lavrov"]  # ...and no longer once it is gone


@pytest.mark.parametrize("compared", ["in SQLite", "in Python"])
def test_a_correction_regroups_its_article_though_the_file_is_unchanged(
        tmp_path, monkeypatch, compared):
    """A speaker corrected in the reader changes the stored quotes, not the file: the
    groups follow (here the Lavrov line stops being credited differently)."""
    from warreader.index.annotations.anchor import QuoteAnchor
    from warreader.index.annotations.corrections import Correction, CorrectionStore
    from warreader.index.provenance.sources import StoredSource

    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    if compared == "in Python":
        monkeypatch.setattr(StoredSource, "stored_file", lambda self: None)
    folder = write_corpus(tmp_path / "articles")
    index_dir = tmp_path / "index"
    before = corpus_snapshot(folder, index_dir)
    assert any(s == "Sergey Lavrov" for group in before for _, s, _ in group)
    c = Corpus.open([folder], index_dir, load_config(None).aliases)
    c.refresh()
    hit = next(h for h in c.search('"Geneva"', limit=5).hits)
    article, quotes = c.load(hit.article_id)
    quote = next(q for q in quotes if q.text.startswith("The claims"))
    c.use_corrections(CorrectionStore([folder]).add(Correction(
        "speaker", anchor=QuoteAnchor.of(article, quote, [folder]), to="Dmitry Peskov",
        role="Kremlin spokesman")))
    c.refresh()
    c.close()
    after = corpus_snapshot(folder, index_dir)
    assert not any(s == "Sergey Lavrov" for group in after for _, s, _ in group)
    assert after == corpus_snapshot(folder, tmp_path / "fresh-index")


def test_a_private_copy_of_the_stored_data_keeps_the_engine_stamp(tmp_path, monkeypatch):
    """Under a read-only index folder the stored data is built into a temporary file
    elsewhere; the articles' signatures still carry the index's engine stamp, so the
    saved groups are kept as they are, not regrouped as if another engine read them."""
    import shutil

    from warreader.index.provenance.sources import StoredSource
    from warreader.index.search.stored import StoredData

    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    folder = write_corpus(tmp_path / "articles")
    corpus_snapshot(folder, tmp_path / "index")
    (stored,) = (tmp_path / "index").rglob("stored-*.sqlite")
    generation = int(stored.stem.split("-")[1])
    in_place = StoredSource(StoredData(stored, generation))._version()
    copy = tmp_path / "elsewhere" / "warreader-stored-1.sqlite"
    copy.parent.mkdir()
    shutil.copy(stored, copy)
    private = StoredSource(StoredData(copy, generation, temporary=True,
                                      folder=stored.parent))._version()
    assert "." in in_place  # schema version and engine stamp
    assert private == in_place
