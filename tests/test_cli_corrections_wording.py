"""`warreader corrections` with an index dir chosen says the corrections file is not in
it: corrections are kept per corpus in the user data dir (ux29 #19: the line named the
data dir's file with no word of why, when everything else had been pointed elsewhere)."""

from __future__ import annotations

from pathlib import Path

from warreader.tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_with_an_index_dir_the_line_says_where_corrections_are_kept(capsys, tmp_path,
                                                                      monkeypatch):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.delenv("WARREADER_INDEX_DIR", raising=False)
    monkeypatch.setenv("WARREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the default index dir
    status = main(["corrections", str(SEEDS), "--index-dir", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert status == 0
    assert err.startswith("warreader: no corrections; they are kept per corpus in the user "
                          f"data dir, not in the index dir: {tmp_path / 'data'}"), err
    assert err.rstrip().endswith("corrections.yaml")
    status = main(["corrections", str(SEEDS)])
    err = capsys.readouterr().err
    assert err.startswith(f"warreader: no corrections ({tmp_path / 'data'}"), err
