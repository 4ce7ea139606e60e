"""An article whose text was met before (a wire copy, a story published again) is not
read again by the engine, and still gets its own offsets and the aliases of the call.
Every case is text written for this test."""

from __future__ import annotations

import pytest
from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract
from warreader.index.quotes.extract import extract_quotes

_STORY = (
    'Ada Kell, the harbour master, said the ferry would "run again by May."',
    '"We have waited long enough," she told reporters on Monday.',
    "The council has not said when the pier will reopen.",
)


def _article(shift: int, headline: str | None = None) -> Article:
    """``_STORY`` as the body of a file whose body starts at raw offset ``shift``."""
    paragraphs, at = [], shift
    for text in _STORY:
        paragraphs.append(Paragraph(text, at, at + len(text)))
        at += len(text) + 2
    head = Paragraph(headline, 0, len(headline)) if headline else None
    return Article(id=f"a{shift}", path=f"a{shift}.txt", title="t", paragraphs=paragraphs,
                   headline=head)


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """An empty memo, and a list that grows by one each time the engine reads an article."""
    monkeypatch.setattr(extract, "_SEEN", type(extract._SEEN)())
    monkeypatch.setattr(extract, "_memo", {"held": 0, "on": True})
    calls: list[int] = []
    real = extract._attribute

    def reading(texts: list[str], shift: int):
        calls.append(1)
        return real(texts, shift)

    monkeypatch.setattr(extract, "_attribute", reading)
    return calls


def test_a_copy_is_read_once_and_keeps_its_own_offsets(counted: list[int]) -> None:
    first = extract_quotes(_article(0))
    copy = extract_quotes(_article(500))
    assert len(counted) == 1
    assert [(q.text, q.speaker) for q in first] == [
        ("run again by May.", "Ada Kell"),
        ("We have waited long enough,", "Ada Kell"),
    ]
    assert [(q.text, q.speaker, q.via, q.paragraph) for q in copy] == [
        (q.text, q.speaker, q.via, q.paragraph) for q in first
    ]
    assert [q.start - 500 for q in copy] == [q.start for q in first]
    assert [q.end - 500 for q in copy] == [q.end for q in first]


def test_a_copy_read_from_the_memo_equals_a_fresh_reading(counted: list[int]) -> None:
    extract_quotes(_article(0))
    remembered = extract_quotes(_article(7))
    extract._SEEN.clear()
    assert extract_quotes(_article(7)) == remembered
    assert len(counted) == 2


def test_a_copy_takes_the_aliases_of_its_own_call(counted: list[int]) -> None:
    extract_quotes(_article(0))
    aliased = extract_quotes(_article(0), {"Adaline Kell": ["Ada Kell"]})
    assert len(counted) == 1
    assert {q.speaker for q in aliased} == {"Adaline Kell"}


def test_a_headline_makes_another_text(counted: list[int]) -> None:
    extract_quotes(_article(0))
    headed = extract_quotes(_article(40, headline="Ferry 'to run by May'"))
    assert len(counted) == 2
    assert [q.paragraph for q in headed][0] == -1  # the headline's quoted words


def test_the_memo_forgets_the_least_recently_met(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "_SEEN_MAX", 2)
    for headline in ("One", "Two", "Three"):
        extract_quotes(_article(0, headline=headline))
    assert len(extract._SEEN) == 2
    extract_quotes(_article(0, headline="One"))  # forgotten: read again
    extract_quotes(_article(0, headline="Three"))  # remembered
    assert len(counted) == 4


def test_one_paragraph_holding_the_separator_is_not_taken_for_two(counted: list[int]) -> None:
    extract_quotes(_article(0))
    joined = "\x00".join(_STORY)
    one = Article(id="j", path="j.txt", title="t",
                  paragraphs=[Paragraph(joined, 0, len(joined))])
    quotes = extract_quotes(one)
    assert len(counted) == 2
    assert {q.paragraph for q in quotes} == {0}
    assert all(joined[q.start : q.end] == q.text for q in quotes)


def test_an_article_quoting_more_than_the_bound_is_never_remembered(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "_ONE_MAX", 1)  # the story quotes twice
    extract_quotes(_article(0))
    extract_quotes(_article(0))
    assert len(counted) == 2 and not extract._SEEN


def test_the_memo_is_bounded_by_the_quotations_it_holds(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "_HELD_MAX", 3)  # each reading holds two quotations
    for headline in ("One", "Two", "Three"):
        extract_quotes(_article(0, headline=headline))
    assert len(extract._SEEN) == 1 and extract._memo["held"] == 2
    extract_quotes(_article(0, headline="Three"))  # the one remembered
    extract_quotes(_article(0, headline="One"))  # forgotten: read again
    assert len(counted) == 4


def test_a_tool_that_switches_rules_off_reads_every_time(counted: list[int]) -> None:
    """bench/rule_census.py switches a rule off and reads the same text again: with the
    memo off each reading is the engine's own, never a copy met before."""
    extract.remember_read_texts(False)
    try:
        extract_quotes(_article(0))
        extract_quotes(_article(0))
        assert len(counted) == 2 and not extract._SEEN
    finally:
        extract.remember_read_texts(True)
    extract_quotes(_article(0))
    extract_quotes(_article(0))
    assert len(counted) == 3  # remembered again once turned back on
