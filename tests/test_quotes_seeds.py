"""The seeds' quotations and speakers, as the quotes issue's "done when" lists them."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from warreader.index.articles import read_article, read_source_text
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.speakers import build_directory

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    """{seed number: (article, quotes, source text)} with corpus-canonical speakers."""
    loaded = {}
    pairs = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path)
        quotes = extract_quotes(article)
        pairs.append((article, quotes))
        loaded[path.name[:3]] = (article, quotes, read_source_text(path))
    directory = build_directory(pairs)
    for _, quotes, _ in loaded.values():
        for q in quotes:
            if q.speaker:
                q.speaker = directory.canonical(q.speaker)
    return loaded


def _by_speaker(quotes):
    found = defaultdict(list)
    for q in quotes:
        if q.kind == "quote":
            found[q.speaker].append(q.text)
    return found


def test_offsets_point_at_the_quoted_words(seeds):
    for article, quotes, source in seeds.values():
        for q in quotes:
            assert source[q.start : q.end] == q.text, article.path


def test_000_biden_austin_peskov(seeds):
    _, quotes, _ = seeds["000"]
    speakers = _by_speaker(quotes)
    assert any(t.startswith("Every indication") for t in speakers["Joe Biden"])
    assert any(t.startswith("reason to think") for t in speakers["Joe Biden"])
    austin = speakers["Lloyd Austin"]
    assert len(austin) == 4  # the split quote, the reopened mark and the stray close
    assert any("Black Sea" in t for t in austin)
    assert any(t.startswith("We have consistently warned") for t in speakers["Dmitry Peskov"])
    assert speakers["Wang Wenbin"] and speakers["Ben Wallace"]


def test_001_kirby_erdogan_reznikov_stoltenberg(seeds):
    _, quotes, _ = seeds["001"]
    speakers = _by_speaker(quotes)
    assert any(t.startswith("We’ve seen these kinds") for t in speakers["John Kirby"])
    erdogan = speakers["Recep Tayyip Erdoğan"]
    assert any(t.startswith("Instead of fueling the fire") for t in erdogan)  # "the president"
    assert any(t.startswith("the threat exists") for t in speakers["Oleksii Reznikov"])
    assert any(t.startswith("there are no grounds") for t in speakers["Oleksii Reznikov"])
    assert len(speakers["Jens Stoltenberg"]) >= 3
    terms = [q.text for q in quotes if q.kind == "term"]
    assert "imminent" in terms and "false-flag" in terms


def test_002_stoltenberg_and_joint_statement(seeds):
    article, quotes, _ = seeds["002"]
    speakers = _by_speaker(quotes)
    stoltenberg = [q for q in quotes if q.speaker == "Jens Stoltenberg"]
    assert {q.mention for q in stoltenberg} >= {"Jens Stoltenberg", "Mr. Stoltenberg"}
    joint = speakers["Washington, London and Paris"]
    assert any(t.startswith("Our countries have made it plain") for t in joint)  # "the statement"
    assert any(t.startswith("Any attempt to exploit") for t in joint)
    assert article.paragraphs[0].text.count("false flag") == 1


def test_003_blinken_and_peskovs_three_quotes(seeds):
    _, quotes, _ = seeds["003"]
    speakers = _by_speaker(quotes)
    assert len(speakers["Antony Blinken"]) >= 2
    peskov = speakers["Dmitry Peskov"]
    assert any(t.startswith("This, to be sure") for t in peskov)
    assert any(t.startswith("The president is continuing") for t in peskov)
    assert any(t.startswith("We don’t know anything") for t in peskov)
    assert any(t.startswith("This may change") for t in speakers["Jens Stoltenberg"])
    assert speakers["Anastasia Kuznetsova"] and speakers["Mike Kafka"]


def test_stoltenberg_under_three_name_forms_is_one_speaker(seeds):
    mentions = set()
    articles = set()
    for number, (_, quotes, _) in seeds.items():
        for q in quotes:
            if q.speaker == "Jens Stoltenberg":
                mentions.add(q.mention)
                articles.add(number)
    assert articles == {"001", "002", "003"}
    assert len(mentions) >= 3


def test_004_lavrov_long_quote_with_nested_marks(seeds):
    _, quotes, _ = seeds["004"]
    lavrov = [q for q in quotes if q.speaker == "Sergey Lavrov"]
    assert len(lavrov) == 1
    assert "'above the fray'" in lavrov[0].text
    assert lavrov[0].role == "Foreign Minister" and lavrov[0].cue == "told"
    sevryukov = [q for q in quotes if q.speaker == "Sergey Sevryukov"]
    assert sevryukov and sevryukov[0].text.startswith("It has already become obvious")


def test_headline_quotes_are_found_with_paragraph_minus_one(tmp_path):
    path = tmp_path / "141.txt"
    path.write_text(
        "Police praise 'courageous' Ozzy\n\n"
        'Rock star Ozzy Osbourne has been praised by police for "very courageously" '
        "tackling a burglar.\n",
        encoding="utf-8",
    )
    quotes = extract_quotes(read_article(path))
    source = path.read_text(encoding="utf-8")
    assert quotes[0].paragraph == -1 and quotes[0].text == "courageous"
    assert all(source[q.start : q.end] == q.text for q in quotes)
