"""No input makes extraction raise or hang; spans are always valid.

Speed and linear scaling are measured by ``bench/bench_quotes.py``; here we check
behaviour on hostile inputs: random text, articles with marks inserted or deleted at
random, a 5 MB single line, and thousands of marks in a row.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from warreader.index.articles import read_article
from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

from tests.quote_support import article_from_text

MARKS = "\"'“”‘’«»„"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_a1de6b8a233f47ea.txt"


def _check(text: str) -> None:
    article = article_from_text(text)
    quotes = extract_quotes(article)
    previous = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in ("quote", "term")
        assert q.start >= previous
        previous = q.start


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS + "ab .,:\n—HeMrsaid")), max_size=400))
@example("‘H ”‘")  # a closed quote's token took the next span's mark: IndexError once
@example("He said ‘x ”‘ and “y” said Bob.")
def test_random_text_of_marks_and_words(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=600))
def test_random_unicode_text(text):
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_seed_with_marks_inserted_and_deleted(data):
    text = SEED.read_text(encoding="utf-8")
    chars = list(text)
    for _ in range(data.draw(st.integers(0, 12))):
        i = data.draw(st.integers(0, len(chars) - 1))
        if chars[i] in MARKS:
            del chars[i]
        else:
            chars.insert(i, data.draw(st.sampled_from(MARKS)))
    _check("".join(chars))


def test_one_bad_mark_does_not_flip_the_rest_of_the_article():
    text = SEED.read_text(encoding="utf-8")
    clean = {q.text for q in extract_quotes(article_from_text(text))}
    broken = text.replace("Turkish-made drones", "Turkish-made “drones", 1)
    after = {q.text for q in extract_quotes(article_from_text(broken))}
    assert len(clean & after) >= len(clean) - 2


def test_five_megabyte_single_line():
    unit = '"We will not back down," Mr Howard said. The plan was "a disgrace". '
    text = (unit * (5_000_000 // len(unit) + 1))[:5_000_000]
    article = Article("x", "x", "x", paragraphs=[Paragraph(text, 0, len(text))])
    quotes = extract_quotes(article)
    assert len(quotes) > 100_000
    assert all(text[q.start : q.end] == q.text for q in quotes[:1000])
    assert quotes[0].speaker == "Howard"


def test_thousands_of_marks_in_a_row():
    for mark_run in ('"' * 5000, "“" * 5000, "”" * 5000, "'" * 5000, MARKS * 2000):
        _check(f"He said {mark_run} and left.")


def test_the_real_seed_reader_path_has_valid_spans():
    article = read_article(SEED)
    source = SEED.read_text(encoding="utf-8")
    for q in extract_quotes(article):
        assert source[q.start : q.end] == q.text
