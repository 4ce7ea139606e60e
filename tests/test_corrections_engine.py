"""Corrections: stored readably, applied by the one function everyone calls, kept by the
index across rebuilds and edits, found again after a folder is renamed (only where the
words still match), orphaned rather than dropped, and shared safely between processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warreader.index.annotations.anchor import QuoteAnchor
from warreader.index.annotations.correcting import CorrectionRules, apply_corrections
from warreader.index.annotations.corrections import Correction, CorrectionStore
from warreader.index.annotations.orphans import correction_states
from warreader.index.annotations.store import AnnotationFileDamaged
from warreader.index.articles import read_article
from warreader.index.corpus import Corpus
from warreader.index.quotes import extract_quotes
from warreader.index.search import pipeline
from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = "003_eb25a154931aa076.txt"
PULLBACK = "Unfortunately there’s a difference between what Russia says"

PAIR = """Ceasefire talks resume

"We are ready to talk," Dmitry Peskov told reporters on Monday.

Mr Peskov added: "Nothing has been agreed."

Later a Ukrainian official said the talks were "theatre" and nothing more.
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _corpus_copy(tmp_path: Path, name: str = "corpus") -> Path:
    folder = tmp_path / name
    shutil.copytree(SEEDS, folder)
    return folder


def _open(folder: Path, tmp_path: Path) -> Corpus:
    corpus = Corpus.open([folder], tmp_path / f"ix-{folder.name}", {})
    corpus.refresh()
    return corpus


def _quote(corpus: Corpus, words: str):
    hit = next(h for h in corpus.search(f'"{words}"', limit=5).hits if h.kind == "quote")
    article, quotes = corpus.load(hit.article_id)
    return article, next(q for q in quotes if q.text.startswith(words))


def _reassign(corpus: Corpus, folder: Path, words: str, to: str) -> None:
    article, quote = _quote(corpus, words)
    store = CorrectionStore([folder])
    corpus.use_corrections(store.add(Correction(
        "speaker", anchor=QuoteAnchor.of(article, quote, [folder]), to=to, role="aide")))
    corpus.refresh()


def _speakers_of(corpus: Corpus, query: str) -> list[tuple[str, str]]:
    return [(h.quote_text[:20], h.speaker) for h in corpus.search(query, limit=50).hits]


def test_every_kind_round_trips_through_readable_yaml(tmp_path):
    store = CorrectionStore([tmp_path / "news"])
    anchor = QuoteAnchor("a/b.txt", "We will not sign this,", "said:", "and left")
    made = [Correction("speaker", anchor=anchor, to="Ann Aide", role="press officer"),
            Correction("term", anchor=anchor), Correction("quote", anchor=anchor),
            Correction("rename", name="Dmitri Peskov", to="Dmitry Peskov"),
            Correction("merge", name="Peskov", to="Dmitry Peskov"),
            Correction("split", article="a/b.txt", name="Peskov", to="Vasily Peskov")]
    for c in made:
        store.add(c)
    loaded = store.load()
    assert [(c.kind, c.anchor, c.name, c.to, c.role) for c in loaded] == \
        [(c.kind, c.anchor, c.name, c.to, c.role) for c in made]
    assert all(c.when for c in loaded)
    text = store.path.read_text(encoding="utf-8")
    assert "kind: rename\n  name: Dmitri Peskov\n  to: Dmitry Peskov\n" in text
    assert "text: We will not sign this," in text
    assert store.remove(loaded[0])[0] == loaded[1]
    assert store.remove_at(9) is None and store.remove_at(1) == loaded[1]
    assert not list(store.folder.glob(".*.tmp"))


def test_rename_merge_split_and_terms_apply_in_order(tmp_path):
    path = tmp_path / "news" / "talks.txt"
    path.parent.mkdir()
    path.write_text(PAIR, encoding="utf-8")
    article = read_article(path)
    quotes = extract_quotes(article)
    assert {q.speaker for q in quotes if q.kind == "quote"} >= {"Dmitry Peskov"}
    theatre = next(q for q in quotes if q.text == "theatre")
    roots = [tmp_path / "news"]
    rules = CorrectionRules.of([
        Correction("rename", name="Dmitry Peskov", to="Dmitri Peskov"),
        Correction("merge", name="Dmitri Peskov", to="Kremlin spokesman Peskov"),
        Correction("quote", anchor=QuoteAnchor.of(article, theatre, roots), to="Ann Aide"),
        Correction("split", article="other.txt", name="Ann Aide", to="Nobody"),
    ], roots)
    applied: set[int] = set()
    out = apply_corrections(article, quotes, rules, applied)
    peskov = [q for q in out if q.text.startswith(("We are ready", "Nothing has"))]
    assert {q.speaker for q in peskov} == {"Kremlin spokesman Peskov"}
    assert all(q.via == "corrected" and q.mention is None for q in peskov)
    made = next(q for q in out if q.text == "theatre")
    assert (made.kind, made.speaker, made.via) == ("quote", "Ann Aide", "corrected")
    assert applied == {0, 1, 2}  # the split names another article
    assert quotes[0].speaker == "Dmitry Peskov"  # the engine's list is left as it was


