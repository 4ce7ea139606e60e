"""The Markdown export counts its quotes as the app does (ux17: `warreader quotes
../shared/corpora/bbc/tech --format md` headed its 1,706 quotes "1706 quotes")."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.export.formats import to_markdown
from warreader.index.export.gather import items_of
from warreader.index.quotes import extract_quotes
from warreader.tui.clipboard import format_citation

SEED = Path(__file__).resolve().parents[1] / "seeds" / "003_eb25a154931aa076.txt"


def test_the_markdown_count_separates_thousands_and_says_1_quote():
    article = read_article(SEED)
    items = items_of(article, extract_quotes(article, {}), [SEED.parent])
    many = items * (1000 // len(items) + 1)
    head = to_markdown(many, format_citation, "All", "speaker", "seeds").splitlines()[2]
    assert head == f"seeds · {len(many):,} quotes" and "," in f"{len(many):,}"
    one = to_markdown(items[:1], format_citation, "One", "speaker", "seeds").splitlines()[2]
    assert one == "seeds · 1 quote"
