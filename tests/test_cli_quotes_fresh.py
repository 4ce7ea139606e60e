"""`warreader quotes` and `speakers` answer from a fresh index with the same bytes.

Reading and extracting every article costs seconds of CPU on a corpus of thousands; when
the corpus's index is up to date (same files, same engine stamp, same corrections), the
commands read its stored data instead (:mod:`index.search.fresh`). These tests run the
real reader and engine on articles written for them and compare the output with and
without an index, and check that a stale index is neither used nor updated.
"""

from __future__ import annotations

import json
from pathlib import Path

from warreader.index.search import engine_stamp
from warreader.index.search.stamps import live_stamp
from warreader.tui.cli import main
from warreader.tui.commands import _corrected

ARTICLES = {
    "world/river.txt": (
        "Talks on the river crossing stall\n\n"
        "URL: https://example.org/river\n\n"
        "“We will not sign anything this week,” said Marta Kowalczyk, the deputy minister.\n\n"
        "Kowalczyk added that the convoy was “delayed but intact”.\n\n"
        "“The bridge must stay open,” she said.\n"),
    "world/grain.txt": (
        "Grain ships leave the port\n\n"
        "“Every ship that leaves feeds a city,” said Tomas Brandt, a port official.\n\n"
        "“Insurance is the real obstacle,” Brandt told reporters on Friday.\n"),
    "local/council.md": (
        "# Council votes on shelters\n\n"
        "“We have room for four hundred families,” said Ms. Kowalczyk.\n\n"
        "The mayor called the plan “a first step”.\n"),
    "local/empty.txt": "",
    "local/untitled.txt": (  # no headline: the title is the lead's, cut; citations cite it whole
        "Officials from both delegations met again in the border town on Thursday morning"
        " to discuss the exchange of prisoners and the reopening of the rail line.\n\n"
        "“We are closer than we were,” said Marta Kowalczyk.\n"),
}


def corpus_folder(root: Path) -> Path:
    """:data:`ARTICLES` written under ``root / "corpus"``."""
    folder = root / "corpus"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _outputs(capsys, folder: Path, index_dir: Path) -> dict[str, tuple[int, str, str]]:
    """stdout, stderr and status of every output form of both commands."""
    runs = {
        "jsonl": ["quotes", "--format", "jsonl"],
        "csv": ["quotes", "--format", "csv"],
        "md": ["quotes", "--format", "md"],
        "md-article": ["quotes", "--format", "md", "--group", "article"],
        "terms": ["quotes", "--format", "jsonl", "--kind", "term"],
        "table": ["quotes", "--format", "table"],
        "speakers-json": ["speakers", "--json"],
        "speakers": ["speakers"],
    }
    out = {}
    for key, argv in runs.items():
        status = main([*argv, str(folder), "--index-dir", str(index_dir)])
        stdout, stderr = capsys.readouterr()
        out[key] = (status, stdout, stderr)
    return out


def _extractions(monkeypatch) -> list[int]:
    """Counts the commands that read and extracted the files themselves."""
    calls: list[int] = []
    real = _corrected.corrected_pairs

    def counted(*args, **kw):
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(_corrected, "corrected_pairs", counted)
    return calls


def test_a_fresh_index_gives_the_same_bytes_without_extracting(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    read = _outputs(capsys, folder, index_dir)
    assert not index_dir.exists()  # no index: none made as a side effect
    records = [json.loads(line) for line in read["jsonl"][1].splitlines()]
    assert {r["speaker"] for r in records if r["kind"] == "quote"} == {
        "Marta Kowalczyk", "Tomas Brandt"}
    assert {r["via"] for r in records if r["kind"] == "quote"} >= {"named", "pronoun"}
    assert {r["url"] for r in records if r["article"].endswith("river.txt")} == {
        "https://example.org/river"}
    assert "skipped" in read["jsonl"][2] and "empty.txt" in read["jsonl"][2]
    assert "in Officials from both delegations met again in the border town on Thursday " \
        "morning to discuss the exchange of prisoners" in read["md"][1]
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setattr(_corrected, "corrected_pairs", _refuse)
        assert _outputs(capsys, folder, index_dir) == read


def _refuse(*_args, **_kw):
    raise AssertionError("the articles were read and extracted again")


def test_a_changed_file_is_read_again_and_the_index_left_alone(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    capsys.readouterr()
    stamp = live_stamp(index_dir)
    with (folder / "world/grain.txt").open("a", encoding="utf-8") as f:
        f.write("\n“Nobody is counting the cost,” said Ines Duarte, an economist.\n")
    calls = _extractions(monkeypatch)
    fresh = _outputs(capsys, folder, index_dir)
    assert calls  # read again, as before
    assert "Ines Duarte" in fresh["jsonl"][1]
    assert fresh == _outputs(capsys, folder, tmp_path / "elsewhere")  # what no index gives
    assert live_stamp(index_dir) == stamp  # not updated as a side effect


def test_a_new_or_removed_file_is_not_answered_from_the_index(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    capsys.readouterr()
    (folder / "world/extra.txt").write_text(
        "Extra\n\n“Rain is coming,” said Ines Duarte.\n", encoding="utf-8")
    calls = _extractions(monkeypatch)
    main(["quotes", str(folder), "--format", "jsonl", "--index-dir", str(index_dir)])
    assert "Rain is coming" in capsys.readouterr().out and len(calls) == 1
    (folder / "world/extra.txt").unlink()
    (folder / "world/river.txt").unlink()
    main(["quotes", str(folder), "--format", "jsonl", "--index-dir", str(index_dir)])
    assert "We will not sign" not in capsys.readouterr().out and len(calls) == 2


def test_another_engine_stamp_reads_the_files(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(engine_stamp, "files_key", lambda: "0" * 16)
    monkeypatch.setattr(engine_stamp, "engine_stamp", lambda: "feedfacefeedface")
    calls = _extractions(monkeypatch)
    main(["speakers", str(folder), "--json", "--index-dir", str(index_dir)])
    assert calls and "Tomas Brandt" in capsys.readouterr().out


def test_a_correction_since_the_index_is_applied(tmp_path, capsys):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    assert main(["corrections", str(folder), "--index-dir", str(tmp_path / "other"),
                 "--rename", "Tomas Brandt", "Tomas Brand"]) == 0
    capsys.readouterr()
    main(["speakers", str(folder), "--json", "--index-dir", str(index_dir)])
    names = {s["name"] for s in json.loads(capsys.readouterr().out)}
    assert "Tomas Brand" in names and "Tomas Brandt" not in names


def test_a_file_named_on_the_command_line_is_read(tmp_path, capsys, monkeypatch):
    folder, index_dir = corpus_folder(tmp_path), tmp_path / "index"
    assert main(["index", str(folder), "--index-dir", str(index_dir)]) == 0
    capsys.readouterr()
    calls = _extractions(monkeypatch)
    main(["quotes", str(folder / "world/grain.txt"), "--format", "jsonl",
          "--index-dir", str(index_dir)])
    assert calls and "Tomas Brandt" in capsys.readouterr().out