def test_a_correction_survives_a_rebuild_in_the_helper_process_too(tmp_path, monkeypatch):
    folder = _corpus_copy(tmp_path)
    corpus = _open(folder, tmp_path)
    _reassign(corpus, folder, PULLBACK, "Ann Aide")
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(corpus, 'speaker:"ann aide"')
    assert all(s != "Ann Aide" for _, s in _speakers_of(corpus, "speaker:blinken"))
    monkeypatch.setattr(pipeline, "MIN_FILES", 2)  # the helper process parses files 001-004
    monkeypatch.setattr(pipeline, "HELPER_SHARE", 0.99)
    assert folder / ARTICLE in map(Path, pipeline.shares(sorted(map(str, folder.iterdir())))[0])
    monkeypatch.delenv("WARREADER_SERIAL", raising=False)
    monkeypatch.setattr(pipeline, "core_free", lambda: True)  # whatever the load now
    report = corpus.refresh(rebuild=True)
    assert report.rebuilt
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(corpus, 'speaker:"ann aide"')
    assert "Ann Aide" in [s.name for s in corpus.speakers()]
    _, quote = _quote(corpus, PULLBACK)
    assert (quote.speaker, quote.role, quote.via) == ("Ann Aide", "aide", "corrected")


def test_a_correction_survives_an_edit_above_the_quote(tmp_path):
    folder = _corpus_copy(tmp_path)
    corpus = _open(folder, tmp_path)
    _reassign(corpus, folder, PULLBACK, "Ann Aide")
    _, before = _quote(corpus, PULLBACK)
    file = folder / ARTICLE
    title, rest = file.read_text(encoding="utf-8").split("\n", 1)
    file.write_text(f"{title}\n\nAn editor's note added at the top, "
                    f"long enough to move everything.\n{rest}", encoding="utf-8")
    report = corpus.refresh()
    assert report.files_read == 1
    _, after = _quote(corpus, PULLBACK)
    assert after.start > before.start
    assert (after.speaker, after.via) == ("Ann Aide", "corrected")
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(corpus, 'speaker:"ann aide"')
    assert [s.orphaned for s in correction_states(corpus)] == [None]


def test_changed_words_orphan_the_correction_and_it_is_kept(tmp_path, capsys):
    folder = _corpus_copy(tmp_path)
    corpus = _open(folder, tmp_path)
    _reassign(corpus, folder, PULLBACK, "Ann Aide")
    file = folder / ARTICLE
    file.write_text(file.read_text(encoding="utf-8").replace(
        "there’s a difference", "there is a gap"), encoding="utf-8")
    corpus.refresh()
    assert _speakers_of(corpus, 'speaker:"ann aide"') == []
    states = correction_states(corpus)
    assert states[0].orphaned == "the quote's words are no longer in the article"
    assert len(CorrectionStore([folder]).load()) == 1  # never dropped
    status = main(["corrections", str(folder), "--index-dir", str(tmp_path / "ix-corpus")])
    out = capsys.readouterr().out
    assert status == 0 and "1. quote “Unfortunately" in out and "ORPHANED" in out
    status = main(["corrections", str(folder), "--index-dir", str(tmp_path / "ix-corpus"),
                   "--json", "--orphaned"])
    listed = json.loads(capsys.readouterr().out)
    assert [(c["number"], c["kind"], c["to"]) for c in listed] == [(1, "speaker", "Ann Aide")]


def test_a_renamed_folder_finds_its_corrections_only_where_the_words_match(tmp_path):
    folder = _corpus_copy(tmp_path, "old-name")
    corpus = _open(folder, tmp_path)
    _reassign(corpus, folder, PULLBACK, "Ann Aide")
    _reassign(corpus, folder, "The president is continuing", "Bob Aide")
    corpus.close()
    moved = tmp_path / "new-name"
    folder.rename(moved)
    file = moved / ARTICLE
    file.write_text(file.read_text(encoding="utf-8").replace(
        "The president is continuing", "The president keeps on"), encoding="utf-8")
    elsewhere = tmp_path / "unrelated"
    elsewhere.mkdir()
    (elsewhere / "x.txt").write_text(PAIR, encoding="utf-8")
    assert Corpus.open([elsewhere], tmp_path / "ix-x", {}).corrections.corrections == ()
    corpus = _open(moved, tmp_path)
    assert [c.to for c in corpus.corrections.corrections] == ["Ann Aide", "Bob Aide"]
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(corpus, 'speaker:"ann aide"')
    assert _speakers_of(corpus, 'speaker:"bob aide"') == []
    assert [s.orphaned is None for s in correction_states(corpus)] == [True, False]
    old = CorrectionStore([folder])
    assert "adopted_by" in (old.folder / "corpus.yaml").read_text(encoding="utf-8")
    assert old.path.exists()  # the old file is left as it was


