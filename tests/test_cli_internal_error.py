"""A bug in a command (any exception the CLI does not expect) prints one line on stderr,
exits with status 1 and saves its traceback in the user cache folder's ``errors``
folder; no traceback reaches the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.tui import cli
from warreader.tui.commands import articles


def _broken(args) -> int:
    raise RuntimeError("stored row 7 \x1b[31mred\x1b[0m is missing")


def test_a_bug_prints_one_line_and_keeps_its_trace(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(articles, "run", _broken)
    assert cli.main(["articles", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("warreader: internal error: RuntimeError: stored row 7")
    assert "\x1b" not in err  # the message is data: no control sequence reaches the terminal
    assert "Traceback" not in err
    (saved,) = (tmp_path / "cache" / "warreader" / "errors").glob("cli-*.txt")
    assert str(saved.name) in lines[0]
    trace = saved.read_text()
    assert trace.startswith("Traceback") and "_broken" in trace and "RuntimeError" in trace
    assert not list(saved.parent.glob("*.tmp"))


def test_an_unwritable_cache_still_gives_one_line(monkeypatch, tmp_path, capsys):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(articles, "run", _broken)
    assert cli.main(["articles", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be saved" in err


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), BrokenPipeError()])
def test_interrupts_and_closed_pipes_keep_their_own_answers(monkeypatch, tmp_path, exc):
    def stop(args):
        raise exc

    monkeypatch.setattr(articles, "run", stop)
    assert cli.main(["articles", str(Path(tmp_path))]) in (130, 0)


def test_two_errors_in_one_second_keep_both_traces(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(articles, "run", _broken)
    assert cli.main(["articles", str(tmp_path)]) == 1
    assert cli.main(["articles", str(tmp_path)]) == 1
    assert len(list((tmp_path / "cache" / "warreader" / "errors").glob("cli-*.txt"))) == 2
