"""What to export, gathered from an indexed corpus as :class:`~.items.ExportItem` objects.

Every gatherer loads the articles concerned from their files (``Corpus.load``: the
quotes as the corpus gives them, corrections included), or, for many articles, those
unchanged since the index read them from its stored data (the same answer), and their
decoded text (for each record's ``source_text``). Quoted terms ("scare quotes") are
left out: an export is of quotations. ``progress(done, total)`` hears of each article;
``cancelled()`` stops early.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.annotations.anchor import QuoteAnchor, relative_path
from warreader.index.export.items import ExportItem
from warreader.index.model import Article, Quote

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus

Progress = Callable[[int, int], None]
Keep = Callable[[Quote], bool]


STORED_FROM = 20
"""From this many articles on, those unchanged since the index read them are taken from
its stored data (``Corpus.stored_loads``: one read of every stored quote) instead of
read and extracted again one by one (7 s of CPU for the 1,808 BBC articles)."""


class ExportError(Exception):
    """Nothing can be exported as asked (one line for the user)."""


class NoSuchSpeaker(ExportError):
    """No speaker of the corpus is the one named (the message says the nearest, if any)."""


NEAR = 80
"""The least rapidfuzz ratio (0-100) for a speaker's name, or a word of it, to be offered
for a name that matches none ("fergusen"/"Ferguson" 88)."""


def near_speaker(wanted: str, names: Sequence[str]) -> str | None:
    """The speaker in ``names`` whose name, or a word of it, is closest to ``wanted``
    (lower case) with a ratio of :data:`NEAR` or more; the most quoted first on a tie."""
    from rapidfuzz import fuzz

    best, best_score = None, float(NEAR)
    for name in names:
        for part in (name.casefold(), *name.casefold().split()):
            if len(part) > 2 and (score := fuzz.ratio(wanted, part)) > best_score:
                best, best_score = name, score
    return best


def source_text_of(path: str) -> str | None:
    """The article file's decoded text (None if it cannot be read any more)."""
    from warreader.index.articles import ArticleError, read_source_text

    try:
        return read_source_text(path)
    except (ArticleError, OSError):
        return None


def items_of(article: Article, quotes: Iterable[Quote], roots: Sequence[str | Path],
             keep: Keep | None = None) -> list[ExportItem]:
    """The quotations of ``article`` that ``keep`` accepts (all by default)."""
    chosen = [q for q in quotes if q.kind == "quote" and (keep is None or keep(q))]
    if not chosen:
        return []
    source, path = source_text_of(article.path), relative_path(article.path, roots)
    return [ExportItem(article, q, source, path) for q in chosen]


def from_articles(corpus: Corpus, wanted: dict[str, Keep | None], roots: Sequence[str | Path],
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[ExportItem]:
    """Items of each article id in ``wanted`` (in that order), filtered by its ``keep``;
    an article that cannot be read any more is passed over."""
    from warreader.index.search.fresh import with_lead

    items: list[ExportItem] = []
    stored = corpus.stored_loads(wanted) if len(wanted) >= STORED_FROM else {}
    for done, (article_id, keep) in enumerate(wanted.items(), 1):
        if cancelled is not None and cancelled():
            break
        try:
            article, quotes = stored.get(article_id) or corpus.load(article_id)
        except Exception:  # noqa: BLE001, S112 - a vanished or unreadable file
            continue
        items += items_of(with_lead(article), quotes, roots, keep)
        if progress is not None:
            progress(done, len(wanted))
    return items


def _speaker_named(corpus: Corpus, name: str) -> str:
    """The corpus's speaker that ``name`` means: the same name in any case, else the
    only speaker whose surname (or any word of the name) it is; ExportError if none or
    several."""
    wanted = " ".join(name.split()).casefold()
    names = [s.name for s in corpus.speakers()]
    same = [n for n in names if n.casefold() == wanted]
    if same:
        return same[0]
    words = [n for n in names if wanted in n.casefold().split()]
    if len(words) == 1:
        return words[0]
    if words:
        raise ExportError(f"{name!r} could be {', '.join(words[:6])}: give the whole name")
    near = near_speaker(wanted, names)
    raise NoSuchSpeaker(f"no quotes by {name!r} in this corpus"
                        + (f"; did you mean {near}?" if near else ""))


def speaker_items(corpus: Corpus, name: str, roots: Sequence[str | Path], **kw) -> list[ExportItem]:
    """Every quotation of speaker ``name`` across the corpus (the corpus's spelling, any
    case, or a surname only one speaker has)."""
    pairs = corpus.quotes_by(name) or corpus.quotes_by(_speaker_named(corpus, name))
    speaker = pairs[0][1].speaker
    wanted: dict[str, Keep | None] = {s.id: (lambda q: q.speaker == speaker) for s, _q in pairs}
    return from_articles(corpus, wanted, roots, **kw)


def query_items(corpus: Corpus, query: str, roots: Sequence[str | Path], limit: int = 100_000,
                **kw) -> list[ExportItem]:
    """The quotations a search for ``query`` finds (its quote hits), in article order."""
    results = corpus.search(query, limit=limit, kind="quote")
    if results.error:
        raise ExportError(f"bad query: {results.error}")
    spans: dict[str, set[tuple[int, int]]] = {}
    for hit in results.hits:
        if hit.kind == "quote" and hit.quote_span is not None:
            spans.setdefault(hit.article_id, set()).add(tuple(hit.quote_span))
    wanted: dict[str, Keep | None] = {
        a: (lambda q, s=s: (q.start, q.end) in s) for a, s in sorted(spans.items())}
    return from_articles(corpus, wanted, roots, **kw)


def corpus_items(corpus: Corpus, roots: Sequence[str | Path], **kw) -> list[ExportItem]:
    """Every quotation of every indexed article, by article path."""
    return from_articles(corpus, {s.id: None for s in corpus.summaries()}, roots, **kw)


def marked_items(corpus: Corpus, anchors: Sequence[QuoteAnchor], roots: Sequence[str | Path],
                 cancelled: Callable[[], bool] | None = None) -> tuple[list[ExportItem], int]:
    """The marked quotes found in the corpus (in the order marked) and how many marks
    were not found (their article or words are gone)."""
    from warreader.index.annotations.resolve import resolve

    found = resolve(corpus, anchors, roots, cancelled)
    items: list[ExportItem] = []
    sources: dict[str, str | None] = {}
    for r in found:
        if r.article is None or r.quote is None:
            continue
        if r.article.path not in sources:
            sources[r.article.path] = source_text_of(r.article.path)
        items.append(ExportItem(r.article, r.quote, sources[r.article.path], r.anchor.path))
    return items, sum(1 for r in found if not r.found)
