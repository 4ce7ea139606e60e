"""A title-case first line ending in a full stop or a semicolon (as some archives store
titles) is the article's title, not its first paragraph. Text written for this test."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article

_BODY = [
    "The harbour council approved a new ferry timetable on Tuesday after a long meeting in "
    "which the island's shopkeepers and the ferry company argued over the winter sailings.",
    '"We cannot keep the shops open if the boats stop at six in the evening," said Ann '
    "Bell, who runs the bakery on the quay and chairs the traders' group.",
    "Under the new timetable the last boat will leave the island at eight in the evening "
    "from November to March, two hours later than the company had proposed.",
]


def _read(tmp_path: Path, first: str):
    path = tmp_path / "titled.txt"
    path.write_text("\n\n".join([first, *_BODY]) + "\n", encoding="utf-8")
    article = read_article(path)
    return [p.text for p in article.paragraphs], article


def test_a_title_case_first_line_ending_in_a_full_stop_is_the_title(tmp_path):
    for stop in (".", ";"):
        texts, article = _read(tmp_path, f"Harbour Council Approves New Ferry Timetable{stop}")
        assert article.title == "Harbour Council Approves New Ferry Timetable"
        assert not article.title_derived
        assert article.headline is not None
        assert texts == _BODY


def test_a_title_ending_in_a_quotation_keeps_its_marks(tmp_path):
    texts, article = _read(tmp_path, "Bell: ‘We Cannot Keep The Shops Open After Six.’")
    assert article.title == "Bell: ‘We Cannot Keep The Shops Open After Six.’"
    assert texts == _BODY


def test_a_sentence_first_line_stays_the_first_paragraph(tmp_path):
    lead = "The council voted on Tuesday to keep the late ferry running all winter."
    texts, article = _read(tmp_path, lead)
    assert texts == [lead, *_BODY]
    assert article.title_derived
