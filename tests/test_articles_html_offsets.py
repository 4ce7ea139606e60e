"""A web page's paragraphs map onto the HTML character by character (entities, inline
tags, list markers, text the extraction left out), so a quotation's offsets point at its
words in the saved page."""

from __future__ import annotations

import html

from warreader.index.articles import read_article, read_source_text
from warreader.index.articles.html_offsets import PageText
from warreader.index.quotes import extract_quotes


def _raw(source: str, mapped, i: int, j: int) -> str:
    return source[mapped.offsets()[i] : mapped.ends()[j - 1]]


def test_an_entity_and_a_link_inside_a_paragraph():
    source = '<p>Smith &amp; <a href="/jones">Jones</a> said it was over.</p>'
    mapped = PageText(source).locate("Smith & Jones said it was over.", 0)
    assert mapped is not None
    at = mapped.text.index("Jones")
    assert _raw(source, mapped, at, at + 5) == "Jones"
    amp = mapped.text.index("&")
    assert _raw(source, mapped, amp, amp + 1) == "&amp;"
    assert _raw(source, mapped, 0, len(mapped.text)).startswith("Smith &amp; <a")


def test_a_list_marker_the_page_draws_with_markup_is_skipped():
    source = "<ul><li>Troops withdrew from the bridge</li></ul>"
    mapped = PageText(source).locate("- Troops withdrew from the bridge", 0)
    assert mapped is not None
    at = mapped.text.index("bridge")
    assert _raw(source, mapped, at, at + 6) == "bridge"


def test_text_the_extraction_left_out_does_not_stop_the_match():
    source = '<p>The mayor arrived <span class="label">Advert</span> late on Friday.</p>'
    mapped = PageText(source).locate("The mayor arrived late on Friday.", 0)
    assert mapped is not None
    at = mapped.text.index("late")
    assert _raw(source, mapped, at, at + 4) == "late"


def test_scripts_comments_and_text_not_in_the_page():
    source = "<script>var said = 1;</script><!-- said --><p>Nothing here.</p>"
    page = PageText(source)
    assert page.locate("var said", 0) is None
    assert page.locate("A sentence the page never had.", 0) is None
    found = page.locate("Nothing here.", 0)
    assert found is not None and source[found.start : found.end] == "Nothing here."


def test_the_cursor_keeps_a_repeated_paragraph_in_its_place():
    source = "<p>Yes &amp; no.</p><p>Between.</p><p>Yes &amp; no.</p>"
    page = PageText(source)
    second = page.locate("Yes & no.", source.index("Between"))
    assert second is not None and second.start == source.rindex("Yes")


def test_quote_offsets_in_a_saved_page_point_at_the_quoted_words(tmp_path):
    page = tmp_path / "talks.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks resume</title>"
        "</head><body><article><h1>Talks resume</h1>\n"
        "<p>Smith &amp; Jones, a law firm, said the deal was done &lt;today&gt;.</p>\n"
        "<p>&ldquo;We are pleased with the outcome,&rdquo; said John Smith, a partner.</p>\n"
        "<p>&ldquo;It took <em>time</em> &amp; cost a great deal,&rdquo; he added.</p>\n"
        "</article></body></html>\n",
        encoding="utf-8",
    )
    article = read_article(page)
    source = read_source_text(page)
    quotes = [q for q in extract_quotes(article) if q.kind == "quote"]
    assert [q.text for q in quotes] == [
        "We are pleased with the outcome,", "It took time & cost a great deal,",
    ]
    for q in quotes:
        raw = source[q.start : q.end]
        visible = html.unescape(raw.replace("<em>", "").replace("</em>", ""))
        assert visible == q.text
    assert not any("approximate" in w for w in article.warnings)


def test_a_paragraph_also_in_the_head_maps_to_the_visible_text(tmp_path):
    # Review W4: the lead also stands in an og:description meta and a JSON-LD
    # articleBody; the verbatim lookup must not land in the head.
    lead = "The harbour council met on Tuesday to vote on the new pier."
    second = "Tom Reyes, the harbour master, spoke after the vote."
    page = tmp_path / "pier.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pier vote</title>"
        f'<meta property="og:description" content="{lead}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"articleBody": "{lead} {second}"}}</script>'
        "</head><body><article><h1>Pier vote</h1>\n"
        f"<p>{lead}</p>\n<p>{second}</p>\n"
        "<p>&ldquo;We waited ten years for this,&rdquo; said Tom Reyes.</p>\n"
        "</article></body></html>\n",
        encoding="utf-8",
    )
    article = read_article(page)
    source = read_source_text(page)
    body = source.index("<body>")
    for paragraph in article.paragraphs:
        if paragraph.text in (lead, second):
            assert paragraph.start > body
            assert source[paragraph.start : paragraph.end] == paragraph.text
    quotes = [q for q in extract_quotes(article) if q.kind == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We waited ten years for this,", "Tom Reyes")
    ]
    assert all(q.start > body for q in quotes)
