"""An existing folder with nothing to read leaves the chosen index as it was (review
revU27 U4): with an index dir chosen (``WARREADER_INDEX_DIR``), `warreader index
empty/` (or a broken link, or a folder of other files) removed every article the
index held, as a mistyped folder had. `--allow-empty` asks for it."""

from __future__ import annotations

import json

import pytest

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders()


def _held(capsys, ix) -> int:
    status, out, err = run(capsys, "search", "speaker:stoltenberg", str(SEEDS),
                           "--index-dir", str(ix), "--no-update", "--json")
    assert status == 0, err
    return json.loads(out)["total"]


def _nothing(tmp_path, kind: str):
    if kind == "empty":
        (path := tmp_path / "empty").mkdir()
    elif kind == "link":
        (path := tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    else:
        (path := tmp_path / "pictures").mkdir()
        (path / "a.jpg").write_bytes(b"\xff\xd8")
        (path / ".hidden").mkdir()
        (path / ".hidden" / "b.txt").write_text("Not read: a hidden folder.")
    return path


@pytest.mark.parametrize("kind", ["empty", "link", "other"])
@pytest.mark.parametrize("command", [("index",), ("search", "nato"), ("provenance",),
                                     ("export", "--all")])
def test_nothing_to_read_leaves_the_index_whole(capsys, tmp_path, kind, command):
    ix = tmp_path / "chosen"
    status, _, err = run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    before = _held(capsys, ix)
    assert before > 0
    path = _nothing(tmp_path, kind)
    status, out, err = run(capsys, *command, str(path), "--index-dir", str(ix))
    assert status == 2
    lines = err.splitlines()
    if kind == "link":
        assert lines.pop(0) == (f"warreader: skipped {path}: broken link: "
                                f"{tmp_path / 'nowhere'} does not exist")
    assert lines == [
        f"warreader: no article file in {path}: the index in {ix} (5 articles) was left "
        f"as it was; `warreader index {path} --allow-empty` empties it"], err
    assert _held(capsys, ix) == before  # still there, not emptied


def test_allow_empty_empties_the_index(capsys, tmp_path):
    ix = tmp_path / "chosen"
    run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    empty = _nothing(tmp_path, "empty")
    status, out, err = run(capsys, "index", str(empty), "--index-dir", str(ix),
                           "--allow-empty")
    assert "index: 0 articles" in out, (out, err)
    assert "5 files removed" in out, out


def test_an_empty_folder_with_an_empty_index_is_no_error(capsys, tmp_path):
    empty = _nothing(tmp_path, "empty")
    status, out, err = run(capsys, "index", str(empty), "--index-dir", str(tmp_path / "new"))
    assert "--allow-empty" not in err, err
    assert "index: 0 articles" in out, (out, err)
