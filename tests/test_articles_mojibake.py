"""A copyright sign inside a mis-decoded word is no photo credit: the paragraph is
article text and its quotations are found (issue 10, extraction, eighth round). Since
article text is normalised when read (index.articles.normalise), the mis-decoded name
reads as its clean spelling. Text written for this test."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.articles.patterns import CAPTION
from warreader.index.quotes import extract_quotes

# "Pérez" saved as UTF-8, read as Latin-1 and decomposed: "PA\u0303\u00a9rez" ("PÃ©rez").
_MANGLED = "PA\u0303\u00a9rez"


def test_a_copyright_sign_inside_a_mangled_name_keeps_its_paragraph(tmp_path: Path):
    paragraph = (
        f"At the time, as harbour inspector Ana {_MANGLED} Lopez put it in her report, "
        '"apart from some rust on the rails, there was not much to worry about."'
    )
    path = tmp_path / "pier.txt"
    path.write_text(
        "Old pier passes its inspection.\n\n"
        "The old pier at Westhaven passed its yearly inspection on Monday, the council said.\n\n"
        f"{paragraph}\n\n"
        "The pier will stay open to walkers through the winter months, the council added.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert paragraph.replace(_MANGLED, "Pérez") in [p.text for p in article.paragraphs]
    # The rule itself, on a copyright sign no repair removes: no capital after it.
    assert CAPTION.search(paragraph.replace(_MANGLED, "P\u00a9rez")) is None
    assert [q.text for q in extract_quotes(article) if q.kind == "quote"] == [
        "apart from some rust on the rails, there was not much to worry about."
    ]


def test_a_copyright_credit_still_marks_a_caption(tmp_path: Path):
    caption = "The pier at dawn on Monday. \u00a9 Westhaven Photos Ltd"
    path = tmp_path / "pier.txt"
    path.write_text(
        "Old pier passes its inspection.\n\n"
        "The old pier at Westhaven passed its yearly inspection on Monday, the council said.\n\n"
        f"{caption}\n\n"
        "The pier will stay open to walkers through the winter months, the council added.\n",
        encoding="utf-8",
    )
    assert caption not in [p.text for p in read_article(path).paragraphs]
