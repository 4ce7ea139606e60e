"""`warreader export` and `warreader quotes --format md` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warreader.index.annotations.anchor import QuoteAnchor
from warreader.index.annotations.marks import MarkStore
from warreader.index.articles import read_article
from warreader.index.export.items import FIELDS
from warreader.index.quotes import extract_quotes

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders()


def _mark(corpus: Path, name: str, *texts: str) -> None:
    article = read_article(corpus / name)
    quotes = extract_quotes(article, {})
    store = MarkStore([corpus])
    for text in texts:
        quote = next(q for q in quotes if q.text.startswith(text))
        store.add(QuoteAnchor.of(article, quote, [corpus]))


def test_quotes_format_md_groups_citations_by_speaker_or_article(capsys):
    status, out, _ = run(capsys, "quotes", str(SEEDS), "--format", "md")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "# Quotations in seeds"
    assert "## Dmitry Peskov" in lines and "## Jens Stoltenberg" in lines
    cited = [line for line in lines if line.startswith("- “")]
    assert len(cited) == int(lines[2].split(" · ")[1].split()[0])
    peskov = lines[lines.index("## Dmitry Peskov") + 2]
    assert "” — Dmitry Peskov, Kremlin spokes" in peskov
    status, out, _ = run(capsys, "quotes", str(SEEDS), "--format", "md", "--group", "article")
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert len(headings) == 5  # one per seed article
    assert "## Allies are Ready for a False-Flag from Kremlin to Justify Ukraine Invasion " \
           "(Bulletin News, 2023-03-31)" in headings


def test_export_speaker_as_jsonl_on_stdout(capsys):
    status, out, _ = run(capsys, "export", str(SEEDS), "--speaker", "peskov", "--format", "jsonl")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) >= 4
    assert {r["speaker"] for r in records} == {"Dmitry Peskov"}
    assert {r["article"][:3] for r in records} == {"000", "003"}
    for r in records:
        assert list(r) == list(FIELDS)
        source = (SEEDS / r["article"]).read_text(encoding="utf-8")
        assert source[r["start"]:r["end"]] == r["source_text"]
    assert {r["outlet"] for r in records} == {"Bulletin News", "Stars and Stripes"}


def test_export_query_to_a_file_never_over_one_without_force(capsys, tmp_path):
    target = tmp_path / "out" / "blinken.csv"
    status, out, err = run(capsys, "export", str(SEEDS), "--query", "speaker:blinken",
                           "--format", "csv", "-o", str(target))
    assert status == 0 and out == ""
    first = target.read_text(encoding="utf-8")
    rows = first.splitlines()
    assert rows[0] == ",".join(FIELDS)
    assert len(rows) > 2 and all(",Antony Blinken," in row for row in rows[1:])
    assert f"wrote {len(rows) - 1} quotes to {target}" in err
    target.write_text("mine\n", encoding="utf-8")
    status, _, err = run(capsys, "export", str(SEEDS), "--query", "speaker:blinken",
                         "-o", str(target))
    assert status == 2
    assert "exists; use --force to replace it" in err
    assert target.read_text(encoding="utf-8") == "mine\n"
    status, _, _ = run(capsys, "export", str(SEEDS), "--query", "speaker:blinken",
                       "--format", "csv", "-o", str(target), "--force")
    assert status == 0 and target.read_text(encoding="utf-8") == first


def test_export_marked_reports_marks_whose_words_are_gone(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = corpus / "talks.txt"
    page.write_text("Talks stall\n\n\"We will not give up the port,\" said Anna Berg, a "
                    "minister.\n\n\"Nobody wants this war,\" said Ivo Lind, an envoy.\n",
                    encoding="utf-8")
    status, out, err = run(capsys, "export", str(corpus), "--marked")
    assert (status, out) == (0, "")  # nothing to export is no usage error (ux29 #16)
    assert err == ("warreader: nothing to export: no marked quote found in this corpus "
                   "(m marks one in the reader)\n")
    _mark(corpus, "talks.txt", "We will not", "Nobody wants")
    page.write_text(page.read_text(encoding="utf-8").replace("this war", "this"),
                    encoding="utf-8")
    status, out, err = run(capsys, "export", str(corpus), "--marked", "--format", "md")
    assert status == 0
    assert "1 of 2 marked quotes were not found" in err
    assert out.startswith("# Marked quotes\n")
    assert "- “We will not give up the port” — Anna Berg, minister, in Talks stall" in out
    assert "Nobody" not in out


@pytest.mark.parametrize("argv, message", [
    (["--speaker", "Nobody Atall"], "no quotes by 'Nobody Atall'"),
    (["--query", "speaker:("], "bad query:"),
    (["--all", "--force"], "--force only applies with -o FILE"),
    (["--all", "-o", "/proc/no/such/file.md"], "cannot write /proc/no/such/file.md"),
])
def test_user_errors_exit_2_with_one_line(capsys, argv, message):
    status, out, err = run(capsys, "export", str(SEEDS), *argv)
    assert status == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_export_marked_names_the_mark_key_as_the_config_has_it(capsys, tmp_path,
                                                                monkeypatch):
    config = tmp_path / "config.yaml"
    config.write_text("keys:\n  toggle-mark: asterisk\n", encoding="utf-8")
    monkeypatch.setenv("WARREADER_CONFIG", str(config))
    status, out, err = run(capsys, "export", str(SEEDS), "--marked")
    assert (status, out) == (0, "")
    assert err == ("warreader: nothing to export: no marked quote found in this corpus "
                   "(* marks one in the reader)\n")  # "m" did nothing in that reader


def test_export_marked_names_the_default_key_when_the_remap_is_refused(capsys, tmp_path,
                                                                        monkeypatch):
    """A remap the reader refuses (it exits 2 on it) is never named as the mark key
    (review revU27 U3: "ctrl+nope marks one in the reader")."""
    config = tmp_path / "config.yaml"
    config.write_text("keys:\n  toggle-mark: ctrl+nope\n", encoding="utf-8")
    monkeypatch.setenv("WARREADER_CONFIG", str(config))
    status, out, err = run(capsys, "export", str(SEEDS), "--marked")
    assert (status, out) == (0, "")
    assert err.endswith("(m marks one in the reader)\n"), err


def test_one_of_marked_speaker_query_all_is_required(capsys):
    status, _, err = run(capsys, "export", str(SEEDS))
    assert status == 2
    assert "one of the arguments --marked --speaker --query --all is required" in err


def test_control_characters_never_reach_the_terminal(capsys, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "esc.txt").write_text(
        "Escapes\n\n\"We will \x1b]0;owned\x07 win,\" said Anna Berg, a minister.\n",
        encoding="utf-8")
    for fmt in ("md", "csv", "txt", "jsonl"):
        status, out, _ = run(capsys, "export", str(corpus), "--all", "--format", fmt)
        assert status == 0
        assert "Anna Berg" in out
        assert "\x1b" not in out and "\x07" not in out


def test_a_speaker_may_be_named_by_a_surname_only_they_have(capsys):
    status, out, _ = run(capsys, "export", str(SEEDS), "--speaker", "STOLTENBERG")
    assert status == 0
    assert out.startswith("# Quotes of Jens Stoltenberg\n")


def test_a_surname_two_speakers_share_asks_for_the_whole_name():
    from types import SimpleNamespace

    from warreader.index.export.gather import ExportError, speaker_items

    corpus = SimpleNamespace(
        speakers=lambda: [SimpleNamespace(name="Tony Blair"), SimpleNamespace(name="Cherie Blair"),
                          SimpleNamespace(name="Gordon Brown")],
        quotes_by=lambda name: [])
    with pytest.raises(ExportError, match="'blair' could be Tony Blair, Cherie Blair"):
        speaker_items(corpus, "blair", [SEEDS])


def test_exports_carry_corrections_as_the_corpus_gives_them(capsys, tmp_path):
    import shutil

    from warreader.index.annotations.corrections import Correction, CorrectionStore

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    article = read_article(corpus / "003_eb25a154931aa076.txt")
    quote = next(q for q in extract_quotes(article, {})
                 if q.text.startswith("Unfortunately there’s a difference"))
    CorrectionStore([corpus]).add(Correction(
        "speaker", anchor=QuoteAnchor.of(article, quote, [corpus]), to="Jane Aide", role="aide"))
    status, out, _ = run(capsys, "export", str(corpus), "--speaker", "Jane Aide",
                         "--format", "jsonl")
    assert status == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["text"] == quote.text
    assert (record["speaker"], record["role"], record["via"]) == ("Jane Aide", "aide", "corrected")
    status, out, _ = run(capsys, "quotes", str(corpus), "--format", "md")
    assert "## Jane Aide" in out and "” — Jane Aide, aide, in " in out


@pytest.mark.parametrize(("name", "said"), [
    ("peskof", "no quotes by 'peskof' in this corpus; did you mean Dmitry Peskov? "
               "(warreader speakers lists who is quoted)"),
    ("Antony Blinkin", "no quotes by 'Antony Blinkin' in this corpus; did you mean "
                       "Antony Blinken? (warreader speakers lists who is quoted)"),
    ("Nobody Atall", "no quotes by 'Nobody Atall' in this corpus "
                     "(warreader speakers lists who is quoted)"),
])
def test_a_speaker_not_found_offers_the_nearest_and_how_to_list(capsys, name, said):
    """ux31: `export --speaker fergusen` said only "no quotes by 'fergusen'", where
    `search speaker:fergusen` offers Alex Ferguson."""
    status, out, err = run(capsys, "export", str(SEEDS), "--speaker", name)
    assert (status, out) == (2, "")
    assert err == f"warreader: {said}\n", err


def test_the_markdown_note_names_the_corpus_and_the_day(capsys, tmp_path):
    """Review U11: `warreader export` wrote "exported by warreader · 5 quotes" under the
    title, without the corpus or the day the reader's export dialog names."""
    import time

    corpus = tmp_path / "ukraine-feb"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    before = time.strftime("%Y-%m-%d")
    status, out, err = run(capsys, "export", str(corpus), "--speaker", "peskov")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "# Quotes of Dmitry Peskov"
    assert lines[2] in {f"ukraine-feb · exported by warreader on {day} · 5 quotes"
                        for day in (before, time.strftime("%Y-%m-%d"))}, lines[:3]
    status, out, _ = run(capsys, "export", str(SEEDS), "--all")
    assert out.splitlines()[2].startswith("seeds · exported by warreader on "), out[:200]


def test_dash_for_the_output_means_standard_output(capsys, tmp_path, monkeypatch):
    """Review U12: `-o -` wrote a file named "-" in the working directory."""
    monkeypatch.chdir(tmp_path)
    status, plain, _ = run(capsys, "export", str(SEEDS), "--speaker", "peskov",
                           "--format", "jsonl")
    assert status == 0
    status, out, err = run(capsys, "export", str(SEEDS), "--speaker", "peskov",
                           "--format", "jsonl", "-o", "-")
    assert status == 0, err
    assert out == plain and out.count("\n") >= 4
    assert "wrote" not in err
    assert not (tmp_path / "-").exists()
    status, out, err = run(capsys, "export", str(SEEDS), "--all", "-o", "-", "--force")
    assert status == 2 and err == "warreader: --force only applies with -o FILE\n", err
