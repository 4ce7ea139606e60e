"""The plain data types every part of warreader shares: articles, paragraphs, quotes.

No behaviour beyond small conveniences lives here, and nothing here imports Textual:
`index` turns files into these objects and `tui` only shows them.

Offsets: every ``start``/``end`` is a character offset into the article file's
*decoded* text (what :func:`index.articles.read_source_text` returns), so that
``source_text[quote.start:quote.end] == quote.text`` for text and Markdown files.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["quote", "term"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph: its cleaned text and where it sits in the raw file.

    ``text`` is what readers see (Markdown emphasis removed, whitespace tidied).
    ``start``/``end`` delimit the paragraph in the decoded file text. When cleaning
    removed characters, ``anchors`` maps positions back to the file: a sorted tuple of
    ``(text_index, raw_offset)`` pairs, each meaning "from ``text_index`` on, text
    position i sits at raw offset ``raw_offset + (i - text_index)``". An empty tuple
    means the text is an exact slice of the file starting at ``start``. ``wide`` lists
    the characters that stand for several of the file's (normalisation read "Ã©" as "é")
    as sorted ``(text_index, raw_end)`` pairs, ``raw_end`` being where they end in it.
    """

    text: str
    start: int
    end: int
    anchors: tuple[tuple[int, int], ...] = ()
    wide: tuple[tuple[int, int], ...] = ()

    def raw_offset(self, i: int) -> int:
        """Map index ``i`` of :attr:`text` (0..len(text)) to an offset in the raw file."""
        if not self.anchors:
            return self.start + i
        pos = bisect_right(self.anchors, (i, float("inf"))) - 1
        if pos < 0:
            return self.start + i
        text_index, raw = self.anchors[pos]
        return raw + (i - text_index)

    def raw_end(self, i: int) -> int:
        """The raw offset just past ``text[:i]`` (``i`` >= 1): past every character of
        the file that character ``i - 1`` stands for."""
        pos = bisect_right(self.wide, (i - 1, float("inf"))) - 1
        if pos >= 0 and self.wide[pos][0] == i - 1:
            return self.wide[pos][1]
        return self.raw_offset(i - 1) + 1


@dataclass(slots=True)
class Article:
    """A parsed, cleaned article: metadata plus body paragraphs."""

    id: str
    path: str
    title: str
    title_derived: bool = False
    date: str | None = None  # ISO 8601 date, "YYYY-MM-DD"
    author: str | None = None
    outlet: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    headline: Paragraph | None = None  # the stated title's place in the file, if any
    url: str | None = None  # the address the saved page states (canonical link, URL: line)

    @property
    def body(self) -> str:
        """The body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict:
        """A JSON-ready dict (the shape of ``warreader articles --json``)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "title_derived": self.title_derived,
            "date": self.date,
            "author": self.author,
            "outlet": self.outlet,
            "url": self.url,
            "paragraphs": [p.text for p in self.paragraphs],
        }


@dataclass(slots=True)
class Quote:
    """A quotation (or quoted term) found in an article, with its attribution.

    ``start``/``end`` are raw-file offsets of the quoted words, marks excluded.
    ``paragraph`` is the index in ``Article.paragraphs`` where the quote starts (-1 for
    a quote in the headline, ``Article.headline``);
    ``para_start``/``para_end`` are offsets of the quoted words in that paragraph's
    cleaned ``text`` (for display). ``speaker`` is the canonical name (or the
    description of an unnamed source), ``mention`` the words in the text the speaker
    was resolved from ("he", "Mr. Stoltenberg"), ``cue`` the reporting verb or phrase.
    ``via`` says how the speaker was found: ``named`` (the cue names the speaker),
    ``pronoun``, ``description`` ("the minister"), ``label`` (transcript, credit line,
    bullet), ``document``, ``carried`` (goes on from an earlier quotation or paragraph),
    ``colon`` or ``none``; ``mention_paragraph`` is the paragraph ``mention`` is in.
    Both are None for terms.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = "quote"
    speaker: str | None = None
    role: str | None = None
    mention: str | None = None
    cue: str | None = None
    paragraph: int = 0
    para_start: int = 0
    para_end: int = 0
    via: str | None = None
    mention_paragraph: int | None = None

    def to_record(self, article_path: str, source: str | None = None) -> dict:
        """The JSON-lines record of ``warreader quotes --format jsonl``.

        ``text`` is the quotation as read (Markdown emphasis and link markup removed,
        each run of white space one space); given the article's decoded file text
        ``source``, ``source_text`` is exactly ``source[start:end]``.
        """
        record = {
            "article": article_path,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "role": self.role,
            "mention": self.mention,
            "cue": self.cue,
            "via": self.via,
        }
        if source is not None:
            record["source_text"] = source[self.start : self.end]
        return record
