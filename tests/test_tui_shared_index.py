"""An index folder shared by two corpora (``--index-dir``, the config's ``index_dir``):
opening the second never lists the first one's articles as its own, neither from the
cached list (``listing.json`` names the folders it lists) nor from the stored index,
while the files are read."""

from __future__ import annotations

import shutil
import threading
import time

from warreader.index.corpus import Corpus
from warreader.index.search.listing import HEAD, lists_other_folders, read_head, roots_key

from tests.tui_support import ALIASES, INDEX_TIMEOUT, SEEDS, make_app, screen_text, wait_ready

SIZE = (160, 45)
OTHER = {
    "harbour.txt": ("Harbour cranes idle after the strike\n\n"
                    '"We will not load a single ship until the pay offer changes," the dockers\' '
                    "leader Marta Quill told a rally on Monday.\n"),
    "orchard.txt": ("Orchard growers count the frost damage\n\n"
                    '"Half the blossom is gone," said Tomas Reed, who farms apples near the '
                    "river.\n"),
}


async def _until(pilot, condition, what: str) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > INDEX_TIMEOUT:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.05)


def _hold(monkeypatch) -> tuple[threading.Event, list]:
    """Hold the file check and the refresh until the event is set; the list records
    each that started."""
    gate, started = threading.Event(), []
    for name in ("check_files", "refresh"):
        real = getattr(Corpus, name)

        def held(self, *args, _real=real, **kwargs):
            started.append(time.monotonic())
            gate.wait(30)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Corpus, name, held)
    return gate, started


async def test_a_second_corpus_in_the_same_index_folder_never_lists_the_first(
        tmp_path, monkeypatch):
    await _second_corpus(tmp_path, monkeypatch, without_head=False)


async def test_the_same_without_the_cached_list_head(tmp_path, monkeypatch):
    """The head not written (a full disk) or removed: the list itself says whose it is."""
    await _second_corpus(tmp_path, monkeypatch, without_head=True)


async def test_the_same_after_a_search_of_the_second_without_update(tmp_path, monkeypatch):
    """`warreader search ... --no-update` over the second corpus reads the first one's
    index without refreshing it: the list it caches keeps the first corpus's label."""
    await _second_corpus(tmp_path, monkeypatch, without_head=False, searched=True)


async def _second_corpus(tmp_path, monkeypatch, without_head: bool,
                         searched: bool = False) -> None:
    seeds, other = tmp_path / "seeds", tmp_path / "other"
    shutil.copytree(SEEDS, seeds)
    other.mkdir()
    for name, text in OTHER.items():
        (other / name).write_text(text, encoding="utf-8")
    index_dir = tmp_path / "ix"

    first = make_app(index_dir, [seeds])
    async with first.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await _until(pilot, lambda: first.main_screen.report is not None, "the first build")
    # the cached list is the seeds', and says so
    assert read_head(index_dir, ALIASES, [seeds]).total == 5
    assert read_head(index_dir, ALIASES, [other]) is None
    assert lists_other_folders(index_dir, ALIASES, [other])
    assert not lists_other_folders(index_dir, ALIASES, [seeds])
    assert roots_key([seeds, other]) == roots_key([other, seeds / "."])
    if searched:  # what `warreader search --no-update` does: open, search, no refresh
        (index_dir / HEAD).unlink()
        (index_dir / "listing.json").unlink()
        second = Corpus.open([other], index_dir, ALIASES)
        assert second.search("Stoltenberg").hits and second.summaries()
        second.close()
        assert read_head(index_dir, ALIASES, [other]) is None
        # written unlabelled (whose it is was not checked here): never taken as the second's
        assert lists_other_folders(index_dir, ALIASES, [other])
    if without_head:
        (index_dir / HEAD).unlink()
        assert lists_other_folders(index_dir, ALIASES, [other])
        assert not lists_other_folders(index_dir, ALIASES, [seeds])

    gate, started = _hold(monkeypatch)
    app = make_app(index_dir, [other])
    async with app.run_test(size=SIZE) as pilot:
        s = app.main_screen
        await _until(pilot, lambda: started, "the check or the refresh")
        await pilot.pause(0.3)
        assert s.articles.summaries == [] or all(
            str(other) in summary.path for summary in s.articles.summaries)
        assert "False-Flag" not in screen_text(app)  # a seed's title
        gate.set()
        await _until(pilot, lambda: s.report is not None, "the refresh")
        await wait_ready(pilot)
        titles = sorted(summary.title for summary in s.articles.summaries)
        assert titles == ["Harbour cranes idle after the strike",
                          "Orchard growers count the frost damage"]
