"""Find every quotation in an article and say who spoke it.

:func:`extract_quotes` is the engine's entry point: quotation marks are paired
(:mod:`index.quotes.marks`), speech events and speakers found and resolved
(:mod:`index.quotes.attribution`), names canonicalised with the config's aliases
(:mod:`index.quotes.speakers`), and spans mapped back to offsets in the raw file.
"""

from __future__ import annotations

from warreader.index.model import Article, Quote
from warreader.index.quotes.attribution import ArticleAttributor
from warreader.index.quotes.marks import find_spans
from warreader.index.quotes.reading import Attribution
from warreader.index.quotes.role_text import as_written, with_coordinated
from warreader.index.quotes.speakers import AliasTable
from warreader.index.quotes.terms import single_marked_term, subhead_term

_SPEECH_END = ".,!?”"  # how a quoted sentence or a clause before its cue ends


def extract_quotes(article: Article, aliases: dict[str, list[str]] | None = None) -> list[Quote]:
    """Every quotation and quoted term of ``article``, in text order (headline first).

    ``aliases`` maps canonical speaker names to variant spellings (from config.yaml).
    """
    # The stated headline is read first, as paragraph -1: "Police praise 'courageous' Ozzy".
    paragraphs = ([article.headline] if article.headline else []) + article.paragraphs
    shift = len(paragraphs) - len(article.paragraphs)
    texts = [p.text for p in paragraphs]
    spans = find_spans(texts)
    if not spans:
        return []
    table = AliasTable.from_config(aliases)
    attributions = ArticleAttributor(texts, spans, headline=shift == 1).run()
    # An article quoting with double marks first: then single marks in the body mark
    # terms. Not one whose single marks hold more speech (words ending on a stop or a
    # comma) than its double marks hold anything: it quotes with single marks first.
    # Counted: single-marked spans in the body that are not a whole paragraph (a
    # subheading, "'We will not stop!'", is no quotation either way).
    doubles = sum(span.mark == '"' for span in spans)
    double = doubles > 0 and sum(
        span.mark == "'"
        and span.paragraph >= shift
        and texts[span.paragraph][span.end - 1] in _SPEECH_END
        and not subhead_term(texts[span.paragraph], span)
        for span in spans
    ) <= doubles
    if double or any("''" in text for text in texts):  # mark terms; and a body paragraph
        attributions = [  # that is one single-marked phrase is a subheading, a term
            Attribution(kind="term")
            if span.paragraph and (
                double and single_marked_term(texts[span.paragraph], span)
                or subhead_term(texts[span.paragraph], span)
            ) else found
            for span, found in zip(spans, attributions, strict=True)
        ]
    quotes: list[Quote] = []
    written: dict[tuple[str | None, str | None], str | None] = {}

    def roles(role: str | None, speaker: str | None) -> str | None:
        key = (role, speaker)
        if key not in written:
            written[key] = as_written(with_coordinated(role, speaker, texts))
        return written[key]

    for span, found in zip(spans, attributions, strict=True):
        paragraph = paragraphs[span.paragraph]
        start = paragraph.raw_offset(span.start)
        end = paragraph.raw_end(span.end)
        speaker = table.canonical(found.speaker) if found.speaker else None
        quoted = found.kind != "term"
        quotes.append(
            Quote(
                text=paragraph.text[span.start : span.end],
                start=start,
                end=end,
                kind="term" if found.kind == "term" else "quote",
                speaker=speaker if found.kind != "term" else None,
                role=roles(found.role, found.speaker) if found.kind != "term" else None,
                mention=found.mention if found.kind != "term" else None,
                cue=found.cue if found.kind != "term" else None,
                paragraph=span.paragraph - shift,
                para_start=span.start,
                para_end=span.end,
                via=found.via if quoted else None,
                mention_paragraph=found.source - shift
                if quoted and found.source is not None
                else None,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes
