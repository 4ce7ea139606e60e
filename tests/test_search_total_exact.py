"""A full search's total counts every match, whatever the page size (ux23: `warreader
search US --limit 1` on the BBC corpus said "1 of 120 hits" for 607 articles, and
"election" 23, 25 or 42 by the limit: Whoosh's matchers, even unoptimized, turned a
union of fields into an intersection once the page was full, and the matches of one
field alone went uncounted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warreader.index.config import load_config
from warreader.index.corpus import Corpus

BBC = Path(__file__).resolve().parents[2] / "shared/corpora/bbc"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two sections of the BBC corpus (1,020 articles), indexed."""
    if not BBC.is_dir():
        pytest.skip("the BBC corpus is not here")
    paths = [BBC / "business", BBC / "sport"]
    opened = Corpus.open(paths, tmp_path_factory.mktemp("ix"), load_config(None).aliases)
    opened.refresh()
    yield opened
    opened.close()


@pytest.mark.parametrize("query", ["US", "election", "coach said"])
@pytest.mark.parametrize("kind", [None, "article", "quote"])
def test_the_total_does_not_depend_on_the_page_size(corpus, query, kind):
    totals = [corpus.search(query, kind=kind, limit=limit).total for limit in (1, 2, 5, 5000)]
    assert totals[-1] > 2 and totals == [totals[-1]] * 4, totals
    every = corpus.search(query, kind=kind, limit=5000)
    assert len(every.hits) == every.total  # the count is of hits that are there
