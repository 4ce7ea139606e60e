"""`warreader DIR` (the reader) on an existing folder with nothing to read leaves the chosen
index as it was (ux34, K2): with an index dir chosen (``WARREADER_INDEX_DIR``), the
reader opened on an empty folder (or a folder of other files) and its first update
removed every article the index held, though `warreader index` refused the same folder.
It now refuses the same way, before it opens, with the same line. A broken link is
refused too, naming where it pointed.

The reader, were it opened, runs headless under Pilot until its index is ready (so the
test sees what it would have done to the index, not a terminal)."""

from __future__ import annotations

import asyncio
import json

import pytest
from warreader.tui.app import WarReaderApp

from tests.cli_support import SEEDS, own_folders, run
from tests.tui_support import wait_ready

_own_folders = own_folders()


def _held(capsys, ix) -> int:
    status, out, err = run(capsys, "search", "speaker:stoltenberg", str(SEEDS),
                           "--index-dir", str(ix), "--no-update", "--json")
    assert status == 0, err
    return json.loads(out)["total"]


@pytest.fixture
def opened(monkeypatch) -> list[WarReaderApp]:
    """The readers the command opened, each run headless under Pilot until ready."""
    apps: list[WarReaderApp] = []

    async def drive(app: WarReaderApp) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_ready(pilot)

    def headless_run(self, **_kwargs):
        apps.append(self)
        asyncio.run(drive(self))

    monkeypatch.setattr(WarReaderApp, "run", headless_run)
    return apps


def _nothing(tmp_path, kind: str):
    if kind == "empty":
        (path := tmp_path / "empty").mkdir()
    else:
        (path := tmp_path / "pictures").mkdir()
        (path / "a.jpg").write_bytes(b"\xff\xd8")
    return path


@pytest.mark.parametrize("kind", ["empty", "other"])
def test_the_reader_on_nothing_to_read_leaves_the_index_whole(capsys, tmp_path, opened,
                                                              kind):
    ix = tmp_path / "chosen"
    status, _, err = run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    before = _held(capsys, ix)
    assert before > 0
    path = _nothing(tmp_path, kind)
    status, out, err = run(capsys, str(path), "--index-dir", str(ix))
    assert not opened  # refused before the reader opened
    assert status == 2
    assert err.splitlines() == [
        f"warreader: no article file in {path}: the index in {ix} (5 articles) was left "
        f"as it was; `warreader index {path} --allow-empty` empties it"], err
    assert _held(capsys, ix) == before  # still there, not emptied


def test_the_reader_on_a_broken_link_names_where_it_pointed(capsys, tmp_path, opened):
    (link := tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    status, _, err = run(capsys, str(link), "--index-dir", str(tmp_path / "chosen"))
    assert not opened
    assert status == 2
    assert err.splitlines() == [
        f"warreader: cannot open {link}: broken link: {tmp_path / 'nowhere'} does not exist"]


def test_the_reader_opens_an_empty_folder_with_an_empty_index(capsys, tmp_path, opened):
    """Nothing to lose: the reader opens (and says the folder holds no article)."""
    empty = _nothing(tmp_path, "empty")
    status, _, err = run(capsys, str(empty), "--index-dir", str(tmp_path / "new"))
    assert status == 0, err
    assert len(opened) == 1


def test_the_reader_opens_a_corpus_with_articles(capsys, tmp_path, opened):
    ix = tmp_path / "chosen"
    status, _, err = run(capsys, str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    assert len(opened) == 1
    assert _held(capsys, ix) > 0


def test_the_reader_walks_a_folder_with_nothing_to_read_once(capsys, tmp_path, opened,
                                                             monkeypatch):
    """Refusing, the reader walked the PATHs twice (its own check, then the shared
    refusal's): a large folder of other files cost two walks (ux35, U4)."""
    from warreader.index.articles import loader

    ix = tmp_path / "chosen"
    status, _, err = run(capsys, "index", str(SEEDS), "--index-dir", str(ix))
    assert status == 0, err
    path = _nothing(tmp_path, "other")
    walked: list[str] = []
    real = loader._folder_has_article

    def counted(folder: str) -> bool:
        walked.append(folder)
        return real(folder)

    monkeypatch.setattr(loader, "_folder_has_article", counted)
    status, _, err = run(capsys, str(path), "--index-dir", str(ix))
    assert status == 2, err
    assert not opened
    assert walked == [str(path)]
