"""What `index` and `provenance` print, read as a user reads it (ux27): `index` on a
folder and a missing one said "1 unreadable file (listed on stderr)" where stderr said
"no such file or folder"; `provenance` said "0 quotes and 1 terms"."""

from __future__ import annotations

import shutil

import pytest
from warreader.index.paths import bundled_seeds_dir
from warreader.tui.cli import main


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.delenv("WARREADER_INDEX_DIR", raising=False)


def _two_seeds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(bundled_seeds_dir().glob("00[12]_*.txt")):
        shutil.copy(seed, corpus / seed.name)
    return corpus


def test_index_names_a_missing_folder_as_not_found(capsys, tmp_path):
    corpus, missing = _two_seeds(tmp_path), tmp_path / "missing"
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    status = main(["index", str(corpus), str(missing), "--index-dir", str(tmp_path / "ix")])
    out, err = capsys.readouterr()
    assert status == 2
    held = out.splitlines()[0]
    assert held.endswith(", 1 unreadable file, 1 path not found (listed on stderr)"), held
    assert f"skipped {missing}: no such file or folder" in err


def test_index_counts_unreadable_files_alone(capsys, tmp_path):
    corpus = _two_seeds(tmp_path)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    assert main(["index", str(corpus), "--index-dir", str(tmp_path / "ix")]) == 0
    held = capsys.readouterr().out.splitlines()[0]
    assert held.endswith(", 1 unreadable file (listed on stderr)"), held


def test_provenance_says_one_term_in_the_singular(capsys, tmp_path):
    corpus = _two_seeds(tmp_path)  # seeds 001 and 002 share the term "false flag" alone
    assert main(["provenance", str(corpus), "--index-dir", str(tmp_path / "ix")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("0 quotes and 1 quoted term appear in 2 or more articles"), first
