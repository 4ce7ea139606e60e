"""Pages and dumps written for the clean-up tests: a lead, a body, a saved web page."""

from __future__ import annotations

from html import escape
from pathlib import Path

from warreader.index.articles import read_article

LEAD = (
    "The regional council voted on Tuesday evening to reopen the northern rail line, "
    "which has been closed since the floods of last spring washed away two bridges."
)
BODY = [
    "Engineers said the repairs would take at least eighteen months and cost more than "
    "the council had set aside for all of its transport projects this year.",
    "Residents of the valley, who have relied on a replacement bus service ever since, "
    "welcomed the decision but asked for a firm date for the first trains.",
    "The council leader said the timetable would be published once the contracts for "
    "the bridge work had been signed, probably before the end of the summer.",
    "Opposition members argued that the money would be better spent on the roads, "
    "which they said carried far more people than the railway ever had.",
]


def saved_page(tmp_path: Path, title: str, blocks: list[str], name: str = "page.html") -> Path:
    """A saved web page: menu, the article (raw HTML blocks), a footer."""
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} | Valley Courier</title>"
        f"<meta property='og:title' content='{escape(title)}'>"
        "<meta property='og:site_name' content='Valley Courier'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{escape(title)}</h1>{''.join(blocks)}</article>"
        "<footer><p>Copyright 2024 Valley Courier. All rights reserved.</p></footer>"
        "</body></html>"
    )
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def para(text: str) -> str:
    """``text`` as an HTML paragraph (escaped)."""
    return f"<p>{escape(text)}</p>"


def paragraph_texts(path: Path) -> list[str]:
    """The paragraph texts of the article read from ``path``."""
    return [p.text for p in read_article(path).paragraphs]
