"""bench/transfer_pages.py: each page-layout variant writes what its docstring says and
moves nothing else; the gold's offsets land on the same words (invented text only)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import transfer_pages  # noqa: E402, F401  (registers the page variants)
from transfer_edits import VARIANTS, apply_edits  # noqa: E402

TEXT = (
    "Harbour plan approved at last\n\n"
    "Mr. Pell said: \u201cIt is late. We know that.\n\n"
    "\u201cBut it will be built.\u201d He left. Dr. Kell said the U.S. firm paid.\n\n"
    'Ann Kell added: "We waited. Long.\n\n'
    '"And we won." Then she went home.\n\n'
    'The pier, "a \u201cnew\u201d start. Really," opens in May. Hale v. Pike goes on.\n'
)
OTHER = "Ferry fares to rise in spring\n\nThe council met."


def _run(name: str, text: str = TEXT, seed: int = 7) -> tuple[str, object]:
    variant = VARIANTS[name]([], {"a": text, "b": OTHER}, seed)
    return apply_edits(text, variant.edits(text))


def _moved(name: str, words: str, seed: int = 7) -> str:
    out, where = _run(name, seed=seed)
    start = TEXT.index(words)
    return out[where(start) : where(start + len(words), end=True)]


def test_para_close_closes_each_paragraph_of_a_running_quotation():
    out, _ = _run("para-close")
    assert "We know that.\u201d\n\n\u201cBut it" in out
    assert 'Long."\n\n"And we won."' in out
    assert out.count("\u201d") == TEXT.count("\u201d") + 1
    assert _moved("para-close", "We know that.") == "We know that."


def test_para_noopen_takes_the_reopening_mark_away():
    out, _ = _run("para-noopen")
    assert "We know that.\n\nBut it will be built.\u201d" in out
    assert 'Long.\n\nAnd we won." Then' in out
    assert _moved("para-noopen", "But it will be built.") == "But it will be built."


def test_para_split_breaks_sentences_outside_quotations_only():
    out, _ = _run("para-split")
    assert "built.\u201d\n\nHe left.\n\nDr. Kell said the U.S. firm paid." in out
    assert "It is late. We know that." in out  # inside the running quotation
    assert 'a \u201cnew\u201d start. Really," opens' in out  # a curly pair nested in straight
    assert "Hale v. Pike" in out and "Mr. Pell" in out
    assert _moved("para-split", "He left.") == "He left."


def test_para_merge_never_joins_a_running_quotation():
    outs = [_run("para-merge", seed=s)[0] for s in range(6)]
    assert any(o.count("\n\n") < TEXT.count("\n\n") for o in outs)
    for out in outs:
        assert "We know that.\n\n\u201cBut" in out and 'Long.\n\n"And' in out
        assert out.startswith("Harbour plan approved at last\n\n")


def test_interstitial_lines_stand_between_paragraphs_and_name_another_headline():
    texts = {str(s): _run("interstitial", seed=s)[0] for s in range(12)}
    added = {o for out in texts.values() for o in out.split("\n\n")} - set(TEXT.split("\n\n"))
    assert added and all(
        a in ("Advertisement", "Story continues below", "Sign up for our newsletter")
        or a.endswith(": Ferry fares to rise in spring")
        for a in added
    )
    assert all(o.split("\n\n")[1] == TEXT.split("\n\n")[1] for o in texts.values())
    assert _moved("interstitial", "And we won.", seed=3) == "And we won."


def test_byline_and_time_line_follow_the_headline():
    out, _ = _run("byline")
    parts = out.split("\n\n")
    assert parts[0] == "Harbour plan approved at last" and parts[3] == TEXT.split("\n\n")[1]
    assert parts[1] in transfer_pages.BYLINES and parts[2] in transfer_pages.TIMELINES
    assert _moved("byline", "It is late.") == "It is late."


def test_para_split_never_cuts_at_a_month_a_plural_title_or_a_place_word():
    text = (
        "Vote set\n\nThe vote is set for Feb. 10 in Dover. Sens. Ann Roe and Tom Orr "
        "backed it. He flew to Ft. Worth. It is in Vol. 3 of the report. Then Sept. 9.\n"
    )
    out, _ = _run("para-split", text)
    assert out == (
        "Vote set\n\nThe vote is set for Feb. 10 in Dover.\n\nSens. Ann Roe and Tom Orr "
        "backed it.\n\nHe flew to Ft. Worth.\n\nIt is in Vol. 3 of the report.\n\nThen Sept. 9.\n"
    )


def test_para_split_keeps_glued_and_single_marked_quotations_whole():
    text = (
        "Pier row\n\nTom Orr said:\"We will win. They will lose.\" Then he left.\n\n"
        "Ann Kell said \u2018It is late. We know.\u2019 She went home. Voters' cars don't "
        "'fit. Here.' Dr Kell's 'view. Now' stands. It is done.\n"
    )
    out, _ = _run("para-split", text)
    assert 'said:"We will win. They will lose."\n\nThen he left.' in out
    assert "\u2018It is late. We know.\u2019\n\nShe went home.\n\nVoters'" in out
    assert "'fit. Here.' Dr Kell's 'view. Now' stands.\n\nIt is done." in out
    text = "Pier row\n\nAnna in 't Veld spoke. She left. They sang 'em. It ended.\n"
    assert _run("para-split", text)[0].count("\n\n") == 4  # an elision is no mark
