"""bench/transfer.py: edits move the gold with the text, the name variants rename people
consistently and leave ordinary words alone, and a whole run scores an invented article
the same under every variant when the engine reads it by grammar (invented text only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import transfer  # noqa: E402
import transfer_names  # noqa: E402, F401  (registers the name variants)
import transfer_styles  # noqa: E402, F401  (registers the style variants)
from transfer_edits import VARIANTS, Variant, apply_edits  # noqa: E402

SCORER = REPO.parent / "shared" / "tools" / "attribution_eval.py"
TEXT = (
    "Harbour plan approved\n\n"
    "Council leader Margaret Pell said: \u201cThe harbour will open in May.\u201d\n\n"
    "\u201cWe waited long enough,\u201d she told reporters. Mrs Pell will meet Tom Ashby.\n"
)


def _gold(text: str, quote: str, speaker: str) -> dict:
    start = text.index(quote)
    return {
        "article": "a.txt",
        "start": start,
        "end": start + len(quote),
        "text": quote,
        "kind": "quote",
        "speaker": speaker,
        "aliases": ["Pell"],
        "mention": speaker,
    }


def test_edits_move_offsets_before_inside_and_after() -> None:
    text = "abc said def said ghi"
    new, where = apply_edits(text, [(4, 8, "says"), (13, 17, "declared"), (0, 0, "")])
    assert new == "abc says def declared ghi"
    assert where(0) == 0 and where(3) == 3
    assert new[where(9) : where(12, end=True)] == "def"
    assert new[where(18) : where(21, end=True)] == "ghi"
    # an offset inside an edit lands on the edit's new start, or its new end for an end
    assert where(15) == new.index("declared")
    assert where(15, end=True) == new.index("declared") + len("declared")


def test_overlapping_and_no_op_edits_are_dropped() -> None:
    new, where = apply_edits("one two", [(0, 3, "ONE"), (1, 5, "x"), (4, 7, "two")])
    assert new == "ONE two"
    assert where.edits == [(0, 3, "ONE")]


def test_rewrite_keeps_every_gold_line_on_its_text() -> None:
    gold = {"a.txt": [_gold(TEXT, "The harbour will open in May.", "Margaret Pell")]}
    variant = Variant("upper", lambda t: [(i, i + 7, "HARBOUR") for i in _all(t, "harbour")])
    new_gold, new_texts = transfer.rewrite(gold, {"a.txt": TEXT}, variant)
    line = new_gold["a.txt"][0]
    assert new_texts["a.txt"][line["start"] : line["end"]] == line["text"]
    assert line["text"] == "The HARBOUR will open in May."


def _all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@pytest.mark.parametrize("pool", ["known", "unknown", "world"])
def test_name_variants_rename_people_everywhere_and_nothing_else(pool: str) -> None:
    gold = [_gold(TEXT, "The harbour will open in May.", "Margaret Pell")]
    variant = VARIANTS[f"names-{pool}"](gold, {"a.txt": TEXT}, 3)
    new, _ = apply_edits(TEXT, variant.edits(TEXT))
    rename = variant.rename_in(TEXT)
    speaker = rename("Margaret Pell")
    given, surname = speaker.split()
    assert "Pell" not in new and "Margaret" not in new
    assert f"Council leader {speaker} said" in new and f"Mrs {surname} will" in new
    assert rename("Pell") == surname
    # people no gold line names keep their names; month names are no person's
    assert "Tom Ashby" in new and "open in May." in new
    if pool != "known":
        assert given.lower() not in transfer_names._given_names()


def test_style_variants_change_what_they_say() -> None:
    curly = '"We won," he said.'
    straight, _ = apply_edits(TEXT, VARIANTS["straight-quotes"]([], {}, 1).edits(TEXT))
    assert '"The harbour will open in May."' in straight
    made, _ = apply_edits(curly, VARIANTS["curly-quotes"]([], {}, 1).edits(curly))
    assert made == "\u201cWe won,\u201d he said."
    says, _ = apply_edits(curly, VARIANTS["says"]([], {}, 1).edits(curly))
    assert says == '"We won," he says.'


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repo")
def test_a_run_scores_each_variant_against_the_same_gold(tmp_path: Path) -> None:
    gold = {
        "a.txt": [
            _gold(TEXT, "The harbour will open in May.", "Margaret Pell"),
            _gold(TEXT, "We waited long enough,", "Margaret Pell"),
        ]
    }
    for name in ("none", "names-known", "says"):
        folder = transfer.run_variant(name, gold, {"a.txt": TEXT}, 5, tmp_path)
        lines = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines()]
        assert len(lines) == 2
        fig = transfer.figures(transfer.score(folder))
        assert (fig["ok"], fig["n"]) == ("2", "2"), (name, fig)


def test_the_scorer_sees_windows_line_ends_as_it_reads_them() -> None:
    body = 'Intro.\r\n\r\n"One,\r\ntwo," she said.\r\n'
    start = body.index("One")
    line = {"article": "a.txt", "start": start, "end": start + 10, "text": body[start : start + 10]}
    (seen,) = transfer.scorer_view([line], {"a.txt": body})
    flat = body.replace("\r\n", "\n")
    assert seen["text"] == "One,\ntwo," and flat[seen["start"] : seen["end"]] == seen["text"]
    assert transfer.scorer_view([line], {"a.txt": flat}) == [line]


def test_a_name_word_is_renamed_only_in_the_articles_that_quote_its_person() -> None:
    other = "Talks in Pell ended. Margaret Lowe, a councillor, said: \u201cNothing.\u201d\n"
    gold = [_gold(TEXT, "The harbour will open in May.", "Margaret Pell")]
    texts = {"a.txt": TEXT, "b.txt": other}
    variant = VARIANTS["names-world"](gold, texts, 4)
    assert variant.edits(other) == []
    assert variant.rename_in(other)("Margaret Pell") == "Margaret Pell"
    renamed, _ = apply_edits(TEXT, variant.edits(TEXT))
    assert "Pell" not in renamed and "Ashby" in renamed
