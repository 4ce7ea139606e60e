"""The web address an article states: canonical links, URL: lines, and where it goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warreader.index.articles import read_article
from warreader.index.articles.source_url import clean_url, url_from_text
from warreader.tui.cli import main
from warreader.tui.clipboard import format_citation

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "003_eb25a154931aa076.txt"
URL = "https://www.stripes.com/theaters/europe/2022-02-16/russia-ukraine.html"

_PARAGRAPH = ("<p>Officials said on Wednesday that the talks would go on. “We will not give up "
              "on diplomacy,” the minister said after the meeting in the capital, according "
              "to a statement released later that evening by the ministry.</p>")


def _page(head: str) -> str:
    return (f"<html><head><title>Talks go on</title>{head}</head><body><article>"
            f"<h1>Talks go on</h1>{_PARAGRAPH * 4}</article></body></html>")


@pytest.mark.parametrize("text", [
    f"URL: {URL}\n\nHeadline\n\nBody.",
    f"Headline\n\nBody.\n\nSource: {URL}\n",
    f"Original URL: <{URL}>\n\nHeadline",
    f"**Source:** {URL}\n\nHeadline",
    f"---\ntitle: Headline\nurl: {URL}\n---\n\nBody.",
    f"{URL}\n\nHeadline\n\nBody.",
    f"Headline\r\n\r\nBody.\r\n\r\nSaved from: {URL}\r\n",
    f"- Permalink: {URL}\n\nHeadline",
])
def test_a_stated_address_is_found(text):
    assert url_from_text(text) == URL


@pytest.mark.parametrize("text", [
    "Headline\n\nBody with a link https://example.com/inline in a sentence.",
    "Headline\n\nURL: javascript:alert(1)\n",
    "Headline\n\nURL: file:///etc/passwd\n",
    "Headline\n\nURL: /relative/path.html\n",
    "Headline\n\n" + "Body.\n\n" * 40 + f"Source: {URL}\n\n" + "More body.\n\n" * 40,
    "Headline\n\nSee https://example.com/x for more.\n",
])
def test_no_address_is_made_up(text):
    assert url_from_text(text) is None


def test_only_absolute_http_addresses_are_clean():
    assert clean_url(f"  {URL} ") == URL
    for bad in ("ftp://x.org/a", "https://", "http://exa mple.com", "https://x.org/\x1b[2J",
                "javascript:alert(1)", "//x.org/a", "https://" + "a" * 3000, None, ""):
        assert clean_url(bad) is None, bad


def test_a_text_page_carries_its_url_and_the_line_stays_out_of_the_article(tmp_path):
    plain = read_article(SEED)
    assert plain.url is None
    for name, text in (("top.txt", f"URL: {URL}\n\n" + SEED.read_text(encoding="utf-8")),
                       ("end.md", SEED.read_text(encoding="utf-8") + f"\n\nSource: {URL}\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        article = read_article(tmp_path / name)
        assert article.url == URL
        assert article.title == plain.title  # not "URL: https://..."
        assert [p.text for p in article.paragraphs] == [p.text for p in plain.paragraphs]


@pytest.mark.parametrize("head", [
    f'<link rel="canonical" href="{URL}">',
    f'<meta property="og:url" content="{URL}">',
])
def test_a_web_page_carries_its_canonical_address(tmp_path, head):
    path = tmp_path / "page.html"
    path.write_text(_page(head), encoding="utf-8")
    article = read_article(path)
    assert article.url == URL
    assert "diplomacy" in article.body


def test_a_web_page_with_a_hostile_canonical_link_has_none(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page('<link rel="canonical" href="javascript:alert(1)">'), encoding="utf-8")
    assert read_article(path).url is None


def test_the_citation_and_the_cli_quotes_carry_the_url(tmp_path, capsys):
    (tmp_path / "003.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nURL: {URL}\n",
                                      encoding="utf-8")
    (tmp_path / "000.txt").write_bytes((SEEDS / "000_7c7ef417ac8399c4.txt").read_bytes())
    assert main(["quotes", str(tmp_path), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_file = {Path(r["article"]).name: r["url"] for r in records}
    assert by_file == {"003.txt": URL, "000.txt": None}
    assert main(["articles", str(tmp_path), "--json"]) == 0
    assert {Path(a["path"]).name: a["url"] for a in json.loads(capsys.readouterr().out)} \
        == by_file

    from warreader.index.quotes import extract_quotes

    article = read_article(tmp_path / "003.txt")
    quote = next(q for q in extract_quotes(article) if q.kind == "quote")
    citation = format_citation(quote, article)
    assert citation.endswith(f", Stars and Stripes, {URL}")
    article.url = None
    assert not format_citation(quote, article).endswith(URL)
