"""An export of many articles reads the unchanged ones from the index's stored data.

`warreader export --all` (and the reader's export of the corpus, a speaker's or a
search's quotes over many articles) used to read and extract every article again after
the refresh; the articles unchanged since the index read them now come from its stored
data (``Corpus.stored_loads``), with the same output to the byte.
"""

from __future__ import annotations

from pathlib import Path

from warreader.index.annotations.corrections import Correction, CorrectionStore
from warreader.index.corpus import Corpus
from warreader.index.export import gather
from warreader.index.search import engine_stamp
from warreader.tui.cli import main

from tests.test_cli_quotes_fresh import corpus_folder


def _exports(capsys, folder: Path, index_dir: Path) -> dict[str, str]:
    out = {}
    for fmt in ("jsonl", "csv", "md", "txt"):
        for what in (["--all"], ["--speaker", "Kowalczyk"]):
            assert main(["export", *what, str(folder), "--index-dir", str(index_dir),
                         "--format", fmt]) == 0
            out[f"{fmt} {what}"] = capsys.readouterr().out
    return out


def test_an_export_from_stored_data_is_the_same_to_the_byte(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    monkeypatch.setattr(gather, "STORED_FROM", 1)
    with monkeypatch.context() as m:
        m.setattr(Corpus, "stored_loads", lambda self, ids: {})
        loaded = _exports(capsys, folder, index_dir)
    assert "in Officials from both delegations met again in the border town on Thursday " \
        "morning to discuss" in loaded["md ['--all']"]  # a cut title cited whole
    assert "https://example.org/river" in loaded["jsonl ['--all']"]

    def refuse(self, article_id):
        raise AssertionError(f"{article_id} was read and extracted again")

    monkeypatch.setattr(Corpus, "load", refuse)
    assert _exports(capsys, folder, index_dir) == loaded


def test_stored_loads_leaves_out_what_changed(tmp_path):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    corpus = Corpus.open([folder], index_dir, {})
    corpus.refresh()
    ids = {s.path.rsplit("/", 1)[-1]: s.id for s in corpus.summaries()}
    stored = corpus.stored_loads(ids.values())
    assert set(stored) == set(ids.values())
    for name, article_id in ids.items():
        article, quotes = stored[article_id]
        loaded_article, loaded_quotes = corpus.load(article_id)
        assert quotes == loaded_quotes, name
        assert (article.title, article.title_derived, article.url, article.path) == (
            loaded_article.title, loaded_article.title_derived, loaded_article.url,
            loaded_article.path)
    # a file changed since the index read it (no refresh since): loaded, not stored
    with (folder / "world/grain.txt").open("a", encoding="utf-8") as f:
        f.write("\n“Nobody is counting,” said Ines Duarte.\n")
    assert set(corpus.stored_loads(ids.values())) == set(ids.values()) - {ids["grain.txt"]}
    # corrections the index has not taken in yet: nothing from the stored data
    CorrectionStore([folder]).add(Correction("rename", name="Tomas Brandt", to="T. Brandt"))
    corpus.reload_corrections()
    assert corpus.stored_loads(ids.values()) == {}
    corpus.refresh()
    assert set(corpus.stored_loads(ids.values())) == set(ids.values())
    corpus.close()


def test_another_engine_stored_nothing_usable(tmp_path, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    corpus = Corpus.open([folder], index_dir, {})
    corpus.refresh()
    ids = [s.id for s in corpus.summaries()]
    assert corpus.stored_loads(ids)
    monkeypatch.setattr(engine_stamp, "files_key", lambda: "0" * 16)
    monkeypatch.setattr(engine_stamp, "engine_stamp", lambda: "feedfacefeedface")
    assert corpus.stored_loads(ids) == {}
    corpus.close()
