"""Turn an article and its quotes into Whoosh documents (plain dicts), and back.

Stored data is one small dict per document (``data``); bodies are never stored.
"""

from __future__ import annotations

from datetime import datetime

from warreader.index.model import Article, Quote
from warreader.index.paths import shown_path
from warreader.index.search.analysis import AliasTable
from warreader.index.search.manifest import FileState
from warreader.index.search.schema import ARTICLE, QUOTE, SKIPPED, TERM


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d")
    except ValueError:
        return None


def _meta(article: Article, file: str) -> dict:
    """Fields shared by an article and its quotes (filters apply to both)."""
    doc: dict = {"id": article.id, "path": shown_path(file)}
    if (date := _date(article.date)) is not None:
        doc["date"] = date
    if article.author:
        doc["author"] = article.author
    if article.outlet:
        doc["outlet"] = article.outlet
    return doc


def article_docs(
    article: Article, quotes: list[Quote], file: str, state: FileState, aliases: AliasTable
) -> list[dict]:
    """The article document followed by one document per quote.

    ``file`` is the path as the corpus scan names it (the manifest key).
    """
    meta = _meta(article, file)
    data = {
        "file": file,
        "path": article.path,
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "author": article.author,
        "outlet": article.outlet,
        "url": article.url,
        "title_derived": article.title_derived,
        "quotes": sum(1 for q in quotes if q.kind != TERM),
        "terms": sum(1 for q in quotes if q.kind == TERM),
        "size": state.size,
        "mtime": state.mtime_ns,
        "sha": state.sha,
    }
    docs = [
        dict(
            meta, kind=ARTICLE, title=article.title, body=article.body, data=data
        )
    ]
    for n, q in enumerate(quotes):
        qdata = {
            "id": article.id,
            "n": n,
            "path": article.path,
            "title": article.title,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "speaker": q.speaker,
            "role": q.role,
            "mention": q.mention,
            "cue": q.cue,
            "paragraph": q.paragraph,
            "para_start": q.para_start,
            "para_end": q.para_end,
            "via": q.via,
            "mention_paragraph": q.mention_paragraph,
        }
        doc = dict(
            meta,
            text=q.text,
            data=qdata,
            kind=QUOTE if q.kind != TERM else f"{QUOTE} {TERM}",
        )
        speakers = aliases.expand([q.speaker, q.mention])
        if speakers:
            doc["speaker"] = speakers
        if q.role:
            doc["role"] = q.role
        if q.cue:
            doc["cue"] = q.cue
        docs.append(doc)
    return docs


def skipped_doc(path: str, state: FileState, reason: str) -> dict:
    """A placeholder for an unreadable file, so an unchanged one is not retried."""
    data = {
        "file": path,
        "size": state.size,
        "mtime": state.mtime_ns,
        "sha": state.sha,
        "reason": reason,
    }
    return {"kind": SKIPPED, "path": shown_path(path), "data": data}
