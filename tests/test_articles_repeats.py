"""A paragraph said again is dropped as a copy unless it reports a quotation again (a
live blog re-reporting an earlier entry, a pull quote): that is article text. Every
text here was written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from warreader.index.articles import patterns as P
from warreader.index.articles import read_article
from warreader.index.articles.repeats import (
    COPY_SHARE,
    COPY_WORDS,
    _blocks,
    repeats,
    reports_quotation,
)
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


def _plain_repeats(keys: list[str]) -> set[int]:
    """:func:`repeats` as first written: every paragraph's runs of four made and kept."""
    seen: dict[str, int] = {}
    said: set[tuple[str, ...]] = set()
    grams: list[set[tuple[str, ...]]] = []
    drop: set[int] = set()
    again: set[int] = set()
    for i, key in enumerate(keys):
        words = key.split()
        grams.append(set(zip(words, words[1:], words[2:], words[3:], strict=False)))
        mine = grams[-1]
        copy = len(words) >= COPY_WORDS and len(mine & said) >= COPY_SHARE * len(mine)
        if key in seen or copy:
            drop.add(i)
            one = key in seen or any(
                len(mine & grams[j]) >= COPY_SHARE * len(mine) for j in range(i))
            if one and P.ends_sentence(key) and reports_quotation(key):
                again.add(i)
        seen.setdefault(key, i)
        said |= mine
    return drop - (again - _blocks(keys, drop))


_FEW = ["the", "crews", "will", "not", "sail", "said", '"it', 'enough,"', "reyes", "a", "on",
        "ballot."]  # long paragraphs of these repeat their runs of four
_MANY = _FEW + [f"word{n}" for n in range(60)]  # and of these mostly not


@st.composite
def _paragraphs(draw) -> list[str]:
    """Paragraphs of a few words, some long, some copies or partial copies of earlier
    ones (shuffled, cut, run together), so that every branch of the copy test is met."""
    keys: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        choice = draw(st.integers(0, 3))
        if keys and choice == 0:  # said again
            keys.append(draw(st.sampled_from(keys)))
        elif keys and choice == 1:  # earlier paragraphs run together, perhaps cut
            words = " ".join(draw(st.lists(st.sampled_from(keys), min_size=1, max_size=3)))
            words = words.split()
            cut = draw(st.integers(0, len(words)))
            keys.append(" ".join(words[cut:] + draw(st.lists(st.sampled_from(_MANY),
                                                             max_size=12))))
        else:
            size = draw(st.sampled_from([3, 8, 29, 30, 31, 45]))
            vocabulary = draw(st.sampled_from([_FEW, _MANY]))
            keys.append(" ".join(draw(st.lists(st.sampled_from(vocabulary), min_size=size,
                                                max_size=size))))
    return [k for k in keys if k]


@settings(max_examples=600, deadline=None)
@given(_paragraphs())
def test_repeats_drops_what_the_plain_algorithm_drops(keys):
    # the copy test skips the runs of four of a paragraph whose words show it cannot be
    # a copy: the same paragraphs go as when every run is made
    assert repeats(keys) == _plain_repeats(keys)


def test_a_long_paragraph_mostly_said_before_is_a_copy_and_the_prefilter_lets_it_through():
    first = " ".join(f"w{n}" for n in range(40))
    copy = " ".join(f"w{n}" for n in range(5, 40)) + " new words at the end here"
    assert repeats([first, "a short line", copy]) == {2} == _plain_repeats(
        [first, "a short line", copy])
    assert repeats([first, " ".join(f"v{n}" for n in range(40))]) == set()
