"""The five seed articles: headlines, dates, authors, clean bodies, exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warreader.index.articles import load_articles, read_article, read_source_text
from warreader.index.articles.clean import analyse
from warreader.index.articles.metadata import derive_title, parse_date_line
from warreader.index.articles.segment import split_units
from warreader.index.model import Article
from warreader.index.paths import bundled_seeds_dir

SEEDS = bundled_seeds_dir()
FIXTURES = Path(__file__).parent / "fixtures"
CHROME = [
    "leave a reply", "stay connected", "advertisement", "most commented", "related posts",
    "related articles", "source link", "stripes in 7", "around the web", "sign up",
    "sign-up", "category", "featured image", "please enter your", "fanslike",
    "followersfollow", "support our mission", "latest articles", "date created",
    "is a journalist", "contributed to this report", "(carlos barria/afp)", "- - -",
    "minnesota", "description",
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles = load_articles([SEEDS])
    return {Path(a.path).name[:3]: a for a in articles}


def test_all_five_seeds_load(seeds):
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]
    assert all(len(a.id) == 12 and a.paragraphs and not a.warnings for a in seeds.values())


def test_true_headlines(seeds):
    assert seeds["000"].title == (
        "Allies are Ready for a False-Flag from Kremlin to Justify Ukraine Invasion"
    )
    assert seeds["001"].title.startswith("Russia may use Bayraktar TB2 drones in fake plot")
    assert seeds["004"].title == "US Climbs Escalation Ladder in Ukraine"
    assert not any(seeds[k].title_derived for k in ("000", "001", "004"))


@pytest.mark.parametrize("key", ["002", "003"])
def test_derived_titles_come_from_the_lead(seeds, key):
    article = seeds[key]
    assert article.title_derived
    assert 10 < len(article.title) <= 80
    lead = article.paragraphs[0].text
    assert lead.startswith(article.title.rstrip("…"))
    assert "Support our mission" not in article.title and "Newly confirmed" not in article.title


def test_dates_and_authors(seeds):
    assert seeds["000"].date == "2023-03-31"
    assert seeds["004"].date == "2023-01-05"
    assert seeds["000"].author == "Cedric Blackwater"
    assert seeds["004"].author == "M. K. Bhadrakumar"
    assert seeds["003"].author == "Pannett, Rauhala, Hudson"
    assert seeds["000"].outlet == "Bulletin News"
    assert seeds["003"].outlet == "Stars and Stripes"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_bodies_hold_no_chrome(seeds, key):
    article = seeds[key]
    for p in article.paragraphs:
        low = p.text.lower()
        assert not [c for c in CHROME if c in low], p.text
        assert "**" not in p.text and not p.text.startswith("#")
        assert p.text != article.title
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == len(set(texts)), "repeated paragraphs are kept once"


def test_subheads_dropped_and_first_last_paragraphs(seeds):
    texts = [p.text for p in seeds["001"].paragraphs]
    assert "Turkish-made drones" not in texts and "NATO points to Russian drills" not in texts
    assert texts[0].startswith("The United States has acquired intelligence")
    assert texts[-1].startswith("Finnish Prime Minister Sanna Marin")
    assert seeds["000"].paragraphs[-1].text.startswith("At the same time, it stated")
    assert seeds["003"].paragraphs[0].text.startswith("The United States and Russia offered")
    assert seeds["004"].paragraphs[-1].text.startswith("We are entering a grey zone")


def test_seed_002_one_paragraph_per_line_first_kept_once(seeds):
    texts = [p.text for p in seeds["002"].paragraphs]
    assert len(texts) == 14
    assert sum(t.startswith("The West has long suspected Moscow") for t in texts) == 1


def test_seed_004_split_paragraphs_are_joined(seeds):
    texts = [p.text for p in seeds["004"].paragraphs]
    assert any("parameters worked out between the general staff" in t for t in texts)
    assert any("the killing of 89 Russian soldiers. The fact" in t for t in texts)
    assert any("Russian Foreign Minister Sergey Lavrov from his American" in t for t in texts)


def _check_offsets(article: Article) -> int:
    source = read_source_text(article.path)
    checked = 0
    for p in article.paragraphs:
        if not p.anchors:
            assert source[p.start : p.end] == p.text
        for i in range(len(p.text)):
            raw = source[p.raw_offset(i)]
            assert raw == p.text[i] or (p.text[i] == " " and raw.isspace()), (p.text, i)
            checked += 1
        assert p.raw_offset(0) == p.start
    return checked


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_every_character_maps_back_to_the_file(seeds, key):
    assert _check_offsets(seeds[key]) > 1000


def test_cleaned_paragraphs_use_anchors(seeds):
    anchored = [p for p in seeds["004"].paragraphs if p.anchors]
    assert len(anchored) >= 3  # **bold** removed, two paragraphs joined across a blank line
    plain = [p for p in seeds["001"].paragraphs]
    assert all(p.anchors == () for p in plain)


def test_html_page_main_text_and_meta():
    article = read_article(FIXTURES / "article.html")
    assert article.title == "Kremlin warns of escalation over drones"
    assert (article.date, article.author, article.outlet) == (
        "2023-02-14", "Jane Doe", "The Daily Example",
    )
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("Moscow warned on Tuesday")
    assert any("“This is a dangerous step,” Kremlin spokesman" in t for t in texts)
    assert not any("newsletter" in t.lower() or t == "Home" for t in texts)
    source = read_source_text(article.path)
    exact = [p for p in article.paragraphs if source[p.start : p.end] == p.text]
    assert len(exact) >= 3
    # the entity-encoded quote paragraph is mapped character by character, not guessed
    quoted = next(p for p in article.paragraphs if "dangerous step" in p.text)
    assert source[quoted.start : quoted.end] != quoted.text
    at = quoted.text.index("dangerous")
    assert source[quoted.raw_offset(at) : quoted.raw_end(at + 9)] == "dangerous"
    assert not any("approximate" in w for w in article.warnings)


def test_markdown_headings_links_and_date_lines(tmp_path):
    md = tmp_path / "note.md"
    md.write_text(
        "# Ceasefire talks stall in Geneva\n\nPublished: 14 March 2022\n\n"
        "Negotiators met for a **third** day, according to [Reuters](https://x.example/a), "
        "but no agreement was reached on the corridor.\n\n"
        "Officials said further talks were planned for next week in the same city.\n",
        encoding="utf-8",
    )
    article = read_article(md)
    assert article.title == "Ceasefire talks stall in Geneva" and article.date == "2022-03-14"
    assert article.paragraphs[0].text.startswith("Negotiators met for a third day, according to")
    assert "Reuters, but" in article.paragraphs[0].text
    assert _check_offsets(article) > 50


def test_date_lines_and_derived_titles():
    assert parse_date_line("Friday, March 31, 2023") == "2023-03-31"
    assert parse_date_line("01/05/2023") == "2023-01-05"
    assert parse_date_line("March 31") is None and parse_date_line("Minnesota") is None
    assert parse_date_line("-0.1 C") is None
    title = derive_title("word " * 40)
    assert len(title) <= 80 and title.endswith("…")


_PIECES = st.sampled_from(
    ["Word", "said", " ", "\n", "\n\n", ".", "**", "## ", "- ", "(AP/Reuters)", "By Ann Lee",
     "01/05/2023", "“", "”", ",", "\t", "  ", "[link](http://x.y)", "Sign up", "\r\n", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_text_maps_back_exactly(text):
    parsed = analyse(split_units(text))
    for m in parsed.paragraphs:
        p = m.to_paragraph()
        for i, ch in enumerate(p.text):
            raw = text[p.raw_offset(i)]
            assert raw == ch or (ch == " " and raw.isspace())
