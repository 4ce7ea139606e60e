"""A mistyped corpus folder leaves the chosen index as it was: with an index dir given
(--index-dir, WARREADER_INDEX_DIR), `warreader index /typo` removed every article the
index held ("updated: 0 files read, 1,808 files removed" on the BBC corpus), and so did
`search`, `export` and `provenance`, which update the index first."""

from __future__ import annotations

import json

import pytest

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders()


@pytest.mark.parametrize("command", [("index",), ("search", "nato"), ("provenance",),
                                     ("export", "--all")])
def test_a_missing_folder_leaves_the_index_whole(capsys, tmp_path, command):
    ix = tmp_path / "chosen"
    status, _, err = run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    typo = tmp_path / "seedz"
    status, out, err = run(capsys, *command, str(typo), "--index-dir", str(ix))
    assert status == 2
    assert err.splitlines() == [
        f"warreader: skipped {typo}: no such file or folder",
        f"warreader: no PATH given exists: the index in {ix} was left as it was"], err
    status, out, err = run(capsys, "search", "speaker:stoltenberg", str(SEEDS),
                           "--index-dir", str(ix), "--no-update", "--json")
    assert status == 0, err
    assert json.loads(out)["total"] > 0  # still there, not emptied
    status, out, _ = run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    assert "unchanged: 5 files checked, none read" in out, out
