"""A paragraph said again is dropped as a copy unless it reports a quotation again (a
live blog re-reporting an earlier entry, a pull quote): that is article text. Every
text here was written for these tests."""

from __future__ import annotations

from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.articles.repeats import reports_quotation
from warreader.index.quotes import extract_quotes

_EARLY = (
    'Ferry captain Tom Reyes told a meeting at the harbour on Tuesday that the new rota is '
    '"a disgrace," compared to what the crews were promised. "It is not enough," Reyes '
    'said of the offer. "The crews will not sail on these terms and the company knows it."'
)
_AGAIN = (  # the same report in a later entry, in other words around the quotations
    'Ferry captain Tom Reyes is telling a meeting at the harbour that the new rota is '
    '"a disgrace," compared to what the crews were promised last spring. "It is not '
    'enough," Reyes says of the offer. "The crews will not sail on these terms and the '
    'company knows it."'
)
_FACTS = (
    "The union needs a majority of the crews who vote to call a strike, and the ballot "
    "closes at six in the evening."
)
_MANAGER = (
    "The company's manager, Ann Bell, says the offer is the best the firm can make this "
    "winter and that the late sailings lose money every night."
)
_COUNT = (
    "The union will count the strike ballots this afternoon, a spokesman said, and the "
    "result is expected before the evening sailing leaves the quay."
)
_QUAY = (
    "Passengers waiting on the quay were told that the morning boats would run as usual "
    "whatever the result of the vote."
)


def _live_blog(tmp_path: Path, entries: list[list[str]]) -> list[str]:
    blocks = ["The Latest: Ferry strike vote on the island",
              "The Latest on the ferry strike vote on the island (all times local):"]
    for n, entry in enumerate(entries):
        blocks += ["___", f"{4 - n}:10 p.m.", *entry]
    path = tmp_path / "live.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return [p.text for p in read_article(path).paragraphs]


def test_a_live_blog_entry_re_reporting_a_quotation_is_kept(tmp_path: Path):
    texts = _live_blog(tmp_path, [[_AGAIN, _FACTS], [_MANAGER, _EARLY], [_COUNT, _QUAY]])
    assert _AGAIN in texts and _EARLY in texts
    path = tmp_path / "live.txt"
    quotes = [(q.text, q.speaker) for q in extract_quotes(read_article(path))]
    assert quotes.count(("It is not enough,", "Tom Reyes")) == 2


def test_a_quotation_paragraph_said_twice_word_for_word_is_kept_twice(tmp_path: Path):
    texts = _live_blog(tmp_path, [[_EARLY, _FACTS], [_MANAGER, _EARLY], [_COUNT, _QUAY]])
    assert texts.count(_EARLY) == 2


def test_a_repeat_without_a_quotation_and_repeated_chrome_still_go(tmp_path: Path):
    texts = _live_blog(
        tmp_path,
        [[_FACTS, "Subscribe to our newsletter", _MANAGER],
         [_FACTS, "Subscribe to our newsletter", _COUNT, _QUAY]],
    )
    assert texts.count(_FACTS) == 1
    assert not [t for t in texts if "Subscribe" in t]
    assert _COUNT in texts and _MANAGER in texts


def test_a_copy_of_the_article_with_its_quotations_is_kept_once(tmp_path: Path):
    """Three or more long repeats in a row are a copy of the article (a print version
    below the page), quotations or not."""
    second = ('"We will meet the union again on Thursday," Ann Bell said, adding that the '
              'company had "no wish to see the boats tied up for the winter."')
    article = [_EARLY, _FACTS, second, _MANAGER]
    path = tmp_path / "copy.txt"
    path.write_text("\n\n".join(["Ferry strike vote on the island", *article, *article]),
                    encoding="utf-8")
    assert [p.text for p in read_article(path).paragraphs] == article


def test_what_counts_as_reporting_a_quotation():
    assert reports_quotation('he said: "we will not sail on these terms."')
    assert reports_quotation("« nous ne partirons pas » a-t-il dit")
    assert not reports_quotation('the rota is "a disgrace," he said')  # a term or two words
    assert not reports_quotation("the west suspected a ‘false flag’ operation all along")
    assert not reports_quotation('<span style="display: inline-block; width: 0px;">;')
