"""A label a page puts between paragraphs ("Advertisement", "Story continues below") is
chrome, but the article goes on after it: the short paragraphs that follow are kept
(before, everything after the label was dropped when none of it was eight words long)."""

from __future__ import annotations

import pytest
from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes

HEAD = (
    "Mayor faces council over fares\n\n"
    "The mayor met the council on Monday in the town hall to discuss the budget for next year.\n\n"
    '"Will you cut the fares?" a councillor asked.\n\n'
)
TAIL = '"At the right time," Ann Vale said.\n\nThe meeting ended at noon.\n'


@pytest.mark.parametrize(
    "label",
    ["Advertisement", "ADVERTISEMENT", "Story continues below", "Continue reading the main story",
     "Article continues after advertisement"],
)
def test_short_paragraphs_after_an_advertisement_slot_are_kept(tmp_path, label):
    path = tmp_path / "fares.txt"
    path.write_text(f"{HEAD}{label}\n\n{TAIL}", encoding="utf-8")
    article = read_article(path)
    texts = [p.text for p in article.paragraphs]
    assert texts[-2:] == ['"At the right time," Ann Vale said.', "The meeting ended at noon."]
    assert label not in texts
    speakers = {q.text: q.speaker for q in extract_quotes(article)}
    assert speakers["At the right time,"] == "Ann Vale"


def test_the_slot_does_not_keep_other_stories_after_the_article(tmp_path):
    path = tmp_path / "fares.txt"
    path.write_text(
        f"{HEAD}{TAIL}\nAdvertisement\n\nMore stories\n\nBus strike called off in Leeds\n\n"
        "Tram line opens a year late\n\nParking charges to rise\n",
        encoding="utf-8",
    )
    texts = [p.text for p in read_article(path).paragraphs]
    assert texts[-1] == "The meeting ended at noon."
    assert not any("Tram" in t or "Parking" in t for t in texts)
