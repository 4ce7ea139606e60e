"""Plain result types of the search engine (no Whoosh objects leak out of the package)."""

from __future__ import annotations

from dataclasses import dataclass, field

from warreader.index.search.summary import ArticleSummary as ArticleSummary  # re-exported


@dataclass(slots=True)
class IndexReport:
    """What one :meth:`index.corpus.Corpus.refresh` did.

    ``skipped`` lists every file that cannot be indexed, sorted by path: those read (or
    missing) in this refresh and those remembered from earlier ones and unchanged since,
    which are not read again and so not counted in ``files_read``.
    """

    files_seen: int = 0
    files_read: int = 0
    files_removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    quotes_found: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Fragment:
    """A short excerpt with the matched words marked: ``highlights`` are (start, end)
    offsets into ``text``, so any renderer (Rich, JSON) can style them."""

    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return {"text": self.text, "highlights": [list(h) for h in self.highlights]}


@dataclass(slots=True)
class SearchHit:
    """One ranked hit: an article, or a quote inside one.

    ``spans`` are (start, end) offsets of the matched words in the article's decoded
    file text, for the reader to jump to; for a quote ``quote_span`` is the whole
    quotation. ``fragment`` is None beyond the hits that were highlighted.
    """

    kind: str  # "article" or "quote"
    score: float
    article_id: str
    path: str
    title: str
    quote_text: str | None = None
    speaker: str | None = None
    quote_span: tuple[int, int] | None = None
    fragment: Fragment | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    term: bool = False  # a quote hit that is a quoted term ("scare quotes"), not a quotation

    def to_dict(self) -> dict:
        """The JSON shape of ``warreader search --json``."""
        out = {
            "kind": self.kind,
            "score": round(self.score, 4),
            "article_id": self.article_id,
            "path": self.path,
            "title": self.title,
        }
        if self.kind == "quote":
            out["quote"] = self.quote_text
            out["speaker"] = self.speaker
            out["quote_span"] = list(self.quote_span) if self.quote_span else None
            out["term"] = self.term
        out["fragment"] = self.fragment.to_dict() if self.fragment else None
        out["spans"] = [list(s) for s in self.spans]
        return out


@dataclass(slots=True)
class SearchResults:
    """The answer to one query: hits best first, or an ``error`` message for the user.

    ``total`` is the number of matches when ``exact``; otherwise (a keystroke's search
    that did not count) at least that many matched: more than the hits asked for.
    ``provisional``: a first step, the full ranking still to come.
    """

    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    exact: bool = True
    error: str | None = None
    seconds: float = 0.0
    provisional: bool = False
    """A keystroke's first step (``run_search``'s ``first_step``): true hits, but not
    yet the full ranking; ``total`` is then the hits found so far."""

    def __bool__(self) -> bool:
        return bool(self.hits)
