"""Other stories' headlines in a row, or under a "Related:" label, are a links list and
not article text; the article goes on after a list inside it. Every text here was
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.articles import read_article
from warreader.index.articles.lists import headline_like
from warreader.index.quotes import extract_quotes

_BEFORE = [
    "The harbour council approved a new ferry timetable on Tuesday after a long meeting in "
    "which the island's shopkeepers and the ferry company argued over the winter sailings.",
    '"We cannot keep the shops open if the boats stop at six in the evening," said Ann '
    "Bell, who runs the bakery on the quay and chairs the traders' group.",
    "The company said the late sailings had carried fewer than ten people a night last "
    "winter and cost more than the fares brought in.",
]
_LINKS = [
    "Island School Gets New Roof After Storm Damage.",
    "Ferry Company Names New Captain For Winter Route.",
    "Why The Harbour Wall Keeps Cracking Every Spring.",
    "Shopkeepers Plan Protest Over Parking Charges.",
]
_AFTER = [
    "Under the new timetable the last boat will leave the island at eight in the evening "
    "from November to March, two hours later than the company had proposed.",
    '"It is a fair compromise and we will make it work," the company\'s manager, Tom '
    "Reyes, told reporters after the vote.",
]


def _read(tmp_path: Path, blocks: list[str]) -> list[str]:
    path = tmp_path / "ferry.txt"
    path.write_text("\n\n".join(["Harbour council approves new ferry timetable", *blocks])
                    + "\n", encoding="utf-8")
    return [p.text for p in read_article(path).paragraphs]


@pytest.mark.parametrize("label", ['"Related:"', "Related:", "\u201cRelated\u201d", None])
def test_a_links_list_inside_the_article_goes_and_the_article_goes_on(tmp_path, label):
    links = ([label] if label else []) + _LINKS
    assert _read(tmp_path, [*_BEFORE, *links, *_AFTER]) == [*_BEFORE, *_AFTER]


def test_two_links_under_a_label_go_and_at_the_end_too(tmp_path):
    assert _read(tmp_path, [*_BEFORE, *_AFTER, '"Related:"', *_LINKS[:2]]) == [*_BEFORE, *_AFTER]
    assert _read(tmp_path, [*_BEFORE, '"Related:"', *_LINKS[:2], *_AFTER]) == [*_BEFORE, *_AFTER]


def test_the_quotations_after_a_links_list_keep_their_speakers(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("\n\n".join(["Harbour council approves new ferry timetable", *_BEFORE,
                                 '"Related:"', *_LINKS, *_AFTER]), encoding="utf-8")
    quotes = [(q.text[:20], q.speaker) for q in extract_quotes(read_article(path))]
    assert quotes == [("We cannot keep the s", "Ann Bell"), ("It is a fair comprom", "Tom Reyes")]


def test_title_case_sentences_alone_or_as_a_pair_stay(tmp_path):
    """One or two title-case lines without a label are not a list (a subhead, a name)."""
    pair = _LINKS[:2]
    assert _read(tmp_path, [*_BEFORE, *pair, *_AFTER]) == [*_BEFORE, *pair, *_AFTER]


def test_what_reads_as_a_headline():
    assert headline_like("Ferry Company Names New Captain For Winter Route.")
    assert headline_like("Minister: ‘We Will Not Back Down’ On The Harbour Plan")
    assert not headline_like("The company said it would meet the union again on Friday.")
    assert not headline_like("Ann Bell, Tom Reyes, Jo Smith, Sam Lee and Kim Park.")  # names
    assert not headline_like('Reyes Said "We Will Not Sail On These Terms" Today')  # quoted
    assert not headline_like("Ferry Strike")  # too short
