"""Find every quotation in an article and say who spoke it.

:func:`extract_quotes` is the engine's entry point: quotation marks are paired
(:mod:`index.quotes.marks`), speech events and speakers found and resolved
(:mod:`index.quotes.attribution`), names canonicalised with the config's aliases
(:mod:`index.quotes.speakers`), and spans mapped back to offsets in the raw file.
"""

from __future__ import annotations

from collections import OrderedDict
from hashlib import blake2b
from threading import Lock

from warreader.index.model import Article, Quote
from warreader.index.quotes.archive_marks import archive_quotes, archive_read
from warreader.index.quotes.attribution import ArticleAttributor
from warreader.index.quotes.marks import Span, find_spans
from warreader.index.quotes.reading import Attribution
from warreader.index.quotes.role_text import as_written, with_coordinated
from warreader.index.quotes.speakers import AliasTable
from warreader.index.quotes.terms import single_marked_term, subhead_term
from warreader.index.quotes.twin_marks import with_twin_closings

_SPEECH_END = ".,!?”"  # how a quoted sentence or a clause before its cue ends


# What the engine found in an article's text, by a digest of that text: wire copies and
# re-published stories repeat word for word, and what is found depends on the text alone
# (the config's aliases are applied after). Each entry holds, per quotation, its span, its
# attribution and the role as written; the raw offsets are the article's own.
# Bounded by what it holds (~400 bytes a quotation), not by articles alone: a reader or
# `warreader index` keeps it for its whole run, and the build's peak memory has a target.
_Found = list[tuple[Span, Attribution, str | None]]
_SEEN: OrderedDict[bytes, _Found] = OrderedDict()
_SEEN_MAX = 4096  # articles remembered, least recently met forgotten first
_HELD_MAX = 8000  # quotations held over all of them (~3 MB), the oldest forgotten first
_ONE_MAX = 400  # an article quoting more than this is never remembered
_SEEN_LOCK = Lock()  # the reader extracts in worker threads
_memo = {"held": 0, "on": True}  # quotations held; whether articles are remembered


def _digest(texts: list[str], shift: int) -> bytes:
    """A digest of the paragraphs' texts, their lengths (so that no text holding the
    separator can pass for two) and ``shift`` (whether a headline leads)."""
    lengths = ",".join([str(shift), *map(str, map(len, texts))])
    joined = "\x00".join([lengths, *texts]).encode("utf-8", "surrogatepass")
    return blake2b(joined, digest_size=16).digest()


def forget_read_texts() -> None:
    """Forget every article read so far."""
    with _SEEN_LOCK:
        _SEEN.clear()
        _memo["held"] = 0


def remember_read_texts(on: bool) -> None:
    """Whether articles read are remembered from now on (forgetting those held): tools
    that switch rules off and read the same text again (``bench/rule_census.py``) turn
    it off, so that no reading is another switch's."""
    with _SEEN_LOCK:
        _SEEN.clear()
        _memo["held"] = 0
        _memo["on"] = on


def _remember(key: bytes, found: _Found) -> None:
    """Keep ``found`` under ``key`` within the memo's bounds (the lock held)."""
    if not _memo["on"] or len(found) > _ONE_MAX:
        return
    old = _SEEN.pop(key, None)
    _SEEN[key] = found
    _memo["held"] += len(found) - (len(old) if old is not None else 0)
    while len(_SEEN) > _SEEN_MAX or _memo["held"] > _HELD_MAX:
        _memo["held"] -= len(_SEEN.popitem(last=False)[1])


def extract_quotes(
    article: Article, aliases: dict[str, list[str]] | None = None, archive: str | None = None
) -> list[Quote]:
    """Every quotation and quoted term of ``article``, in text order (headline first).

    ``aliases`` maps canonical speaker names to variant spellings (from config.yaml).
    ``archive``: how quotations between doubled apostrophes (''Yes,'' she said) are read,
    ``off``, ``on`` or ``auto`` (:mod:`index.quotes.archive_marks`); None: the config's
    ``archive_quotes`` (:func:`archive_quotes`). An article whose text was met before
    (a wire copy) is not read again.
    """
    # The stated headline is read first, as paragraph -1: "Police praise 'courageous' Ozzy".
    paragraphs = ([article.headline] if article.headline else []) + article.paragraphs
    shift = len(paragraphs) - len(article.paragraphs)
    # Archive marks read as double marks, offsets kept: what is found still depends on
    # the (read) text alone, so the memo's key is its digest.
    texts = archive_read([p.text for p in paragraphs], archive or archive_quotes())
    key = _digest(texts, shift)
    with _SEEN_LOCK:
        found = _SEEN.get(key)
        if found is not None:
            _SEEN.move_to_end(key)
    if found is None:
        found = _attribute(texts, shift)
        with _SEEN_LOCK:
            _remember(key, found)
    if not found:
        return []
    table = AliasTable.from_config(aliases)
    quotes: list[Quote] = []
    for span, found_here, role in found:
        paragraph = paragraphs[span.paragraph]
        start = paragraph.raw_offset(span.start)
        end = paragraph.raw_end(span.end)
        quoted = found_here.kind != "term"
        speaker = table.canonical(found_here.speaker) if found_here.speaker else None
        quotes.append(
            Quote(
                text=paragraph.text[span.start : span.end],
                start=start,
                end=end,
                kind="quote" if quoted else "term",
                speaker=speaker if quoted else None,
                role=role,
                mention=found_here.mention if quoted else None,
                cue=found_here.cue if quoted else None,
                paragraph=span.paragraph - shift,
                para_start=span.start,
                para_end=span.end,
                via=found_here.via if quoted else None,
                mention_paragraph=found_here.source - shift
                if quoted and found_here.source is not None
                else None,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes


def _attribute(texts: list[str], shift: int) -> _Found:
    """Each quotation span of ``texts`` with its attribution and its role as written."""
    texts = with_twin_closings(texts)  # “…,’’ Tom Bell said: one closing double mark
    spans = find_spans(texts)
    if not spans:
        return []
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
    written: dict[tuple[str | None, str | None], str | None] = {}

    def roles(role: str | None, speaker: str | None) -> str | None:
        key = (role, speaker)
        if key not in written:
            written[key] = as_written(with_coordinated(role, speaker, texts))
        return written[key]

    return [
        (span, found, roles(found.role, found.speaker) if found.kind != "term" else None)
        for span, found in zip(spans, attributions, strict=True)
    ]