def test_a_damaged_corrections_file_is_set_aside_and_reported(tmp_path, capsys):
    folder = _corpus_copy(tmp_path)
    store = CorrectionStore([folder])
    store.folder.mkdir(parents=True)
    store.path.write_text("corrections: [kind: {\n", encoding="utf-8")
    with pytest.raises(AnnotationFileDamaged, match="set aside"):
        store.load()
    store.path.write_text("corrections: [kind: {\n", encoding="utf-8")
    corpus = Corpus.open([folder], tmp_path / "ix", {})
    assert "corrections.yaml is not valid YAML; set aside" in corpus.corrections_problem
    assert list(store.folder.glob("corrections.yaml.damaged-*"))
    corpus.refresh()
    assert corpus.search("speaker:blinken").total > 0  # the corpus works without them
    store.path.write_text("- not a mapping\n", encoding="utf-8")
    status = main(["quotes", str(folder), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert status == 0 and "has no 'corrections:' list; set aside" in captured.err
    assert len(captured.err.splitlines()) == 1


def test_the_cli_applies_corrections_to_quotes_speakers_and_search(tmp_path, capsys):
    folder = _corpus_copy(tmp_path)
    ix = str(tmp_path / "ix-cli")
    assert main(["corrections", str(folder), "--index-dir", ix,
                 "--rename", "Antony Blinken", "Tony Blinken"]) == 0
    capsys.readouterr()
    main(["quotes", str(folder), "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    renamed = [r for r in records if r["speaker"] == "Tony Blinken"]
    assert renamed and all(r["via"] == "corrected" for r in renamed)
    assert not any(r["speaker"] == "Antony Blinken" for r in records)
    main(["speakers", str(folder), "--json"])
    names = [s["name"] for s in json.loads(capsys.readouterr().out)]
    assert "Tony Blinken" in names and "Antony Blinken" not in names
    main(["search", 'speaker:"tony blinken"', str(folder), "--index-dir", ix, "--json"])
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert len(hits) == len(renamed) and {h["speaker"] for h in hits} == {"Tony Blinken"}
    assert main(["corrections", str(folder), "--index-dir", ix, "--remove", "1"]) == 0
    assert "removed 1: speaker Antony Blinken renamed" in capsys.readouterr().out
    main(["search", 'speaker:"tony blinken"', str(folder), "--index-dir", ix, "--json"])
    assert json.loads(capsys.readouterr().out)["hits"] == []  # the refresh re-read them
    assert main(["corrections", str(folder), "--index-dir", ix, "--remove", "1"]) == 2
    assert "no correction number 1" in capsys.readouterr().err


def test_app_and_cli_writing_at_once_lose_no_correction(tmp_path):
    folder = _corpus_copy(tmp_path)
    env = {**os.environ, "WARREADER_DATA_DIR": str(tmp_path / "data")}
    clis = [subprocess.Popen(
        [sys.executable, "-m", "warreader.tui.cli", "corrections", str(folder),
         "--index-dir", str(tmp_path / "ix"), "--rename", f"Speaker {n}", f"Person {n}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for n in range(4)]
    store = CorrectionStore([folder])  # the app's side, meanwhile
    anchor = QuoteAnchor("003.txt", "words", "", "")
    for n in range(30):
        store.add(Correction("speaker", anchor=anchor, to=f"Reader {n}"))
    for cli in clis:
        assert cli.wait(120) == 0, cli.stderr.read()
    found = store.load()
    assert len(found) == 34
    assert {c.to for c in found} == {f"Reader {n}" for n in range(30)} | \
        {f"Person {n}" for n in range(4)}


def test_a_correction_made_elsewhere_reaches_an_open_corpus_at_its_next_refresh(tmp_path):
    folder = _corpus_copy(tmp_path)
    app_side = _open(folder, tmp_path)
    cli_side = Corpus.open([folder], tmp_path / "ix-corpus", {})  # the same index
    _reassign(cli_side, folder, PULLBACK, "Ann Aide")
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(app_side, 'speaker:"ann aide"')
    app_side.refresh()  # its own refresh neither undoes nor repeats the other's work
    assert (PULLBACK[:20], "Ann Aide") in _speakers_of(app_side, 'speaker:"ann aide"')
    _, quote = _quote(app_side, PULLBACK)
    assert quote.speaker == "Ann Aide"
    assert app_side.refresh().files_read == 0
