"""Cheap tests before costly patterns (index/articles/patterns.py): each answers exactly
what the pattern alone answers, for every text, only sooner."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warreader.index.articles import patterns as P
from warreader.index.articles.segment import Unit, split_units


def test_the_letters_ignorecase_folds_to_ascii_are_all_listed():
    # may_hold lowers a text to look for ASCII words: only these letters match an ASCII
    # letter under re.IGNORECASE without lowering to one
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1)
               if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))}
    assert folding == set(P.FOLDS_TO_ASCII)


_PIECES = ["Photo", "PHOTO by", "photo:", "image caption", "Image credit", "Getty Images",
           "AP Photo", "shutterstock", "Alamy stock", "© Jo Bloggs", "credit: Ann", "REUTERS/A",
           "AFP/Getty", "file photo", "In this 2019 photo", "sign up", "SUBSCRIBE", "newsletters",
           "your inbox", "no spam", "opt-in", "alerts", "delivered daily", "activation link",
           "we'll send you an email", "more stories like this", "top stories from",
           "click here", "12 issues", "for as little as", "contributed to this report",
           "reported from", "Additional reporting by", "(Photo/AFP)", "(Reuters)", "(Jo Lee)",
           "ſign up", "\u212aeep", "ımage", "İmage", "PHOTO", "cred", "photograph by", "/",
           "said the minister", "(", ")", " ", "  ", "\t", "\u00a0", "\n", "x", ".",
           "are registered trademarks of", "ARE TRADEMARKS OF", "trademarks", "tradema\u0280ks",
           "are \u017fome trademarks of", "Acme and Foo", "[VIDEO]", "[ Video ]", "[", "]", "|",
           "Storm hits the coast", "Sign up to", "© 2020"]
_WHOLE_PREFIX = re.compile(f"(?:{P.CHROME_PREFIX.pattern})|(?:{P.TRADEMARKS.pattern})"
                           f"|(?:{P.TAGGED_HEADLINE.pattern})", re.IGNORECASE | re.VERBOSE)
"""The three chrome-prefix patterns as one: what :func:`P.chrome_prefix` must answer."""


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join)
       | st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_each_prefilter_answers_as_its_pattern(text):
    assert bool(P.credit(text)) == bool(P.CREDIT.search(text))
    assert P.caption(text) == bool(P.CAPTION.search(text))
    assert P.contributed(text) == bool(P.CONTRIBUTED.search(text))
    assert P.chrome_prefix(text) == bool(_WHOLE_PREFIX.match(text))
    if P.word_count(text) <= 40:
        assert P.promo(text) == (len(P.PROMO.findall(text)) >= 2)


@pytest.mark.parametrize("text", [
    "Photo by Ann Lee/AFP via Getty Images", "A man walks past (Photo: Reuters)",
    "ſhutterstock", "\u0130MAGE CAPTION Fans at the ground", "Sign up for our newsletter alerts",
    "Jo Bloggs contributed to this report.", "Reporting by Ann Lee; editing by Jo Bloggs",
    "Acme and Acme Plus are registered trademarks of Acme Inc.", "Wildfire spreads north [VIDEO]",
    "Acme are \u017fome TRADEMARKS of Acme", "The fire [LIVE] |",
    "Acme are regi\u017ftered trademark\u017f of Acme",
])
def test_the_prefilters_let_every_match_through(text):
    assert bool(P.credit(text)) == bool(P.CREDIT.search(text))
    assert P.caption(text) == bool(P.CAPTION.search(text))
    assert P.contributed(text) == bool(P.CONTRIBUTED.search(text))
    assert P.promo(text) == (len(P.PROMO.findall(text)) >= 2)
    assert P.chrome_prefix(text) == bool(_WHOLE_PREFIX.match(text))


@pytest.mark.parametrize(("text", "nav"), [
    ("Home News Sport", True), ("home  |  news", True), ("", False), ("Home News World", True),
    ("home news sport business world politics weather home", True),  # eight words
    ("home news sport business world politics weather home news", False),  # nine
    ("Home News Ukraine", False), ("The minister said home news mattered", False),
])
def test_a_navigation_line_is_read_to_its_first_other_word(text, nav):
    words = re.findall(r"[\w&'’-]+", text.casefold())
    assert P.nav_line(text) == nav == (0 < len(words) <= 8 and all(w in P.NAV_WORDS
                                                                       for w in words))


def test_a_unit_counts_its_words_once():
    unit = split_units("One two three.\n\nA second paragraph of six words.\n")[1]
    assert isinstance(unit, Unit) and unit.words == 6 == P.word_count(unit.text)
    assert unit.counted == 6  # kept for the next rule that asks


@pytest.mark.parametrize("text", ["a  b", "a\tb", "a\u00a0b", "a \v b", "plain text", "a\fb"])
def test_tidying_collapses_the_same_white_space(text):
    unit = split_units(f"Title line here.\n\n{text} ends here.\n")[-1]
    assert unit.text == re.sub(r"[ \t\r\f\v\u00a0]+", " ", f"{text} ends here.").strip()


@pytest.mark.parametrize("line", ["plain ascii", "£5 for a cup", "日本語 text", "Ｆｕｌｌ width £",
                                  "", "한국어 문장"])
def test_a_line_s_width_counts_wide_characters_twice(line):
    from warreader.index.articles.segment import _columns

    assert _columns(line) == sum(2 if __import__("unicodedata").east_asian_width(c) in "WF"
                                 else 1 for c in line)


@pytest.mark.parametrize("key", ["", "one two three", "one two three four",
                                 "a b c d e f a b c d", "x  y z w v"])
def test_a_paragraph_s_runs_of_four_words(key):
    from warreader.index.articles.repeats import _grams

    words = key.split()
    assert _grams(words) == {tuple(words[j:j + 4]) for j in range(len(words) - 3)}
