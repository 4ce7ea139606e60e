"""Quote extraction for runs over many files: a failure of the engine on one article
becomes a one-line problem of that article, never a traceback that stops the run."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warreader.index.model import Article, Quote


class ExtractionFailure(Exception):
    """The engine failed on one article; ``str()`` is one line naming the error."""


def guarded_quotes(article: Article, aliases: dict[str, list[str]] | None = None) -> list[Quote]:
    """``extract_quotes(article, aliases)``; an error inside the engine is raised as
    :class:`ExtractionFailure` with a one-line reason, so the caller can report the
    article and go on with the next one."""
    from warreader.index import quotes

    try:
        return quotes.extract_quotes(article, aliases)
    except Exception as exc:  # noqa: BLE001 - an engine fault on one article's text
        reason = " ".join(str(exc).split())[:200]
        raise ExtractionFailure(
            f"quote extraction failed ({type(exc).__name__}{': ' + reason if reason else ''})"
        ) from exc
