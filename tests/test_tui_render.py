"""Pure display helpers of the reader: layout, raw-offset mapping, citation, colours."""

from __future__ import annotations

from warreader.index.articles.metadata import derive_title
from warreader.index.model import Article, Paragraph, Quote
from warreader.tui.clipboard import format_citation
from warreader.tui.colours import PALETTE, assign_colours, stable_colour
from warreader.tui.render import BodyStyles, layout_article
from warreader.tui.spans import locate

TEXT = "He said “we will not go” and left. Critics called it a “bluff”."


def _article() -> Article:
    paragraphs = [Paragraph("First paragraph.", 100, 116), Paragraph(TEXT, 118, 118 + len(TEXT))]
    return Article("abc", "/x/a.txt", "Headline here", date="2022-02-16", author="A. Writer",
                   outlet="Daily", paragraphs=paragraphs)


def _quotes() -> list[Quote]:
    q1 = TEXT.index("we will")
    q2 = TEXT.index("bluff")
    return [
        Quote("we will not go", 118 + q1, 118 + q1 + 14, "quote", "Dmitry Peskov",
              "Kremlin spokesman", paragraph=1, para_start=q1, para_end=q1 + 14),
        Quote("bluff", 118 + q2, 118 + q2 + 5, "term", paragraph=1, para_start=q2,
              para_end=q2 + 5),
    ]


def test_layout_has_headline_byline_and_quote_lines():
    quotes = _quotes()
    layout = layout_article(_article(), quotes, width=30, styles=BodyStyles(),
                            colours=assign_colours(["Dmitry Peskov"]), current=0)
    plain = [line.plain for line in layout.lines]
    assert plain[0] == "Headline here"
    assert plain[1] == "2022-02-16 · A. Writer · Daily"
    assert all(len(p) <= 30 for p in plain)
    assert "“we will" in plain[layout.quote_lines[0]]
    assert "bluff" in plain[layout.quote_lines[1]]
    spans = [(s.style, line.plain[s.start:s.end]) for line in layout.lines for s in line.spans]
    assert any(text.startswith("“we will") for _style, text in spans)  # marks included
    term_styles = [style for style, text in spans if "bluff" in text]
    quote_styles = [style for style, text in spans if "we will" in text]
    assert term_styles and quote_styles and set(map(str, term_styles)) != set(
        map(str, quote_styles))


def test_hits_are_laid_out_and_located():
    article = _article()
    start = 118 + TEXT.index("Critics")
    span = locate(article, start, start + 7)
    assert span == (1, TEXT.index("Critics"), TEXT.index("Critics") + 7)
    layout = layout_article(article, [], width=200, styles=BodyStyles(), colours={},
                            hits=[span], current_hit=0)
    assert layout.hit_lines == [layout.lines.index(
        next(line for line in layout.lines if "Critics" in line.plain))]
    assert locate(article, 5, 9) is None  # before the body


def test_citation_format():
    citation = format_citation(_quotes()[0], _article())
    assert citation == ("“we will not go” — Dmitry Peskov, Kremlin spokesman, "
                        "in Headline here, Daily, 2022-02-16")  # the outlet too (issue 11)


def test_a_citation_never_cuts_a_derived_title_mid_sentence():
    lead = ("The United States and Russia offered alternative versions of reality on Wednesday "
            "with Moscow announcing a partial withdrawal of forces. More followed.")
    article = Article("d", "/x/d.txt", derive_title(lead), title_derived=True,
                      outlet="Stars and Stripes", paragraphs=[Paragraph(lead, 0, len(lead))])
    assert article.title.endswith("…")  # the list's title is cut to fit
    citation = format_citation(_quotes()[0], article)
    assert citation.endswith(", in The United States and Russia offered alternative versions "
                             "of reality on Wednesday with Moscow announcing a partial "
                             "withdrawal of forces, Stars and Stripes")
    assert "…" not in citation


def test_colours_distinct_per_article_and_stable():
    colours = assign_colours(["A", "B", None, "A", "C"])
    assert list(colours) == ["A", "B", "C"] and len(set(colours.values())) == 3
    assert stable_colour("Jens Stoltenberg") == stable_colour("Jens Stoltenberg")
    assert stable_colour("Jens Stoltenberg") in PALETTE


def test_a_headline_quote_is_styled_in_the_title_line():
    title = "Police praise 'courageous' Ozzy"
    article = Article(id="x", path="x.txt", title=title,
                      paragraphs=[Paragraph("Body text.", 33, 43)],
                      headline=Paragraph(title, 0, len(title)))
    quote = Quote("courageous", 15, 25, kind="quote", speaker="Thames Valley Police",
                  paragraph=-1, para_start=15, para_end=25)
    layout = layout_article(article, [quote], width=80, styles=BodyStyles(),
                            colours=assign_colours(["Thames Valley Police"]), current=0)
    assert layout.quote_lines == {0: 0}
    first = layout.lines[0]
    assert first.plain == title
    styled = [span for span in first.spans if span.start <= 15 and span.end >= 25]
    assert len(styled) >= 2  # the title style and the quote's colour on top
