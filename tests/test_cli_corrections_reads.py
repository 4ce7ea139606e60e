"""`warreader corrections` only reads: with `--index-dir DIR` it built or updated an
index in DIR just to list the corrections (ux31 #9, slow on a fresh folder at BBC
size). Renames and merges are still checked against the speakers quoted in the files."""

from __future__ import annotations

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders()


def test_listing_corrections_writes_no_index(capsys, tmp_path):
    ix = tmp_path / "chosen-ix"
    status, out, _ = run(capsys, "corrections", str(SEEDS), "--rename", "Joe Biden",
                         "President Biden")
    assert status == 0, out
    run(capsys, "corrections", str(SEEDS), "--merge", "Nobody Quoted", "No One Either")
    status, out, err = run(capsys, "corrections", str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "  1. speaker Joe Biden renamed President Biden", out
    assert lines[1].endswith("ORPHANED: neither Nobody Quoted nor No One Either is quoted "
                             "in the corpus"), out
    assert not ix.exists(), sorted(p.name for p in ix.iterdir())
    assert not (tmp_path / "ix").exists()  # nor the index dir of the environment


def test_a_missing_folder_is_still_said(capsys, tmp_path):
    status, _, err = run(capsys, "corrections", str(tmp_path / "gone"))
    assert status == 2
    assert f"skipped {tmp_path / 'gone'}: no such file or folder" in err, err
