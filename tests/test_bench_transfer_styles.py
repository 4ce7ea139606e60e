"""bench/transfer_styles.py and transfer_layout.py: each house-style variant writes what
its docstring says and moves nothing else (invented text only)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import transfer_layout  # noqa: E402, F401  (registers the layout variants)
import transfer_styles  # noqa: E402, F401  (registers the style variants)
from transfer_edits import VARIANTS, apply_edits  # noqa: E402

TEXT = (
    "Harbour plan approved\n\n"
    "Mr Pell said: \u201cIt\u2019s the \u2018big one\u2019 for us.\u201d The plan - the "
    "third - costs \u00a35m.\n\n"
    "Ann Kell has said the pier is late. She added: \u201cWe waited.\u201d\n"
)


def _run(name: str, text: str = TEXT, seed: int = 7) -> tuple[str, object]:
    return apply_edits(text, VARIANTS[name]([], {}, seed).edits(text))


def test_single_quotes_swap_the_primary_and_nested_marks():
    out, _ = _run("single-quotes")
    assert "\u2018It\u2019s the \u201cbig one\u201d for us.\u2019" in out
    assert "\u2018We waited.\u2019" in out


def test_says_keeps_a_participle_after_an_auxiliary():
    out, _ = _run("says")
    assert "Mr Pell says:" in out and "has said the pier" in out and "She adds:" in out


def test_honorific_stops_and_dashes():
    assert "Mr. Pell" in _run("honorific-stops")[0]
    assert "The plan -- the third -- costs" in _run("ascii-dashes")[0]
    assert "The plan\u2014the third\u2014costs" in _run("em-dashes")[0]


def test_layout_variants():
    assert "Mr\u00a0Pell" in _run("nbsp")[0] and "costs\u00a0\u00a35m" in _run("nbsp")[0]
    assert "for us.\u201d  The plan" in _run("double-space")[0]
    assert all(len(line) <= 73 for line in _run("wrap72")[0].splitlines())
    assert "\n\n" not in _run("one-newline")[0]
    assert "\r\n" in _run("crlf")[0]


def test_dateline_goes_before_the_first_paragraph_after_the_headline():
    out, where = _run("dateline")
    lead = out.split("\n\n")[1]
    assert lead.endswith(TEXT.split("\n\n")[1]) and lead != TEXT.split("\n\n")[1]
    start = TEXT.index("big one")
    assert out[where(start) : where(start + 7, end=True)] == "big one"


def test_html_page_keeps_the_gold_offsets_on_the_same_words():
    out, where = _run("html")
    assert out.startswith("<!DOCTYPE html>") and "<h1>Harbour plan approved</h1>" in out
    assert "<p>Ann Kell has said the pier is late." in out
    start = TEXT.index("We waited.")
    assert out[where(start) : where(start + 10, end=True)] == "We waited."
    end = TEXT.index("costs \u00a35m.") + len("costs \u00a35m.")
    assert out[where(end - 3) : where(end, end=True)] == "5m."  # no </p> taken in
